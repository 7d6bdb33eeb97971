"""Finding customers: the search box, the filters and the sorted list, for those who may query."""
from __future__ import annotations

from dataclasses import replace

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.services import query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.cards.account_managers import display_names
from desktop_crm.services.shelves.placing import binder_places
from desktop_crm.store import customer_listing
from desktop_crm.store.customer_listing import CustomerQuery, CustomerRow

__all__ = ["CustomerQuery", "CustomerRow", "count", "page", "position"]

MAX_PAGE = 1000


def count(acting: ActingUser, query: CustomerQuery) -> int:
    """How many customers match; each query is written to the query register (查询登记)."""
    authorise(acting, Action.QUERY_ARCHIVE)
    total = customer_listing.count(query)
    conditions = [f"{k}={v}" for k, v in query.filters.items() if v not in (None, "")]
    if query.include_cleared:
        conditions.append("含已清除")
    query_register.record_search(acting, query.text.strip(), "，".join(conditions), f"{total} 户")
    return total


def page(acting: ActingUser, query: CustomerQuery, offset: int = 0, limit: int = 200) -> list[CustomerRow]:
    authorise(acting, Action.QUERY_ARCHIVE)
    return as_shown(customer_listing.page(query, max(0, offset), min(max(1, limit), MAX_PAGE)))


def as_shown(rows: list[CustomerRow]) -> list[CustomerRow]:
    """The rows with where each customer's binder stands (the whole binder's place, else its categories')
    and their customer manager's name in place of the login name."""
    places = binder_places([r.id for r in rows])
    managers = display_names({r.account_manager for r in rows})
    return [replace(r, place=_binder_place_text(places[r.id]) if r.id in places else r.place,
                    account_manager=managers.get(r.account_manager, r.account_manager)) for r in rows]


def _binder_place_text(places: dict[int, str]) -> str:
    return places.get(0) or "、".join(sorted(set(places.values())))


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
        rows.extend(as_shown(more))
    query_register.record(acting, QueryAction.DESK_LIST,
                          detail=f"客户清单“{query.text}” {len(rows)} 户（共 {total} 户）")
    return total, rows
