"""Which papers each binder lacks: for one customer, and desk-wide for the list of gaps."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.completeness import (
    DATED_KINDS,
    BinderCompleteness,
    FiledPaper,
    Gap,
    OrderRef,
    check_binder,
)
from desktop_crm.domain.customer_card import STATE_CLEARED
from desktop_crm.domain.errors import NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import query_register
from desktop_crm.services.authority import authorise
from desktop_crm.store.binder_models import ContractOrder, Document
from desktop_crm.store.database import raw_rows, tuples
from desktop_crm.store.models import Customer


@dataclass(frozen=True)
class CustomerGaps:
    customer_id: int
    number: str
    name: str
    gaps: tuple[Gap, ...]

    @property
    def first_category(self) -> int:
        return int(self.gaps[0].category)


def _papers(customer_ids: list[int] | None, up_to_year: int | None = None) -> dict[int, list[FiledPaper]]:
    query = Document.select(Document.customer, Document.kind, Document.valid_until, Document.order).where(
        Document.removed == False)  # noqa: E712
    if up_to_year is not None:
        query = query.where(Document.year <= up_to_year)
    if customer_ids is not None:
        query = query.where(Document.customer.in_(customer_ids))
    found: dict[int, list[FiledPaper]] = defaultdict(list)
    # tens of thousands of papers on a desk-wide list: read raw, and a date made only where a rule reads it
    for customer_id, kind, valid_until, order_id in raw_rows(query):
        found[customer_id].append(FiledPaper(kind, _as_date(valid_until) if kind in DATED_KINDS else None, order_id))
    return found


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _orders(customer_ids: list[int] | None, year: int | None = None) -> dict[int, list[OrderRef]]:
    query = ContractOrder.select(ContractOrder.customer, ContractOrder.id, ContractOrder.number).where(
        ContractOrder.removed == False)  # noqa: E712
    if year is not None:
        query = query.where((ContractOrder.signed_on >= date(year, 1, 1)) & (ContractOrder.signed_on <= date(year, 12, 31)))
    if customer_ids is not None:
        query = query.where(ContractOrder.customer.in_(customer_ids))
    found: dict[int, list[OrderRef]] = defaultdict(list)
    for customer_id, order_id, number in raw_rows(query):
        found[customer_id].append(OrderRef(order_id, number))
    return found


def binder_completeness(acting: ActingUser, customer_id: int, today: date | None = None) -> BinderCompleteness:
    authorise(acting, Action.QUERY_ARCHIVE)
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("Binders", "该客户不存在。"))
    report = check_binder(enterprise=customer.kind == "enterprise", direct_export=bool(customer.direct_export),
                          founded_on=customer.founded_on, papers=_papers([customer_id])[customer_id],
                          orders=_orders([customer_id])[customer_id], today=today or clock.today())
    query_register.record(acting, QueryAction.OPEN_BINDER, customer_id, f"缺件核对：{len(report.gaps)} 项")
    return report


def desk_gaps(acting: ActingUser, today: date | None = None) -> list[CustomerGaps]:
    """Every active customer whose binder has gaps, with the gaps, in registered-number order."""
    authorise(acting, Action.QUERY_ARCHIVE)
    result = _gaps(today or clock.today(), kept_binders_only=False)
    query_register.record(acting, QueryAction.DESK_LIST, detail=f"缺件清单：{len(result)} 户")
    return result


def gaps_in_kept_binders(today: date) -> list[CustomerGaps]:
    """The gaps of the binders the custodian keeps (customers with at least one paper filed): the ones to
    chase today. A card with no binder yet lacks everything and is on the full gap list instead."""
    return _gaps(today, kept_binders_only=True)


def _gaps(today: date, kept_binders_only: bool) -> list[CustomerGaps]:
    papers, orders = _papers(None), _orders(None)
    columns = (Customer.id, Customer.number, Customer.name, Customer.kind, Customer.direct_export, Customer.founded_on)
    in_use = Customer.state != STATE_CLEARED
    if kept_binders_only:
        kept = sorted(papers)
        rows = [row for start in range(0, len(kept), 10_000)          # bounded IN lists
                for row in tuples(Customer.select(*columns).where(in_use, Customer.id.in_(kept[start:start + 10_000])))]
        rows.sort(key=lambda row: row[1])
    else:
        rows = list(tuples(Customer.select(*columns).where(in_use).order_by(Customer.number)))
    result = []
    for customer_id, number, name, kind, direct_export, founded_on in rows:
        report = check_binder(enterprise=kind == "enterprise", direct_export=bool(direct_export),
                              founded_on=founded_on, papers=papers.get(customer_id, []),
                              orders=orders.get(customer_id, []), today=today)
        if report.gaps:
            result.append(CustomerGaps(customer_id, number, name, tuple(report.gaps)))
    return result


def gaps_of_year(year: int, customer_ids: list[int]) -> dict[int, list[Gap]]:
    """What each customer's binder lacks for ``year``'s close: the prescribed papers (filed in that year or
    before) and the papers owed per order signed in that year. Expiry is not a binding matter."""
    found: dict[int, list[Gap]] = {}
    for start in range(0, len(customer_ids), 500):      # bounded IN lists
        chunk = customer_ids[start:start + 500]
        papers, orders = _papers(chunk, up_to_year=year), _orders(chunk, year)
        rows = tuples(Customer.select(Customer.id, Customer.kind, Customer.direct_export, Customer.founded_on)
                .where(Customer.id.in_(chunk)))
        for customer_id, kind, direct_export, founded_on in rows:
            report = check_binder(enterprise=kind == "enterprise", direct_export=bool(direct_export),
                                  founded_on=founded_on, papers=papers.get(customer_id, []),
                                  orders=orders.get(customer_id, []), today=date(year, 12, 31))
            found[customer_id] = [g for g in report.gaps if g.problem != "expired"]
    return found
