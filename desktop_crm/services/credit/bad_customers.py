"""不良客户: candidates found in the data, flags by hand with a reason, the measures taken, clearing the
customer out of the active archive (never deleting) and restoring — every step on the record."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.choices import Choice
from desktop_crm.domain.credit_rules import BAD_CRITERIA, MEASURES, age, bad_by_data
from desktop_crm.domain.customer_card import CardState
from desktop_crm.domain.errors import InvalidInput, NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text
from desktop_crm.services import audit, query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.cards.card_state import set_standing
from desktop_crm.services.credit.ledger import last_trade_dates, open_debts_by_customer
from desktop_crm.services.transaction import writing
from desktop_crm.store.credit_models import BadCustomerRecord
from desktop_crm.store.models import Customer


class BadAction(Choice):
    FLAG = "flag"
    MEASURE = "measure"
    CLEAR = "clear"
    RESTORE = "restore"
    ANALYSIS = "analysis"

    @classmethod
    def labels(cls) -> dict:
        return _ACTION_LABELS


_ACTION_LABELS = {BadAction.FLAG: QT_TRANSLATE_NOOP("Credit", "认定不良"), BadAction.MEASURE: QT_TRANSLATE_NOOP("Credit", "处理措施"),
                  BadAction.CLEAR: QT_TRANSLATE_NOOP("Credit", "清除出档案"), BadAction.RESTORE: QT_TRANSLATE_NOOP("Credit", "恢复"),
                  BadAction.ANALYSIS: QT_TRANSLATE_NOOP("Credit", "原因分析")}


@dataclass(frozen=True)
class Candidate:
    customer_id: int
    number: str
    name: str
    criteria: tuple[str, ...]

    @property
    def criteria_labels(self) -> tuple[Text, ...]:
        return tuple(BAD_CRITERIA[c] for c in self.criteria)

    @property
    def reasons(self) -> str:
        return "；".join(self.criteria_labels)


def find_candidates(today: date | None = None) -> list[Candidate]:
    """Active customers the data shows as bad (no trade for a year, a debt overdue a year) or flagged by hand."""
    today = today or clock.today()
    last = last_trade_dates()
    debts = open_debts_by_customer()
    flagged: dict[int, set[str]] = {}
    for customer_id, criterion in (BadCustomerRecord.select(BadCustomerRecord.customer, BadCustomerRecord.criterion)
                                   .where(BadCustomerRecord.action == BadAction.FLAG.value).tuples()):
        flagged.setdefault(customer_id, set()).add(criterion)
    # only a customer flagged, with a trade on record or with an open debt can meet a criterion: the others
    # (most of a large archive) are not read at all
    possible = sorted(set(flagged) | {c for c, when in last.items() if (today - when).days > 365}
                      | {c for c, open_debts in debts.items() if age(open_debts, today).oldest_days > 365})
    found = []
    for start in range(0, len(possible), 10_000):
        for customer_id, number, name in (Customer.select(Customer.id, Customer.number, Customer.name)
                                          .where(Customer.state != CardState.CLEARED.value,
                                                 Customer.id.in_(possible[start:start + 10_000])).tuples()):
            criteria = set(flagged.get(customer_id, set()))
            criteria.update(bad_by_data(last.get(customer_id), age(debts.get(customer_id, []), today).oldest_days, today))
            if criteria:
                found.append(Candidate(customer_id, number, name, tuple(k for k in BAD_CRITERIA if k in criteria)))
    return sorted(found, key=lambda c: c.number)


def candidates(acting: ActingUser, today: date | None = None) -> list[Candidate]:
    authorise(acting, Action.QUERY_ARCHIVE)
    found = find_candidates(today)
    query_register.record(acting, QueryAction.DESK_LIST, detail=f"不良客户候选 {len(found)} 户")
    return found


def _write(acting: ActingUser, customer_id: int, action: BadAction, *, criterion: str = "", text: str = "",
           department: str = "") -> Customer:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("Credit", "该客户不存在。"))
    BadCustomerRecord.create(customer=customer_id, action=action.value, criterion=criterion, text=text,
                             department=department, user_name=acting.display_name)
    return customer


def flag(acting: ActingUser, customer_id: int, criterion: str, reason: str) -> None:
    authorise(acting, Action.EDIT_CARDS)
    if criterion not in BAD_CRITERIA:
        raise InvalidInput({"criterion": QT_TRANSLATE_NOOP("Credit", "请选择不良客户的情形。")})
    if not (reason or "").strip():
        raise InvalidInput({"reason": QT_TRANSLATE_NOOP("Credit", "请写明认定为不良客户的事实和依据。")})
    with writing():
        _write(acting, customer_id, BadAction.FLAG, criterion=criterion, text=reason.strip())
        set_standing(acting, customer_id, {"state": CardState.BAD.value}, action="bad",
                     note=f"{BAD_CRITERIA[criterion]}：{reason.strip()}")


def record_measure(acting: ActingUser, customer_id: int, measure: str, department: str, when: date,
                   note: str = "") -> None:
    authorise(acting, Action.EDIT_CARDS)
    if measure not in MEASURES:
        raise InvalidInput({"measure": QT_TRANSLATE_NOOP("Credit", "处理措施应为 {measures} 之一。").format(
            measures="、".join(MEASURES))})
    with writing():
        _write(acting, customer_id, BadAction.MEASURE, text=f"{when:%Y-%m-%d} {measure} {note}".strip(),
               department=(department or "").strip())
        audit.record(acting, "customer", customer_id, "measure", note=f"{department} {measure}")


def clear(acting: ActingUser, customer_id: int, analysis: str) -> None:
    """Move the customer out of the active archive with its cause analysis; nothing is deleted."""
    authorise(acting, Action.EDIT_CARDS)
    if not (analysis or "").strip():
        raise InvalidInput({"analysis": QT_TRANSLATE_NOOP("Credit", "清除前须写明原因分析。")})
    with writing():
        _write(acting, customer_id, BadAction.CLEAR, text=analysis.strip())
        set_standing(acting, customer_id, {"state": CardState.CLEARED.value}, action="clear", note=analysis.strip())


def restore(acting: ActingUser, customer_id: int, reason: str) -> None:
    authorise(acting, Action.EDIT_CARDS)
    if not (reason or "").strip():
        raise InvalidInput({"reason": QT_TRANSLATE_NOOP("Credit", "恢复须写明理由。")})
    with writing():
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            raise NotFound(QT_TRANSLATE_NOOP("Credit", "该客户不存在。"))
        if customer.state != CardState.CLEARED:
            raise InvalidInput({"state": QT_TRANSLATE_NOOP("Credit", "该客户不在已清除状态。")})
        _write(acting, customer_id, BadAction.RESTORE, text=reason.strip())
        set_standing(acting, customer_id, {"state": CardState.ACTIVE.value}, action="restore", note=reason.strip())


@dataclass(frozen=True)
class BadRecordEntry:
    id: int
    at: datetime
    action: str
    criterion: str
    text: str
    department: str
    user_name: str

    @property
    def action_label(self) -> Text | str:
        return BadAction.label_of(self.action)

    @property
    def criterion_label(self) -> Text | str:
        return BAD_CRITERIA.get(self.criterion, self.criterion)


def record_of(acting: ActingUser, customer_id: int) -> list[BadRecordEntry]:
    authorise(acting, Action.QUERY_ARCHIVE)
    rows = (BadCustomerRecord.select().where(BadCustomerRecord.customer == customer_id)
            .order_by(BadCustomerRecord.id))
    query_register.record(acting, QueryAction.CREDIT, customer_id, "不良客户记录")
    return [BadRecordEntry(r.id, r.at, r.action, r.criterion, r.text, r.department, r.user_name) for r in rows]
