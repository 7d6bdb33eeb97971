"""The year-end close: each customer × category with papers that year becomes a fixed volume.

First the check (``preview``): the volumes the close will make and their codes, and — per volume — what is
wrong: gaps of that year, papers without a page count or whose scans have more pages, papers on loan, and
(noted only) papers not scanned. A year may be closed only after it has ended; problems block the close
unless accepted with a written note, which goes onto the remarks sheet of each volume that has them.

Once the close starts the year is recorded as closing and no paper enters it any more. Each volume group
is closed in its own transaction, so an interrupted close (cancel, crash, power cut) leaves every volume
either closed or untouched, and running it again finishes the rest, codes continuing in order. One close
at a time per archive: the close holds a lock kept in the archive.
"""
from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from peewee import fn

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.catalogue_order import Paper, catalogue_key
from desktop_crm.domain.close_rules import CloseFacts, Problem, ProblemKind, check_close
from desktop_crm.domain.errors import ArchiveBusy, InvalidInput
from desktop_crm.domain.fixed_volume import (
    CodeSettings,
    longest_retention,
    part_label,
    volume_code,
    year_month_span,
)
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text
from desktop_crm.domain.volume_layout import PaperPages, SizedPaper, size_papers, split_by_pages
from desktop_crm.services import audit, locks
from desktop_crm.services.authority import authorise
from desktop_crm.services.binders import completeness
from desktop_crm.services.control.lending import papers_out
from desktop_crm.services.numbering import reserve_serials
from desktop_crm.services.settings.registry import code_settings, spec_default
from desktop_crm.services.transaction import writing
from desktop_crm.store.binder_models import Document, DocumentScan, Scan
from desktop_crm.store.database import tuples
from desktop_crm.store.models import Customer, NumberSeries, now
from desktop_crm.store.volume_models import Volume, VolumeItem, VolumeNote, YearClose

LOCK = "year_close"


@dataclass(frozen=True)
class GroupPaper:
    id: int
    kind: str
    title: str
    seq: int
    doc_date: date | None
    claimed: int | None
    scanned: int
    retention: str


@dataclass(frozen=True)
class PlannedVolume:
    customer_id: int
    customer_number: str
    customer_name: str
    category: Category
    part: int
    parts: int
    papers: tuple[GroupPaper, ...]
    sized: tuple[SizedPaper, ...]
    problems: tuple[Problem, ...]

    @property
    def pages(self) -> int:
        return sum(p.pages for p in self.sized)


@dataclass
class ClosePreview:
    year: int
    planned: list[PlannedVolume] = field(default_factory=list)
    volumes_closed: int = 0
    problems: list[Problem] = field(default_factory=list)
    refusals: dict[str, Text] = field(default_factory=dict)   # what no note can accept (year, settings, lock)
    code_from: str = ""
    code_to: str = ""
    checked_by_missing: bool = False

    @property
    def volumes_planned(self) -> int:
        return len(self.planned)

    @property
    def blocking(self) -> list[Problem]:
        return [p for p in self.problems if p.kind.blocks]

    def of_kind(self, kind: ProblemKind) -> list[Problem]:
        return [p for p in self.problems if p.kind == kind]

    # the lists as the window and the command line name them
    @property
    def gaps(self) -> list[Problem]:
        return self.of_kind(ProblemKind.GAP)

    @property
    def without_pages(self) -> list[Problem]:
        return self.of_kind(ProblemKind.NO_PAGES)

    @property
    def on_loan(self) -> list[Problem]:
        return self.of_kind(ProblemKind.ON_LOAN)

    @property
    def settings_missing(self) -> str:
        return self.refusals.get("settings", "")


@dataclass(frozen=True)
class CloseResult:
    closed: int
    skipped: int
    cancelled: bool


# --- gathering ------------------------------------------------------------------------------------
def _groups(year: int) -> dict[tuple[str, int, int], list[GroupPaper]]:
    """Papers of the year by (customer number, customer id, category), each group in catalogue order."""
    scanned = dict(tuples(DocumentScan.select(DocumentScan.document, fn.SUM(Scan.pages)).join(Scan)
                   .join_from(DocumentScan, Document).where(Document.year == year)
                   .group_by(DocumentScan.document)))
    rows = tuples(Document.select(Document.id, Document.kind, Document.title, Document.seq, Document.doc_date,
                            Document.pages, Document.retention, Document.category, Customer.id, Customer.number)
            .join(Customer).where((Document.year == year) & (Document.removed == False)))  # noqa: E712
    groups: dict[tuple[str, int, int], list[GroupPaper]] = defaultdict(list)
    for doc_id, kind, title, seq, doc_date, pages, retention, category, customer_id, number in rows:
        day = date.fromisoformat(doc_date) if isinstance(doc_date, str) else doc_date
        groups[(number, customer_id, category)].append(
            GroupPaper(doc_id, kind, title, seq, day, pages, int(scanned.get(doc_id) or 0), retention))
    for papers in groups.values():
        papers.sort(key=lambda d: catalogue_key(Paper(d.id, d.kind, d.doc_date, d.claimed)))
    return dict(sorted(groups.items()))


def _closed_groups(year: int) -> set[tuple[int, int]]:
    return {(c, k) for c, k in tuples(Volume.select(Volume.customer, Volume.category).where(Volume.year == year))}


def _paper_problems(number: str, customer_id: int, category: Category, papers: list[GroupPaper],
                    out: dict) -> list[Problem]:
    found = []
    for paper in papers:
        where = QT_TRANSLATE_NOOP("YearEnd", "{number} {category} 第 {seq} 件 {title}").format(
            number=number, category=category.numbered_label, seq=paper.seq, title=paper.title)
        if paper.claimed is None:
            found.append(Problem(customer_id, number, category, ProblemKind.NO_PAGES,
                                 QT_TRANSLATE_NOOP("YearEnd", "{where}：未登记页数").format(where=where), paper.id))
        elif paper.scanned > paper.claimed:
            found.append(Problem(customer_id, number, category, ProblemKind.SCAN_PAGES, QT_TRANSLATE_NOOP(
                "YearEnd", "{where}：登记{claimed}页，扫描件有{scanned}页，请核对页数").format(
                where=where, claimed=paper.claimed, scanned=paper.scanned), paper.id))
        elif paper.scanned < paper.claimed:
            found.append(Problem(customer_id, number, category, ProblemKind.NO_SCAN, QT_TRANSLATE_NOOP(
                "YearEnd", "{where}：{pages}页中已扫描{scanned}页，其余以“原件未扫描”页代替").format(
                where=where, pages=paper.claimed, scanned=paper.scanned), paper.id))
        if paper.id in out:
            name, due, slip = out[paper.id]
            found.append(Problem(customer_id, number, category, ProblemKind.ON_LOAN, QT_TRANSLATE_NOOP(
                "YearEnd", "{where}：{borrower}借出未还（{slip}，应还 {due}）").format(
                where=where, borrower=name, slip=slip, due=f"{due:%Y-%m-%d}"), paper.id))
    return found


def _plan_group(number: str, name: str, customer_id: int, category: Category, papers: list[GroupPaper],
                problems: list[Problem], page_limit: int) -> list[PlannedVolume]:
    counts = [s.pages for s in size_papers([PaperPages(i + 1, p.claimed, p.scanned) for i, p in enumerate(papers)])]
    parts = split_by_pages(counts, page_limit)
    planned = []
    for part_number, indexes in enumerate(parts, start=1):
        members = [papers[i] for i in indexes]
        sized = size_papers([PaperPages(i + 1, p.claimed, p.scanned) for i, p in enumerate(members)])
        ids = {p.id for p in members}
        own = tuple(p for p in problems if p.category == category
                    and (p.document_id in ids if p.document_id is not None else part_number == 1))
        planned.append(PlannedVolume(customer_id, number, name, category, part_number, len(parts), tuple(members),
                                     tuple(sized), own))
    return planned


def preview(acting: ActingUser, year: int, today: date | None = None) -> ClosePreview:
    """What closing ``year`` would do and what stands in its way; writes nothing."""
    authorise(acting, Action.BIND_YEAR)
    today = today or clock.today()
    settings = code_settings()
    result = ClosePreview(year)
    groups = _groups(year)
    closed = _closed_groups(year)
    todo = {key: papers for key, papers in groups.items() if (key[1], key[2]) not in closed}
    result.volumes_closed = Volume.select().where(Volume.year == year).count()
    out = papers_out([p.id for papers in todo.values() for p in papers])
    names = dict(tuples(Customer.select(Customer.id, Customer.name)
                 .where(Customer.id.in_(list({k[1] for k in todo}) or [0]))))
    gaps = completeness.gaps_of_year(year, sorted({k[1] for k in todo}))
    categories_of = defaultdict(set)
    for (_number, customer_id, category) in todo:
        categories_of[customer_id].add(category)
    numbers = {customer_id: number for number, customer_id, _ in todo}
    for customer_id, customer_gaps in gaps.items():
        for gap in customer_gaps:
            volume_category = gap.category if int(gap.category) in categories_of[customer_id] else None
            result.problems.append(Problem(customer_id, numbers[customer_id], volume_category, ProblemKind.GAP,
                                           QT_TRANSLATE_NOOP("YearEnd", "{number} {gap}").format(
                                               number=numbers[customer_id], gap=gap.text)))
    for (number, customer_id, category), papers in todo.items():
        problems = _paper_problems(number, customer_id, Category(category), papers, out)
        result.problems.extend(problems)
        gap_problems = [p for p in result.problems if p.customer_id == customer_id and p.kind == ProblemKind.GAP]
        result.planned.extend(_plan_group(number, names.get(customer_id, ""), customer_id, Category(category),
                                          papers, problems + gap_problems, settings.page_limit))
    if result.planned:
        first = (NumberSeries.select(NumberSeries.next_serial).where(NumberSeries.kind == f"volume.{year}").scalar()
                 or 1)
        result.code_from = volume_code(settings, year, first)
        result.code_to = volume_code(settings, year, first + len(result.planned) - 1)
    facts = CloseFacts(year, today, settings.fonds_name != spec_default("fonds.name"),
                       closing_elsewhere=locks.held_by(LOCK))
    result.refusals = {k: v for k, v in check_close(facts).items() if k != "note"}
    closing = YearClose.get_or_none(YearClose.year == year)
    result.checked_by_missing = not (closing and closing.checked_by)
    return result


# --- closing --------------------------------------------------------------------------------------
def close_year(acting: ActingUser, year: int, *, accepted_note: str = "", checked_by: str = "",
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None, today: date | None = None) -> CloseResult:
    """Bind the year. Refused before the year has ended, and while there are problems unless
    ``accepted_note`` says why they are accepted."""
    authorise(acting, Action.BIND_YEAR)
    today = today or clock.today()
    holder = locks.holder_name(acting.display_name)
    taken_by = locks.try_acquire(LOCK, holder)
    if taken_by:
        raise ArchiveBusy(QT_TRANSLATE_NOOP("YearEnd", "另一处正在立卷（{holder}），请等它完成后再试。").format(holder=taken_by))
    with locks.holding(LOCK, holder):
        check = preview(acting, year, today)
        facts = CloseFacts(year, today, not check.settings_missing, check.problems, accepted_note)
        refusals = check_close(facts)
        if refusals:
            raise InvalidInput(refusals)
        note, checked_by = accepted_note.strip(), checked_by.strip()
        with writing():
            closing = YearClose.get_or_none(YearClose.year == year)
            if closing is None:
                YearClose.create(year=year, started_by=acting.id, accepted_note=note, checked_by=checked_by)
                audit.record(acting, "year_close", year, "start",
                             [audit.Change("检查人", None, checked_by)], note=note)
            else:   # resuming: the note and checker of this run are added to what was recorded
                YearClose.update(accepted_note=note or closing.accepted_note,
                                 checked_by=checked_by or closing.checked_by).where(YearClose.year == year).execute()
        settings = code_settings()
        checked_by = checked_by or (YearClose.get_by_id(year).checked_by or "")
        groups = [(key, [v for v in check.planned if (v.customer_id, int(v.category)) == (key[0], key[1])])
                  for key in dict.fromkeys((v.customer_id, int(v.category)) for v in check.planned)]
        done = 0
        renewed = time.monotonic()
        for index, ((customer_id, category), planned) in enumerate(groups):
            if cancelled and cancelled():
                return CloseResult(done, check.volumes_closed, True)
            with writing():   # one volume group per transaction: all its parts, or nothing
                if _close_group(acting, year, customer_id, Category(category), planned, settings, note, checked_by):
                    done += 1
            if time.monotonic() - renewed > 10:     # still here: the lock is not a crashed close's
                locks.renew(LOCK, holder)
                renewed = time.monotonic()
            if progress:
                progress(index + 1, len(groups))
        with writing():
            YearClose.update(finished_at=now()).where(YearClose.year == year).execute()
        return CloseResult(done, check.volumes_closed, False)


def _close_group(acting: ActingUser, year: int, customer_id: int, category: Category, planned: list[PlannedVolume],
                 settings: CodeSettings, note: str, checked_by: str) -> bool:
    if Volume.select().where((Volume.customer == customer_id) & (Volume.category == int(category))
                             & (Volume.year == year)).exists():
        return False   # closed by another run meanwhile
    first_serial = reserve_serials(f"volume.{year}", len(planned))    # codes in order, given once
    for offset, volume_plan in enumerate(planned):
        serial = first_serial + offset
        docs = volume_plan.papers
        start, end = year_month_span([d.doc_date for d in docs], year)
        suffix = part_label(volume_plan.part, volume_plan.parts)
        volume = Volume.create(
            code=volume_code(settings, year, serial), year=year, number=serial, customer=customer_id,
            category=int(category), part=volume_plan.part, parts=volume_plan.parts,
            title=f"{volume_plan.customer_name} {year}年度 {category.label}{'（' + suffix + '）' if suffix else ''}",
            fonds_name=settings.fonds_name, class_name=category.numbered_label,
            retention=longest_retention([d.retention for d in docs]), start_ym=start, end_ym=end,
            items=len(docs), pages=volume_plan.pages, notes="", made_by=acting.display_name, checked_by=checked_by)
        VolumeItem.insert_many([{"volume": volume.id, "document": d.id, "item": s.item, "first_page": s.first_page,
                                 "last_page": s.last_page, "pages": s.pages, "scanned": s.scanned}
                                for d, s in zip(docs, volume_plan.sized)]).execute()
        lines = _remarks_lines(volume_plan, note)
        if lines:
            VolumeNote.insert_many([{"volume": volume.id, "position": i, "kind": kind, "text": str(text)}
                                    for i, (kind, text) in enumerate(lines)]).execute()
        audit.record(acting, "volume", volume.id, "create",
                     [audit.Change("档号", None, volume.code), audit.Change("件数", None, volume.items),
                      audit.Change("页数", None, volume.pages)],
                     note=note if any(p.kind.blocks for p in volume_plan.problems) else "")
    return True


def _remarks_lines(plan: PlannedVolume, note: str) -> list[tuple[str, Text | str]]:
    """The volume's own lines for its remarks sheet: its problems, how its pages were counted, and the
    acceptance note only when it had a problem that needed accepting."""
    lines: list[tuple[str, Text | str]] = []
    for problem in plan.problems:
        if problem.kind in (ProblemKind.NO_PAGES, ProblemKind.SCAN_PAGES, ProblemKind.NO_SCAN):
            continue      # said once, with the page count used, by the sizing notes below
        lines.append((problem.kind.value, problem.text))
    for sized in plan.sized:
        for text in sized.notes:
            lines.append(("pages", text))
    if note and any(p.kind.blocks for p in plan.problems):
        lines.append(("accepted", QT_TRANSLATE_NOOP("YearEnd", "以上问题立卷时已知并接受：{note}").format(note=note)))
    return lines
