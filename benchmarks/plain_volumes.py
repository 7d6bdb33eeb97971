"""The plain references for the year-end benchmark, the honest best way to make the same pages without the
application: ReportLab's canvas alone for the front matter (cover, ruled catalogue with the volume's real
rows, remarks sheet, the CJK font embedded), and pypdf alone for merging a volume's scans and stamping
their page numbers (one overlay page per number drawn once, then ``merge_page``)."""
from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "uming.ttc"
ROWS_PER_PAGE = 15


def _font() -> None:
    if "PlainSong" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("PlainSong", str(FONT), subfontIndex=0))


def front_matter(code: str, title: str, rows: list[tuple[str, ...]]) -> bytes:
    """Cover, catalogue (15 rows a page) and remarks sheet of one volume."""
    _font()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, initialFontName="PlainSong")
    width, height = A4
    canvas.setFont("PlainSong", 14)
    canvas.rect(25 * mm, 25 * mm, width - 45 * mm, height - 50 * mm)
    for i, text in enumerate(("全宗名称：浙江华东机电集团有限公司", "类目名称：第二类 合同订单", f"案卷题名：{title}",
                              f"档号：{code}")):
        canvas.drawString(37 * mm, height - (70 + 16 * i) * mm, text)
    canvas.showPage()
    for start in range(0, max(1, len(rows)), ROWS_PER_PAGE):
        canvas.setFont("PlainSong", 18)
        canvas.drawCentredString(width / 2, height - 17 * mm, "卷内文件目录")
        canvas.setFont("PlainSong", 10.5)
        y = height - 35 * mm
        for row in rows[start:start + ROWS_PER_PAGE]:
            canvas.rect(25 * mm, y - 15 * mm, 170 * mm, 15 * mm)
            x = 25 * mm
            for w, text in zip((10, 20, 20, 70, 20, 10, 20), row):
                canvas.drawString(x + 1.2 * mm, y - 9 * mm, text[:30])
                x += w * mm
                canvas.line(x, y, x, y - 15 * mm)
            y -= 15 * mm
        canvas.showPage()
    canvas.setFont("PlainSong", 18)
    canvas.drawCentredString(width / 2, height - 30 * mm, "卷内备考表")
    canvas.setFont("PlainSong", 12)
    canvas.drawString(33 * mm, height - 67 * mm, f"本卷共有文件 {len(rows)} 件。")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@lru_cache(maxsize=1)
def _overlays(count: int) -> PdfReader:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    width, height = A4
    for number in range(1, count + 1):
        canvas.setFont("Helvetica", 12)
        canvas.drawRightString(width - 15 * mm, height - 12 * mm, str(number))
        canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue()))


def merge_and_stamp(scans: list[Path]) -> bytes:
    """The scan files one after another, each page stamped with its running number."""
    overlays = _overlays(2000)
    writer = PdfWriter()
    number = 0
    for path in scans:
        for page in PdfReader(str(path)).pages:
            added = writer.add_page(page)
            added.merge_page(overlays.pages[number])
            number += 1
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
