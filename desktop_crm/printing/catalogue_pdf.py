"""A numbered catalogue on A4 (目录 / 卷内文件目录), per the layout of reference/volume-format.md.

Columns 序号 | 文号 | 责任者 | 题名 | 日期 | 页号 | 备注 at 10/20/20/70/20/10/20 mm; margins left 25,
right 15, top 35 mm; title 小二, headings 四号 bold, rows 五号; about 15 rows a page; the heading is
repeated on every page. Takes plain data; knows nothing of the database or of Qt.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop_crm.printing.table_pdf import Column, TableSheet, render_table

COLUMNS = (Column("序号", 10, centred=True), Column("文号", 20, shrink=True), Column("责任者", 20),
           Column("题名", 70), Column("日期", 20, centred=True, shrink=True), Column("页号", 10, centred=True,
                                                                                  shrink=True),
           Column("备注", 20))


@dataclass(frozen=True)
class CatalogueRow:
    seq: str
    doc_number: str
    author: str
    title: str
    date: str
    page: str
    remarks: str = ""

    def cells(self) -> tuple[str, ...]:
        return (self.seq, self.doc_number, self.author, self.title, self.date, self.page, self.remarks)


@dataclass(frozen=True)
class CatalogueSheet:
    title: str                                    # e.g. 卷内文件目录
    header_lines: tuple[str, ...]                 # customer, category, year / archive code
    rows: tuple[CatalogueRow, ...]
    document_title: str = ""                      # PDF metadata
    notes: tuple[str, ...] = field(default_factory=tuple)


def render_catalogue(sheet: CatalogueSheet) -> bytes:
    return render_table(TableSheet(sheet.title, sheet.header_lines, COLUMNS, tuple(r.cells() for r in sheet.rows),
                                   sheet.document_title or sheet.title, sheet.notes))
