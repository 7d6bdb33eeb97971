"""The lending forms: the borrow slip (客户资料借阅表, A4 or A5) and the reminder notice (催还单)."""
from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A5

from desktop_crm.printing.form_page import FormPage
from desktop_crm.printing.page_drawing import MM, new_canvas


@dataclass(frozen=True)
class SlipLine:
    customer: str
    category: str
    seq: str
    title: str
    returned: str = ""
    condition: str = ""
    archive_code: str = ""     # 档号 (and 件号) of a bound paper; '' while it is loose-leaf
    place: str = ""            # where the custodian fetches it


@dataclass(frozen=True)
class SlipForm:
    number: str
    borrower: str
    department: str
    purpose: str
    date_out: str
    due_date: str
    approved_by: str
    renewals: str
    remarks: str
    lines: tuple[SlipLine, ...]


@dataclass(frozen=True)
class ReminderLine:
    slip: str
    customer: str
    title: str
    due_date: str
    days_over: int
    place: str = ""


@dataclass(frozen=True)
class ReminderForm:
    borrower: str
    department: str
    issued_on: str
    lines: tuple[ReminderLine, ...]


def render_slip(form: SlipForm, paper: str = "A4") -> bytes:
    size = A5 if paper.upper() == "A5" else A4
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, f"客户资料借阅表 {form.number}", numbered=True)
    canvas.setPageSize(size)
    f = FormPage(canvas, size, "客户资料借阅表", form.number)
    f.row([("借阅人", .15), (form.borrower, .35), ("部门", .15), (form.department, .35)], (0, 2))
    f.row([("借阅目的", .15), (form.purpose, .85)], (0,))
    f.row([("借出日期", .15), (form.date_out, .35), ("应还日期", .15), (form.due_date, .35)], (0, 2))
    f.row([("批准人", .15), (form.approved_by or "—", .35), ("续借次数", .15), (form.renewals, .35)], (0, 2))
    f.y -= 4 * MM
    f.table([("序号", .06), ("客户", .2), ("类别", .11), ("卷内序号", .08), ("题名", .2), ("档号/存放位置", .15),
             ("归还日期", .1), ("状况", .1)])
    for i, line in enumerate(form.lines, start=1):
        where = "\n".join(x for x in (line.archive_code, line.place) if x) or "活页卷"
        f.row([(str(i), .06), (line.customer, .2), (line.category, .11), (line.seq, .08), (line.title, .2),
               (where, .15), (line.returned, .1), (line.condition, .1)])
    f.end_table()
    f.y -= 4 * MM
    f.row([("备注", .15), (form.remarks or "原件不外借；借阅资料不得转借、复制或带离公司，应按期归还。", .85)], (0,))
    f.signatures("借阅人", "批准人", "档案管理员", names=(form.borrower, form.approved_by, ""))
    f.finish()
    canvas.save()
    return buffer.getvalue()


def render_reminder(form: ReminderForm) -> bytes:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, f"档案催还通知单 {form.borrower}", numbered=True)
    f = FormPage(canvas, A4, "档案催还通知单")
    f.text(f"{form.borrower}（{form.department or '—'}）：", gap=2)
    f.text("您借阅的下列客户档案资料已超过应还日期。客户档案属公司重要资料，逾期不还是严重的问题。"
           "请于接到本通知后三个工作日内归还档案室；确需继续使用，请办理续借手续。", gap=6)
    shares = (.15, .25, .25, .12, .09, .14)
    f.table(list(zip(("借阅单号", "客户", "题名", "应还日期", "逾期天数", "存放位置"), shares)))
    for line in form.lines:
        f.row(list(zip((line.slip, line.customer, line.title, line.due_date, str(line.days_over), line.place),
                       shares)))
    f.end_table()
    f.y -= 6 * MM
    f.text(f"通知日期：{form.issued_on}")
    f.signatures("档案管理员", "借阅人签收")
    f.finish()
    canvas.save()
    return buffer.getvalue()
