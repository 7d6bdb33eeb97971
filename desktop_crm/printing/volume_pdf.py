"""What a fixed volume prints (reference/volume-format.md): cover → in-volume catalogue → (documents) →
remarks sheet; plus the spine labels and the year register (案卷目录). Plain data in, PDF bytes out.

Everything ReportLab draws for one volume — cover, catalogue, the pages of image scans, the placeholder
pages standing for unscanned pages, the remarks sheet — is drawn into one document, so the CJK font is
subset once a volume; ``volume_scans`` then puts the pages in binding order with the PDF scans.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_crm.printing.catalogue_pdf import COLUMNS, CatalogueRow
from desktop_crm.printing.fonts import SONG
from desktop_crm.printing.page_drawing import (
    MM,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    SI_HAO,
    WU_HAO,
    XIAO_SI,
    bold_text,
    new_canvas,
    wrap,
)
from desktop_crm.printing.table_pdf import Column, TableSheet, draw_table, paginate


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
    remarks: tuple[str, ...]          # the volume's own notes: problems accepted, page counts, corrections
    made_by: str
    checked_by: str
    made_on: str
    place: str = ""                   # where the paper volume stands


@dataclass(frozen=True)
class ImagePage:
    """A page of an image scan (a TIFF frame, a JPEG), set on A4 — rotated when it is landscape."""
    path: Path
    frame: int
    number: int
    back: bool


@dataclass(frozen=True)
class Placeholder:
    """Stands for a page of a paper that has no scan of it, so page numbers stay those of the paper volume."""
    number: int
    back: bool
    item: int
    title: str
    doc_number: str
    date: str
    page_of_item: int
    item_pages: int
    original_at: str


@dataclass
class DrawnVolume:
    pdf: bytes
    catalogue_pages: int
    remarks_pages: int
    drawn: list[ImagePage | Placeholder] = field(default_factory=list)   # in the order they were drawn


# --- cover ------------------------------------------------------------------------------------------
def _field(canvas, x: float, y: float, label: str, value: str, width: float, size: float = SI_HAO) -> float:
    """A labelled field whose value wraps under itself inside ``width``; returns the y below it."""
    bold_text(canvas, x, y, f"{label}：", SONG, size)
    canvas.setFont(SONG, size)
    lines = wrap(value, SONG, size, width - 30 * MM)
    for i, line in enumerate(lines):
        canvas.drawString(x + 30 * MM, y - i * size * 1.45, line)
    return y - max(1, len(lines)) * size * 1.45 - 9 * MM


def _cover(canvas, v: VolumeSheet) -> None:
    left, right = 25 * MM, PAGE_WIDTH - 20 * MM
    canvas.setLineWidth(1.2)
    canvas.rect(left, 25 * MM, right - left, PAGE_HEIGHT - 50 * MM)
    canvas.setLineWidth(0.5)
    canvas.setFont(SONG, XIAO_SI)
    canvas.drawRightString(right - 6 * MM, PAGE_HEIGHT - 38 * MM, f"档号：{v.code}")
    inner = right - left - 24 * MM
    y = PAGE_HEIGHT - 70 * MM
    y = _field(canvas, left + 12 * MM, y, "全宗名称", v.fonds_name, inner)
    y = _field(canvas, left + 12 * MM, y, "类目名称", v.class_name, inner)
    bold_text(canvas, left + 12 * MM, y, "案卷题名：", SONG, SI_HAO)
    size = 20.0
    lines = wrap(v.title, SONG, size, inner - 30 * MM)
    while len(lines) > 4 and size > 14:        # a very long title is set smaller, never cut
        size -= 2
        lines = wrap(v.title, SONG, size, inner - 30 * MM)
    for i, line in enumerate(lines):
        bold_text(canvas, left + 42 * MM, y - i * size * 1.4, line, SONG, size)
    # the facts box at the foot of the cover
    box_top, row_h = 102 * MM, 14 * MM
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


# --- remarks sheet ------------------------------------------------------------------------------------
def _remarks(canvas, v: VolumeSheet) -> int:
    """The remarks sheet; a long one continues on further pages, never cut. Returns its page count."""
    left, right = 25 * MM, PAGE_WIDTH - 15 * MM
    lines = [f"本卷共有文件 {v.items} 件，共 {v.pages} 页。"]
    if v.place:
        lines.append(f"纸质案卷存放于：{v.place}。")
    lines += [f"{i}. {note}" for i, note in enumerate(v.remarks, start=1)]
    wrapped = [line for text in lines for line in wrap(text, SONG, XIAO_SI, right - left - 14 * MM)]
    leading = XIAO_SI * 1.6
    pages = 0
    while True:
        pages += 1
        title = "卷内备考表" if pages == 1 else "卷内备考表（续）"
        bold_text(canvas, PAGE_WIDTH / 2, PAGE_HEIGHT - 30 * MM, title, SONG, 18, centred=True)
        canvas.setFont(SONG, XIAO_SI)
        canvas.drawRightString(right, PAGE_HEIGHT - 40 * MM, f"档号：{v.code}")
        top, bottom = PAGE_HEIGHT - 45 * MM, 80 * MM
        fits = int((top - 22 * MM - (bottom + 8 * MM)) // leading) + 1
        last = len(wrapped) <= fits
        frame_bottom = bottom if last else 25 * MM
        if not last:
            fits = int((top - 22 * MM - (frame_bottom + 8 * MM)) // leading) + 1
        canvas.rect(left, frame_bottom, right - left, top - frame_bottom)
        bold_text(canvas, left + 5 * MM, top - 10 * MM, "本卷情况说明" + ("（续）" if pages > 1 else ""), SONG, SI_HAO)
        canvas.setFont(SONG, XIAO_SI)
        y = top - 22 * MM
        for line in wrapped[:fits]:
            canvas.drawString(left + 8 * MM, y, line)
            y -= leading
        wrapped = wrapped[fits:]
        if not wrapped:
            _signatures(canvas, v, right, bottom)
            canvas.showPage()
            return pages
        canvas.setFont(SONG, WU_HAO)
        canvas.drawRightString(right, 18 * MM, "（接下页）")
        canvas.showPage()


def _signatures(canvas, v: VolumeSheet, right: float, bottom: float) -> None:
    """立卷人 and 检查人 with the printed name and a line to sign beside it; 立卷时间."""
    x = right - 95 * MM
    canvas.setFont(SONG, XIAO_SI)
    for i, (label, value) in enumerate((("立卷人", v.made_by), ("检查人", v.checked_by))):
        y = bottom - (14 + i * 13) * MM
        canvas.drawString(x, y, f"{label}：{value}")
        canvas.drawString(x + 45 * MM, y, "签名：")
        canvas.line(x + 57 * MM, y - 1.5, right, y - 1.5)
    canvas.drawString(x, bottom - 40 * MM, f"立卷时间：{v.made_on}")


# --- pages drawn in place of or from scans ---------------------------------------------------------------
def stamp(canvas, number: int, back: bool, width: float = PAGE_WIDTH, height: float = PAGE_HEIGHT) -> None:
    """The volume page number: top right on a front, top left on a back."""
    canvas.setFont("Helvetica", 12)
    if back:
        canvas.drawString(15 * MM, height - 12 * MM, str(number))
    else:
        canvas.drawRightString(width - 15 * MM, height - 12 * MM, str(number))


def _placeholder(canvas, p: Placeholder) -> None:
    left, right = 30 * MM, PAGE_WIDTH - 30 * MM
    top, bottom = PAGE_HEIGHT - 60 * MM, PAGE_HEIGHT - 175 * MM
    canvas.setDash(4, 3)
    canvas.rect(left, bottom, right - left, top - bottom)
    canvas.setDash()
    bold_text(canvas, PAGE_WIDTH / 2, top - 22 * MM, "原件未扫描", SONG, 22, centred=True)
    canvas.setFont(SONG, XIAO_SI)
    y = top - 40 * MM
    for text in (f"卷内第 {p.item} 件  本件第 {p.page_of_item} 页（共 {p.item_pages} 页）",
                 f"题名：{p.title}", f"文号：{p.doc_number or '—'}    日期：{p.date or '—'}",
                 f"原件存放于：{p.original_at}"):
        for line in wrap(text, SONG, XIAO_SI, right - left - 16 * MM):
            canvas.drawString(left + 8 * MM, y, line)
            y -= XIAO_SI * 1.7
    stamp(canvas, p.number, p.back)
    canvas.showPage()


def _image(canvas, page: ImagePage) -> None:
    """An image scan page set on A4 portrait at the largest size that fits; a landscape picture is turned
    a quarter so it fills the page instead of shrinking."""
    from PIL import Image

    with Image.open(page.path) as image:
        image.seek(page.frame)
        picture = image.convert("RGB")
    box_w, box_h = PAGE_WIDTH - 30 * MM, PAGE_HEIGHT - 40 * MM
    turned = picture.width > picture.height
    w, h = (picture.height, picture.width) if turned else (picture.width, picture.height)
    scale = min(box_w / w, box_h / h)
    w, h = w * scale, h * scale
    x, y = (PAGE_WIDTH - w) / 2, (PAGE_HEIGHT - 10 * MM - h) / 2
    if turned:
        canvas.saveState()
        canvas.translate(x + w, y)
        canvas.rotate(90)
        canvas.drawImage(ImageReader(picture), 0, 0, h, w)
        canvas.restoreState()
    else:
        canvas.drawImage(ImageReader(picture), x, y, w, h)
    stamp(canvas, page.number, page.back)
    canvas.showPage()


def catalogue_table(v: VolumeSheet) -> TableSheet:
    return TableSheet("卷内文件目录", (f"档号：{v.code}", v.title), COLUMNS, tuple(r.cells() for r in v.rows),
                      f"{v.code} 卷内文件目录")


@dataclass(frozen=True)
class Mark:
    """A bookmark for the paper starting on the next page drawn."""
    title: str


Part = str | ImagePage | Placeholder | Mark      # "cover" | "catalogue" | "blank" | "remarks" | a drawn page


def draw_volume(v: VolumeSheet, parts: list[Part]) -> DrawnVolume:
    """The parts in the order given — cover, catalogue, blank backs, pages of image scans, placeholders,
    remarks sheet — in one document. Front matter pages carry no page number (the standard numbers only
    the documents' pages); a blank page carries nothing."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, f"{v.code} {v.title}")
    catalogue_pages = remarks_pages = 0
    drawn: list[ImagePage | Placeholder] = []
    marks = 0
    for part in parts:
        if isinstance(part, Mark):
            marks += 1
            canvas.bookmarkPage(f"paper{marks}")
            canvas.addOutlineEntry(part.title, f"paper{marks}", level=0)
        elif part == "cover":
            _cover(canvas, v)
        elif part == "catalogue":
            catalogue_pages = draw_table(canvas, catalogue_table(v), page_footer=False)
        elif part == "blank":
            canvas.showPage()
        elif part == "remarks":
            remarks_pages = _remarks(canvas, v)
        elif isinstance(part, ImagePage):
            _image(canvas, part)
            drawn.append(part)
        elif isinstance(part, Placeholder):
            _placeholder(canvas, part)
            drawn.append(part)
    canvas.save()
    return DrawnVolume(buffer.getvalue(), catalogue_pages, remarks_pages, drawn)


def catalogue_page_count(v: VolumeSheet) -> int:
    return len(paginate(catalogue_table(v)))


# --- spine labels and the year register -----------------------------------------------------------
@dataclass(frozen=True)
class SpineLabel:
    code: str
    year: str
    number: str
    category: str
    retention: str
    short_title: str
    place: str = ""


def render_spine_labels(labels: list[SpineLabel], width_mm: int = 20) -> bytes:
    """Strips of ``width_mm`` (10, 15 or 20 mm) side by side on landscape A4, read top to bottom: the
    archive code turned along the strip, then year, volume, category, retention, short title and place."""
    size = landscape(A4)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, "案卷脊背标签")
    canvas.setPageSize(size)
    width, height = width_mm * MM, size[1] - 20 * MM
    per_page = int((size[0] - 20 * MM) // width)
    font = 8 if width_mm <= 10 else (10 if width_mm <= 15 else 11)
    for start in range(0, len(labels), per_page):
        for i, label in enumerate(labels[start:start + per_page]):
            x = 10 * MM + i * width
            canvas.rect(x, 10 * MM, width, height)
            top = 10 * MM + height - 4 * MM
            # the code, turned a quarter, reading downwards
            code_size = min(font, (width - 3 * MM) / 0.62)
            canvas.saveState()
            canvas.translate(x + width / 2 + code_size * 0.35, top)
            canvas.rotate(-90)
            canvas.setFont(SONG, code_size)
            canvas.drawString(0, 0, label.code)
            canvas.restoreState()
            y = top - stringWidth(label.code, SONG, code_size) - font * 1.8
            for text, vertical in ((f"{label.year}年", False), (f"第{label.number}卷", False), (label.category, True),
                                   (label.retention, False), (label.short_title, True), (label.place, False)):
                if not text or y < 14 * MM:
                    continue
                canvas.setFont(SONG, font)
                if not vertical and stringWidth(text, SONG, font) <= width - 2 * MM:
                    canvas.drawCentredString(x + width / 2, y, text)      # short: set across the strip
                    y -= font * 1.9
                    continue
                for ch in text:          # one character under the other, as spines are read
                    if y < 13 * MM:
                        break
                    canvas.drawCentredString(x + width / 2, y, ch)
                    y -= font * 1.15
                y -= font * 0.8
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


YEAR_REGISTER_COLUMNS = (Column("案卷号", 12, centred=True), Column("档号", 32, shrink=True), Column("案卷题名", 52),
                         Column("起止年月", 22, centred=True, shrink=True), Column("件数", 10, centred=True),
                         Column("页数", 10, centred=True), Column("保管期限", 14, centred=True), Column("备注", 18))
