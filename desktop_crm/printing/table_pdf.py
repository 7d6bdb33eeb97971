"""A titled, ruled table over as many A4 pages as it needs, the heading repeated on each page.

The catalogue (目录), the query register (查询登记簿) and the other registers print through this.
Column widths are in millimetres; cells wrap as Chinese is set; code-like columns shrink to fit first.
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

PAD = 1.2 * MM
SMALLEST = 8.0      # nothing on a printed form is set smaller than 8 pt


@dataclass(frozen=True)
class Column:
    label: str
    width_mm: float
    centred: bool = False
    shrink: bool = False          # codes and dates: set smaller before breaking the line


@dataclass(frozen=True)
class TableSheet:
    title: str
    header_lines: tuple[str, ...]
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    document_title: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
    left_mm: float = 25
    top_mm: float = 35
    bottom_mm: float = 22
    min_row_mm: float = 15
    heading_mm: float = 11
    cell_size: float = WU_HAO
    heading_size: float | None = None     # one size for every heading (else the largest each one fits)


def _cells(sheet: TableSheet, row: tuple[str, ...]) -> list[tuple[list[str], float]]:
    cells = []
    for column, text in zip(sheet.columns, row):
        width = column.width_mm * MM - 2 * PAD
        size = sheet.cell_size
        if column.shrink:
            while size > SMALLEST and stringWidth(text, SONG, size) > width:
                size -= 0.5
        cells.append((wrap(text, SONG, size, width), size))
    return cells


def paginate(sheet: TableSheet, page_height: float = PAGE_HEIGHT) -> list[list[tuple[list[tuple[list[str], float]], float]]]:
    """Rows laid out into pages: each with its wrapped cells and its height."""
    usable = page_height - (sheet.top_mm + sheet.bottom_mm + sheet.heading_mm) * MM
    pages: list[list] = [[]]
    used = 0.0
    for row in sheet.rows:
        cells = _cells(sheet, row)
        height = max(sheet.min_row_mm * MM, max(len(lines) * size * 1.25 for lines, size in cells) + 2 * PAD)
        if used + height > usable and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].append((cells, height))
        used += height
    return pages


def render_table(sheet: TableSheet) -> bytes:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, sheet.document_title or sheet.title)
    draw_table(canvas, sheet)
    canvas.save()
    return buffer.getvalue()


def draw_table(canvas, sheet: TableSheet, page_footer: bool = True, page_height: float = PAGE_HEIGHT) -> int:
    """Draw the sheet's pages on ``canvas`` (each ended with showPage); returns how many pages. A landscape
    sheet passes its own ``page_height``."""
    pages = paginate(sheet, page_height)
    left = sheet.left_mm * MM
    right = left + sum(c.width_mm for c in sheet.columns) * MM
    for number, rows in enumerate(pages, start=1):
        top = page_height - sheet.top_mm * MM
        bold_text(canvas, (left + right) / 2, page_height - 17 * MM, sheet.title, SONG, XIAO_ER, centred=True)
        canvas.setFont(SONG, XIAO_SI)
        for i, line in enumerate(sheet.header_lines):
            canvas.drawString(left, page_height - 25 * MM - i * (XIAO_SI + 3), line)
        _heading(canvas, sheet, left, right, top)
        y = top - sheet.heading_mm * MM
        for cells, height in rows:
            _row(canvas, sheet, left, right, y, height, cells)
            y -= height
        if number == len(pages):
            canvas.setFont(SONG, WU_HAO)
            for i, note in enumerate(sheet.notes):
                canvas.drawString(left, y - (i + 1) * (WU_HAO + 4), note)
        if page_footer:
            canvas.setFont(SONG, WU_HAO)
            canvas.drawCentredString((left + right) / 2, 12 * MM, f"第 {number} 页  共 {len(pages)} 页")
        canvas.showPage()
    return len(pages)


def _heading(canvas, sheet: TableSheet, left: float, right: float, top: float) -> None:
    height = sheet.heading_mm * MM
    canvas.setLineWidth(0.8)
    canvas.rect(left, top - height, right - left, height)
    canvas.setLineWidth(0.5)
    x = left
    for column in sheet.columns:
        width = column.width_mm * MM
        size = sheet.heading_size or (SI_HAO if stringWidth(column.label, SONG, SI_HAO) < width - 2 * PAD else XIAO_SI)
        while size > SMALLEST and stringWidth(column.label, SONG, size) > width - PAD:
            size -= 0.5
        bold_text(canvas, x + width / 2, top - height / 2 - size * 0.35, column.label, SONG, size, centred=True)
        x += width
        canvas.line(x, top, x, top - height)


def _row(canvas, sheet: TableSheet, left: float, right: float, y: float, height: float, cells) -> None:
    canvas.rect(left, y - height, right - left, height)
    x = left
    for index, (column, (lines, size)) in enumerate(zip(sheet.columns, cells)):
        width = column.width_mm * MM
        canvas.setFont(SONG, size)
        leading = size * 1.25
        first = y - (height - len(lines) * leading) / 2 - size     # centre the block vertically
        for i, text in enumerate(lines):
            if column.centred:
                canvas.drawCentredString(x + width / 2, first - i * leading, text)
            else:
                canvas.drawString(x + PAD, first - i * leading, text)
        x += width
        if index < len(sheet.columns) - 1:
            canvas.line(x, y, x, y - height)
