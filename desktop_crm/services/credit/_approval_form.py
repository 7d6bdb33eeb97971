"""An approval as its printed form: labels in the form's order, amounts in figures and 人民币大写, and the
date of every step beside its signature."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from desktop_crm.domain import clock
from desktop_crm.domain.money import figures_and_upper
from desktop_crm.printing.approval_form import ApprovalForm, Step, render_approval
from desktop_crm.store.binder_models import ContractOrder
from desktop_crm.store.credit_models import Debt
from desktop_crm.store.models import Customer

_MONEY = {"requested_limit", "amount", "approved_amount"}
_LABELS = {"reason": "申请理由", "requested_limit": "申请额度", "new_due": "申请延至", "debt_ids": "延期的欠款",
           "guarantee": "担保", "order_id": "所涉订单", "amount": "申请金额", "return_kind": "类别",
           "cause": "原因", "responsible": "责任方", "finding": "鉴定结论"}


def _money(text: Any) -> str:
    try:
        return figures_and_upper(Decimal(str(text)))
    except (ArithmeticError, ValueError):
        return str(text or "")


def _request_rows(approval, customer: Customer) -> tuple[tuple[str, str], ...]:
    rows = []
    for key, value in approval.request.items():
        if key in _MONEY:
            shown = _money(value)
        elif key == "debt_ids":
            debts = Debt.select().where(Debt.id.in_(list(value)))
            shown = "；".join(f"#{d.id} {d.incurred_on:%Y-%m-%d} {_money(d.amount)} 原应还 {d.due_date:%Y-%m-%d}"
                             for d in debts)
        elif key == "order_id":
            order = ContractOrder.get_or_none(ContractOrder.id == value)
            shown = f"{order.number} {order.subject}" if order else str(value)
        else:
            shown = str(value)
        rows.append((_LABELS.get(key, key), shown))
    return tuple(rows)


def _snapshot_rows(snapshot: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    limit = snapshot.get("current_limit")
    terms = snapshot.get("terms")          # older archives wrote the terms as one text
    if "terms_days" in snapshot:
        terms = f"信用期 {snapshot['terms_days']} 天，额度上限 {_money(snapshot['terms_ceiling'])}"
    return (("当前额度", _money(limit) if limit else "未核定"), ("欠款余额", _money(snapshot.get("balance", "0"))),
            ("逾期金额", _money(snapshot.get("overdue", "0"))), ("信用等级", str(snapshot.get("rating", ""))),
            ("交易条件", str(terms or "")))


def render(approval, decision: dict[str, Any], customer: Customer) -> bytes:
    outcome = decision.get("decision", "")
    if decision.get("approved_amount"):
        outcome = f"批准金额：{_money(decision['approved_amount'])}。{outcome}"
    if decision.get("exceed_reason"):
        outcome += f"\n超限审批：{decision.get('exceeds', '')} 理由：{decision['exceed_reason']}"

    def day(stamp) -> str:
        return f"{stamp:%Y-%m-%d}" if stamp else ""

    steps = (Step("申请人", approval.request.get("reason", ""), approval.applicant,
                  day(approval.submitted_at or approval.created_at)),
             Step("审核意见", approval.review_opinion, approval.reviewer, day(approval.reviewed_at)),
             Step("批准决定及条件", outcome, approval.approver, day(approval.decided_at)))
    return render_approval(ApprovalForm(approval.form_name, approval.number, f"{customer.number} {customer.name}",
                                        _request_rows(approval, customer), _snapshot_rows(approval.snapshot), steps,
                                        approval.state_label, f"{clock.today():%Y-%m-%d}"))
