"""The approval forms (客户信用额度审批表, 延期还款审批单, 退赔折价审批表) with their signature boxes."""
from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4

from desktop_crm.printing.borrow_forms import FormPage
from desktop_crm.printing.page_drawing import MM, new_canvas


@dataclass(frozen=True)
class ApprovalForm:
    title: str
    number: str
    customer: str
    request: list[tuple[str, str]]
    snapshot: list[tuple[str, str]]
    applicant: str
    reviewer: str
    review_opinion: str
    approver: str
    decision: str
    state: str
    printed_on: str


def render_approval(form: ApprovalForm) -> bytes:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, f"{form.title} {form.number}")
    page = FormPage(canvas, A4, form.title, form.number)
    page.row([("客户", .2), (form.customer, .55), ("状态", .1), (form.state, .15)], (0, 2))
    for label, value in form.request:
        page.row([(label, .2), (value, .8)], (0,))
    page.y -= 3 * MM
    page.row([("申请时情况（系统自动填写）", 1.0)], (0,))
    for label, value in form.snapshot:
        page.row([(label, .2), (value, .8)], (0,))
    page.y -= 3 * MM
    for label, name, text in (("申请人", form.applicant, ""), ("审核意见", form.reviewer, form.review_opinion),
                              ("批准决定及条件", form.approver, form.decision)):
        page.row([(label, .2), (text, .5), (f"签字：{name}\n日期：", .3)], (0,), min_h=18)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
