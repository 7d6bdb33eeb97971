"""Ruled forms drawn top-down: rows of cells that wrap, a table heading repeated on every page it runs
onto, signature lines with their dates, and 第 n 页 共 m 页 at each page's foot."""
from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_crm.printing.fonts import SONG
from desktop_crm.printing.page_drawing import MM, WU_HAO, XIAO_ER, bold_text, wrap

Cells = list[tuple[str, float]]     # (text, share of the width)


class FormPage:
    """Draw on a canvas made with ``new_canvas(..., numbered=True)``; call :meth:`finish` at the end."""

    def __init__(self, canvas, size, title: str, number: str = "") -> None:
        self.canvas, self.title, self.number = canvas, title, number
        self.width, self.height = size
        self.left, self.right = 15 * MM, self.width - 15 * MM
        self.small = self.width < 160 * MM
        self.font = WU_HAO - (1 if self.small else 0)
        self.bottom = 22 * MM
        self._heading: tuple[Cells, tuple[int, ...]] | None = None
        self._start_page()

    def _start_page(self) -> None:
        bold_text(self.canvas, self.width / 2, self.height - 18 * MM, self.title, SONG,
                  XIAO_ER - (3 if self.small else 0), centred=True)
        if self.number:
            self.canvas.setFont(SONG, self.font)
            self.canvas.drawRightString(self.right, self.height - 26 * MM, f"编号：{self.number}")
        self.y = self.height - 29 * MM

    def new_page(self) -> None:
        self.canvas.showPage()
        self._start_page()
        if self._heading is not None:
            self._draw(*self._heading)

    def table(self, heading: Cells) -> None:
        """Start a table: its heading row now, and again at the top of every page the table runs onto."""
        self._heading = (heading, tuple(range(len(heading))))
        self.row(heading, self._heading[1])

    def end_table(self) -> None:
        self._heading = None

    def _measure(self, cells: Cells, min_h: float) -> tuple[list[list[str]], float]:
        total = self.right - self.left
        wrapped = [wrap(text, SONG, self.font, share * total - 2.4 * MM) for text, share in cells]
        return wrapped, max(min_h * MM, max(len(w) for w in wrapped) * self.font * 1.3 + 2.4 * MM)

    def row(self, cells: Cells, bold_cols: tuple[int, ...] = (), min_h: float = 8) -> None:
        """A ruled row; it grows to fit its wrapped text and moves to a new page when the page is full."""
        _, height = self._measure(cells, min_h)
        if self.y - height < self.bottom:
            self.new_page()
        self._draw(cells, bold_cols, min_h)

    def _draw(self, cells: Cells, bold_cols: tuple[int, ...], min_h: float = 8) -> None:
        wrapped, height = self._measure(cells, min_h)
        total = self.right - self.left
        self.canvas.rect(self.left, self.y - height, total, height)
        x = self.left
        for index, ((_, share), lines) in enumerate(zip(cells, wrapped)):
            if index:
                self.canvas.line(x, self.y, x, self.y - height)
            top = self.y - (height - len(lines) * self.font * 1.3) / 2 - self.font
            for i, text in enumerate(lines):
                if index in bold_cols:
                    bold_text(self.canvas, x + 1.2 * MM, top - i * self.font * 1.3, text, SONG, self.font)
                else:
                    self.canvas.setFont(SONG, self.font)
                    self.canvas.drawString(x + 1.2 * MM, top - i * self.font * 1.3, text)
            x += share * total
        self.y -= height

    def text(self, text: str, gap: float = 6) -> None:
        self.canvas.setFont(SONG, self.font)
        for line in wrap(text, SONG, self.font, self.right - self.left):
            if self.y - self.font * 1.5 < self.bottom:
                self.new_page()
            self.y -= self.font * 1.5
            self.canvas.drawString(self.left, self.y, line)
        self.y -= gap

    def signatures(self, *who: str, names: tuple[str, ...] = ()) -> None:
        """A line to sign for each of ``who``, with the printed name where known and a date line under it."""
        self.y -= 12 * MM
        if self.y - 12 * MM < self.bottom:
            self.new_page()
            self.y -= 12 * MM
        share = (self.right - self.left) / len(who)
        size = self.font + 0.5
        self.canvas.setFont(SONG, size)
        for i, label in enumerate(who):
            x = self.left + i * share
            text = f"{label}（签字）："
            self.canvas.drawString(x, self.y, text)
            start = x + stringWidth(text, SONG, size) + 1 * MM
            self.canvas.line(start, self.y - 1, max(start + 15 * MM, x + share - 6 * MM), self.y - 1)
            if i < len(names) and names[i]:
                self.canvas.setFont(SONG, self.font - 1.5)
                self.canvas.drawString(start, self.y + size * 0.9, names[i])
                self.canvas.setFont(SONG, size)
            self.canvas.drawString(x, self.y - 9 * MM, "日期：      年    月    日")
        self.y -= 12 * MM

    def finish(self) -> None:
        self.canvas.showPage()
