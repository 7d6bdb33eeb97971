"""The customer list as SQL: filter, search, sort and page — never in Python over the whole table."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from peewee import SQL, Tuple, fn

from desktop_crm.domain.customer_card import STATE_CLEARED
from desktop_crm.store import search_index
from desktop_crm.store.database import db, is_sqlite
from desktop_crm.store.models import Customer

# Columns the list can be sorted by; each maps to the SQL it sorts on (name sorts in pinyin order).
SORTABLE = {
    "number": (Customer.number,),
    "name": (Customer.name_rank,),
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
    account_manager: str    # the login name (the list shows the display name)
    updated_at: datetime | str   # as stored: a page read for the window is formatted when it is drawn
    name_rank: int = 0      # its place in name order: where the next page starts
    place: str = ""         # where the customer's binder stands


_ROW_COLUMNS = (Customer.id, Customer.number, Customer.kind, Customer.name, Customer.roster, Customer.grade,
                Customer.credit_rating, Customer.importance, Customer.state, Customer.region,
                Customer.industry, Customer.phone, Customer.contact_name, Customer.account_manager,
                Customer.updated_at, Customer.name_rank)


def _row_columns() -> tuple:
    # peewee names the customer table t1 in a select of its own
    return (*_ROW_COLUMNS, SQL(search_index.place_sql('"t1"')))


def _row_sql() -> str:
    """The page's rows by id, as one ready-made statement (the window reads one per keystroke): the ids go
    in as one JSON array, so the statement never changes and stays prepared."""
    columns = ", ".join(f"c.{f.column_name}" for f in _ROW_COLUMNS)
    place = search_index.place_sql("c")
    ids = "SELECT value FROM json_each(?)" if is_sqlite() else "SELECT json_array_elements_text(%s::json)::int"
    return f"SELECT {columns}, {place} FROM customer c WHERE c.id IN ({ids})"


def _where(query: CustomerQuery):
    conditions = []
    match = search_index.matches(query.text, query.include_cleared or query.filters.get("state") == STATE_CLEARED)
    if match is not None:
        conditions.append(match)
    for name, value in query.filters.items():
        if name not in FILTERABLE:
            raise ValueError(f"不能按“{name}”筛选。")
        if value not in (None, ""):
            conditions.append(getattr(Customer, name) == value)
    if not query.include_cleared and query.filters.get("state") != STATE_CLEARED:
        conditions.append(search_index.LIVE)
    return conditions


def _filtered(query: CustomerQuery, *columns):
    select = Customer.select(*columns)
    conditions = _where(query)
    return select.where(*conditions) if conditions else select


def _order(query: CustomerQuery):
    columns = SORTABLE.get(query.sort)
    if columns is None:
        raise ValueError(f"不能按“{query.sort}”排序。")
    keys = (*columns, Customer.id)
    return [k.desc() for k in keys] if query.descending else [k.asc() for k in keys]


def _only_text(query: CustomerQuery) -> bool:
    return bool(query.text.strip()) and not any(v not in (None, "") for v in query.filters.values())


def _typing(query: CustomerQuery) -> bool:
    """The search box alone over the live cards in name order: answered from the index kept in that order."""
    return _only_text(query) and not query.include_cleared and query.sort == "name"


def count(query: CustomerQuery) -> int:
    """Exactly how many customers match (the command line and the exports)."""
    return _filtered(query, fn.COUNT(Customer.id)).scalar() or 0


@dataclass(frozen=True)
class SearchPage:
    total: int              # how many match; when ``capped``, only at least this many
    capped: bool            # the count stopped early: the list shows "2,000+" (or "200+")
    rows: list[CustomerRow]


def search_page(query: CustomerQuery, limit: int) -> SearchPage:
    """The first page and how many match, as the window needs them per keystroke: for a search typed over
    the live cards in name order, the page is read in display order and the count stops at COUNT_CAP."""
    if _typing(query):
        found = search_index.first_page(query.text, limit, query.descending)
        if found is not None:
            ids, total, capped = found
            return SearchPage(total, capped, rows_by_id(ids))
    total = count(query)
    return SearchPage(total, False, page(query, 0, limit) if total else [])


def rows_by_id(ids: list[int]) -> list[CustomerRow]:
    """The rows of these cards, in the order given."""
    if not ids:
        return []
    found = {r[0]: CustomerRow(*r) for r in db.execute_sql(_row_sql(), (json.dumps(ids),)).fetchall()}
    return [found[i] for i in ids if i in found]


def _keyset_column(query: CustomerQuery):
    """The one column the query sorts by, when the next page can start after the last row's value."""
    columns = SORTABLE[query.sort]
    return columns[0] if len(columns) == 1 and columns[0].name in CustomerRow.__dataclass_fields__ else None


def page(query: CustomerQuery, offset: int, limit: int, after: CustomerRow | None = None) -> list[CustomerRow]:
    """Rows ``offset`` … ``offset + limit`` of the sorted result; with ``after`` (the row before them), read
    from where that row stands in the sort's index rather than counted down to with OFFSET."""
    column = _keyset_column(query) if after is not None else None
    if column is not None and after is not None:
        last = Tuple(getattr(after, column.name), after.id)
        if _typing(query):
            ids = search_index.first_ids(query.text, limit, query.descending, (after.name_rank, after.id))
            if ids is not None:
                return rows_by_id(ids)
        keys = Tuple(column, Customer.id)
        beyond = keys < last if query.descending else keys > last
        return _rows(_filtered(query, *_row_columns()).where(beyond).order_by(*_order(query)).limit(limit))
    column = _keyset_column(query)
    if offset and column is not None:
        # a page far down: count down to its first row in the sort's index alone, then read on from there
        first = _filtered(query, column, Customer.id).order_by(*_order(query)).offset(offset).limit(1).tuples().first()
        if first is None:
            return []
        keys, start = Tuple(column, Customer.id), Tuple(*first)
        within = keys <= start if query.descending else keys >= start
        return _rows(_filtered(query, *_row_columns()).where(within).order_by(*_order(query)).limit(limit))
    return _rows(_filtered(query, *_row_columns()).order_by(*_order(query)).offset(offset).limit(limit))


def _rows(select) -> list[CustomerRow]:
    """The page's rows straight from the database cursor (values as stored, formatted when drawn): peewee
    builds the statement, but reading 200 rows through its field conversions cost more than the query."""
    sql, params = select.sql()
    return [CustomerRow(*r) for r in db.execute_sql(sql, params).fetchall()]


def position(query: CustomerQuery, customer_id: int) -> int | None:
    """The row at which ``customer_id`` stands in the sorted result, or None when it is not in it. For the
    whole list in name order it is a count over the index of ranks up to the card."""
    if not query.text.strip() and not any(v not in (None, "") for v in query.filters.values()) \
            and query.sort == "name":
        card = Customer.select(Customer.name_rank, Customer.state).where(Customer.id == customer_id).first()
        if card is None or (card.state == STATE_CLEARED and not query.include_cleared):
            return None
        keys, mine = Tuple(Customer.name_rank, Customer.id), Tuple(card.name_rank, customer_id)
        ahead = _filtered(query, fn.COUNT(Customer.id)).where(keys > mine if query.descending else keys < mine)
        return ahead.scalar() or 0
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
