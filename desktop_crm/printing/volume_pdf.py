"""What a fixed volume prints (reference/volume-format.md): cover → in-volume catalogue → (documents) →
remarks sheet; plus the spine labels and the year register (案卷目录). Plain data in, PDF bytes out."""
from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape

from desktop_crm.printing.catalogue_pdf import COLUMNS, CatalogueRow
from desktop_crm.printing.fonts import SONG
from desktop_crm.printing.page_drawing import (
    MM,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    SI_HAO,
    XIAO_SI,
    bold_text,
    new_canvas,
    wrap,
)
from desktop_crm.printing.table_pdf import Column, TableSheet, draw_table


@dataclass(frozen=True)
class VolumeSheet:
    code: str
    fonds_name: str
    class_name: str
    title: str
    start_ym: str
    end_ym: str
    retention: str
    items: int
    pages: int
    rows: tuple[CatalogueRow, ...]
    remarks: tuple[str, ...]          # notes: accepted gaps, corrections
    made_by: str
    checked_by: str
    made_on: str


def _cover(canvas, v: VolumeSheet) -> None:
    left, right = 25 * MM, PAGE_WIDTH - 20 * MM
    canvas.setLineWidth(1.2)
    canvas.rect(left, 25 * MM, right - left, PAGE_HEIGHT - 50 * MM)
    canvas.setLineWidth(0.5)
    canvas.setFont(SONG, XIAO_SI)
    canvas.drawRightString(right - 6 * MM, PAGE_HEIGHT - 38 * MM, f"档号：{v.code}")
    y = PAGE_HEIGHT - 70 * MM
    for label, value in (("全宗名称", v.fonds_name), ("类目名称", v.class_name)):
        bold_text(canvas, left + 12 * MM, y, f"{label}：", SONG, SI_HAO)
        canvas.setFont(SONG, SI_HAO)
        canvas.drawString(left + 42 * MM, y, value)
        y -= 16 * MM
    bold_text(canvas, left + 12 * MM, y, "案卷题名：", SONG, SI_HAO)
    for i, line in enumerate(wrap(v.title, SONG, 20, right - left - 60 * MM)):
        bold_text(canvas, left + 42 * MM, y - i * 28, line, SONG, 20)
    # the facts box at the foot of the cover
    box_top, row_h = 95 * MM, 14 * MM
    cells = (("起止年月", f"{v.start_ym} — {v.end_ym}"), ("保管期限", v.retention),
             ("件数", f"{v.items} 件"), ("页数", f"{v.pages} 页"), ("档号", v.code))
    for i, (label, value) in enumerate(cells):
        top = box_top - i * row_h
        canvas.rect(left + 12 * MM, top - row_h, 40 * MM, row_h)
        canvas.rect(left + 52 * MM, top - row_h, right - left - 64 * MM, row_h)
        bold_text(canvas, left + 32 * MM, top - row_h / 2 - 4, label, SONG, XIAO_SI, centred=True)
        canvas.setFont(SONG, XIAO_SI)
        canvas.drawString(left + 56 * MM, top - row_h / 2 - 4, value)
    canvas.showPage()


def _remarks(canvas, v: VolumeSheet) -> None:
    left, right = 25 * MM, PAGE_WIDTH - 15 * MM
    bold_text(canvas, PAGE_WIDTH / 2, PAGE_HEIGHT - 30 * MM, "卷内备考表", SONG, 18, centred=True)
    canvas.setFont(SONG, XIAO_SI)
    canvas.drawRightString(right, PAGE_HEIGHT - 40 * MM, f"档号：{v.code}")
    top, bottom = PAGE_HEIGHT - 45 * MM, 80 * MM
    canvas.rect(left, bottom, right - left, top - bottom)
    bold_text(canvas, left + 5 * MM, top - 10 * MM, "本卷情况说明", SONG, SI_HAO)
    lines = [f"本卷共有文件 {v.items} 件，共 {v.pages} 页。"] + [f"{i}. {note}" for i, note in
                                                                enumerate(v.remarks, start=1)]
    y = top - 22 * MM
    canvas.setFont(SONG, XIAO_SI)
    for text in lines:
        for line in wrap(text, SONG, XIAO_SI, right - left - 14 * MM):
            if y < bottom + 8 * MM:
                break
            canvas.drawString(left + 8 * MM, y, line)
            y -= XIAO_SI * 1.6
    for i, (label, value) in enumerate((("立卷人", v.made_by), ("检查人", v.checked_by), ("立卷时间", v.made_on))):
        canvas.drawString(right - 75 * MM, bottom - (14 + i * 12) * MM, f"{label}：{value}")
    canvas.showPage()


def catalogue_table(v: VolumeSheet) -> TableSheet:
    return TableSheet("卷内文件目录", (f"档号：{v.code}", v.title), COLUMNS, tuple(r.cells() for r in v.rows),
                      f"{v.code} 卷内文件目录")


def _front(canvas, v: VolumeSheet) -> None:
    _cover(canvas, v)
    draw_table(canvas, catalogue_table(v), page_footer=False)   # front matter pages carry no page numbers


def render_front(v: VolumeSheet) -> bytes:
    """Cover and in-volume catalogue: the front matter for binding the paper originals."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, f"{v.code} {v.title}")
    _front(canvas, v)
    canvas.save()
    return buffer.getvalue()


def render_remarks(v: VolumeSheet) -> bytes:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, f"{v.code} 卷内备考表")
    _remarks(canvas, v)
    canvas.save()
    return buffer.getvalue()


def render_volume(v: VolumeSheet) -> bytes:
    """Cover, catalogue and remarks sheet in one file (without the documents themselves)."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, f"{v.code} {v.title}")
    _front(canvas, v)
    _remarks(canvas, v)
    canvas.save()
    return buffer.getvalue()


@dataclass(frozen=True)
class SpineLabel:
    code: str
    year: str
    number: str
    short_title: str


def render_spine_labels(labels: list[SpineLabel], width_mm: int = 20) -> bytes:
    """Strips of ``width_mm`` (10, 15 or 20 mm) side by side on landscape A4, text set top to bottom."""
    size = landscape(A4)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, "案卷脊背标签")
    canvas.setPageSize(size)
    width, height = width_mm * MM, size[1] - 20 * MM
    per_page = int((size[0] - 20 * MM) // width)
    font = 7 if width_mm <= 10 else (9 if width_mm <= 15 else 11)
    for start in range(0, len(labels), per_page):
        for i, label in enumerate(labels[start:start + per_page]):
            x = 10 * MM + i * width
            canvas.rect(x, 10 * MM, width, height)
            y = 10 * MM + height - font * 1.6
            canvas.setFont(SONG, font)
            for text in (label.code, "", f"{label.year}年", f"第{label.number}卷", "", label.short_title):
                if not text:
                    y -= font
                    continue
                for ch in text:          # one character under the other, as spines are read
                    canvas.drawCentredString(x + width / 2, y, ch)
                    y -= font * 1.15
                    if y < 14 * MM:
                        break
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


YEAR_REGISTER_COLUMNS = (Column("案卷号", 14, centred=True), Column("档号", 30, shrink=True), Column("案卷题名", 62),
                         Column("起止年月", 24, centred=True, shrink=True), Column("件数", 10, centred=True),
                         Column("页数", 10, centred=True), Column("保管期限", 14, centred=True), Column("备注", 6))
