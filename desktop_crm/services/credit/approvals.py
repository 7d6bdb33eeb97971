"""Approvals as recorded decisions: 客户信用额度审批表, 延期还款审批单, 退赔折价审批表.

draft → submitted → reviewed → approved / rejected, or sent back for changes (to draft). Only roles
given the authority (settings) review or approve; nobody reviews or approves their own request, and a
named person's account must still be in use. Each step records who and when. A decided form files
itself as a paper into the binder (category 3; returns into 5) — into the year of the decision, under
the binders' rule that a bound year takes no more papers — and takes effect: a new limit from its date,
new due dates (the old ones kept), an approved return entered in the returns register.

Terms bind: a limit above the ceiling of the customer's rating, or any limit for a customer marked
不良, is approved only by a 经理 with a written reason, recorded and printed on the form.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from peewee import JOIN

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.approval_rules import (
    KINDS,
    ApprovalKind,
    ApprovalState,
    clean_request,
    decision_refusals,
    exceeds_terms,
)
from desktop_crm.domain.credit_rules import CreditRating, age
from desktop_crm.domain.customer_card import CardState
from desktop_crm.domain.errors import InvalidInput, NotFound, PermissionDenied
from desktop_crm.domain.money import CENT
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.roles import Role
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import audit, query_register
from desktop_crm.services.authority import authorise, ensure_in_use
from desktop_crm.services.binders import papers
from desktop_crm.services.cards.account_managers import route_note
from desktop_crm.services.credit.ledger import open_debts_of
from desktop_crm.services.numbering import next_number
from desktop_crm.services.settings import registry
from desktop_crm.services.transaction import writing
from desktop_crm.store.binder_models import ContractOrder
from desktop_crm.store.credit_models import CreditApproval, CreditLimit, Debt
from desktop_crm.store.models import Customer, User, now

__all__ = ["ApprovalKind", "ApprovalState", "KINDS"]


def reviewers() -> frozenset[Role]:
    return registry.value("approvals.reviewers")


def approvers() -> frozenset[Role]:
    return registry.value("approvals.approvers")


def trade_terms(rating: str) -> tuple[int, Decimal]:
    """(credit days, limit ceiling) for a rating; a customer not yet rated has the strictest terms."""
    if rating not in CreditRating.values():
        rating = CreditRating.RISK.value
    return registry.value(f"terms.{rating}")


def current_limit(customer_id: int, on: date | None = None) -> Decimal | None:
    row = (CreditLimit.select().where((CreditLimit.customer == customer_id)
                                      & (CreditLimit.effective_from <= (on or clock.today())))
           .order_by(CreditLimit.effective_from.desc(), CreditLimit.id.desc()).first())
    return row.amount if row else None


def limit_history(acting: ActingUser, customer_id: int) -> list[tuple[date, Decimal, str]]:
    authorise(acting, Action.QUERY_ARCHIVE)
    rows = (CreditLimit.select(CreditLimit.effective_from, CreditLimit.amount, CreditApproval.number)
            .join(CreditApproval, join_type=JOIN.LEFT_OUTER, on=(CreditLimit.approval == CreditApproval.id))
            .where(CreditLimit.customer == customer_id).order_by(CreditLimit.effective_from, CreditLimit.id).tuples())
    query_register.record(acting, QueryAction.CREDIT, customer_id, "信用额度历史")
    return [(_as_date(on), Decimal(str(amount)).quantize(CENT), number or "") for on, amount, number in rows]


def _as_date(value) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


def exposure(customer_id: int) -> Decimal:
    """Balance owed plus the open orders' amounts, where known."""
    balance = sum((d.outstanding for d in open_debts_of(customer_id)), Decimal("0"))
    open_orders = sum((o.amount or Decimal("0") for o in ContractOrder.select(ContractOrder.amount).where(
        (ContractOrder.customer == customer_id) & (ContractOrder.status == "执行中")
        & (ContractOrder.removed == False))), Decimal("0"))  # noqa: E712
    return (balance + open_orders).quantize(CENT)


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
    created_at: datetime | None = None
    submitted_at: datetime | None = None
    reviewed_at: datetime | None = None
    decided_at: datetime | None = None
    applicant_id: int | None = None
    reviewer_id: int | None = None

    @property
    def form_name(self) -> str:
        return ApprovalKind(self.kind).label

    @property
    def state_label(self) -> str:
        return ApprovalState.label_of(self.state)


def _view(row: CreditApproval, names: dict[int, str] | None = None) -> Approval:
    names = names if names is not None else {u.id: u.display_name for u in User.select(User.id, User.display_name)}
    return Approval(row.id, row.number, row.kind, row.customer_id, row.state, json.loads(row.request),
                    json.loads(row.snapshot), names.get(row.applicant_id, ""), names.get(row.reviewer_id or 0, ""),
                    row.review_opinion, names.get(row.approver_id or 0, ""), row.decision, row.document_id,
                    row.created_at, row.submitted_at, row.reviewed_at, row.decided_at, row.applicant_id,
                    row.reviewer_id)


def _one(approval_id: int) -> Approval:
    row = CreditApproval.get_or_none(CreditApproval.id == approval_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Credit", "该审批单不存在。"))
    return _view(row)


def get(acting: ActingUser, approval_id: int) -> Approval:
    authorise(acting, Action.QUERY_ARCHIVE)
    found = _one(approval_id)
    query_register.record(acting, QueryAction.CREDIT, found.customer_id, f"审批单 {found.number}")
    return found


def of_customer(acting: ActingUser, customer_id: int) -> list[Approval]:
    authorise(acting, Action.QUERY_ARCHIVE)
    names = {u.id: u.display_name for u in User.select(User.id, User.display_name)}
    found = [_view(r, names) for r in CreditApproval.select().where(CreditApproval.customer == customer_id)
             .order_by(CreditApproval.id.desc())]
    query_register.record(acting, QueryAction.CREDIT, customer_id, f"审批单 {len(found)} 张")
    return found


def waiting_for(acting: ActingUser) -> list[Approval]:
    """The requests this user should act on now, oldest first: to review, to decide, or sent back to them."""
    authorise(acting, Action.QUERY_ARCHIVE)
    names = {u.id: u.display_name for u in User.select(User.id, User.display_name)}
    found: list[Approval] = []
    managed: list[Approval] = []
    query = (CreditApproval.select(CreditApproval, Customer.id, Customer.account_manager).join(Customer)
             .where(CreditApproval.state.in_(["draft", "submitted", "reviewed"])))
    for row in query.order_by(CreditApproval.submitted_at, CreditApproval.id):
        mine = row.applicant_id == acting.id
        if (row.state == "submitted" and acting.role in reviewers() and not mine) or \
                (row.state == "reviewed" and acting.role in approvers() and acting.id not in
                 (row.applicant_id, row.reviewer_id)) or (row.state == "draft" and mine):
            # a customer's own manager has its requests first; other reviewers and approvers still see them
            (managed if row.customer.account_manager == acting.username else found).append(_view(row, names))
    found = managed + found
    if found:
        query_register.record(acting, QueryAction.DESK_LIST, detail=f"待办审批：{len(found)} 件")
    return found


def _check_fields(kind: str, customer_id: int, values: dict[str, Any]) -> None:
    """What the request names must belong to the customer (debts still open, its own order)."""
    if kind == ApprovalKind.DEFERRAL:
        open_ids = {d.id for d in open_debts_of(customer_id)}
        if not set(values["debt_ids"]) <= open_ids:
            raise InvalidInput({"debt_ids": QT_TRANSLATE_NOOP("Credit", "请选择该客户尚未还清的欠款。")})
    if kind == ApprovalKind.RETURN:
        if not ContractOrder.select().where((ContractOrder.id == values["order_id"])
                                            & (ContractOrder.customer == customer_id)).exists():
            raise InvalidInput({"order_id": QT_TRANSLATE_NOOP("Credit", "请选择该客户的合同订单。")})


def draft(acting: ActingUser, kind: str, customer_id: int, raw: dict[str, Any]) -> Approval:
    """Any colleague who may query the archive may apply."""
    authorise(acting, Action.QUERY_ARCHIVE)
    values = clean_request(kind, raw)
    with writing():
        if not Customer.select().where(Customer.id == customer_id).exists():
            raise NotFound(QT_TRANSLATE_NOOP("Credit", "该客户不存在。"))
        _check_fields(kind, customer_id, values)
        row = CreditApproval.create(number=next_number(KINDS[ApprovalKind(kind)].prefix, clock.today().year),
                                    kind=kind, customer=customer_id, request=json.dumps(values, ensure_ascii=False),
                                    applicant=acting.id)
        audit.record(acting, "approval", row.id, "create", note=ApprovalKind(kind).label)
    return _one(row.id)


def revise(acting: ActingUser, approval_id: int, raw: dict[str, Any]) -> Approval:
    """The applicant changes a draft (also one sent back) before submitting it again."""
    authorise(acting, Action.QUERY_ARCHIVE)
    with writing():
        row = _step(approval_id, ("draft",))
        if row.applicant_id != acting.id:
            raise PermissionDenied(QT_TRANSLATE_NOOP("Credit", "只有申请人本人可以修改审批单。"))
        values = clean_request(row.kind, raw)
        _check_fields(row.kind, row.customer_id, values)
        old = json.loads(row.request)
        CreditApproval.update(request=json.dumps(values, ensure_ascii=False)).where(
            CreditApproval.id == approval_id).execute()
        audit.record(acting, "approval", approval_id, "update", audit.diff(old, values))
    return _one(approval_id)


def _step(approval_id: int, allowed_from: tuple[str, ...]) -> CreditApproval:
    row = CreditApproval.get_or_none(CreditApproval.id == approval_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Credit", "该审批单不存在。"))
    if row.state not in allowed_from:
        raise InvalidInput({"state": QT_TRANSLATE_NOOP("Credit", "审批单 {number} 当前为“{state}”，不能办理这一步。").format(
            number=row.number, state=ApprovalState.label_of(row.state))})
    return row


def submit(acting: ActingUser, approval_id: int, today: date | None = None) -> Approval:
    authorise(acting, Action.QUERY_ARCHIVE)
    with writing():
        row = _step(approval_id, ("draft",))
        if row.applicant_id != acting.id:
            raise PermissionDenied(QT_TRANSLATE_NOOP("Credit", "只有申请人本人可以提交审批单。"))
        customer = Customer.get_by_id(row.customer_id)
        ageing = age(open_debts_of(row.customer_id), today or clock.today())
        rating = customer.credit_rating or "—"
        days, ceiling = trade_terms(rating)
        snapshot = {"balance": f"{ageing.balance:.2f}", "overdue": f"{ageing.overdue:.2f}", "rating": rating,
                    "current_limit": str(current_limit(row.customer_id) or ""),
                    "exposure": f"{exposure(row.customer_id):.2f}", "terms_days": days,
                    "terms_ceiling": f"{ceiling:.2f}", "state": customer.state}
        CreditApproval.update(state="submitted", submitted_at=now(), snapshot=json.dumps(snapshot, ensure_ascii=False)) \
            .where(CreditApproval.id == approval_id).execute()
        audit.record(acting, "approval", approval_id, "submit")
    return _one(approval_id)


def review(acting: ActingUser, approval_id: int, opinion: str) -> Approval:
    ensure_in_use(acting)
    if acting.role not in reviewers():
        raise PermissionDenied(QT_TRANSLATE_NOOP("Credit", "您的角色（{role}）无权审核审批单。").format(role=acting.role.label))
    if not (opinion or "").strip():
        raise InvalidInput({"opinion": QT_TRANSLATE_NOOP("Credit", "请填写审核意见。")})
    with writing():
        row = _step(approval_id, ("submitted",))
        if row.applicant_id == acting.id:
            raise PermissionDenied(QT_TRANSLATE_NOOP("Credit", "不能审核自己提出的申请。"))
        updated = (CreditApproval.update(state="reviewed", reviewer=acting.id, review_opinion=opinion.strip(),
                                         reviewed_at=now())
                   .where((CreditApproval.id == approval_id) & (CreditApproval.state == "submitted")).execute())
        if updated != 1:     # another reviewer got there first
            raise InvalidInput({"state": QT_TRANSLATE_NOOP("Credit", "该审批单刚由他人办理，请刷新后查看。")})
        audit.record(acting, "approval", approval_id, "review",
                     note=f"{opinion.strip()}（{route_note(row.customer_id, User.get_by_id(acting.id))}）")
    return _one(approval_id)


def send_back(acting: ActingUser, approval_id: int, why: str) -> Approval:
    """Return the request to its applicant for changes (from submitted or reviewed)."""
    ensure_in_use(acting)
    if acting.role not in reviewers() | approvers():
        raise PermissionDenied(QT_TRANSLATE_NOOP("Credit", "您的角色（{role}）无权退回审批单。").format(role=acting.role.label))
    if not (why or "").strip():
        raise InvalidInput({"why": QT_TRANSLATE_NOOP("Credit", "退回须写明需要修改的地方。")})
    with writing():
        row = _step(approval_id, ("submitted", "reviewed"))
        if row.applicant_id == acting.id:
            raise PermissionDenied(QT_TRANSLATE_NOOP("Credit", "不能退回自己提出的申请。"))
        CreditApproval.update(state="draft", reviewer=None, review_opinion="", reviewed_at=None).where(
            CreditApproval.id == approval_id).execute()
        audit.record(acting, "approval", approval_id, "return", note=why.strip())
    return _one(approval_id)


def decide(acting: ActingUser, approval_id: int, approve: bool, decision: str, today: date | None = None, *,
           approved_amount: Any = None, exceed_reason: str = "") -> Approval:
    """Approve (possibly a different amount) or reject with a reason; the form then files itself into the
    binder and, if approved, takes effect."""
    ensure_in_use(acting)
    if acting.role not in approvers():
        raise PermissionDenied(QT_TRANSLATE_NOOP("Credit", "您的角色（{role}）无权批准审批单。").format(role=acting.role.label))
    today = today or clock.today()
    with writing():
        row = _step(approval_id, ("reviewed",))
        if acting.id in (row.applicant_id, row.reviewer_id):
            raise PermissionDenied(QT_TRANSLATE_NOOP("Credit", "不能批准自己提出或审核过的申请。"))
        request = json.loads(row.request)
        customer = Customer.get_by_id(row.customer_id)
        days, ceiling = trade_terms(customer.credit_rating or "")
        decided = decision_refusals(kind=row.kind, approve=approve, decision=decision, request=request,
                                    approved_amount=approved_amount, exceed_reason=exceed_reason,
                                    approver_role=acting.role, ceiling=ceiling,
                                    bad_customer=customer.state == CardState.BAD)
        state = ApprovalState.APPROVED if approve else ApprovalState.REJECTED
        outcome = {"decision": decision.strip(), **decided}
        updated = (CreditApproval.update(state=state.value, approver=acting.id,
                                         decision=json.dumps(outcome, ensure_ascii=False), decided_at=now())
                   .where((CreditApproval.id == approval_id) & (CreditApproval.state == "reviewed")).execute())
        if updated != 1:     # two approvers deciding at once: the first one wins
            raise InvalidInput({"state": QT_TRANSLATE_NOOP("Credit", "该审批单刚由他人决定，请刷新后查看。")})
        audit.record(acting, "approval", approval_id, state.value,
                     note=f"{decision.strip()}（{route_note(row.customer_id, User.get_by_id(acting.id))}）")
        if approve:
            _take_effect(acting, row, request, decided, today)
        _file_form(acting, row, state, today)
    return _one(approval_id)


def _take_effect(acting: ActingUser, row: CreditApproval, request: dict[str, Any], decided: dict[str, Any],
                 today: date) -> None:
    if row.kind == ApprovalKind.LIMIT:
        old = current_limit(row.customer_id, today)
        amount = Decimal(decided.get("approved_amount") or request["requested_limit"])
        CreditLimit.create(customer=row.customer_id, amount=amount, effective_from=today, approval=row.id)
        audit.record(acting, "customer", row.customer_id, "limit", [audit.Change("信用额度", old, amount)],
                     note=row.number)
    elif row.kind == ApprovalKind.DEFERRAL:
        new_due = date.fromisoformat(request["new_due"])
        for debt in Debt.select().where(Debt.id.in_(request["debt_ids"])):
            Debt.update(due_date=new_due).where(Debt.id == debt.id).execute()   # original_due_date is kept
            audit.record(acting, "debt", debt.id, "defer", [audit.Change("应还日期", debt.due_date, new_due)],
                         note=row.number)
        from desktop_crm.services.credit.rating import recompute
        recompute(acting, row.customer_id, today)
    elif row.kind == ApprovalKind.RETURN:
        from desktop_crm.services.binders import registers

        amount = decided.get("approved_amount") or request["amount"]
        entry_id = registers.add_generated(acting, "returns", row.customer_id, {
            "occurred_on": today, "order_id": request["order_id"],
            "reason": f"{request['cause']}（责任方：{request['responsible']}）", "amount": amount,
            "approval_state": "已批准"}, note=f"由{row.number}批准", today=today)
        audit.record(acting, "approval", row.id, "effect", [audit.Change("退赔折价登记", None, entry_id)])


def _file_form(acting: ActingUser, row: CreditApproval, state: ApprovalState, today: date) -> None:
    """The decided form becomes a paper of the customer's binder, in the year it was decided."""
    meta = KINDS[ApprovalKind(row.kind)]
    common = {"category": int(meta.category), "year": today.year, "doc_number": row.number, "author": "审批",
              "doc_date": today, "pages": 1, "is_original": True, "retention": "D30"}
    document_id = papers.file_generated(acting, row.customer_id, {
        **common, "kind": meta.paper_kind, "title": f"{meta.title}（{state.label}）"},
        note=f"{row.number} 审批后自动归档", today=today)
    CreditApproval.update(document=document_id).where(CreditApproval.id == row.id).execute()
    if row.kind == ApprovalKind.RETURN:   # the cause and responsibility assessment is a paper of its own in 5
        papers.file_generated(acting, row.customer_id, {**common, "kind": "return_assessment",
                                                        "title": "退赔折价原因责任鉴定表"},
                              note=f"{row.number} 审批后自动归档", today=today)


def decision_of(a: Approval) -> dict[str, Any]:
    """The decision as recorded: conditions or reason, an approved amount, an exceeding reason."""
    try:
        value = json.loads(a.decision) if a.decision.startswith("{") else {"decision": a.decision}
    except ValueError:
        value = {"decision": a.decision}
    return value if isinstance(value, dict) else {"decision": a.decision}


def form_pdf(acting: ActingUser, approval_id: int) -> bytes:
    from desktop_crm.services.credit._approval_form import render

    authorise(acting, Action.QUERY_ARCHIVE)
    a = _one(approval_id)
    pdf = render(a, decision_of(a), Customer.get_by_id(a.customer_id))
    query_register.record(acting, QueryAction.PRINT, a.customer_id, f"审批单 {a.number}")
    return pdf


def would_exceed(customer_id: int, amount: Decimal) -> str:
    """'' when a limit of ``amount`` is within the customer's terms, else why it needs a 经理's reason."""
    customer = Customer.get_by_id(customer_id)
    return exceeds_terms(Decimal(amount), trade_terms(customer.credit_rating or "")[1],
                         customer.state == CardState.BAD)
