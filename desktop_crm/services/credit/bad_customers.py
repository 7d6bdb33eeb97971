"""不良客户: candidates found in the data, flags by hand with a reason, the measures taken, clearing the
customer out of the active archive (never deleting) and restoring — every step on the record."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.credit_rules import BAD_CRITERIA, MEASURES, age, bad_by_data
from desktop_crm.domain.customer_card import STATE_CLEARED
from desktop_crm.domain.errors import InvalidInput, NotFound
from desktop_crm.domain.permissions import Action, require
from desktop_crm.services import audit
from desktop_crm.services.credit.ledger import last_trade_dates, open_debts_of
from desktop_crm.store.credit_models import BadCustomerRecord
from desktop_crm.store.database import db
from desktop_crm.store.models import Customer


@dataclass(frozen=True)
class Candidate:
    customer_id: int
    number: str
    name: str
    criteria: tuple[str, ...]

    @property
    def reasons(self) -> str:
        return "；".join(BAD_CRITERIA[c] for c in self.criteria)


def candidates(acting: ActingUser, today: date | None = None) -> list[Candidate]:
    """Active customers the data shows as bad (no trade for a year, a debt overdue a year) or flagged by hand."""
    require(acting.role, Action.QUERY_ARCHIVE)
    today = today or date.today()
    last = last_trade_dates()
    flagged: dict[int, set[str]] = {}
    for r in BadCustomerRecord.select().where(BadCustomerRecord.action == "flag"):
        flagged.setdefault(r.customer_id, set()).add(r.criterion)
    found = []
    for c in Customer.select(Customer.id, Customer.number, Customer.name).where(Customer.state != STATE_CLEARED) \
            .order_by(Customer.number):
        criteria = set(flagged.get(c.id, set()))
        debts = open_debts_of(c.id) if c.id in last else []
        criteria.update(bad_by_data(last.get(c.id), age(debts, today).oldest_days, today))
        if criteria:
            found.append(Candidate(c.id, c.number, c.name, tuple(k for k in BAD_CRITERIA if k in criteria)))
    return found


def _write(acting: ActingUser, customer_id: int, action: str, *, criterion: str = "", text: str = "",
           department: str = "") -> Customer:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound("该客户不存在。")
    BadCustomerRecord.create(customer=customer_id, action=action, criterion=criterion, text=text,
                             department=department, user_name=acting.display_name)
    return customer


def flag(acting: ActingUser, customer_id: int, criterion: str, reason: str) -> None:
    require(acting.role, Action.EDIT_CARDS)
    if criterion not in BAD_CRITERIA:
        raise InvalidInput({"criterion": "请选择不良客户的情形。"})
    if not reason.strip():
        raise InvalidInput({"reason": "请写明认定为不良客户的事实和依据。"})
    with db.atomic():
        customer = _write(acting, customer_id, "flag", criterion=criterion, text=reason.strip())
        Customer.update(state="不良").where(Customer.id == customer_id).execute()
        audit.record(acting, "customer", customer_id, "bad", [audit.Change("state", customer.state, "不良")],
                     note=f"{BAD_CRITERIA[criterion]}：{reason.strip()}")


def record_measure(acting: ActingUser, customer_id: int, measure: str, department: str, when: date,
                   note: str = "") -> None:
    require(acting.role, Action.EDIT_CARDS)
    if measure not in MEASURES:
        raise InvalidInput({"measure": f"处理措施应为 {'、'.join(MEASURES)} 之一。"})
    with db.atomic():
        _write(acting, customer_id, "measure", text=f"{when:%Y-%m-%d} {measure} {note}".strip(),
               department=department.strip())
        audit.record(acting, "customer", customer_id, "measure", note=f"{department} {measure}")


def clear(acting: ActingUser, customer_id: int, analysis: str) -> None:
    """Move the customer out of the active archive with its cause analysis; nothing is deleted."""
    require(acting.role, Action.EDIT_CARDS)
    if not analysis.strip():
        raise InvalidInput({"analysis": "清除前须写明原因分析。"})
    with db.atomic():
        customer = _write(acting, customer_id, "clear", text=analysis.strip())
        Customer.update(state=STATE_CLEARED, version=Customer.version + 1).where(Customer.id == customer_id).execute()
        audit.record(acting, "customer", customer_id, "clear", [audit.Change("state", customer.state, STATE_CLEARED)],
                     note=analysis.strip())


def restore(acting: ActingUser, customer_id: int, reason: str) -> None:
    require(acting.role, Action.EDIT_CARDS)
    if not reason.strip():
        raise InvalidInput({"reason": "恢复须写明理由。"})
    with db.atomic():
        customer = _write(acting, customer_id, "restore", text=reason.strip())
        if customer.state != STATE_CLEARED:
            raise InvalidInput({"state": "该客户不在已清除状态。"})
        Customer.update(state="往来", version=Customer.version + 1).where(Customer.id == customer_id).execute()
        audit.record(acting, "customer", customer_id, "restore", [audit.Change("state", STATE_CLEARED, "往来")],
                     note=reason.strip())


def record_of(acting: ActingUser, customer_id: int) -> list[BadCustomerRecord]:
    require(acting.role, Action.QUERY_ARCHIVE)
    return list(BadCustomerRecord.select().where(BadCustomerRecord.customer == customer_id)
                .order_by(BadCustomerRecord.id))
