"""May this year be closed (年度立卷)? Facts in, refusals out.

A year is closed only after it has ended; the filing unit's full name must be set; problems found by the
check (gaps, papers without a page count, scans whose pages differ from the count, papers on loan) block
the close unless the custodian accepts them with a written note — recorded on the remarks sheet of each
volume that has them, and on no other.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text


class ProblemKind(str, Enum):
    GAP = "gap"                    # a prescribed paper missing for that year
    NO_PAGES = "no_pages"          # a paper without a page count
    SCAN_PAGES = "scan_pages"      # a scan with another number of pages than the paper claims
    ON_LOAN = "on_loan"            # a paper not back from a loan
    NO_SCAN = "no_scan"            # a paper without a scan: noted, never blocking

    @property
    def blocks(self) -> bool:
        return self is not ProblemKind.NO_SCAN


@dataclass(frozen=True)
class Problem:
    customer_id: int
    customer_number: str
    category: Category | None      # None: the customer has no volume of the category the gap belongs to
    kind: ProblemKind
    text: Text | str
    document_id: int | None = None     # the paper it concerns (gaps concern none)

    @property
    def where(self) -> str:
        label = self.category.numbered_label if self.category else ""
        return f"{self.customer_number} {label}".strip()


@dataclass
class CloseFacts:
    year: int
    today: date
    fonds_name_set: bool
    problems: list[Problem] = field(default_factory=list)
    accepted_note: str = ""
    closing_elsewhere: str = ""    # who holds the close lock, when another close runs


def check_close(facts: CloseFacts) -> dict[str, Text]:
    """field → refusal; empty when the year may be closed now."""
    found: dict[str, Text] = {}
    if facts.year >= facts.today.year:
        found["year"] = QT_TRANSLATE_NOOP(
            "YearEnd", "{year}年度尚未结束（今天是 {today}），年度结束后才能立卷。").format(
            year=facts.year, today=f"{facts.today:%Y-%m-%d}")
    if facts.year < 1949:
        found["year"] = QT_TRANSLATE_NOOP("YearEnd", "年度“{year}”不合理，请填写四位年份。").format(year=facts.year)
    if not facts.fonds_name_set:
        found["settings"] = QT_TRANSLATE_NOOP(
            "YearEnd", "尚未设置全宗名称（立档单位全称）和全宗号，请先在“年度立卷 → 设置”中填写。")
    if facts.closing_elsewhere:
        found["lock"] = QT_TRANSLATE_NOOP("YearEnd", "另一处正在立卷（{holder}），请等它完成后再试。").format(
            holder=facts.closing_elsewhere)
    blocking = [p for p in facts.problems if p.kind.blocks]
    if blocking and not facts.accepted_note.strip():
        counts = {kind: sum(1 for p in blocking if p.kind == kind) for kind in ProblemKind}
        found["note"] = QT_TRANSLATE_NOOP(
            "YearEnd", "{year}年度尚有问题：缺件 {gaps} 处、未登记页数 {no_pages} 份、扫描页数不符 {scan_pages} 份、"
                       "借出未还 {on_loan} 份。请先处理，或写明接受的理由后再立卷。").format(
            year=facts.year, gaps=counts[ProblemKind.GAP], no_pages=counts[ProblemKind.NO_PAGES],
            scan_pages=counts[ProblemKind.SCAN_PAGES], on_loan=counts[ProblemKind.ON_LOAN])
    return found
