"""A numbered catalogue on A4 (目录 / 卷内文件目录), per the layout of reference/volume-format.md.

Columns 序号 | 文号 | 责任者 | 题名 | 日期 | 页号 | 备注 at 10/20/20/70/20/10/20 mm; margins left 25,
right 15, top 35 mm; title 小二, headings 四号 bold, rows 五号; about 15 rows a page; the heading is
repeated on every page. Takes plain data; knows nothing of the database or of Qt.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_crm.printing.fonts import SONG
from desktop_crm.printing.page_drawing import (
    MM,
    PAGE_HEIGHT,
    SI_HAO,
    WU_HAO,
    XIAO_ER,
    XIAO_SI,
    bold_text,
    new_canvas,
    wrap,
)

COLUMNS = (("序号", 10), ("文号", 20), ("责任者", 20), ("题名", 70), ("日期", 20), ("页号", 10), ("备注", 20))
LEFT, RIGHT_EDGE, TOP, BOTTOM = 25 * MM, 195 * MM, 35 * MM, 22 * MM
HEADER_ROW = 11 * MM
MIN_ROW = 15 * MM          # 232 mm of table below the heading → 15 rows a page
PAD = 1.2 * MM
CENTRED = {0, 4, 5}


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


def _widths() -> list[float]:
    return [w * MM for _, w in COLUMNS]


SHRINK_TO_FIT = {1, 4, 5}     # 文号, 日期, 页号: codes read badly when broken, so set smaller first
SMALLEST = 7.5


def _cell_size(column: int, text: str, width: float) -> float:
    size = WU_HAO
    if column in SHRINK_TO_FIT:
        while size > SMALLEST and stringWidth(text, SONG, size) > width - 2 * PAD:
            size -= 0.5
    return size


def _row_lines(row: CatalogueRow) -> list[tuple[list[str], float]]:
    cells = []
    for column, (text, width) in enumerate(zip(row.cells(), _widths())):
        size = _cell_size(column, text, width)
        cells.append((wrap(text, SONG, size, width - 2 * PAD), size))
    return cells


def paginate(rows: tuple[CatalogueRow, ...]) -> list[list[tuple[CatalogueRow, list[list[str]], float]]]:
    """Rows laid out into pages: each with its wrapped cell lines and its height."""
    usable = PAGE_HEIGHT - TOP - BOTTOM - HEADER_ROW
    pages: list[list] = [[]]
    used = 0.0
    for row in rows:
        lines = _row_lines(row)
        height = max(MIN_ROW, max(len(cell) * size * 1.25 for cell, size in lines) + 2 * PAD)
        if used + height > usable and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].append((row, lines, height))
        used += height
    return pages


def render_catalogue(sheet: CatalogueSheet) -> bytes:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, sheet.document_title or sheet.title)
    pages = paginate(sheet.rows)
    widths = _widths()
    for number, page_rows in enumerate(pages, start=1):
        top = PAGE_HEIGHT - TOP
        bold_text(canvas, (LEFT + RIGHT_EDGE) / 2, PAGE_HEIGHT - 17 * MM, sheet.title, SONG, XIAO_ER, centred=True)
        canvas.setFont(SONG, XIAO_SI)
        for i, line in enumerate(sheet.header_lines):
            canvas.drawString(LEFT, PAGE_HEIGHT - 25 * MM - i * (XIAO_SI + 3), line)
        _draw_heading(canvas, top, widths)
        y = top - HEADER_ROW
        for _row, lines, height in page_rows:
            _draw_row(canvas, y, height, lines, widths)
            y -= height
        if number == len(pages) and sheet.notes:
            canvas.setFont(SONG, WU_HAO)
            for i, note in enumerate(sheet.notes):
                canvas.drawString(LEFT, y - (i + 1) * (WU_HAO + 4), note)
        canvas.setFont(SONG, WU_HAO)
        canvas.drawCentredString((LEFT + RIGHT_EDGE) / 2, 12 * MM, f"第 {number} 页  共 {len(pages)} 页")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_heading(canvas, top: float, widths: list[float]) -> None:
    x = LEFT
    canvas.setLineWidth(0.8)
    canvas.rect(LEFT, top - HEADER_ROW, RIGHT_EDGE - LEFT, HEADER_ROW)
    canvas.setLineWidth(0.5)
    for (label, _), width in zip(COLUMNS, widths):
        bold_text(canvas, x + width / 2, top - HEADER_ROW / 2 - SI_HAO * 0.35, label, SONG,
                  SI_HAO if width > 12 * MM else XIAO_SI, centred=True)
        x += width
        canvas.line(x, top, x, top - HEADER_ROW)


def _draw_row(canvas, y: float, height: float, lines: list[tuple[list[str], float]], widths: list[float]) -> None:
    canvas.rect(LEFT, y - height, RIGHT_EDGE - LEFT, height)
    x = LEFT
    for column, ((cell, size), width) in enumerate(zip(lines, widths)):
        canvas.setFont(SONG, size)
        leading = size * 1.25
        first = y - (height - len(cell) * leading) / 2 - size     # centre the block vertically
        for i, text in enumerate(cell):
            baseline = first - i * leading
            if column in CENTRED:
                canvas.drawCentredString(x + width / 2, baseline, text)
            else:
                canvas.drawString(x + PAD, baseline, text)
        x += width
        if column < len(widths) - 1:
            canvas.line(x, y, x, y - height)
