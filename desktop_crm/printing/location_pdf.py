"""The location index (库房位置索引: by place, and by customer) and labels for boxes and shelves.
Plain rows in, PDF bytes out."""
from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_crm.printing.fonts import SONG
from desktop_crm.printing.page_drawing import MM, PAGE_HEIGHT, WU_HAO, bold_text, new_canvas, wrap
from desktop_crm.printing.table_pdf import Column, TableSheet, render_table

BY_PLACE_COLUMNS = (Column("位置", 24, centred=True, shrink=True), Column("位置说明", 26), Column("类型", 16, centred=True),
                    Column("客户编号或档号", 36, shrink=True), Column("客户名称或案卷题名", 68))
BY_CUSTOMER_COLUMNS = (Column("客户编号", 24, shrink=True), Column("客户名称", 52), Column("活页卷位置", 34),
                       Column("固定卷（档号：位置）", 60))


def render_index(title: str, header_lines: tuple[str, ...], by_place: bool,
                 rows: list[tuple[str, ...]], notes: tuple[str, ...] = ()) -> bytes:
    columns = BY_PLACE_COLUMNS if by_place else BY_CUSTOMER_COLUMNS
    return render_table(TableSheet(title, header_lines, columns, tuple(rows), notes=notes, min_row_mm=9))


@dataclass(frozen=True)
class PlaceLabel:
    code: str          # A-03-2
    spoken: str        # 柜 A · 层 03 · 格 2
    contents: str      # what stands there: customer numbers, volume codes


LABEL_W, LABEL_H = 90 * MM, 50 * MM


def render_labels(labels: list[PlaceLabel], fonds: str) -> bytes:
    """Labels 90 × 50 mm, two across and five down on A4, cut along the ruled edges: the place code large,
    its levels in words, the fonds, and what stands there."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, "库房位置标签")
    left, top = 15 * MM, PAGE_HEIGHT - 23.5 * MM
    for index, label in enumerate(labels):
        slot = index % 10
        if index and slot == 0:
            canvas.showPage()
        x = left + (slot % 2) * LABEL_W
        y = top - (slot // 2 + 1) * LABEL_H
        canvas.rect(x, y, LABEL_W, LABEL_H)
        size = 30.0
        while size > 12 and stringWidth(label.code, SONG, size) > LABEL_W - 8 * MM:
            size -= 1
        bold_text(canvas, x + LABEL_W / 2, y + LABEL_H - 15 * MM, label.code, SONG, size, centred=True)
        canvas.setFont(SONG, WU_HAO)
        canvas.drawCentredString(x + LABEL_W / 2, y + LABEL_H - 22 * MM, label.spoken)
        canvas.setFont(SONG, 9)
        lines = wrap(label.contents or "（空）", SONG, 9, LABEL_W - 6 * MM)[:3]
        for i, line in enumerate(lines):
            canvas.drawString(x + 3 * MM, y + LABEL_H - 29 * MM - i * 11, line)
        canvas.setFont(SONG, 8)
        canvas.drawString(x + 3 * MM, y + 3 * MM, fonds)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
