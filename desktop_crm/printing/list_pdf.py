"""Any list of the desk on paper: its title, who printed it and when, and the ruled table with its heading on
every page — portrait for a few columns, landscape for many, each column as wide as its text needs."""
from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_crm.printing.fonts import SONG, register_fonts
from desktop_crm.printing.page_drawing import MM, WU_HAO, XIAO_WU, new_canvas
from desktop_crm.printing.table_pdf import Column, TableSheet, draw_table

_MARGIN_MM = 15
_NARROWEST_MM, _WIDEST_MM = 12.0, 90.0
_SHORT_MM = 40.0


def _text_mm(text: str, size: float) -> float:
    return stringWidth(text, SONG, size) / MM + 3


def column_widths(headings: Sequence[str], rows: Sequence[Sequence[str]], page_mm: float,
                  size: float = WU_HAO) -> list[float]:
    """Each column's natural width: its heading, or its widest cell when that is short (numbers, dates, codes),
    else the width nine in ten of its cells fit in. Short columns keep their width; the long ones share what is
    left of the page and wrap — every cell in the one size, as on a ruled register."""
    natural, short = [], []
    for i, heading in enumerate(headings):
        cells = sorted(_text_mm(row[i], size) for row in rows[:2000] if i < len(row))
        widest = cells[-1] if cells else 0.0
        is_short = widest <= _SHORT_MM
        wide = widest if is_short else cells[int(len(cells) * 0.9)]
        natural.append(min(_WIDEST_MM, max(_NARROWEST_MM, _text_mm(heading, size + 1), wide)))
        short.append(is_short)
    fixed = sum(w for w, s in zip(natural, short) if s)
    flexible = sum(natural) - fixed
    if flexible and fixed < page_mm:
        scale = (page_mm - fixed) / flexible
        return [w if s else w * scale for w, s in zip(natural, short)]
    return [w * page_mm / sum(natural) for w in natural]


def render_list(title: str, header_lines: tuple[str, ...], headings: Sequence[str],
                rows: Sequence[Sequence[str]]) -> bytes:
    register_fonts()                  # the widths are measured in the font before the canvas is made
    landscape_page = len(headings) > 6
    width, height = landscape(A4) if landscape_page else A4
    size = XIAO_WU if len(headings) > 8 else WU_HAO      # a wide register in 小五, as such forms are
    widths = column_widths(headings, rows, width / MM - 2 * _MARGIN_MM, size)
    columns = tuple(Column(h, w) for h, w in zip(headings, widths))
    sheet = TableSheet(title, header_lines, columns, tuple(tuple(r) for r in rows), left_mm=_MARGIN_MM,
                       min_row_mm=7, top_mm=32, heading_mm=9, cell_size=size, heading_size=size + 1)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, title)
    canvas.setPageSize((width, height))
    draw_table(canvas, sheet, page_height=height)
    canvas.save()
    return buffer.getvalue()
