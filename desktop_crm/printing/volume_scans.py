"""The whole volume as one PDF, page for page the paper volume: front matter, every catalogued paper's
pages in catalogue order — its scanned pages stamped with their volume page number, a placeholder page for
each page not scanned — then the remarks sheet. Built with pypdf from the scan files and the one document
``volume_pdf`` drew; each paper has a bookmark at its first page.

Stamping a scanned PDF page adds a few bytes of content that write the number in a built-in font (no font
is embedded again per page), turned with the page when the page is shown rotated.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
)

from desktop_crm.domain.volume_layout import Kind, Side, SizedPaper, plan
from desktop_crm.printing.page_drawing import MM
from desktop_crm.printing.volume_pdf import (
    DrawnVolume,
    ImagePage,
    Mark,
    Part,
    Placeholder,
    VolumeSheet,
    catalogue_page_count,
    draw_volume,
)

STAMP_FONT = "/ADStamp"
DIGIT_WIDTH = 0.556          # Helvetica digits, in ems


@dataclass(frozen=True)
class ScanFile:
    path: Path
    media_type: str
    pages: int


@dataclass(frozen=True)
class BoundPaper:
    sized: SizedPaper
    title: str
    doc_number: str
    date: str
    scans: tuple[ScanFile, ...]
    original_at: str


class _Stamper:
    """Writes volume page numbers onto pages of scanned PDFs, sharing one font object in the output."""

    def __init__(self, writer: PdfWriter) -> None:
        font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                 NameObject("/BaseFont"): NameObject("/Helvetica"),
                                 NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
        self.font = writer._add_object(font)
        opening = DecodedStreamObject()
        opening.set_data(b"q\n")
        self.opening = writer._add_object(opening)
        self.writer = writer

    def stamp(self, page: PageObject, number: int, back: bool) -> None:
        box = page.mediabox
        left, bottom, width, height = float(box.left), float(box.bottom), float(box.width), float(box.height)
        rotate = int(page.get("/Rotate", 0) or 0) % 360
        shown_w, shown_h = (height, width) if rotate in (90, 270) else (width, height)
        size = 12.0
        text = str(number).encode("ascii")
        u = 15 * MM if back else shown_w - 15 * MM - DIGIT_WIDTH * size * len(text)
        v = shown_h - 12 * MM
        # from the page as shown to its user space
        a, b, c, d, e, f = {0: (1, 0, 0, 1, 0, 0), 90: (0, 1, -1, 0, width, 0), 180: (-1, 0, 0, -1, width, height),
                            270: (0, -1, 1, 0, 0, height)}[rotate]
        content = (f"Q q {a} {b} {c} {d} {e + left:.2f} {f + bottom:.2f} cm BT {STAMP_FONT} {size:g} Tf "
                   f"{u:.2f} {v:.2f} Td (").encode() + text + b") Tj ET Q\n"
        closing = DecodedStreamObject()
        closing.set_data(content)
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else DictionaryObject()
        fonts = resources.get("/Font")
        fonts = fonts.get_object() if fonts is not None else DictionaryObject()
        fonts[NameObject(STAMP_FONT)] = self.font
        resources[NameObject("/Font")] = fonts
        page[NameObject("/Resources")] = resources
        existing = page.get("/Contents")
        parts = ArrayObject([self.opening])
        if existing is not None:
            existing = existing.get_object() if hasattr(existing, "get_object") else existing
            if isinstance(existing, ArrayObject):
                parts.extend(existing)
            else:
                raw = page.raw_get("/Contents")
                parts.append(raw if isinstance(raw, IndirectObject) else self.writer._add_object(existing))
        parts.append(self.writer._add_object(closing))
        page[NameObject("/Contents")] = parts


def _upright(page: PageObject) -> PageObject:
    """A landscape scan page turned a quarter (by /Rotate, nothing redrawn or shrunk) to stand like the others."""
    box = page.mediabox
    shown_landscape = (float(box.width) > float(box.height)) != (int(page.get("/Rotate", 0) or 0) % 180 == 90)
    if shown_landscape:
        page.rotate(90)
    return page


def _blank_like(writer: PdfWriter, reference: PageObject | None) -> None:
    if reference is None:
        writer.add_blank_page(595.276, 841.89)
    else:
        writer.add_blank_page(float(reference.mediabox.width), float(reference.mediabox.height))


def _pdf_pages(papers: list[BoundPaper]) -> dict[tuple[int, int], tuple[ScanFile, int]]:
    """Which scan page stands for each scanned page of each paper: (item, page of item) → (scan, its page)."""
    found: dict[tuple[int, int], tuple[ScanFile, int]] = {}
    for paper in papers:
        position = 0
        for scan in paper.scans:
            for page in range(scan.pages):
                if position < paper.sized.scanned:
                    found[(paper.sized.item, position + 1)] = (scan, page)
                position += 1
    return found


def _drawn_page(sheet_, paper: BoundPaper, source: tuple[ScanFile, int] | None) -> ImagePage | Placeholder:
    back = sheet_.side == Side.BACK
    if sheet_.kind == Kind.SCAN and source is not None:
        return ImagePage(source[0].path, source[1], sheet_.number, back)
    return Placeholder(sheet_.number, back, paper.sized.item, paper.title, paper.doc_number, paper.date,
                       sheet_.page_of_item, paper.sized.pages, paper.original_at)


def _mark(paper: BoundPaper) -> Mark:
    return Mark(f"{paper.sized.item}. {paper.title}（第{paper.sized.first_page}页）")


def assemble(sheet: VolumeSheet, papers: list[BoundPaper], *, with_scans: bool, double_sided: bool) -> bytes:
    """The volume's PDF: with its papers' pages (``with_scans``), or the front matter and remarks sheet alone
    — the sheets added to the paper originals when they are bound."""
    sized = [p.sized for p in papers] if with_scans else []
    by_item = {p.sized.item: p for p in papers}
    sources = _pdf_pages(papers) if with_scans else {}
    final = plan(sized, catalogue_page_count(sheet), 1, double_sided)
    if not any(source.media_type == "application/pdf" for source, _ in sources.values()):
        return _drawn_only(sheet, final, by_item, sources)
    return _with_pdf_scans(sheet, final, by_item, sources)


def _drawn_only(sheet: VolumeSheet, final: list, by_item: dict[int, BoundPaper],
                sources: dict[tuple[int, int], tuple[ScanFile, int]]) -> bytes:
    """Every page is drawn by ReportLab (no PDF scans): one document, already in binding order."""
    parts: list[Part] = []
    seen_catalogue = False
    for sheet_ in final:
        if sheet_.kind == Kind.CATALOGUE:
            if not seen_catalogue:
                parts.append("catalogue")
            seen_catalogue = True
        elif sheet_.kind in (Kind.COVER, Kind.BLANK, Kind.REMARKS):
            parts.append(sheet_.kind.value)
        else:
            paper = by_item[sheet_.item]
            if sheet_.page_of_item == 1:
                parts.append(_mark(paper))
            parts.append(_drawn_page(sheet_, paper, sources.get((sheet_.item, sheet_.page_of_item))))
    return draw_volume(sheet, parts).pdf


def _with_pdf_scans(sheet: VolumeSheet, final: list, by_item: dict[int, BoundPaper],
                    sources: dict[tuple[int, int], tuple[ScanFile, int]]) -> bytes:
    """ReportLab draws the front matter, image pages, placeholders and remarks in one document; pypdf puts
    them in binding order with the PDF scans' pages, stamped, and the blank backs."""
    def is_pdf(sheet_) -> bool:
        source = sources.get((sheet_.item, sheet_.page_of_item))
        return sheet_.kind == Kind.SCAN and source is not None and source[0].media_type == "application/pdf"

    drawn = [_drawn_page(s, by_item[s.item], sources.get((s.item, s.page_of_item))) for s in final
             if s.kind in (Kind.SCAN, Kind.PLACEHOLDER) and not is_pdf(s)]
    volume: DrawnVolume = draw_volume(sheet, ["cover", "catalogue", *drawn, "remarks"])
    own = PdfReader(io.BytesIO(volume.pdf))
    writer = PdfWriter()
    stamper = _Stamper(writer)
    readers: dict[Path, PdfReader] = {}
    next_own = {"cover": 0, "catalogue": 1, "drawn": 1 + volume.catalogue_pages,
                "remarks": 1 + volume.catalogue_pages + len(drawn)}
    first_pages: dict[int, int] = {}
    last: PageObject | None = None
    remarks_left = volume.remarks_pages
    for sheet_ in final:
        if sheet_.kind == Kind.BLANK:
            _blank_like(writer, last)
            continue
        if sheet_.kind in (Kind.COVER, Kind.CATALOGUE):
            page = writer.add_page(own.pages[next_own[sheet_.kind.value]])
            next_own[sheet_.kind.value] += 1
        elif sheet_.kind == Kind.REMARKS:
            while remarks_left:             # a long remarks sheet runs on over several pages
                page = writer.add_page(own.pages[next_own["remarks"]])
                next_own["remarks"] += 1
                remarks_left -= 1
            continue
        elif is_pdf(sheet_):
            scan, index = sources[(sheet_.item, sheet_.page_of_item)]
            reader = readers.get(scan.path) or readers.setdefault(scan.path, PdfReader(str(scan.path)))
            page = writer.add_page(_upright(reader.pages[index]))
            stamper.stamp(page, sheet_.number, sheet_.side == Side.BACK)
        else:
            page = writer.add_page(own.pages[next_own["drawn"]])
            next_own["drawn"] += 1
        if sheet_.item is not None and sheet_.item not in first_pages:
            first_pages[sheet_.item] = len(writer.pages) - 1
        last = page
    for item, index in first_pages.items():
        writer.add_outline_item(title=_mark(by_item[item]).title, page_number=index)
    writer._ID = None                  # no random file identifier: the same volume gives the same bytes
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
