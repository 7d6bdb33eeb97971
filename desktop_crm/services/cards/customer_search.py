"""Finding customers: the search box, the filters and the sorted list, for those who may query."""
from __future__ import annotations

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.services import query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.cards import account_managers
from desktop_crm.store import customer_listing
from desktop_crm.store.customer_listing import CustomerQuery, CustomerRow, SearchPage

__all__ = ["CustomerQuery", "CustomerRow", "SearchPage", "count", "page", "position", "search"]

MAX_PAGE = 1000


def _register(acting: ActingUser, query: CustomerQuery, result: str) -> None:
    conditions = [f"{k}={v}" for k, v in query.filters.items() if v not in (None, "")]
    if query.include_cleared:
        conditions.append("含已清除")
    query_register.record_search(acting, query.text.strip(), "，".join(conditions), result)


def count(acting: ActingUser, query: CustomerQuery) -> int:
    """Exactly how many customers match; each query is written to the query register (查询登记)."""
    authorise(acting, Action.QUERY_ARCHIVE)
    total = customer_listing.count(query)
    _register(acting, query, f"{total} 户")
    return total


def search(acting: ActingUser, query: CustomerQuery, limit: int = 200) -> SearchPage:
    """What the list shows per keystroke: the first page and how many match (a count past 10,000 stops
    there), the search written to the query register once."""
    authorise(acting, Action.QUERY_ARCHIVE)
    found = customer_listing.search_page(query, min(max(1, limit), MAX_PAGE))
    _register(acting, query, f"{found.total}{'+' if found.capped else ''} 户")
    return SearchPage(found.total, found.capped, (found.rows))


def page(acting: ActingUser, query: CustomerQuery, offset: int = 0, limit: int = 200,
         after: CustomerRow | None = None) -> list[CustomerRow]:
    """The rows from ``offset``; give ``after`` (the row before them) to read on from it in the index."""
    authorise(acting, Action.QUERY_ARCHIVE)
    return customer_listing.page(query, max(0, offset), min(max(1, limit), MAX_PAGE), after)


def manager_names(acting: ActingUser) -> dict[str, str]:
    """Login name → display name of the customer managers, for the list's 客户经理 column (no customer data)."""
    authorise(acting, Action.QUERY_ARCHIVE)
    return {m.username: m.display_name for m in account_managers.everyone_named()}


def position(acting: ActingUser, query: CustomerQuery, customer_id: int) -> int | None:
    authorise(acting, Action.QUERY_ARCHIVE)
    return customer_listing.position(query, customer_id)


def listing(acting: ActingUser, query: CustomerQuery, limit: int = 0) -> tuple[int, list[CustomerRow]]:
    """The whole list (or its first ``limit`` rows) at once, as the command line prints or pipes it: the
    search is registered, and so is how many customers' rows went out."""
    total = count(acting, query)
    wanted = total if limit <= 0 else min(limit, total)
    rows: list[CustomerRow] = []
    while len(rows) < wanted:
        more = customer_listing.page(query, len(rows), min(1000, wanted - len(rows)))
        if not more:
            break
        rows.extend(more)
    query_register.record(acting, QueryAction.DESK_LIST,
                          detail=f"客户清单“{query.text}” {len(rows)} 户（共 {total} 户）")
    return total, rows
