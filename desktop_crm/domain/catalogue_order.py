"""Where each paper stands in its category's catalogue, and on which page it starts.

Prescribed kind order first, then the paper's date (for contracts and orders: the signing date),
then the order in which papers were filed. 页号 counts pages through the category in that order.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_crm.domain.binder_categories import KIND_ORDER


@dataclass(frozen=True)
class Paper:
    id: int
    kind: str
    doc_date: date | None
    pages: int | None


@dataclass(frozen=True)
class Placement:
    id: int
    seq: int
    first_page: int | None   # None once an earlier paper has no page count
    last_page: int | None


def catalogue_key(paper: Paper) -> tuple:
    return (KIND_ORDER.get(paper.kind, len(KIND_ORDER)), paper.doc_date or date.max, paper.id)


def place(papers: list[Paper]) -> list[Placement]:
    """Number the papers 1, 2, 3 … in catalogue order and give each its start and end page."""
    placed = []
    next_page: int | None = 1
    for seq, paper in enumerate(sorted(papers, key=catalogue_key), start=1):
        first = next_page
        last = first + paper.pages - 1 if first is not None and paper.pages else None
        placed.append(Placement(paper.id, seq, first, last))
        next_page = last + 1 if last is not None else None
    return placed


def page_label(placement: Placement, is_last: bool) -> str:
    """The 页号 column: the starting page; for the last paper its start–end pages."""
    if placement.first_page is None:
        return ""
    if is_last and placement.last_page is not None and placement.last_page != placement.first_page:
        return f"{placement.first_page}-{placement.last_page}"
    return str(placement.first_page)
