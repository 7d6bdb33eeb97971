"""A 客户名册 on A4 landscape: the ruled table with its heading on every page, and page numbers."""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape

from desktop_crm.printing.page_drawing import new_canvas
from desktop_crm.printing.table_pdf import TableSheet, draw_table


def render_roster(sheet: TableSheet) -> bytes:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, sheet.title)
    canvas.setPageSize(landscape(A4))
    draw_table(canvas, sheet, page_height=landscape(A4)[1])
    canvas.save()
    return buffer.getvalue()
