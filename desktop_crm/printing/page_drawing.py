"""Small drawing helpers shared by the printed forms: CJK line wrapping, faux-bold text, A4 set-up."""
from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop_crm.printing.fonts import SONG, register_fonts

# Chinese type sizes in points
XIAO_ER = 18.0    # 小二: form titles
SI_HAO = 14.0     # 四号: column headings
XIAO_SI = 12.0    # 小四
WU_HAO = 10.5     # 五号: table rows


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` — at any character, as Chinese is set,
    keeping runs of Latin letters and digits (codes, numbers) whole where they fit."""
    lines: list[str] = []
    for paragraph in (text or "").split("\n"):
        line = ""
        for token in _tokens(paragraph):
            if stringWidth(line + token, font, size) <= width:
                line += token
            elif stringWidth(token, font, size) <= width:
                lines.append(line.rstrip())
                line = token.lstrip()
            else:   # a token wider than the cell is broken by characters
                for ch in token:
                    if line and stringWidth(line + ch, font, size) > width:
                        lines.append(line)
                        line = ""
                    line += ch
        lines.append(line)
    return lines


def _tokens(text: str) -> list[str]:
    tokens: list[str] = []
    for ch in text:
        if tokens and ch.isascii() and not ch.isspace() and tokens[-1][-1:].isascii() \
                and not tokens[-1][-1:].isspace():
            tokens[-1] += ch
        else:
            tokens.append(ch)
    return tokens


def bold_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float,
              centred: bool = False) -> None:
    """Bold for a face that has no bold: fill and stroke the outline (render mode 2)."""
    text_object = canvas.beginText()
    text_object.setFont(font, size)
    text_object.setTextRenderMode(2)
    canvas.setLineWidth(size / 40)
    if centred:
        x -= stringWidth(text, font, size) / 2
    text_object.setTextOrigin(x, y)
    text_object.textOut(text)
    canvas.drawText(text_object)
    canvas.setLineWidth(0.5)


def new_canvas(target: io.BytesIO | str, title: str, author: str = "客户档案管理台") -> Canvas:
    """An A4 canvas whose output depends only on what is drawn (no timestamps or random ids)."""
    register_fonts()
    canvas = Canvas(target, pagesize=A4, invariant=1, pageCompression=1, initialFontName=SONG, initialFontSize=10.5)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator("Archive Desk")
    return canvas


def write_atomically(path: str | Path, data: bytes) -> Path:
    """Write to a temporary name in the same folder, then rename into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


PAGE_WIDTH, PAGE_HEIGHT = A4
MM = mm
