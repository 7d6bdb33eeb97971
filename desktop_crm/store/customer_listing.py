"""The customer list as SQL: filter, search, sort and page — never in Python over the whole table."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from peewee import SQL, fn

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
    "updated_at": (Customer.updated_at,),
}
FILTERABLE = ("kind", "roster", "grade", "credit_rating", "importance", "state", "region", "industry",
              "customer_type", "ownership", "direct_export")


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
    updated_at: datetime


_ROW_COLUMNS = (Customer.id, Customer.number, Customer.kind, Customer.name, Customer.roster, Customer.grade,
                Customer.credit_rating, Customer.importance, Customer.state, Customer.region,
                Customer.industry, Customer.phone, Customer.contact_name, Customer.updated_at)


def _where(query: CustomerQuery):
    conditions = []
    match = search_index.matches(query.text)
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


def count(query: CustomerQuery) -> int:
    return _filtered(query, fn.COUNT(Customer.id)).scalar() or 0


def page(query: CustomerQuery, offset: int, limit: int) -> list[CustomerRow]:
    rows = _filtered(query, *_ROW_COLUMNS).order_by(*_order(query)).offset(offset).limit(limit).tuples()
    return [CustomerRow(*r) for r in rows]


def position(query: CustomerQuery, customer_id: int) -> int | None:
    """The row at which ``customer_id`` stands in the sorted result, or None when it is not in it."""
    ranked = _filtered(query, Customer.id, fn.ROW_NUMBER().over(order_by=_order(query)).alias("rn"))
    found = (Customer.select(SQL("t.rn")).from_(ranked.alias("t"))
             .where(SQL("t.id = ?", (customer_id,))).scalar())
    return None if found is None else int(found) - 1


def distinct_values(column: str, limit: int = 500) -> list[str]:
    col = getattr(Customer, column)
    rows = Customer.select(col).where(col != "").distinct().order_by(col).limit(limit).tuples()
    return [r[0] for r in rows]
