"""Approvals as recorded decisions: 客户信用额度审批表, 延期还款审批单, 退赔折价审批表.

draft → submitted → reviewed → approved / rejected, or returned for changes (back to draft). Only roles
given the authority review or approve (settings, defaults below); nobody reviews or approves their own
request. Each step records who and when. A decided form files itself as a paper into the binder
(category 3; returns into 5) and takes effect: a new limit from its date, new due dates (the old ones
kept), an approved return entered in the returns register.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.credit_rules import DEFAULT_TERMS
from desktop_crm.domain.errors import InvalidInput, NotFound, PermissionDenied
from desktop_crm.domain.money import CENT, parse_amount
from desktop_crm.domain.permissions import Action, require
from desktop_crm.domain.roles import Role
from desktop_crm.services import audit
from desktop_crm.services.credit.ledger import open_debts_of
from desktop_crm.services.numbering import next_number
from desktop_crm.store.binder_models import ContractOrder, Document, ReturnDiscount
from desktop_crm.store.credit_models import CreditApproval, CreditLimit, Debt
from desktop_crm.store.database import db
from desktop_crm.store.models import Customer, Setting, User, now

KINDS = {"limit": ("客户信用额度审批表", "credit_limit_approval", 3, "XY"),
         "deferral": ("延期还款审批单", "deferral_approval", 3, "YQ"),
         "return": ("退赔折价审批表", "return_approval", 5, "TP")}
STATES = {"draft": "草稿", "submitted": "已提交", "reviewed": "已审核", "approved": "已批准", "rejected": "已驳回"}
DEFAULT_REVIEWERS = (Role.BUSINESS_MANAGER, Role.MANAGER)
DEFAULT_APPROVERS = (Role.MANAGER,)


def _roles(key: str, default: tuple[Role, ...]) -> set[Role]:
    row = Setting.get_or_none(Setting.key == key)
    return {Role(r) for r in row.value.split(",")} if row else set(default)


def set_authority(acting: ActingUser, reviewing: set[Role], approving: set[Role]) -> None:
    """Which roles review and which approve credit requests."""
    require(acting.role, Action.MANAGE_USERS)
    if not reviewing or not approving or Role.SALES in reviewing | approving:
        raise InvalidInput({"roles": "审核和批准须各至少指定一个角色，且不能是业务员。"})
    with db.atomic():
        for key, roles in (("approvals.reviewers", reviewing), ("approvals.approvers", approving)):
            value = ",".join(sorted(r.value for r in roles))
            Setting.insert(key=key, value=value).on_conflict(conflict_target=[Setting.key],
                                                             update={Setting.value: value}).execute()
        audit.record(acting, "setting", 0, "update", note=f"审核：{reviewing}；批准：{approving}")


def trade_terms(rating: str) -> tuple[int, Decimal]:
    """(credit days, limit ceiling) for a rating — the setting ``terms.<rating>`` or the default."""
    row = Setting.get_or_none(Setting.key == f"terms.{rating}")
    if row:
        days, ceiling = row.value.split(":")
        return int(days), Decimal(ceiling)
    return DEFAULT_TERMS.get(rating, (0, Decimal("0")))


def set_trade_terms(acting: ActingUser, rating: str, days: int, ceiling) -> None:
    require(acting.role, Action.MANAGE_USERS)
    if rating not in DEFAULT_TERMS or not 0 <= int(days) <= 365:
        raise InvalidInput({"terms": "信用等级应为 优秀/良好/一般/风险，信用期0至365天。"})
    value = f"{int(days)}:{Decimal(str(ceiling)).quantize(CENT)}"
    with db.atomic():
        Setting.insert(key=f"terms.{rating}", value=value).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value}).execute()
        audit.record(acting, "setting", 0, "update", [audit.Change(f"terms.{rating}", None, value)])


def reviewers() -> set[Role]:
    return _roles("approvals.reviewers", DEFAULT_REVIEWERS)


def approvers() -> set[Role]:
    return _roles("approvals.approvers", DEFAULT_APPROVERS)


def current_limit(customer_id: int, on: date | None = None) -> Decimal | None:
    row = (CreditLimit.select().where((CreditLimit.customer == customer_id)
                                      & (CreditLimit.effective_from <= (on or date.today())))
           .order_by(CreditLimit.effective_from.desc(), CreditLimit.id.desc()).first())
    return row.amount if row else None


def limit_history(acting: ActingUser, customer_id: int) -> list[tuple[date, Decimal, str]]:
    require(acting.role, Action.QUERY_ARCHIVE)
    rows = CreditLimit.select().where(CreditLimit.customer == customer_id).order_by(CreditLimit.effective_from)
    return [(r.effective_from, r.amount, CreditApproval.get_by_id(r.approval_id).number if r.approval_id else "")
            for r in rows]


def exposure(customer_id: int) -> Decimal:
    """Balance owed plus the open orders' amounts, where known."""
    balance = sum((d.outstanding for d in open_debts_of(customer_id)), Decimal("0"))
    open_orders = sum((o.amount or Decimal("0") for o in ContractOrder.select().where(
        (ContractOrder.customer == customer_id) & (ContractOrder.status == "执行中")
        & (ContractOrder.removed == False))), Decimal("0"))  # noqa: E712
    return (balance + open_orders).quantize(CENT)


def _clean(kind: str, customer_id: int, raw: dict[str, Any]) -> dict[str, Any]:
    reason = str(raw.get("reason") or "").strip()
    problems = {} if reason else {"reason": "请写明申请理由。"}
    values: dict[str, Any] = {"reason": reason}
    try:
        if kind == "limit":
            values["requested_limit"] = str(parse_amount(raw.get("requested_limit"), "申请额度"))
        elif kind == "deferral":
            ids = [int(i) for i in raw.get("debt_ids") or []]
            new_due = raw.get("new_due")
            new_due = new_due if isinstance(new_due, date) else date.fromisoformat(str(new_due))
            open_ids = {d.id for d in open_debts_of(customer_id)}
            if not ids or not set(ids) <= open_ids:
                problems["debt_ids"] = "请选择该客户尚未还清的欠款。"
            values.update(debt_ids=ids, new_due=new_due.isoformat(),
                          guarantee=str(raw.get("guarantee") or "").strip())
        elif kind == "return":
            order_id = int(raw.get("order_id"))
            if not ContractOrder.select().where((ContractOrder.id == order_id)
                                                & (ContractOrder.customer == customer_id)).exists():
                problems["order_id"] = "请选择该客户的合同订单。"
            values.update(order_id=order_id, amount=str(parse_amount(raw.get("amount"), "退赔折价金额")),
                          cause=str(raw.get("cause") or "").strip(), responsible=str(raw.get("responsible") or "").strip(),
                          finding=str(raw.get("finding") or "").strip())
            if not values["cause"] or not values["responsible"]:
                problems["cause"] = "请填写原因和责任方（退赔折价原因、责任鉴定）。"
    except InvalidInput as exc:
        problems.update(exc.problems)
    except (TypeError, ValueError):
        problems["request"] = "申请内容不完整或格式不对，请核对日期和选择项。"
    if problems:
        raise InvalidInput(problems)
    return values


@dataclass(frozen=True)
class Approval:
    id: int
    number: str
    kind: str
    customer_id: int
    state: str
    request: dict[str, Any]
    snapshot: dict[str, Any]
    applicant: str
    reviewer: str
    review_opinion: str
    approver: str
    decision: str
    document_id: int | None

    @property
    def form_name(self) -> str:
        return KINDS[self.kind][0]


def _view(row: CreditApproval) -> Approval:
    names = {u.id: u.display_name for u in User.select(User.id, User.display_name)}
    return Approval(row.id, row.number, row.kind, row.customer_id, row.state, json.loads(row.request),
                    json.loads(row.snapshot), names.get(row.applicant_id, ""), names.get(row.reviewer_id, ""),
                    row.review_opinion, names.get(row.approver_id, ""), row.decision, row.document_id)


def get(acting: ActingUser, approval_id: int) -> Approval:
    require(acting.role, Action.QUERY_ARCHIVE)
    row = CreditApproval.get_or_none(CreditApproval.id == approval_id)
    if row is None:
        raise NotFound("该审批单不存在。")
    return _view(row)


def of_customer(acting: ActingUser, customer_id: int) -> list[Approval]:
    require(acting.role, Action.QUERY_ARCHIVE)
    return [_view(r) for r in CreditApproval.select().where(CreditApproval.customer == customer_id)
            .order_by(CreditApproval.id.desc())]


def draft(acting: ActingUser, kind: str, customer_id: int, raw: dict[str, Any]) -> Approval:
    """Any colleague who may query the archive may apply."""
    require(acting.role, Action.QUERY_ARCHIVE)
    if kind not in KINDS:
        raise InvalidInput({"kind": "未知的审批单种类。"})
    values = _clean(kind, customer_id, raw)
    with db.atomic():
        if not Customer.select().where(Customer.id == customer_id).exists():
            raise NotFound("该客户不存在。")
        row = CreditApproval.create(number=next_number(KINDS[kind][3], date.today().year), kind=kind,
                                    customer=customer_id, request=json.dumps(values, ensure_ascii=False),
                                    applicant=acting.id)
        audit.record(acting, "approval", row.id, "create", note=KINDS[kind][0])
    return _view(row)


def _step(acting: ActingUser, approval_id: int, allowed_from: tuple[str, ...]) -> CreditApproval:
    row = CreditApproval.get_or_none(CreditApproval.id == approval_id)
    if row is None:
        raise NotFound("该审批单不存在。")
    if row.state not in allowed_from:
        raise InvalidInput({"state": f"审批单 {row.number} 当前为“{STATES[row.state]}”，不能办理这一步。"})
    return row


def submit(acting: ActingUser, approval_id: int, today: date | None = None) -> Approval:
    from desktop_crm.domain.credit_rules import age

    with db.atomic():
        row = _step(acting, approval_id, ("draft",))
        if row.applicant_id != acting.id:
            raise PermissionDenied("只有申请人本人可以提交审批单。")
        customer = Customer.get_by_id(row.customer_id)
        ageing = age(open_debts_of(row.customer_id), today or date.today())
        rating = customer.credit_rating or "—"
        days, ceiling = trade_terms(rating)
        snapshot = {"balance": f"{ageing.balance:.2f}", "overdue": f"{ageing.overdue:.2f}", "rating": rating,
                    "current_limit": str(current_limit(row.customer_id) or ""), "exposure": f"{exposure(row.customer_id):.2f}",
                    "terms": f"信用期{days}天，额度上限{ceiling:,.0f}元"}
        CreditApproval.update(state="submitted", submitted_at=now(), snapshot=json.dumps(snapshot, ensure_ascii=False)) \
            .where(CreditApproval.id == approval_id).execute()
        audit.record(acting, "approval", approval_id, "submit")
    return get(acting, approval_id)


def review(acting: ActingUser, approval_id: int, opinion: str) -> Approval:
    if acting.role not in reviewers():
        raise PermissionDenied(f"您的角色（{acting.role.label}）无权审核审批单。")
    if not opinion.strip():
        raise InvalidInput({"opinion": "请填写审核意见。"})
    with db.atomic():
        row = _step(acting, approval_id, ("submitted",))
        if row.applicant_id == acting.id:
            raise PermissionDenied("不能审核自己提出的申请。")
        CreditApproval.update(state="reviewed", reviewer=acting.id, review_opinion=opinion.strip(),
                              reviewed_at=now()).where(CreditApproval.id == approval_id).execute()
        audit.record(acting, "approval", approval_id, "review", note=opinion.strip())
    return get(acting, approval_id)


def send_back(acting: ActingUser, approval_id: int, why: str) -> Approval:
    """Return the request to its applicant for changes (from submitted or reviewed)."""
    if acting.role not in reviewers() | approvers():
        raise PermissionDenied(f"您的角色（{acting.role.label}）无权退回审批单。")
    with db.atomic():
        _step(acting, approval_id, ("submitted", "reviewed"))
        CreditApproval.update(state="draft").where(CreditApproval.id == approval_id).execute()
        audit.record(acting, "approval", approval_id, "return", note=why.strip())
    return get(acting, approval_id)


def decide(acting: ActingUser, approval_id: int, approve: bool, decision: str, today: date | None = None) -> Approval:
    """Approve or reject; the form then files itself into the binder and, if approved, takes effect."""
    if acting.role not in approvers():
        raise PermissionDenied(f"您的角色（{acting.role.label}）无权批准审批单。")
    today = today or date.today()
    with db.atomic():
        row = _step(acting, approval_id, ("reviewed",))
        if acting.id in (row.applicant_id, row.reviewer_id):
            raise PermissionDenied("不能批准自己提出或审核过的申请。")
        state = "approved" if approve else "rejected"
        CreditApproval.update(state=state, approver=acting.id, decision=decision.strip(), decided_at=now()) \
            .where(CreditApproval.id == approval_id).execute()
        audit.record(acting, "approval", approval_id, state, note=decision.strip())
        request = json.loads(row.request)
        if approve:
            _take_effect(acting, row, request, today)
        _file_form(acting, row, state, today)
    return get(acting, approval_id)


def _take_effect(acting: ActingUser, row: CreditApproval, request: dict[str, Any], today: date) -> None:
    if row.kind == "limit":
        old = current_limit(row.customer_id, today)
        CreditLimit.create(customer=row.customer_id, amount=Decimal(request["requested_limit"]), effective_from=today,
                           approval=row.id)
        audit.record(acting, "customer", row.customer_id, "limit",
                     [audit.Change("信用额度", old, request["requested_limit"])], note=row.number)
    elif row.kind == "deferral":
        new_due = date.fromisoformat(request["new_due"])
        for debt in Debt.select().where(Debt.id.in_(request["debt_ids"])):
            Debt.update(due_date=new_due).where(Debt.id == debt.id).execute()   # original_due_date is kept
            audit.record(acting, "debt", debt.id, "defer", [audit.Change("应还日期", debt.due_date, new_due)],
                         note=row.number)
        from desktop_crm.services.credit.rating import recompute
        recompute(acting, row.customer_id, today)
    elif row.kind == "return":
        entry = ReturnDiscount.create(customer=row.customer_id, occurred_on=today, order=request["order_id"],
                                      reason=f"{request['cause']}（责任方：{request['responsible']}）",
                                      amount=Decimal(request["amount"]), approval_state="已批准")
        audit.record(acting, "register.returns", entry.id, "create", note=f"由{row.number}批准")


def _file_form(acting: ActingUser, row: CreditApproval, state: str, today: date) -> None:
    title, kind, category, _ = KINDS[row.kind]
    document = Document.create(customer=row.customer_id, category=category, kind=kind, year=today.year,
                               title=f"{title}（{STATES[state]}）", doc_number=row.number, author="审批",
                               doc_date=today, pages=1, is_original=True, retention="D30", created_by=acting.id)
    CreditApproval.update(document=document.id).where(CreditApproval.id == row.id).execute()
    if row.kind == "return":   # the cause and responsibility assessment is a paper of its own in category 5
        Document.create(customer=row.customer_id, category=category, kind="return_assessment", year=today.year,
                        title="退赔折价原因责任鉴定表", doc_number=row.number, author="审批", doc_date=today, pages=1,
                        is_original=True, retention="D30", created_by=acting.id)
    from desktop_crm.services.binders.papers import renumber
    renumber(acting, row.customer_id, category, today.year)
    audit.record(acting, "document", document.id, "create", note=f"{row.number} 审批后自动归档")


def form_pdf(acting: ActingUser, approval_id: int) -> bytes:
    from desktop_crm.printing.approval_form import ApprovalForm, render_approval

    a = get(acting, approval_id)
    customer = Customer.get_by_id(a.customer_id)
    labels = {"reason": "申请理由", "requested_limit": "申请额度（元）", "new_due": "申请延至", "debt_ids": "欠款编号",
              "guarantee": "担保", "order_id": "订单", "amount": "金额（元）", "cause": "原因", "responsible": "责任方",
              "finding": "鉴定结论"}
    request = [(labels.get(k, k), ", ".join(map(str, v)) if isinstance(v, list) else str(v)) for k, v in a.request.items()]
    snapshot = [("当前额度（元）", a.snapshot.get("current_limit") or "未核定"), ("欠款余额（元）", a.snapshot.get("balance", "")),
                ("逾期金额（元）", a.snapshot.get("overdue", "")), ("信用等级", a.snapshot.get("rating", "")),
                ("交易条件", a.snapshot.get("terms", ""))]
    return render_approval(ApprovalForm(a.form_name, a.number, f"{customer.number} {customer.name}", request, snapshot,
                                        a.applicant, a.reviewer, a.review_opinion, a.approver, a.decision,
                                        STATES[a.state], datetime.now().strftime("%Y-%m-%d")))
