"""Printing the fixed volumes: each volume's PDF (front matter alone, or page for page with its scans), the
spine labels and the year register; the files written are recorded so ``check`` can verify them later."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import RETENTIONS, Category
from desktop_crm.domain.document_values import display_title
from desktop_crm.domain.errors import InvalidInput, NotFound
from desktop_crm.domain.name_matching import short_name
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.domain.volume_layout import PaperPages, SizedPaper, page_column, size_papers
from desktop_crm.printing.catalogue_pdf import CatalogueRow
from desktop_crm.printing.table_pdf import TableSheet, render_table
from desktop_crm.printing.volume_pdf import (
    YEAR_REGISTER_COLUMNS,
    SpineLabel,
    VolumeSheet,
    render_spine_labels,
)
from desktop_crm.printing.volume_scans import BoundPaper, ScanFile, assemble
from desktop_crm.services import query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.output_files import write_atomically
from desktop_crm.services.shelves.placing import volume_places
from desktop_crm.services.transaction import writing
from desktop_crm.services.year_end import volumes
from desktop_crm.store import scan_files
from desktop_crm.store.binder_models import Document, DocumentScan, Scan
from desktop_crm.store.database import tuples
from desktop_crm.store.volume_models import Volume, VolumeCorrection, VolumeItem, VolumeNote, VolumePrint

SPINE_WIDTHS = (10, 15, 20)


@dataclass(frozen=True)
class VolumeContent:
    """A bound volume as printed: its sheet, and each paper with its pages in the volume and its scans."""
    sheet: VolumeSheet
    papers: tuple[BoundPaper, ...]


def _scans(document_ids: list[int]) -> dict[int, list[ScanFile]]:
    found: dict[int, list[ScanFile]] = {d: [] for d in document_ids}
    for start in range(0, len(document_ids), 500):
        rows = tuples(DocumentScan.select(DocumentScan.document, Scan.sha256, Scan.suffix, Scan.media_type, Scan.pages)
                .join(Scan).where(DocumentScan.document.in_(document_ids[start:start + 500]))
                .order_by(DocumentScan.document, DocumentScan.position))
        for document_id, sha, suffix, media_type, pages in rows:
            found[document_id].append(ScanFile(scan_files.path_of(sha, suffix), media_type, pages))
    return found


def content(volume: Volume) -> VolumeContent:
    """What the volume holds, page for page, from what was recorded when it was bound."""
    items = list(VolumeItem.select(VolumeItem, Document).join(Document).where(VolumeItem.volume == volume.id)
                 .order_by(VolumeItem.item))
    scans = _scans([it.document_id for it in items])
    if all(it.pages is not None for it in items):
        sized = [SizedPaper(it.item, it.pages or 0, it.scanned or 0, it.first_page or 0, it.last_page or 0, ())
                 for it in items]
    else:     # bound by release 0.1.0, which kept no page counts of its own: sized now the same way
        sized = size_papers([PaperPages(it.item, it.document.pages, sum(int(s.pages) for s in scans[it.document_id]))
                             for it in items])
    place = volume_places([volume.id]).get(volume.id, "")
    kept_at = f"纸质案卷 {volume.code}" + (f"（库房位置 {place}）" if place else "")
    rows, papers = [], []
    for index, (it, size) in enumerate(zip(items, sized)):
        d = it.document
        remarks = "；".join(x for x in ("原件" if d.is_original else "", d.remarks) if x)
        title = display_title(d.title, d.title_made_up)
        date = d.doc_date.strftime("%Y%m%d") if d.doc_date else ""
        rows.append(CatalogueRow(str(it.item), d.doc_number, d.author, title, date,
                                 page_column(size, index == len(items) - 1), remarks))
        papers.append(BoundPaper(size, title, d.doc_number, date, tuple(scans[it.document_id]),
                                 f"{kept_at} 第 {it.item} 件"))
    notes = [n.text for n in VolumeNote.select().where(VolumeNote.volume == volume.id).order_by(VolumeNote.position)]
    if volume.notes:                      # a note written by release 0.1.0
        notes.append(f"立卷时已知并接受的问题：{volume.notes}")
    for c in VolumeCorrection.select().where(VolumeCorrection.volume == volume.id).order_by(VolumeCorrection.id):
        notes.append(f"{c.at:%Y-%m-%d} {c.user_name} 更正：{c.text}")
    pages = sum(s.pages for s in sized)
    sheet = VolumeSheet(volume.code, volume.fonds_name, volume.class_name, volume.title, volume.start_ym,
                        volume.end_ym, RETENTIONS.get(volume.retention, volume.retention), volume.items, pages,
                        tuple(rows), tuple(notes), volume.made_by, volume.checked_by, f"{volume.closed_at:%Y-%m-%d}")
    return VolumeContent(sheet, tuple(papers))


def _volume(volume_id: int) -> Volume:
    volume = Volume.get_or_none(Volume.id == volume_id)
    if volume is None:
        raise NotFound(QT_TRANSLATE_NOOP("YearEnd", "该案卷不存在。"))
    return volume


def render(volume: Volume, with_scans: bool, double_sided: bool) -> bytes:
    found = content(volume)
    return assemble(found.sheet, list(found.papers), with_scans=with_scans, double_sided=double_sided)


def volume_pdf(acting: ActingUser, volume_id: int, with_scans: bool = False, double_sided: bool = False) -> bytes:
    authorise(acting, Action.QUERY_ARCHIVE)
    volume = _volume(volume_id)
    if with_scans and volume.destroyed_on:
        raise InvalidInput({"with_scans": QT_TRANSLATE_NOOP(
            "YearEnd", "案卷 {code} 已于 {date} 销毁，扫描件已删除；可打印其封面、卷内目录和备考表（不含扫描件）。")
            .format(code=volume.code, date=volume.destroyed_on.isoformat())})
    pdf = render(volume, with_scans, double_sided)
    query_register.record(acting, QueryAction.PRINT, volume.customer_id,
                          f"案卷 {volume.code}{'（含扫描件）' if with_scans else ''}")
    return pdf


def write_volume(acting: ActingUser, volume_id: int, out: str | Path, *, with_scans: bool = False,
                 double_sided: bool = False) -> Path:
    """Write one volume's PDF and remember the file, so ``check`` can read it back."""
    pdf = volume_pdf(acting, volume_id, with_scans, double_sided)
    path = write_atomically(out, pdf)
    _remember(acting, volume_id, path, pdf, with_scans, double_sided)
    return path


def _remember(acting: ActingUser, volume_id: int, path: Path, pdf: bytes, with_scans: bool,
              double_sided: bool) -> None:
    import io

    from pypdf import PdfReader

    with writing():
        VolumePrint.delete().where((VolumePrint.volume == volume_id) & (VolumePrint.path == str(path.resolve())))\
            .execute()
        VolumePrint.create(volume=volume_id, path=str(path.resolve()), with_scans=with_scans,
                           double_sided=double_sided, pages=len(PdfReader(io.BytesIO(pdf)).pages),
                           sha256=hashlib.sha256(pdf).hexdigest(), printed_by=acting.display_name)


def year_register_pdf(acting: ActingUser, year: int) -> bytes:
    rows = volumes.volumes(acting, year)
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("YearEnd", "{year}年度还没有立卷。").format(year=year))
    fonds = Volume.get_by_id(rows[0].id).fonds_name
    pdf = render_table(TableSheet(
        "案卷目录", (f"全宗名称：{fonds}    年度：{year}    共 {len(rows)} 卷",), YEAR_REGISTER_COLUMNS,
        tuple((str(v.number), v.code, v.title, f"{v.start_ym}—{v.end_ym}", str(v.items), str(v.pages),
               RETENTIONS.get(v.retention, v.retention), v.remark) for v in rows), f"{year}年度案卷目录",
        min_row_mm=10))
    query_register.record(acting, QueryAction.PRINT, detail=f"{year}年度案卷目录")
    return pdf


def spine_labels_pdf(acting: ActingUser, year: int, width_mm: int = 20, first: int | None = None,
                     last: int | None = None) -> bytes:
    """Spine labels of the year's volumes numbered ``first``…``last`` (all when not given)."""
    if width_mm not in SPINE_WIDTHS:
        raise InvalidInput({"width": QT_TRANSLATE_NOOP("YearEnd", "脊背宽度应为 10、15 或 20 毫米。")})
    rows = [v for v in volumes.volumes(acting, year)
            if (first is None or v.number >= first) and (last is None or v.number <= last)]
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("YearEnd", "所选范围内没有案卷。"))
    pdf = render_spine_labels([SpineLabel(v.code, str(year), f"{v.number:03d}", Category(v.category).label,
                                          RETENTIONS.get(v.retention, v.retention), short_name(v.customer_name),
                                          v.place) for v in rows], width_mm)
    query_register.record(acting, QueryAction.PRINT, detail=f"{year}年度脊背标签 {len(rows)} 张")
    return pdf


def bind_to_folder(acting: ActingUser, year: int, out: Path, *, with_scans: bool = False,
                   double_sided: bool = False, progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """One PDF per volume plus the year register and spine labels, each written whole and renamed into place."""
    rows = volumes.volumes(acting, year)
    written = []
    for index, v in enumerate(rows, start=1):
        written.append(write_volume(acting, v.id, out / f"{v.code}.pdf", with_scans=with_scans,
                                    double_sided=double_sided))
        if progress:
            progress(index, len(rows))
    if rows:
        written.append(write_atomically(out / f"{year}年度案卷目录.pdf", year_register_pdf(acting, year)))
        written.append(write_atomically(out / f"{year}年度脊背标签.pdf", spine_labels_pdf(acting, year)))
    return written
