"""The year-end close: each customer × category with papers that year becomes a fixed volume.

First a preview (how many volumes; gaps, papers without page counts, papers on loan). Problems block
the close unless accepted with a written note, which goes onto the remarks sheets. Each volume is
closed in its own transaction, so an interrupted close (cancel, crash, power cut) leaves every volume
either closed or untouched; running it again finishes the rest. Codes are given once, in a fixed order.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.catalogue_order import Paper, catalogue_key
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.fixed_volume import (
    CodeSettings,
    longest_retention,
    part_label,
    split_into_parts,
    volume_code,
    year_month_span,
)
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import audit
from desktop_crm.services.authority import authorise
from desktop_crm.services.binders import completeness
from desktop_crm.services.control.lending import papers_out
from desktop_crm.services.numbering import next_serial
from desktop_crm.services.settings.registry import code_settings
from desktop_crm.services.transaction import writing
from desktop_crm.store.binder_models import Document
from desktop_crm.store.models import Customer
from desktop_crm.store.volume_models import Volume, VolumeItem


@dataclass
class ClosePreview:
    year: int
    volumes_planned: int = 0
    volumes_closed: int = 0
    groups: int = 0
    gaps: list[str] = field(default_factory=list)
    without_pages: list[str] = field(default_factory=list)
    on_loan: list[str] = field(default_factory=list)
    settings_missing: str = ""       # blocks the close; no note can accept it

    @property
    def problems(self) -> bool:
        return bool(self.gaps or self.without_pages or self.on_loan)


@dataclass(frozen=True)
class CloseResult:
    closed: int
    skipped: int
    cancelled: bool


def _groups(year: int) -> dict[tuple[str, int, int], list[Document]]:
    """Papers of the year by (customer number, customer id, category), each group in catalogue order."""
    rows = (Document.select(Document, Customer.id, Customer.number).join(Customer)
            .where((Document.year == year) & (Document.removed == False)))  # noqa: E712
    groups: dict[tuple[str, int, int], list[Document]] = defaultdict(list)
    for d in rows:
        groups[(d.customer.number, d.customer.id, d.category)].append(d)
    for papers in groups.values():
        papers.sort(key=lambda d: catalogue_key(Paper(d.id, d.kind, d.doc_date, d.pages)))
    return dict(sorted(groups.items()))


def _closed_groups(year: int) -> set[tuple[int, int]]:
    return {(c, k) for c, k in Volume.select(Volume.customer, Volume.category).where(Volume.year == year).tuples()}


def preview(acting: ActingUser, year: int) -> ClosePreview:
    authorise(acting, Action.BIND_YEAR)
    settings = code_settings()
    result = ClosePreview(year)
    if settings.fonds_name == CodeSettings().fonds_name:
        result.settings_missing = "尚未设置全宗名称（立档单位全称）和全宗号，请先在“年度立卷 → 设置”中填写。"
    groups = _groups(year)
    closed = _closed_groups(year)
    out = papers_out([d.id for papers in groups.values() for d in papers])
    customers_seen = set()
    for (number, customer_id, category), papers in groups.items():
        result.groups += 1
        if (customer_id, category) in closed:
            result.volumes_closed += 1
            continue
        parts = split_into_parts([Paper(d.id, d.kind, d.doc_date, d.pages) for d in papers], settings.page_limit)
        result.volumes_planned += len(parts)
        for d in papers:
            where = f"{number} {Category(category).numbered_label} {d.seq}. {d.title}"
            if d.pages is None:
                result.without_pages.append(where)
            if d.id in out:
                result.on_loan.append(f"{where}（{out[d.id][0]} 借出，应还 {out[d.id][1]:%Y-%m-%d}）")
        if customer_id not in customers_seen:
            customers_seen.add(customer_id)
            gaps = completeness.binder_completeness(acting, customer_id).gaps
            result.gaps.extend(f"{number}：{g.text}" for g in gaps)
    return result


def close_year(acting: ActingUser, year: int, *, accepted_note: str = "", checked_by: str = "",
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> CloseResult:
    """Bind the year. Refused while there are problems, unless ``accepted_note`` says why they are accepted."""
    authorise(acting, Action.BIND_YEAR)
    check = preview(acting, year)
    if check.settings_missing:
        raise InvalidInput({"settings": check.settings_missing})
    if check.problems and not accepted_note.strip():
        raise InvalidInput({"note": QT_TRANSLATE_NOOP("YearEnd", "{year}年度尚有问题：缺件 {count} 处、未登记页数 {count2} 份、借出未还 {count3} 份。请先处理，或写明接受的理由后再立卷。").format(year=year, count=len(check.gaps), count2=len(check.without_pages), count3=len(check.on_loan))})
    settings = code_settings()
    groups = _groups(year)
    closed_before = _closed_groups(year)
    todo = [(key, papers) for key, papers in groups.items() if (key[1], key[2]) not in closed_before]
    done = 0
    for index, ((_number, customer_id, category), papers) in enumerate(todo):
        if cancelled and cancelled():
            return CloseResult(done, len(closed_before), True)
        with writing():   # one volume group per transaction: all its parts, or nothing
            _close_group(acting, year, customer_id, Category(category), papers, settings,
                         accepted_note.strip() if check.problems else "", checked_by.strip())
        done += 1
        if progress:
            progress(index + 1, len(todo))
    return CloseResult(done, len(closed_before), False)


def _close_group(acting, year, customer_id, category, papers, settings, note, checked_by) -> None:
    if Volume.select().where((Volume.customer == customer_id) & (Volume.category == int(category))
                             & (Volume.year == year)).exists():
        return   # closed by another run meanwhile
    customer = Customer.get_by_id(customer_id)
    by_id = {d.id: d for d in papers}
    parts = split_into_parts([Paper(d.id, d.kind, d.doc_date, d.pages) for d in papers], settings.page_limit)
    for part_number, placed in enumerate(parts, start=1):
        serial = next_serial(f"volume.{year}")
        docs = [by_id[p.id] for p in placed]
        start, end = year_month_span([d.doc_date for d in docs], year)
        suffix = part_label(part_number, len(parts))
        volume = Volume.create(
            code=volume_code(settings, year, serial), year=year, number=serial, customer=customer_id,
            category=int(category), part=part_number, parts=len(parts),
            title=f"{customer.name} {year}年度 {category.label}{'（' + suffix + '）' if suffix else ''}",
            fonds_name=settings.fonds_name, class_name=category.numbered_label,
            retention=longest_retention([d.retention for d in docs]), start_ym=start, end_ym=end,
            items=len(docs), pages=sum(d.pages or 0 for d in docs), notes=note, made_by=acting.display_name,
            checked_by=checked_by)
        VolumeItem.insert_many([{"volume": volume.id, "document": p.id, "item": p.item, "first_page": p.first_page,
                                 "last_page": p.last_page} for p in placed]).execute()
        audit.record(acting, "volume", volume.id, "create",
                     [audit.Change("档号", None, volume.code), audit.Change("件数", None, volume.items),
                      audit.Change("页数", None, volume.pages)], note=note)
