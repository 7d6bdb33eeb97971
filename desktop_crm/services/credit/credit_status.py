"""One customer's credit at a glance: rating and why, limit, exposure and its warning, ageing, plans —
and the desk-wide view of every customer with a balance."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.credit_rules import Ageing, age, exposure_warning
from desktop_crm.domain.errors import NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.credit import approvals, ledger, rating
from desktop_crm.services.settings import registry
from desktop_crm.store.credit_models import Debt
from desktop_crm.store.models import Customer


def near_share() -> Decimal:
    return registry.value("credit.near_share")


def warning_for(customer_id: int, today: date | None = None) -> str:
    """The exposure warning of one customer ('' when fine), by the archive's near-limit setting."""
    limit = approvals.current_limit(customer_id, today)
    return exposure_warning(approvals.exposure(customer_id), limit, near_share())


@dataclass(frozen=True)
class CreditStatus:
    rating: str
    rating_reason: str
    limit: Decimal | None
    exposure: Decimal
    warning: str
    ageing: Ageing
    missed: list[ledger.MissedInstalment]


def status(acting: ActingUser, customer_id: int, today: date | None = None) -> CreditStatus:
    authorise(acting, Action.QUERY_ARCHIVE)
    today = today or clock.today()
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("Credit", "该客户不存在。"))
    history = rating.rating_history(customer_id)
    limit = approvals.current_limit(customer_id, today)
    exposure = approvals.exposure(customer_id)
    query_register.record(acting, QueryAction.CREDIT, customer_id, "信用状况")
    return CreditStatus(customer.credit_rating or "—",
                        history[0].reason if history else QT_TRANSLATE_NOOP("Credit", "尚无欠款记录，未按规则评定。"),
                        limit, exposure, exposure_warning(exposure, limit, near_share()),
                        age(ledger.open_debts_of(customer_id), today),
                        ledger.find_missed_instalments(customer_id, today))


@dataclass(frozen=True)
class DebtLine:
    id: int
    incurred_on: date
    amount: Decimal
    outstanding: Decimal
    due_date: date
    original_due_date: date
    note: str
    order_number: str = ""


def debts(acting: ActingUser, customer_id: int) -> list[DebtLine]:
    from desktop_crm.store.binder_models import ContractOrder

    authorise(acting, Action.QUERY_ARCHIVE)
    open_ = {d.id: d.outstanding for d in ledger.open_debts_of(customer_id)}
    orders = {o.id: o.number for o in ContractOrder.select(ContractOrder.id, ContractOrder.number)
              .where(ContractOrder.customer == customer_id)}
    query_register.record(acting, QueryAction.CREDIT, customer_id, "欠款还款登记")
    return [DebtLine(d.id, d.incurred_on, d.amount, open_.get(d.id, Decimal("0.00")), d.due_date, d.original_due_date,
                     d.note, orders.get(d.order_id, "")) for d in
            Debt.select().where(Debt.customer == customer_id).order_by(Debt.incurred_on, Debt.id)]


@dataclass(frozen=True)
class DeskAgeingRow:
    customer_id: int
    number: str
    name: str
    ageing: Ageing
    warning: str

    @property
    def alert(self) -> bool:
        return bool(self.warning) or self.ageing.oldest_days > 90


def desk_overview(acting: ActingUser, today: date | None = None) -> tuple[list[DeskAgeingRow], Ageing]:
    """Every customer with a balance, with the limit warning worked out here, and the desk total."""
    rows, total = ledger.desk_ageing(acting, today)
    return [DeskAgeingRow(r.customer_id, r.number, r.name, r.ageing, warning_for(r.customer_id, today))
            for r in rows], total
