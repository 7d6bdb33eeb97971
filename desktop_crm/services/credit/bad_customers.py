"""不良客户: candidates found in the data, flags by hand with a reason, the measures taken, clearing the
customer out of the active archive (never deleting) and restoring — every step on the record."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from peewee import fn

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import DEFAULT_RETENTION, Category
from desktop_crm.domain.choices import Choice
from desktop_crm.domain.credit_rules import BAD_CRITERIA, MEASURES, age, bad_by_data
from desktop_crm.domain.customer_card import CardState
from desktop_crm.domain.errors import InvalidInput, NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text
from desktop_crm.printing.incident_report import IncidentReport, render_incident_report
from desktop_crm.services import audit, query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.binders import papers
from desktop_crm.services.cards.card_state import set_standing
from desktop_crm.services.credit.ledger import debts_on_kept_plans, last_trade_dates, open_debts_by_customer
from desktop_crm.services.transaction import writing
from desktop_crm.store.binder_models import ContractOrder, GoodsMovement
from desktop_crm.store.credit_models import BadCustomerRecord, Debt
from desktop_crm.store.database import tuples
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
    """Active customers the data shows as bad, or flagged by hand: no business for a year (a card that never
    traded, from a year after its registration) or a debt overdue a year with no repayment plan being kept."""
    today = today or clock.today()
    year_ago = today - timedelta(days=365)
    last = last_trade_dates()
    unwilling = _unwilling_overdue_days(today)
    flagged: dict[int, set[str]] = {}
    for customer_id, criterion in tuples(BadCustomerRecord.select(BadCustomerRecord.customer, BadCustomerRecord.criterion)
                                         .where(BadCustomerRecord.action == BadAction.FLAG.value)):
        flagged.setdefault(customer_id, set()).add(criterion)
    # only a customer flagged, with an old trade, with an old unwilling debt or registered over a year ago
    # without any trade can meet a criterion: the others (most of a large archive) are not read at all
    possible = sorted(set(flagged) | {c for c, when in last.items() if when < year_ago}
                      | {c for c, days in unwilling.items() if days > 365} | _never_traded_since(year_ago))
    found = []
    for start in range(0, len(possible), 10_000):
        for customer_id, number, name, created_at in tuples(
                Customer.select(Customer.id, Customer.number, Customer.name, Customer.created_at)
                .where(Customer.state != CardState.CLEARED.value, Customer.id.in_(possible[start:start + 10_000]))):
            criteria = set(flagged.get(customer_id, set()))
            criteria.update(bad_by_data(last.get(customer_id), _as_day(created_at), unwilling.get(customer_id, 0),
                                        today))
            if criteria:
                found.append(Candidate(customer_id, number, name, tuple(k for k in BAD_CRITERIA if k in criteria)))
    return sorted(found, key=lambda c: c.number)


def _unwilling_overdue_days(today: date) -> dict[int, int]:
    """Per customer, the days overdue of its oldest open debt that no kept repayment plan covers."""
    debts = open_debts_by_customer()
    old = [d.id for open_debts in debts.values() for d in open_debts if (today - d.due_date).days > 365]
    kept = debts_on_kept_plans(old, today)
    return {customer_id: age([d for d in open_debts if d.id not in kept], today).oldest_days
            for customer_id, open_debts in debts.items()}


def _never_traded_since(cutoff: date) -> set[int]:
    """Cards registered before ``cutoff`` with no contract, delivery or debt on record."""
    untraded = [~fn.EXISTS(model.select(model.id).where(model.customer == Customer.id))
                for model in (ContractOrder, GoodsMovement, Debt)]
    query = Customer.select(Customer.id).where(Customer.created_at < datetime.combine(cutoff, time.min),
                                               Customer.state != CardState.CLEARED.value, *untraded)
    return {customer_id for (customer_id,) in query.tuples()}


def _as_day(value) -> date:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.date() if isinstance(value, datetime) else value


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


@dataclass(frozen=True)
class FollowUp:
    """善后工作 as the rules list it: the causes and countermeasures for the general manager, the internal
    review, and who answers for the event (penalties or rewards)."""
    causes: str
    prevention: str
    review: str = ""
    responsibility: str = ""
    reported_on: date | None = None


def _clean_follow_up(follow_up: FollowUp, today: date) -> FollowUp:
    problems: dict[str, str] = {}
    if not follow_up.causes.strip():
        problems["causes"] = QT_TRANSLATE_NOOP("Credit", "请写明不良客户产生的原因。")
    if not follow_up.prevention.strip():
        problems["prevention"] = QT_TRANSLATE_NOOP("Credit", "请提出预防对策（呈总经理审阅）。")
    reported_on = follow_up.reported_on or today
    if reported_on > today:
        problems["reported_on"] = QT_TRANSLATE_NOOP("Credit", "报告日期晚于今天，请核对。")
    if problems:
        raise InvalidInput(problems)
    return FollowUp(follow_up.causes.strip(), follow_up.prevention.strip(), follow_up.review.strip(),
                    follow_up.responsibility.strip(), reported_on)


def report_follow_up(acting: ActingUser, customer_id: int, follow_up: FollowUp) -> int:
    """Record the follow-up of a bad customer and file its 事件分析报告 in the binder (category 4) in the
    same transaction. Returns the filed paper's id."""
    authorise(acting, Action.EDIT_CARDS)
    today = clock.today()
    clean = _clean_follow_up(follow_up, today)
    assert clean.reported_on is not None
    with writing():
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            raise NotFound(QT_TRANSLATE_NOOP("Credit", "该客户不存在。"))
        if customer.state not in (CardState.BAD.value, CardState.CLEARED.value):
            raise InvalidInput({"state": QT_TRANSLATE_NOOP(
                "Credit", "该客户未认定为不良客户：请先认定不良，再写善后报告。")})
        _write(acting, customer_id, BadAction.ANALYSIS, text=_follow_up_text(clean))
        document_id = papers.file_generated(acting, customer_id, {
            "category": int(Category.TRADE), "kind": "incident_report", "year": clean.reported_on.year,
            "title": "不良客户事件分析报告（呈总经理审阅）", "author": "业务部", "doc_date": clean.reported_on,
            "pages": 1, "is_original": True, "retention": DEFAULT_RETENTION[Category.TRADE]},
            note="不良客户善后报告", today=today)
        audit.record(acting, "customer", customer_id, "follow_up", note=clean.causes[:200])
    return document_id


def _follow_up_text(f: FollowUp) -> str:
    # the causes first: the record's list shows the first line
    parts = [("原因分析", f.causes), ("预防对策", f.prevention), ("内部检讨", f.review), ("责任人员及奖惩", f.responsibility),
             ("报告日期", f"{f.reported_on:%Y-%m-%d}")]
    return "\n".join(f"{label}：{text}" for label, text in parts if text)


_FOLLOW_UP_LABELS = ("原因分析", "预防对策", "内部检讨", "责任人员及奖惩", "报告日期")


def _follow_up_sections(text: str) -> dict[str, str]:
    """The recorded text back into its parts (a part may run over several lines)."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        label = line.split("：", 1)[0]
        if label in _FOLLOW_UP_LABELS and "：" in line:
            current = label
            sections[label] = [line.split("：", 1)[1]]
        elif current is not None:
            sections[current].append(line)
    return {label: "\n".join(lines) for label, lines in sections.items()}


def follow_up_pdf(acting: ActingUser, customer_id: int) -> bytes:
    """The latest follow-up as the printed 不良客户事件分析报告, for the general manager to read and sign."""
    authorise(acting, Action.QUERY_ARCHIVE)
    records = list(BadCustomerRecord.select().where(BadCustomerRecord.customer == customer_id)
                   .order_by(BadCustomerRecord.id))
    reports = [r for r in records if r.action == BadAction.ANALYSIS.value]
    if not reports:
        raise NotFound(QT_TRANSLATE_NOOP("Credit", "该客户还没有善后报告：请先登记原因分析和预防对策。"))
    latest = reports[-1]
    sections = _follow_up_sections(latest.text)
    customer = Customer.get_by_id(customer_id)
    criteria = "；".join(str(BAD_CRITERIA.get(r.criterion, r.criterion)) for r in records
                        if r.action == BadAction.FLAG.value)
    measures = "\n".join(f"{r.text}（{r.department}）" if r.department else r.text for r in records
                         if r.action == BadAction.MEASURE.value)
    pdf = render_incident_report(IncidentReport(
        f"{customer.number} {customer.name}", sections.get("报告日期") or f"{_as_day(latest.at):%Y-%m-%d}", criteria or "—", measures,
        sections.get("原因分析", ""), sections.get("预防对策", ""), sections.get("内部检讨", ""),
        sections.get("责任人员及奖惩", ""), latest.user_name))
    query_register.record(acting, QueryAction.PRINT, customer_id, "不良客户事件分析报告")
    return pdf
