"""Small drawing helpers shared by the printed forms: CJK line wrapping, faux-bold text, A4 set-up."""
from __future__ import annotations

import io

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
XIAO_WU = 9.0     # 小五: the rows of a wide register


# Chinese line breaking (禁则): these never begin a line …
NO_LINE_START = set("，。、；：？！）」』》】〕〉”’…—%·.,;:?!)]}％")
# … and these never end one.
NO_LINE_END = set("（「『《【〔〈“‘([{")


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` — at any character, as Chinese is set, keeping runs
    of Latin letters and digits (codes, numbers) whole where they fit, and keeping closing punctuation off
    the start of a line and opening brackets off its end."""
    register_fonts()
    lines: list[str] = []
    for paragraph in (text or "").split("\n"):
        current: list[str] = []
        for token in _tokens(paragraph):
            candidate = "".join(current) + token
            if stringWidth(candidate, font, size) <= width or not current:
                if stringWidth(token, font, size) > width and not current:
                    lines.extend(_break_long(token, font, size, width)[:-1])
                    current = [_break_long(token, font, size, width)[-1]]
                else:
                    current.append(token)
                continue
            carried: list[str] = []
            # a closing mark may not start the next line: take the last token down with it
            if token[0] in NO_LINE_START and len(current) > 1:
                carried.insert(0, current.pop())
            # an opening bracket may not end this line
            while len(current) > 1 and current[-1][-1] in NO_LINE_END:
                carried.insert(0, current.pop())
            lines.append("".join(current).rstrip())
            current = carried + [token.lstrip() if not carried else token]
            while len(current) > 1 and stringWidth("".join(current), font, size) > width:
                lines.append(current.pop(0))
        lines.append("".join(current))
    return lines


_BREAK_AFTER = "-/_·.:"


def _break_long(token: str, font: str, size: float, width: float) -> list[str]:
    """A token wider than the line (a long code such as HT2025-0012-01) broken after its separators where
    it can be, else by characters."""
    parts, line = [], ""
    for ch in token:
        if line and stringWidth(line + ch, font, size) > width:
            cut = max(line.rfind(s) for s in _BREAK_AFTER)
            if 0 < cut < len(line) - 1:
                parts.append(line[:cut + 1])
                line = line[cut + 1:]
            else:
                parts.append(line)
                line = ""
        line += ch
    parts.append(line)
    return parts


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


class NumberedCanvas(Canvas):
    """A canvas that holds its pages until ``save()`` so each can say 第 n 页 共 m 页 at its foot."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            width = self._pagesize[0]
            self.setFont(SONG, WU_HAO)
            self.drawCentredString(width / 2, 10 * mm, f"第 {number} 页  共 {total} 页")
            super().showPage()
        super().save()


def new_canvas(target: io.BytesIO | str, title: str, author: str = "客户档案管理台", *,
               numbered: bool = False) -> Canvas:
    """An A4 canvas whose output depends only on what is drawn (no timestamps or random ids); with
    ``numbered`` each page carries 第 n 页 共 m 页."""
    register_fonts()
    kind = NumberedCanvas if numbered else Canvas
    canvas = kind(target, pagesize=A4, invariant=1, pageCompression=1, initialFontName=SONG, initialFontSize=10.5)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator("Archive Desk")
    return canvas


PAGE_WIDTH, PAGE_HEIGHT = A4
MM = mm
