"""The approval forms (客户信用额度审批表, 延期还款审批单, 退赔折价审批表) with their signature boxes.

Each step — application, review, decision — prints its opinion, the name of who signed and the date
beside the signature. Amounts come already written the one way the forms use (figures and 大写).
"""
from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4

from desktop_crm.printing.form_page import FormPage
from desktop_crm.printing.page_drawing import MM, new_canvas


@dataclass(frozen=True)
class Step:
    label: str          # 申请人 / 审核意见 / 批准决定及条件
    opinion: str
    name: str
    on: str             # YYYY-MM-DD, or '' while the step is not done


@dataclass(frozen=True)
class ApprovalForm:
    title: str
    number: str
    customer: str
    request: tuple[tuple[str, str], ...]
    snapshot: tuple[tuple[str, str], ...]
    steps: tuple[Step, ...]
    state: str
    printed_on: str


def render_approval(form: ApprovalForm) -> bytes:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, f"{form.title} {form.number}", numbered=True)
    page = FormPage(canvas, A4, form.title, form.number)
    page.row([("客户", .2), (form.customer, .55), ("状态", .1), (form.state, .15)], (0, 2))
    for label, value in form.request:
        page.row([(label, .2), (value, .8)], (0,))
    page.y -= 3 * MM
    page.row([("申请时情况（系统自动填写）", 1.0)], (0,))
    for label, value in form.snapshot:
        page.row([(label, .2), (value, .8)], (0,))
    page.y -= 3 * MM
    for step in form.steps:
        page.row([(step.label, .2), (step.opinion, .46), (f"签字：{step.name}\n日期：{step.on or '      年    月    日'}", .34)],
                 (0,), min_h=20)
    page.text(f"打印日期：{form.printed_on}", gap=0)
    page.finish()
    canvas.save()
    return buffer.getvalue()
