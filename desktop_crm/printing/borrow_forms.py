"""The lending forms: the borrow slip (客户资料借阅表, A4 or A5) and the reminder notice (催还单)."""
from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A5
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_crm.printing.fonts import SONG
from desktop_crm.printing.page_drawing import MM, WU_HAO, XIAO_ER, bold_text, new_canvas, wrap


@dataclass(frozen=True)
class SlipLine:
    customer: str
    category: str
    seq: str
    title: str
    returned: str = ""
    condition: str = ""


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


@dataclass(frozen=True)
class ReminderForm:
    borrower: str
    department: str
    issued_on: str
    lines: tuple[ReminderLine, ...]


class FormPage:
    """Draws ruled rows top-down on a page, starting a new page (with its heading) when full."""

    def __init__(self, canvas, size, title: str, number: str = "") -> None:
        self.canvas, self.title, self.number = canvas, title, number
        self.width, self.height = size
        self.left, self.right = 15 * MM, self.width - 15 * MM
        self.small = self.width < 160 * MM
        self.font = WU_HAO - (1 if self.small else 0)
        self._start_page()

    def _start_page(self) -> None:
        bold_text(self.canvas, self.width / 2, self.height - 18 * MM, self.title, SONG,
                  XIAO_ER - (3 if self.small else 0), centred=True)
        if self.number:
            self.canvas.setFont(SONG, self.font)
            self.canvas.drawRightString(self.right, self.height - 26 * MM, f"编号：{self.number}")
        self.y = self.height - 29 * MM

    def row(self, cells: list[tuple[str, float]], bold_cols: tuple[int, ...] = (), min_h: float = 8) -> None:
        """``cells`` are (text, share of the width); the row grows to fit wrapped text."""
        total = self.right - self.left
        wrapped = [wrap(text, SONG, self.font, share * total - 2.4 * MM) for text, share in cells]
        height = max(min_h * MM, max(len(w) for w in wrapped) * self.font * 1.3 + 2.4 * MM)
        if self.y - height < 25 * MM:
            self.canvas.showPage()
            self._start_page()
        self.canvas.rect(self.left, self.y - height, total, height)
        x = self.left
        for index, ((_, share), lines) in enumerate(zip(cells, wrapped)):
            width = share * total
            if index:
                self.canvas.line(x, self.y, x, self.y - height)
            top = self.y - (height - len(lines) * self.font * 1.3) / 2 - self.font
            for i, text in enumerate(lines):
                if index in bold_cols:
                    bold_text(self.canvas, x + 1.2 * MM, top - i * self.font * 1.3, text, SONG, self.font)
                else:
                    self.canvas.setFont(SONG, self.font)
                    self.canvas.drawString(x + 1.2 * MM, top - i * self.font * 1.3, text)
            x += width
        self.y -= height

    def text(self, text: str, gap: float = 6) -> None:
        self.canvas.setFont(SONG, self.font)
        for line in wrap(text, SONG, self.font, self.right - self.left):
            self.y -= self.font * 1.5
            self.canvas.drawString(self.left, self.y, line)
        self.y -= gap

    def signatures(self, *who: str) -> None:
        self.y -= 12 * MM
        if self.y < 25 * MM:
            self.canvas.showPage()
            self._start_page()
            self.y -= 12 * MM
        share = (self.right - self.left) / len(who)
        self.canvas.setFont(SONG, self.font + 0.5)
        for i, label in enumerate(who):
            x = self.left + i * share
            text = f"{label}（签字）："
            self.canvas.drawString(x, self.y, text)
            start = x + stringWidth(text, SONG, self.font + 0.5) + 1 * MM
            self.canvas.line(start, self.y - 1, max(start + 15 * MM, x + share - 6 * MM), self.y - 1)
            self.canvas.drawString(x, self.y - 9 * MM, "日期：      年    月    日")


def render_slip(form: SlipForm, paper: str = "A4") -> bytes:
    size = A5 if paper.upper() == "A5" else A4
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, f"客户资料借阅表 {form.number}")
    canvas.setPageSize(size)
    f = FormPage(canvas, size, "客户资料借阅表", form.number)
    f.row([("借阅人", .15), (form.borrower, .35), ("部门", .15), (form.department, .35)], (0, 2))
    f.row([("借阅目的", .15), (form.purpose, .85)], (0,))
    f.row([("借出日期", .15), (form.date_out, .35), ("应还日期", .15), (form.due_date, .35)], (0, 2))
    f.row([("批准人", .15), (form.approved_by or "—", .35), ("续借次数", .15), (form.renewals, .35)], (0, 2))
    f.y -= 4 * MM
    f.row([("序号", .07), ("客户", .25), ("类别", .13), ("卷内序号", .1), ("题名", .25), ("归还日期", .1),
           ("状况", .1)], tuple(range(7)))
    for i, line in enumerate(form.lines, start=1):
        f.row([(str(i), .07), (line.customer, .25), (line.category, .13), (line.seq, .1), (line.title, .25),
               (line.returned, .1), (line.condition, .1)])
    f.y -= 4 * MM
    f.row([("备注", .15), (form.remarks or "原件不外借；借阅资料不得转借、复制或带离公司，应按期归还。", .85)], (0,))
    f.signatures("借阅人", "档案管理员")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_reminder(form: ReminderForm) -> bytes:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, f"档案催还通知单 {form.borrower}")
    f = FormPage(canvas, A4, "档案催还通知单")
    f.text(f"{form.borrower}（{form.department or '—'}）：", gap=2)
    f.text("您借阅的下列客户档案资料已超过应还日期。客户档案属公司重要资料，逾期不还是严重的问题。"
           "请于接到本通知后三个工作日内归还档案室；确需继续使用，请办理续借手续。", gap=6)
    f.row([("借阅单号", .16), ("客户", .3), ("题名", .3), ("应还日期", .13), ("逾期天数", .11)], tuple(range(5)))
    for line in form.lines:
        f.row([(line.slip, .16), (line.customer, .3), (line.title, .3), (line.due_date, .13),
               (str(line.days_over), .11)])
    f.y -= 6 * MM
    f.text(f"通知日期：{form.issued_on}")
    f.signatures("档案管理员", "借阅人签收")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()



