"""One customer's credit at a glance: rating and why, limit, exposure and its warning, ageing, plans."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.credit_rules import Ageing, exposure_warning
from desktop_crm.domain.permissions import Action, require
from desktop_crm.services.credit import approvals, ledger, rating
from desktop_crm.store.credit_models import Debt
from desktop_crm.store.models import Customer, Setting

NEAR_SHARE_KEY = "credit.near_share"


def near_share() -> Decimal:
    row = Setting.get_or_none(Setting.key == NEAR_SHARE_KEY)
    return Decimal(row.value) if row else Decimal("0.9")


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
    require(acting.role, Action.QUERY_ARCHIVE)
    today = today or date.today()
    customer = Customer.get_by_id(customer_id)
    history = rating.history(acting, customer_id)
    limit = approvals.current_limit(customer_id, today)
    exposure = approvals.exposure(customer_id)
    return CreditStatus(customer.credit_rating or "—", history[0].reason if history else "尚无欠款记录，未按规则评定。",
                        limit, exposure, exposure_warning(exposure, limit, near_share()),
                        ledger.ageing_of(acting, customer_id, today), ledger.missed_instalments(acting, customer_id, today))


@dataclass(frozen=True)
class DebtLine:
    id: int
    incurred_on: date
    amount: Decimal
    outstanding: Decimal
    due_date: date
    original_due_date: date
    note: str


def debts(acting: ActingUser, customer_id: int) -> list[DebtLine]:
    require(acting.role, Action.QUERY_ARCHIVE)
    open_ = {d.id: d.outstanding for d in ledger.open_debts_of(customer_id)}
    return [DebtLine(d.id, d.incurred_on, d.amount, open_.get(d.id, Decimal("0.00")), d.due_date, d.original_due_date,
                     d.note) for d in Debt.select().where(Debt.customer == customer_id).order_by(Debt.incurred_on)]
