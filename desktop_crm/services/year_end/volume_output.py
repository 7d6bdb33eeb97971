"""Printing the fixed volumes: each volume's PDF, the spine labels and the year register."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import RETENTIONS
from desktop_crm.domain.catalogue_order import Placement, page_label
from desktop_crm.domain.document_values import display_title
from desktop_crm.domain.errors import NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.printing.catalogue_pdf import CatalogueRow
from desktop_crm.printing.table_pdf import TableSheet, render_table
from desktop_crm.printing.volume_pdf import (
    YEAR_REGISTER_COLUMNS,
    SpineLabel,
    VolumeSheet,
    render_front,
    render_remarks,
    render_spine_labels,
    render_volume,
)
from desktop_crm.printing.volume_scans import ScanFile, assemble
from desktop_crm.services import query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.output_files import write_atomically
from desktop_crm.services.year_end import volumes
from desktop_crm.store import scan_files
from desktop_crm.store.binder_models import Document, DocumentScan, Scan
from desktop_crm.store.volume_models import Volume, VolumeCorrection, VolumeItem


def _sheet(volume: Volume) -> tuple[VolumeSheet, list[int]]:
    items = list(VolumeItem.select(VolumeItem, Document).join(Document).where(VolumeItem.volume == volume.id)
                 .order_by(VolumeItem.item))
    rows = []
    for i, it in enumerate(items):
        d = it.document
        remarks = "；".join(x for x in ("原件" if d.is_original else "", d.remarks) if x)
        placement = Placement(d.id, it.item, it.first_page, it.last_page)
        rows.append(CatalogueRow(str(it.item), d.doc_number, d.author, display_title(d.title, d.title_made_up),
                                 d.doc_date.strftime("%Y%m%d") if d.doc_date else "",
                                 page_label(placement, i == len(items) - 1), remarks))
    notes = []
    if volume.notes:
        notes.append(f"立卷时已知并接受的问题：{volume.notes}")
    missing = [str(it.item) for it in items if it.document.pages is None]
    if missing:
        notes.append(f"第 {'、'.join(missing)} 件未登记页数，其后页号暂缺。")
    for c in VolumeCorrection.select().where(VolumeCorrection.volume == volume.id).order_by(VolumeCorrection.id):
        notes.append(f"{c.at:%Y-%m-%d} {c.user_name} 更正：{c.text}")
    sheet = VolumeSheet(volume.code, volume.fonds_name, volume.class_name, volume.title, volume.start_ym, volume.end_ym,
                        RETENTIONS.get(volume.retention, volume.retention), volume.items, volume.pages, tuple(rows),
                        tuple(notes), volume.made_by, volume.checked_by, f"{volume.closed_at:%Y-%m-%d}")
    return sheet, [it.document_id for it in items]


def volume_pdf(acting: ActingUser, volume_id: int, with_scans: bool = False, double_sided: bool = False) -> bytes:
    authorise(acting, Action.QUERY_ARCHIVE)
    volume = Volume.get_or_none(Volume.id == volume_id)
    if volume is None:
        raise NotFound(QT_TRANSLATE_NOOP("YearEnd", "该案卷不存在。"))
    sheet, documents = _sheet(volume)
    query_register.record(acting, "print", volume.customer_id, f"案卷 {volume.code}")
    if not with_scans:
        return render_volume(sheet)
    scans: dict[int, list[ScanFile]] = {d: [] for d in documents}
    rows = (DocumentScan.select(DocumentScan, Scan).join(Scan).where(DocumentScan.document.in_(documents))
            .order_by(DocumentScan.document, DocumentScan.position))
    for r in rows:
        scans[r.document_id].append(ScanFile(scan_files.path_of(r.scan.sha256, r.scan.suffix), r.scan.media_type))
    return assemble(render_front(sheet), [scans[d] for d in documents], render_remarks(sheet), double_sided)


def year_register_pdf(acting: ActingUser, year: int, fonds_name: str = "") -> bytes:
    rows = volumes.volumes(acting, year)
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("YearEnd", "{year}年度还没有立卷。").format(year=year))
    fonds = fonds_name or Volume.get_by_id(rows[0].id).fonds_name
    return render_table(TableSheet(
        "案卷目录", (f"全宗名称：{fonds}    年度：{year}    共 {len(rows)} 卷",), YEAR_REGISTER_COLUMNS,
        tuple((str(v.number), v.code, v.title, f"{v.start_ym}—{v.end_ym}", str(v.items), str(v.pages),
               RETENTIONS.get(v.retention, v.retention), "") for v in rows), f"{year}年度案卷目录", min_row_mm=10))


def spine_labels_pdf(acting: ActingUser, year: int, width_mm: int = 20) -> bytes:
    rows = volumes.volumes(acting, year)
    return render_spine_labels([SpineLabel(v.code, str(year), f"{v.number:03d}", v.title.split(" ")[0][:12])
                                for v in rows], width_mm)


def bind_to_folder(acting: ActingUser, year: int, out: Path, *, with_scans: bool = False,
                   double_sided: bool = False, progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """One PDF per volume plus the year register and spine labels, each written to a temporary name and
    renamed into place."""
    rows = volumes.volumes(acting, year)
    written = []
    for index, v in enumerate(rows, start=1):
        written.append(write_atomically(out / f"{v.code}.pdf", volume_pdf(acting, v.id, with_scans, double_sided)))
        if progress:
            progress(index, len(rows))
    if rows:
        written.append(write_atomically(out / f"{year}年度案卷目录.pdf", year_register_pdf(acting, year)))
        written.append(write_atomically(out / f"{year}年度脊背标签.pdf", spine_labels_pdf(acting, year)))
    return written
