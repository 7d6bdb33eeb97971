"""A hand-out of customer data as an Excel workbook or a printed sheet. Both take exactly the
(label, value) rows the redaction gave them — nothing else of the card ever reaches them."""
from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4

from desktop_crm.printing.form_page import FormPage
from desktop_crm.printing.page_drawing import MM, new_canvas


@dataclass(frozen=True)
class HandoutSheet:
    number: str
    recipient: str
    consent: str
    purpose: str
    recall: str                       # "" when the copy need not come back
    rows: tuple[tuple[str, str], ...]


def _notes(sheet: HandoutSheet) -> tuple[str, ...]:
    notes = [f"发放单号：{sheet.number}    接收人：{sheet.recipient}", f"同意发放：{sheet.consent}    用途：{sheet.purpose}"]
    if sheet.recall:
        notes.append(f"本资料为受控副本，须于 {sheet.recall} 前交回档案室，不得转借、复制或外传。")
    else:
        notes.append("本资料仅供业务联系使用，不得转借或外传。")
    return tuple(notes)


def handout_xlsx(sheet: HandoutSheet) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    page = book.active
    page.title = "客户资料"
    page.append(["项目", "内容"])
    for cell in page[1]:
        cell.font = Font(bold=True)
    for label, value in sheet.rows:
        page.append([label, value])
    page.column_dimensions["A"].width = 26
    page.column_dimensions["B"].width = 60
    about = book.create_sheet("发放说明")
    for line in _notes(sheet):
        about.append([line])
    about.column_dimensions["A"].width = 90
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def handout_pdf(sheet: HandoutSheet) -> bytes:
    """The printed hand-out: what was handed out, then the receipt (and, for a controlled copy, its return)
    signed and dated."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, f"客户资料发放单 {sheet.number}", numbered=True)
    page = FormPage(canvas, A4, "客户资料发放单", sheet.number)
    for line in _notes(sheet)[:2]:
        page.text(line, gap=1)
    page.y -= 3 * MM
    page.table([("项目", 0.3), ("内容", 0.7)])
    for label, value in sheet.rows:
        page.row([(label, 0.3), (value, 0.7)])
    page.end_table()
    page.y -= 3 * MM
    for line in _notes(sheet)[2:]:
        page.text(line, gap=1)
    if sheet.recall:
        page.signatures("接收人签收", "交回时档案管理员签收", names=(sheet.recipient, ""))
    else:
        page.signatures("接收人签收", names=(sheet.recipient,))
    page.finish()
    canvas.save()
    return buffer.getvalue()
