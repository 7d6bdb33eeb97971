"""Scans of filed papers: added once into the archive's own store, previewed, verified."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text
from desktop_crm.services import audit, query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.binders.frozen import ensure_not_frozen
from desktop_crm.services.binders.papers import ENTITY
from desktop_crm.services.transaction import writing
from desktop_crm.store import scan_files
from desktop_crm.store.binder_models import Document, DocumentScan, Scan
from desktop_crm.store.database import tuples
from desktop_crm.store.scan_files import InvalidScan

__all__ = ["InvalidScan", "Orphans", "ScanRow", "add_scan", "orphans", "remove_orphans", "scans_of", "verify_store"]


@dataclass(frozen=True)
class ScanRow:
    sha256: str
    path: Path
    media_type: str
    pages: int
    name: str
    warning: Text | str = ""     # e.g. the scans have more pages than the paper's count says


def add_scan(acting: ActingUser, document_id: int, path: str | Path) -> ScanRow:
    """Check and store a scan and attach it to the paper. A paper without a page count takes the
    count read from its scans. Raises :class:`InvalidScan` (nothing stored) for a bad file."""
    authorise(acting, Action.FILE_PAPERS)
    path = Path(path)
    document = Document.get_or_none((Document.id == document_id) & (Document.removed == False))  # noqa: E712
    if document is None:
        raise NotFound(QT_TRANSLATE_NOOP("Binders", "该文件不存在或已撤出。"))
    ensure_not_frozen(document_id)
    info = scan_files.inspect(path)
    stored = scan_files.store(path, info)   # content-addressed: a file left by a failed save is reused
    with writing():
        Scan.insert(sha256=info.sha256, suffix=info.suffix, media_type=info.media_type, size=info.size,
                    pages=info.pages).on_conflict_ignore().execute()
        if DocumentScan.select().where((DocumentScan.document == document_id)
                                       & (DocumentScan.scan == info.sha256)).exists():
            raise InvalidScan(QT_TRANSLATE_NOOP("Binders", "“{name}”已经是这份文件的扫描件。").format(name=path.name))
        position = DocumentScan.select().where(DocumentScan.document == document_id).count()
        DocumentScan.create(document=document_id, scan=info.sha256, position=position, original_name=path.name)
        changes = [audit.Change("扫描件", None, f"{path.name}（{info.pages}页，SHA-256 {info.sha256[:12]}…）")]
        total = sum(s.scan.pages for s in DocumentScan.select(DocumentScan, Scan).join(Scan)
                    .where(DocumentScan.document == document_id))
        warning: Text | str = ""
        if document.pages is None:
            Document.update(pages=total, version=Document.version + 1).where(Document.id == document_id).execute()
            changes.append(audit.Change("页数", None, total))
        elif total > document.pages:
            warning = QT_TRANSLATE_NOOP(
                "Binders", "这份文件登记为{claimed}页，扫描件共有{total}页。请核对并更正页数，否则年度立卷时将作为问题列出。"
            ).format(claimed=document.pages, total=total)
        audit.record(acting, ENTITY, document_id, "scan", changes)
    return ScanRow(info.sha256, stored, info.media_type, info.pages, path.name, warning)


def scans_of(acting: ActingUser, document_id: int) -> list[ScanRow]:
    authorise(acting, Action.QUERY_ARCHIVE)
    rows = list(DocumentScan.select(DocumentScan, Scan).join(Scan)
                .where(DocumentScan.document == document_id).order_by(DocumentScan.position))
    customer_id = Document.select(Document.customer).where(Document.id == document_id).scalar()
    query_register.record(acting, QueryAction.SCANS, customer_id, f"文件 {document_id} 的扫描件 {len(rows)} 份")
    return [ScanRow(r.scan.sha256, scan_files.path_of(r.scan.sha256, r.scan.suffix), r.scan.media_type,
                    r.scan.pages, r.original_name) for r in rows]


ORPHAN_AGE_SECONDS = 3600     # a file younger than this may be a scan another workstation is adding right now


@dataclass(frozen=True)
class Orphans:
    """Scans attached to nothing: files in the store with no scan record (a kill between copying the file and
    recording it), and scan records no paper refers to."""
    files: tuple[Path, ...]
    records: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.files or self.records)


def orphans(older_than_seconds: float = ORPHAN_AGE_SECONDS) -> Orphans:
    known = {f"{sha}{suffix}" for sha, suffix in tuples(Scan.select(Scan.sha256, Scan.suffix))}
    cutoff = time.time() - older_than_seconds
    files = []
    folder = scan_files.root()
    if folder.is_dir():
        for path in folder.glob("*/*"):
            if path.is_file() and path.name not in known and path.stat().st_mtime < cutoff:
                files.append(path)
    linked = DocumentScan.select(DocumentScan.scan)
    records = [sha for (sha,) in tuples(Scan.select(Scan.sha256).where(Scan.sha256.not_in(linked))
                                        .where(Scan.stored_at <= clock.now() - timedelta(seconds=older_than_seconds)))]
    return Orphans(tuple(sorted(files)), tuple(records))


def remove_orphans(acting: ActingUser, older_than_seconds: float = ORPHAN_AGE_SECONDS) -> Orphans:
    """``check --repair``: remove the scans attached to nothing (recorded in the change history)."""
    authorise(acting, Action.REPAIR_ARCHIVE)
    found = orphans(older_than_seconds)
    with writing():
        for sha in found.records:
            scan = Scan.get_or_none(Scan.sha256 == sha)
            if scan is None or DocumentScan.select().where(DocumentScan.scan == sha).exists():
                continue                        # attached meanwhile
            path = scan_files.path_of(scan.sha256, scan.suffix)
            scan.delete_instance()
            audit.record(acting, "scan", 0, "delete", [audit.Change("sha256", sha, None)],
                         note="清除无主扫描件（没有任何文件引用）")
            _remove_file(path)
    for path in found.files:
        _remove_file(path)
    return found


def detach_scans(acting: ActingUser, document_ids: list[int], note: str) -> list[Path]:
    """Inside the caller's transaction: detach every scan of these papers and forget the stored scans no other
    paper uses (each removal recorded). Returns the files to remove once the transaction has committed —
    removed earlier, a rolled-back transaction would leave records pointing at nothing."""
    links = list(tuples(DocumentScan.select(DocumentScan.id, DocumentScan.document, DocumentScan.scan)
                        .where(DocumentScan.document.in_(document_ids)))) if document_ids else []
    if not links:
        return []
    DocumentScan.delete().where(DocumentScan.id.in_([link for link, _, _ in links])).execute()
    files = []
    for sha in sorted({sha for _, _, sha in links}):
        if DocumentScan.select().where(DocumentScan.scan == sha).exists():
            continue                            # the same file is also a scan of a paper that stays
        scan = Scan.get_by_id(sha)
        files.append(scan_files.path_of(scan.sha256, scan.suffix))
        scan.delete_instance()
        audit.record(acting, "scan", 0, "delete", [audit.Change("sha256", sha, None)], note=note)
    return files


def remove_files(paths: list[Path]) -> None:
    for path in paths:
        _remove_file(path)


def _remove_file(path: Path) -> None:
    try:
        os.chmod(path, 0o600)       # stored scans are read-only; Windows will not delete them otherwise
        path.unlink()
    except FileNotFoundError:
        pass


def verify_store() -> tuple[int, list[str]]:
    """(scans checked, problems): every stored scan re-hashed against its name."""
    problems: list[str] = []
    checked = 0
    for scan in Scan.select():
        checked += 1
        state = scan_files.verify(scan.sha256, scan.suffix)
        if state:
            name = f"{scan.sha256[:16]}…{scan.suffix}"
            problems.append(QT_TRANSLATE_NOOP("Binders", "扫描件 {name} 缺失").format(name=name) if state == "missing"
                            else QT_TRANSLATE_NOOP("Binders", "扫描件 {name} 已被改动（内容与哈希不符）").format(name=name))
    return checked, problems
