"""How a fixed volume is laid out page by page — the one truth the catalogue, the cover, the remarks
sheet and the electronic volume all follow.

Each paper occupies the pages it has in the volume: its typed page count, or the pages of its scans when
those are more (the count was wrong), or one page when nothing is known. In the electronic volume a paper's
scanned pages stand first and a placeholder page ("原件未扫描") stands for every page not scanned, so volume
page numbers mean the same on paper and on screen. Printed double-sided, volume page 1 starts on the front
of a sheet (a blank back is put after the front matter when needed), odd pages are fronts (stamp top
right) and even pages backs (stamp top left); blank pages carry no number (reference/volume-format.md).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class PaperPages:
    """What is known of one paper when its volume is made."""
    item: int                    # 序号 in the volume
    claimed: int | None          # the page count typed for it
    scanned: int                 # pages of its scans (0 without a scan)


@dataclass(frozen=True)
class SizedPaper:
    item: int
    pages: int                   # pages it has in the volume
    scanned: int                 # of them, from scans (the rest are placeholders)
    first_page: int
    last_page: int
    notes: tuple[Text, ...]      # what the remarks sheet must say about it


def size_papers(papers: list[PaperPages]) -> list[SizedPaper]:
    """Give each paper its pages and its volume page numbers, 1… through the volume."""
    sized, next_page = [], 1
    for paper in papers:
        notes: list[Text] = []
        if paper.claimed is None and paper.scanned:
            pages = paper.scanned
            notes.append(QT_TRANSLATE_NOOP("YearEnd", "第{item}件未登记页数，按扫描件{pages}页编页号。").format(
                item=paper.item, pages=pages))
        elif paper.claimed is None:
            pages = 1
            notes.append(QT_TRANSLATE_NOOP("YearEnd", "第{item}件未登记页数且无扫描件，按1页编页号。").format(
                item=paper.item))
        elif paper.scanned > paper.claimed:
            pages = paper.scanned
            notes.append(QT_TRANSLATE_NOOP("YearEnd", "第{item}件登记{claimed}页，扫描件{pages}页，按{pages}页编页号。").format(
                item=paper.item, claimed=paper.claimed, pages=pages))
        else:
            pages = max(1, paper.claimed)
        scanned = min(paper.scanned, pages)
        if scanned < pages:
            if scanned:
                notes.append(QT_TRANSLATE_NOOP("YearEnd", "第{item}件共{pages}页，扫描件仅{scanned}页，其余页以“原件未扫描”页代替。").format(
                    item=paper.item, pages=pages, scanned=scanned))
            else:
                notes.append(QT_TRANSLATE_NOOP("YearEnd", "第{item}件无扫描件，电子卷中以“原件未扫描”页代替（{pages}页）。").format(
                    item=paper.item, pages=pages))
        sized.append(SizedPaper(paper.item, pages, scanned, next_page, next_page + pages - 1, tuple(notes)))
        next_page += pages
    return sized


def page_column(paper: SizedPaper, is_last: bool) -> str:
    """The 页号 column: the page the paper starts on; the last paper its start–end pages."""
    if is_last and paper.last_page != paper.first_page:
        return f"{paper.first_page}-{paper.last_page}"
    return str(paper.first_page)


class Side(str, Enum):
    FRONT = "front"
    BACK = "back"


class Kind(str, Enum):
    COVER = "cover"
    CATALOGUE = "catalogue"
    BLANK = "blank"
    SCAN = "scan"                # a page of a paper's scan
    PLACEHOLDER = "placeholder"  # stands for a page of a paper that was not scanned
    REMARKS = "remarks"


@dataclass(frozen=True)
class Sheet:
    """One physical page of the printed file, in order."""
    kind: Kind
    number: int | None = None    # the volume page number stamped on it (papers' pages only)
    item: int | None = None      # which paper
    page_of_item: int | None = None
    side: Side = Side.FRONT


def plan(papers: list[SizedPaper], catalogue_pages: int, remarks_pages: int, double_sided: bool) -> list[Sheet]:
    """Every page of the electronic volume: cover, catalogue, the papers' pages, remarks sheet.

    Double-sided, the cover stands alone on its sheet, the papers start on a front and so does the remarks
    sheet, blank backs filling the gaps."""
    sheets: list[Sheet] = []

    def side() -> Side:
        return Side.FRONT if not double_sided or len(sheets) % 2 == 0 else Side.BACK

    def start_on_front() -> None:
        if double_sided and len(sheets) % 2 == 1:
            sheets.append(Sheet(Kind.BLANK, side=Side.BACK))

    sheets.append(Sheet(Kind.COVER, side=Side.FRONT))
    start_on_front()
    for _ in range(catalogue_pages):
        sheets.append(Sheet(Kind.CATALOGUE, side=side()))
    start_on_front()
    for paper in papers:
        for offset in range(paper.pages):
            kind = Kind.SCAN if offset < paper.scanned else Kind.PLACEHOLDER
            sheets.append(Sheet(kind, paper.first_page + offset, paper.item, offset + 1, side()))
    start_on_front()
    for _ in range(remarks_pages):
        sheets.append(Sheet(Kind.REMARKS, side=side()))
    return sheets


def split_by_pages(pages: list[int], limit: int) -> list[list[int]]:
    """Cut papers (their page counts, in catalogue order) into parts of at most ``limit`` pages each; a
    paper thicker than the limit stands alone. Returns the indexes of each part's papers."""
    parts: list[list[int]] = [[]]
    used = 0
    for index, count in enumerate(pages):
        if parts[-1] and used + count > limit:
            parts.append([])
            used = 0
        parts[-1].append(index)
        used += count
    return parts if parts[0] else []
