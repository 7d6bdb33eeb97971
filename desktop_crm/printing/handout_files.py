"""A hand-out of customer data as an Excel workbook or a printed sheet. Both take exactly the
(label, value) rows the redaction gave them — nothing else of the card ever reaches them."""
from __future__ import annotations

import io
from dataclasses import dataclass

from desktop_crm.printing.table_pdf import Column, TableSheet, render_table


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
    return render_table(TableSheet("客户资料发放单", _notes(sheet)[:2], (Column("项目", 50), Column("内容", 120)),
                                   tuple(sheet.rows), f"客户资料发放单 {sheet.number}", _notes(sheet)[2:],
                                   top_mm=38, min_row_mm=8))
