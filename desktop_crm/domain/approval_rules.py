"""The three approval forms and their rules: what a request holds, and what a decision may say.

客户信用额度审批表 (limit), 延期还款审批单 (deferral), 退赔折价审批表 (return). A decision approves —
possibly a different amount, with conditions — or rejects with a reason. Terms bind: a limit above the
ceiling of the customer's rating, or any limit for a 不良 customer, is approved only by a 经理 who writes
why (the seeds: 在客户信用等级分类的基础上，确定对不同客户的交易条件、信用限度).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.card_values import parse_paper_date
from desktop_crm.domain.choices import Choice
from desktop_crm.domain.errors import InvalidInput, PermissionDenied
from desktop_crm.domain.money import parse_amount
from desktop_crm.domain.roles import Role
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text


class ApprovalKind(Choice):
    LIMIT = "limit"
    DEFERRAL = "deferral"
    RETURN = "return"

    @classmethod
    def labels(cls) -> dict:
        return _KIND_LABELS


_KIND_LABELS = {ApprovalKind.LIMIT: QT_TRANSLATE_NOOP("Credit", "客户信用额度审批表"),
                ApprovalKind.DEFERRAL: QT_TRANSLATE_NOOP("Credit", "延期还款审批单"),
                ApprovalKind.RETURN: QT_TRANSLATE_NOOP("Credit", "退赔折价审批表")}


class ApprovalState(Choice):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    REVIEWED = "reviewed"
    APPROVED = "approved"
    REJECTED = "rejected"

    @classmethod
    def labels(cls) -> dict:
        return _STATE_LABELS


_STATE_LABELS = {ApprovalState.DRAFT: QT_TRANSLATE_NOOP("Credit", "草稿"),
                 ApprovalState.SUBMITTED: QT_TRANSLATE_NOOP("Credit", "已提交"),
                 ApprovalState.REVIEWED: QT_TRANSLATE_NOOP("Credit", "已审核"),
                 ApprovalState.APPROVED: QT_TRANSLATE_NOOP("Credit", "已批准"),
                 ApprovalState.REJECTED: QT_TRANSLATE_NOOP("Credit", "已驳回")}


@dataclass(frozen=True)
class KindMeta:
    title: str          # printed title of the form (Chinese: the form is an archive paper)
    paper_kind: str     # the document kind it files as
    category: Category
    prefix: str         # number series: XY-2026-0001 …


KINDS: dict[ApprovalKind, KindMeta] = {
    ApprovalKind.LIMIT: KindMeta("客户信用额度审批表", "credit_limit_approval", Category.DEBTS, "XY"),
    ApprovalKind.DEFERRAL: KindMeta("延期还款审批单", "deferral_approval", Category.DEBTS, "YQ"),
    ApprovalKind.RETURN: KindMeta("退赔折价审批表", "return_approval", Category.RETURNS, "TP"),
}
RETURN_KINDS = (QT_TRANSLATE_NOOP("Credit", "退货"), QT_TRANSLATE_NOOP("Credit", "赔偿"),
                QT_TRANSLATE_NOOP("Credit", "折价"))
MAX_TEXT = 1000


def _text(raw: dict[str, Any], key: str, problems: dict[str, str], required: Text | None = None) -> str:
    value = str(raw.get(key) or "").strip()
    if required is not None and not value:
        problems[key] = required
    elif len(value) > MAX_TEXT:
        problems[key] = QT_TRANSLATE_NOOP("Credit", "内容过长，最多{count}字。").format(count=MAX_TEXT)
    return value


def clean_request(kind: str, raw: dict[str, Any]) -> dict[str, Any]:
    """The request as stored: checked, typed, every problem listed at once."""
    if kind not in ApprovalKind.values():
        raise InvalidInput({"kind": QT_TRANSLATE_NOOP("Credit", "未知的审批单种类。")})
    problems: dict[str, str] = {}
    values: dict[str, Any] = {"reason": _text(raw, "reason", problems, QT_TRANSLATE_NOOP("Credit", "请写明申请理由。"))}
    if kind == ApprovalKind.LIMIT:
        try:
            values["requested_limit"] = str(parse_amount(raw.get("requested_limit"), QT_TRANSLATE_NOOP("Credit", "申请额度")))
        except InvalidInput as exc:
            problems["requested_limit"] = exc.problems["amount"]
    elif kind == ApprovalKind.DEFERRAL:
        try:
            ids = sorted({int(i) for i in raw.get("debt_ids") or []})
        except (TypeError, ValueError):
            ids = []
        if not ids:
            problems["debt_ids"] = QT_TRANSLATE_NOOP("Credit", "请选择要延期的欠款（可多选）。")
        new_due = raw.get("new_due")
        try:
            new_due = new_due if isinstance(new_due, date) else parse_paper_date(str(new_due or ""))
        except (TypeError, ValueError):
            new_due = None
            problems["new_due"] = QT_TRANSLATE_NOOP("Credit", "请填写延至的日期，如 2027-03-31。")
        values.update(debt_ids=ids, new_due=new_due.isoformat() if new_due else "",
                      guarantee=_text(raw, "guarantee", problems))
    else:
        try:
            values["order_id"] = int(raw.get("order_id"))
        except (TypeError, ValueError):
            problems["order_id"] = QT_TRANSLATE_NOOP("Credit", "请选择退赔折价所涉的合同订单。")
        try:
            values["amount"] = str(parse_amount(raw.get("amount"), QT_TRANSLATE_NOOP("Credit", "退赔折价金额")))
        except InvalidInput as exc:
            problems["amount"] = exc.problems["amount"]
        return_kind = str(raw.get("return_kind") or RETURN_KINDS[0])
        if return_kind not in RETURN_KINDS:
            problems["return_kind"] = QT_TRANSLATE_NOOP("Credit", "请选择退货、赔偿或折价。")
        values.update(return_kind=return_kind,
                      cause=_text(raw, "cause", problems, QT_TRANSLATE_NOOP("Credit", "请填写退赔折价的原因。")),
                      responsible=_text(raw, "responsible", problems,
                                        QT_TRANSLATE_NOOP("Credit", "请填写责任方（责任鉴定）。")),
                      finding=_text(raw, "finding", problems))
    if problems:
        raise InvalidInput(problems)
    return values


def exceeds_terms(amount: Decimal, ceiling: Decimal, bad_customer: bool) -> Text | str:
    """'' when a limit of ``amount`` keeps to the terms, else the reason it needs a 经理's written reason."""
    if bad_customer:
        return QT_TRANSLATE_NOOP("Credit", "该客户已认定为不良客户，核定信用额度须由经理批准并写明理由。")
    if amount > ceiling:
        return QT_TRANSLATE_NOOP("Credit", "额度 {amount:,.2f} 元超过该信用等级的额度上限 {ceiling:,.2f} 元，须由经理批准并写明超限理由。").format(
            amount=amount, ceiling=ceiling)
    return ""


def decision_refusals(*, kind: str, approve: bool, decision: str, request: dict[str, Any], approved_amount: Any,
                      exceed_reason: str, approver_role: Role, ceiling: Decimal, bad_customer: bool) -> dict[str, Any]:
    """Check a decision; returns what it adds to the record (approved amount, exceeding reason) or raises."""
    decision = (decision or "").strip()
    if not approve:
        if not decision:
            raise InvalidInput({"decision": QT_TRANSLATE_NOOP("Credit", "驳回须写明理由。")})
        return {}
    result: dict[str, Any] = {}
    if kind in (ApprovalKind.LIMIT, ApprovalKind.RETURN):
        asked = Decimal(request["requested_limit"] if kind == ApprovalKind.LIMIT else request["amount"])
        amount = asked
        if approved_amount not in (None, ""):
            try:
                amount = parse_amount(approved_amount, QT_TRANSLATE_NOOP("Credit", "批准金额"))
            except InvalidInput as exc:
                raise InvalidInput({"approved_amount": exc.problems["amount"]}) from None
        if amount != asked:
            result["approved_amount"] = str(amount)
        if kind == ApprovalKind.LIMIT:
            why = exceeds_terms(amount, ceiling, bad_customer)
            if why:
                if approver_role != Role.MANAGER:
                    raise PermissionDenied(why)
                if not (exceed_reason or "").strip():
                    raise InvalidInput({"exceed_reason": why})
                result["exceed_reason"] = exceed_reason.strip()
                result["exceeds"] = str(why)
    return result
