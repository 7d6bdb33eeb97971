"""Fixed volumes (固定卷) of the year-end binding: how papers become volumes, and their archive codes.

Per reference/volume-format.md: the bound-volume code 全宗号-目录号-案卷号 (default) or the DA/T 13-2022
form 全宗号-类别号·年度-案卷号 with 件号 for items; "-" between levels, "·" inside one; 案卷号 three
digits and 件号 four, zero-padded. A code, once given, never changes.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_crm.domain.catalogue_order import Paper, place

TEMPLATES = ("bound", "dat13")
PART_NAMES = "一二三四五六七八九十"
RETENTION_ORDER = {"Y": 3, "D30": 2, "D10": 1}


@dataclass(frozen=True)
class CodeSettings:
    fonds_code: str = "0001"          # 全宗号
    fonds_name: str = "本单位"         # 全宗名称 — the filing unit's full name, set by the custodian
    catalogue: str = "{year}"         # 目录号 of the bound form; {year} is replaced by the year
    class_code: str = "KH"            # 类别号 of the DA/T 13 form (客户档案)
    template: str = "bound"
    page_limit: int = 200             # a thicker volume splits into parts 之一, 之二 …


def volume_code(settings: CodeSettings, year: int, volume_number: int) -> str:
    if settings.template == "dat13":
        return f"{settings.fonds_code}-{settings.class_code}·{year}-{volume_number:03d}"
    return f"{settings.fonds_code}-{settings.catalogue.format(year=year)}-{volume_number:03d}"


def item_code(volume: str, item_number: int) -> str:
    """件号 of a paper inside a volume (DA/T 13-2022 form)."""
    return f"{volume}-{item_number:04d}"


def part_label(part: int, parts: int) -> str:
    if parts <= 1:
        return ""
    return "之" + (PART_NAMES[part - 1] if part <= len(PART_NAMES) else str(part))


@dataclass(frozen=True)
class PlacedPaper:
    id: int
    item: int                  # 序号 within the volume
    first_page: int | None
    last_page: int | None


def split_into_parts(papers: list[Paper], page_limit: int) -> list[list[PlacedPaper]]:
    """Papers in catalogue order, cut into parts of at most ``page_limit`` pages (a paper thicker than
    the limit stands alone). Page numbers restart at 1 in each part, as each part is bound on its own."""
    parts: list[list[Paper]] = [[]]
    pages = 0
    for paper in papers:
        size = paper.pages or 0
        if parts[-1] and pages + size > page_limit:
            parts.append([])
            pages = 0
        parts[-1].append(paper)
        pages += size
    result = []
    for part in parts:
        placed = place(part) if part else []
        by_id = {p.id: p for p in placed}
        result.append([PlacedPaper(p.id, by_id[p.id].seq, by_id[p.id].first_page, by_id[p.id].last_page)
                       for p in sorted(part, key=lambda q: by_id[q.id].seq)])
    return result


def longest_retention(codes: list[str]) -> str:
    return max(codes, key=lambda c: RETENTION_ORDER.get(c, 0)) if codes else "D10"


def year_month_span(dates: list[date | None], year: int) -> tuple[str, str]:
    known = sorted(d for d in dates if d)
    if not known:
        return f"{year}.01", f"{year}.12"
    return f"{known[0]:%Y.%m}", f"{known[-1]:%Y.%m}"
