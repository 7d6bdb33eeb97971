"""The customer list as SQL: filter, search, sort and page — never in Python over the whole table."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from peewee import Tuple, fn

from desktop_crm.domain.customer_card import STATE_CLEARED
from desktop_crm.store import search_index
from desktop_crm.store.models import Customer

# Columns the list can be sorted by; each maps to the SQL it sorts on (name sorts in pinyin order).
SORTABLE = {
    "number": (Customer.number,),
    "name": (Customer.name_sort,),
    "kind": (Customer.kind,),
    "roster": (Customer.roster,),
    "grade": (Customer.grade,),
    "credit_rating": (Customer.credit_rating,),
    "importance": (Customer.importance,),
    "state": (Customer.state,),
    "region": (Customer.region,),
    "industry": (Customer.industry,),
    "route": (Customer.route_region, Customer.route_seq),
    "phone": (Customer.phone,),
    "contact_name": (Customer.contact_name,),
    "account_manager": (Customer.account_manager,),
    "updated_at": (Customer.updated_at,),
}
FILTERABLE = ("kind", "roster", "grade", "credit_rating", "importance", "state", "region", "industry",
              "customer_type", "ownership", "direct_export", "account_manager")


@dataclass(frozen=True)
class CustomerQuery:
    text: str = ""
    filters: dict[str, object] = field(default_factory=dict)
    include_cleared: bool = False
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class CustomerRow:
    id: int
    number: str
    kind: str
    name: str
    roster: str
    grade: str
    credit_rating: str
    importance: str
    state: str
    region: str
    industry: str
    phone: str
    contact_name: str
    account_manager: str    # the login name; the service puts the display name in its place
    updated_at: datetime
    place: str = ""         # where the customer's binder stands (filled by the service, not a column)


_ROW_COLUMNS = (Customer.id, Customer.number, Customer.kind, Customer.name, Customer.roster, Customer.grade,
                Customer.credit_rating, Customer.importance, Customer.state, Customer.region,
                Customer.industry, Customer.phone, Customer.contact_name, Customer.account_manager,
                Customer.updated_at)


def _where(query: CustomerQuery, row_by_row: bool = False):
    conditions = []
    match = (search_index.row_matches if row_by_row else search_index.matches)(query.text)
    if match is not None:
        conditions.append(match)
    for name, value in query.filters.items():
        if name not in FILTERABLE:
            raise ValueError(f"不能按“{name}”筛选。")
        if value not in (None, ""):
            conditions.append(getattr(Customer, name) == value)
    if not query.include_cleared and query.filters.get("state") != STATE_CLEARED:
        conditions.append(Customer.state != STATE_CLEARED)
    return conditions


def _filtered(query: CustomerQuery, *columns, row_by_row: bool = False):
    select = Customer.select(*columns)
    conditions = _where(query, row_by_row)
    return select.where(*conditions) if conditions else select


def _order(query: CustomerQuery):
    columns = SORTABLE.get(query.sort)
    if columns is None:
        raise ValueError(f"不能按“{query.sort}”排序。")
    keys = (*columns, Customer.id)
    return [k.desc() for k in keys] if query.descending else [k.asc() for k in keys]


# A text matching at least this share of the archive has its first page found by walking the sort
# index (see page()): SCAN_BUDGET rows then hold about 2 pages of matches.
DENSE_SHARE = 0.08
SCAN_BUDGET = 5000


def _only_text(query: CustomerQuery) -> bool:
    return bool(query.text.strip()) and not any(v not in (None, "") for v in query.filters.values())


def count(query: CustomerQuery) -> int:
    """How many customers match. A bare text search is counted from the index alone, less the
    cleared customers it holds (few, found through their own index), however many match."""
    if _only_text(query):
        raw = search_index.raw_count(query.text)
        if raw is not None:
            if query.include_cleared:
                return raw
            cleared = (Customer.select(fn.COUNT(Customer.id))
                       .where((Customer.state == STATE_CLEARED) & search_index.row_matches(query.text)).scalar())
            return raw - (cleared or 0)
    return _filtered(query, fn.COUNT(Customer.id)).scalar() or 0


def page(query: CustomerQuery, offset: int, limit: int) -> list[CustomerRow]:
    """Rows ``offset`` … ``offset + limit`` of the sorted result.

    The first page of a text matching many customers is found by walking the first SCAN_BUDGET rows
    in sort order and testing each, instead of gathering and sorting tens of thousands of matches;
    when the matches cluster elsewhere in the order, the usual plan answers.
    """
    order = _order(query)
    if offset == 0 and query.text.strip():
        raw = search_index.raw_count(query.text)
        size = Customer.select(fn.MAX(Customer.id)).scalar() or 0
        if raw is not None and raw >= DENSE_SHARE * size > limit:
            rows = _first_page_by_scan(query, order, limit)
            if rows is not None:
                return rows
    rows = _filtered(query, *_ROW_COLUMNS).order_by(*order).offset(offset).limit(limit).tuples()
    return [CustomerRow(*r) for r in rows]


def _first_page_by_scan(query: CustomerQuery, order, limit: int) -> list[CustomerRow] | None:
    """Walk the sort index from the top, at most SCAN_BUDGET rows, testing each row; None if that
    did not fill the page (the matches lie further down) or the sort has more than one column."""
    columns = SORTABLE[query.sort]
    if len(columns) != 1:
        return None
    boundary = Customer.select(columns[0], Customer.id).order_by(*order).offset(SCAN_BUDGET - 1).limit(1).tuples()
    boundary = boundary.first()
    if boundary is None:
        return None          # a small archive: the usual plan is fast anyway
    keys, edge = Tuple(columns[0], Customer.id), Tuple(*boundary)
    within = keys >= edge if query.descending else keys <= edge
    rows = [CustomerRow(*r) for r in _filtered(query, *_ROW_COLUMNS, row_by_row=True)
            .where(within).order_by(*order).limit(limit).tuples()]
    return rows if len(rows) == limit else None


def position(query: CustomerQuery, customer_id: int) -> int | None:
    """The row at which ``customer_id`` stands in the sorted result, or None when it is not in it."""
    ranked = _filtered(query, Customer.id, fn.ROW_NUMBER().over(order_by=_order(query)).alias("rn")).alias("ranked")
    found = Customer.select(ranked.c.rn).from_(ranked).where(ranked.c.id == customer_id).scalar()
    return None if found is None else int(found) - 1


def distinct_values(column: str, limit: int = 500) -> list[str]:
    col = getattr(Customer, column)
    rows = Customer.select(col).where(col != "").distinct().order_by(col).limit(limit).tuples()
    return [r[0] for r in rows]


EXPORT_FIELDS = ("kind", "name", "uscc", "id_number", "address", "phone", "contact_name", "contact_title", "mobile",
                 "industry", "region", "roster", "grade", "credit_rating", "importance", "state")


def export_rows(query: CustomerQuery, after_id: int, limit: int) -> list[tuple]:
    """The matching cards' number and EXPORT_FIELDS, in id order from ``after_id`` (pages of an export)."""
    columns = [Customer.id, Customer.number] + [getattr(Customer, f) for f in EXPORT_FIELDS]
    select = _filtered(query, *columns).where(Customer.id > after_id).order_by(Customer.id).limit(limit)
    return list(select.tuples())
