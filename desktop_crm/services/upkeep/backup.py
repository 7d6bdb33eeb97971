"""Backing up the archive: one file with a consistent copy of the database, every stored scan and a
manifest of SHA-256s — read back and verified before it gets its name — and the automatic backups.

On PostgreSQL the database is the server's to back up (``pg_dump``); the desk's backup then carries the
scans and the manifest only, and says so.
"""
from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop_crm import __version__
from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.backup_manifest import DATABASE_NAME, Manifest, Member
from desktop_crm.domain.errors import ArchiveError, Cancelled, InvalidInput
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text
from desktop_crm.services import query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.output_files import FileProblem, problem_with
from desktop_crm.services.session import ArchiveLocation
from desktop_crm.services.settings import registry
from desktop_crm.services.transaction import writing
from desktop_crm.store import archive_copy, migrations, scan_files
from desktop_crm.store.backup_file import (
    BackupWriter,
    DamagedBackup,
    open_backup,
    remove_stale_partials,
    scratch_folder,
)
from desktop_crm.store.binder_models import Document, Scan
from desktop_crm.store.database import db, is_sqlite, tuples
from desktop_crm.store.models import Customer
from desktop_crm.store.sealed_file import DamagedSeal
from desktop_crm.store.upkeep_models import BackupRecord

AUTOMATIC_PREFIX = "档案自动备份-"
Progress = Callable[[int, int], None]          # (bytes done, bytes in all)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    sha256: str
    encrypted: bool
    database_included: bool
    customers: int
    papers: int
    scans: int
    problems: tuple[str, ...]
    seconds: float


@dataclass(frozen=True)
class BackupState:
    """The last good backup as the window shows it."""
    at: datetime | None
    path: str
    age_days: int | None
    overdue: bool
    warn_days: int


def default_name(automatic: bool = False, encrypted: bool = False, at: datetime | None = None) -> str:
    stamp = (at or clock.now()).strftime("%Y%m%d-%H%M%S")
    prefix = AUTOMATIC_PREFIX if automatic else "档案备份-"
    return f"{prefix}{stamp}{'.adbk' if encrypted else '.zip'}"


def _target(out: Path, location: ArchiveLocation, encrypted: bool) -> Path:
    out = Path(out).expanduser()
    if out.is_dir() or not out.suffix:          # a folder (new or not): the backup is named by its time
        out = out / default_name(encrypted=encrypted)
    out = out.resolve()
    if out.exists():
        raise FileProblem(QT_TRANSLATE_NOOP("Backup", "“{path}”已存在。备份不覆盖已有文件，请换一个文件名。").format(path=str(out)))
    store = location.scans.resolve()
    if out == store or store in out.parents:
        raise FileProblem(QT_TRANSLATE_NOOP(
            "Backup", "备份不能放在档案库的扫描件目录（{folder}）里：请存到另一块硬盘、移动硬盘或网络位置。").format(
            folder=str(store)))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise problem_with(out, exc) from None
    return out


class _Ticker:
    """Counts bytes for the progress bar and stops the job when the user cancels."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._last = 0.0

    def __call__(self, count: int) -> None:
        self.done += count
        now = time.monotonic()
        if now - self._last >= 0.1 or self.done >= self.total:
            self._last = now
            if self._cancelled and self._cancelled():
                raise Cancelled(QT_TRANSLATE_NOOP("Backup", "备份已取消，没有留下备份文件。"))
            if self._progress:
                self._progress(min(self.done, self.total), self.total)


def make_backup(acting: ActingUser, location: ArchiveLocation, out: str | Path, *, passphrase: str | None = None,
                automatic: bool = False, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> BackupResult:
    """Write and verify one backup at ``out`` (a file name, or a folder for the default name)."""
    authorise(acting, Action.KEEP_BACKUPS)
    started = time.monotonic()
    target = _target(Path(out), location, bool(passphrase))
    remove_stale_partials(target.parent)
    with scratch_folder(location.data_dir) as scratch:
        problems: list[Text] = []
        sqlite = is_sqlite()
        if sqlite:
            copy = scratch / DATABASE_NAME
            archive_copy.copy_open_database(copy)
            facts = archive_copy.facts_of(copy)
            if not facts.whole:
                raise ArchiveError(QT_TRANSLATE_NOOP(
                    "Backup", "档案库数据库的完整性检查未通过（{detail}），没有备份。请先运行 desktop-crm check 查明问题。"
                ).format(detail="；".join(facts.integrity[:3])))
            scans, customers, papers, schema = list(facts.scans), facts.customers, facts.papers, facts.schema_version
        else:
            copy = None
            scans = [(str(s), str(x)) for s, x in tuples(Scan.select(Scan.sha256, Scan.suffix).order_by(Scan.sha256))]
            customers, papers = Customer.select().count(), Document.select().count()
            schema = migrations.current_version(db.obj)
        files: list[tuple[Path, str]] = []
        for sha256, suffix in scans:
            path = scan_files.path_of(sha256, suffix)
            if path.is_file():
                files.append((path, f"scans/{sha256[:2]}/{sha256}{suffix}"))
            else:
                problems.append(QT_TRANSLATE_NOOP("Backup", "扫描件 {name} 在档案库中缺失，未能备份。").format(
                    name=f"{sha256[:16]}…{suffix}"))
        total = sum(p.stat().st_size for p, _ in files) + (copy.stat().st_size if copy else 0)
        tick = _Ticker(total * (3 if passphrase else 2), progress, cancelled)   # written, (opened,) read back
        try:
            writer = BackupWriter(target, passphrase)
        except OSError as exc:
            raise problem_with(target, exc) from None
        try:
            members: list[Member] = []
            if copy is not None:
                members.append(writer.add_file(copy, DATABASE_NAME, compress=True, tick=tick))
            for path, name in files:
                member = writer.add_file(path, name, compress=False, tick=tick)
                if member.sha256 != name.rsplit("/", 1)[1].split(".")[0]:
                    problems.append(QT_TRANSLATE_NOOP(
                        "Backup", "扫描件 {name} 在档案库中已被改动（内容与登记的 SHA-256 不符），备份中是它现在的样子。").format(
                        name=name.rsplit("/", 1)[1]))
                members.append(member)
            manifest = Manifest(
                program_version=__version__, schema_version=schema, created_at=clock.now().isoformat(timespec="seconds"),
                created_by=acting.display_name, backend="sqlite" if sqlite else "postgresql",
                database_included=sqlite, customers=customers, papers=papers, scans=len(files),
                members=tuple(members), problems=tuple(str(p) for p in problems), automatic=automatic,
                notes={} if sqlite else {"database": "PostgreSQL 数据库由服务器备份（pg_dump），本备份只含扫描件和清单。"})
            written = writer.finish(manifest)
            digest = _verify(written, passphrase, manifest, scratch, tick)
            final = writer.commit()
        except OSError as exc:
            writer.abort()
            raise problem_with(target, exc) from None
        except BaseException:
            writer.abort()
            raise
    size = final.stat().st_size
    with writing():
        BackupRecord.create(user_name=acting.display_name, path=str(final), size=size, sha256=digest,
                            encrypted=bool(passphrase), automatic=automatic, database_included=sqlite,
                            customers=customers, scans=len(files))
    query_register.record(acting, QueryAction.BACKUP, detail=f"备份档案库：客户 {customers} 户，扫描件 {len(files)} 份 → {final.name}")
    return BackupResult(final, size, digest, bool(passphrase), sqlite, customers, papers, len(files),
                        tuple(problems), time.monotonic() - started)


def _verify(written: Path, passphrase: str | None, manifest: Manifest, scratch: Path, tick: _Ticker) -> str:
    """Read the finished file back: it opens, every member matches its SHA-256, and the database copy in
    it is whole. Returns the file's own SHA-256."""
    try:
        with open_backup(written, passphrase, scratch, tick) as opened:
            for member in manifest.members:
                if member.name == DATABASE_NAME:
                    check = scratch / "verify.sqlite3"
                    opened.extract(member, check, tick)
                    facts = archive_copy.facts_of(check)
                    check.unlink()
                    if not facts.whole:
                        raise DamagedBackup(QT_TRANSLATE_NOOP("Backup", "写入的备份中的数据库未通过完整性检查。"))
                else:
                    opened.read_member(member, None, tick)
    except (DamagedBackup, DamagedSeal) as exc:
        raise ArchiveError(QT_TRANSLATE_NOOP(
            "Backup", "备份写完后读回核对未通过（{reason}），没有留下备份文件。请检查目标磁盘后重试。").format(reason=str(exc))) from None
    digest = hashlib.sha256()
    with open(written, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def backup_state(acting: ActingUser | None = None) -> BackupState:
    """When the last good backup was made, and whether it is older than the setting allows."""
    warn_days = registry.value("backup.warn_days")
    last = BackupRecord.select().order_by(BackupRecord.at.desc()).first()
    if last is None:
        return BackupState(None, "", None, True, warn_days)
    age = (clock.now() - last.at).days
    return BackupState(last.at, last.path, age, age >= warn_days, warn_days)


def state_text(state: BackupState) -> Text:
    if state.at is None:
        return QT_TRANSLATE_NOOP("Backup", "尚无备份")
    if state.age_days == 0:
        return QT_TRANSLATE_NOOP("Backup", "上次备份：今天 {time}").format(time=f"{state.at:%H:%M}")
    return QT_TRANSLATE_NOOP("Backup", "上次备份：{days} 天前（{date}）").format(days=state.age_days, date=f"{state.at:%Y-%m-%d}")


def automatic_due(on_exit: bool) -> bool:
    """Whether an automatic backup should run now (at start-up, or when the window closes)."""
    settings = registry.values(["backup.folder", "backup.schedule"])
    if not settings["backup.folder"] or settings["backup.schedule"] == "off":
        return False
    schedule = settings["backup.schedule"]
    if schedule == "exit":                        # every time the window closes
        return on_exit
    if on_exit != (schedule == "exit_daily"):     # daily: at start-up; exit_daily: at exit
        return False
    last = (BackupRecord.select().where(BackupRecord.automatic == True)  # noqa: E712
            .order_by(BackupRecord.at.desc()).first())
    return last is None or clock.now() - last.at >= timedelta(hours=20)


def automatic_needs_passphrase() -> bool:
    return registry.value("backup.encrypt") == "yes"


def run_automatic(acting: ActingUser, location: ArchiveLocation, *, passphrase: str | None = None,
                  progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> BackupResult:
    """One automatic backup into the chosen folder, then the oldest automatic ones beyond the number kept
    are removed (only files this desk made and recorded as automatic; hand-made backups stay)."""
    settings = registry.values(["backup.folder", "backup.keep"])
    folder = Path(settings["backup.folder"]).expanduser()
    if not settings["backup.folder"]:
        raise InvalidInput({"backup.folder": QT_TRANSLATE_NOOP("Backup", "尚未设定自动备份文件夹：请在设置中填写。")})
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise problem_with(folder, exc) from None
    target = folder / default_name(True, bool(passphrase))
    serial = 1
    while target.exists():                   # two in the same second (closing soon after starting)
        serial += 1
        target = target.with_name(f"{target.stem.split('~')[0]}~{serial}{target.suffix}")
    result = make_backup(acting, location, target, passphrase=passphrase, automatic=True, progress=progress,
                         cancelled=cancelled)
    _prune(folder, settings["backup.keep"])
    return result


def _prune(folder: Path, keep: int) -> None:
    records = list(BackupRecord.select().where(BackupRecord.automatic == True)  # noqa: E712
                   .order_by(BackupRecord.at.desc(), BackupRecord.id.desc()))
    ours = [r for r in records if Path(r.path).parent == folder.resolve() and Path(r.path).name.startswith(AUTOMATIC_PREFIX)]
    for old in ours[keep:]:
        try:
            os.remove(old.path)
        except FileNotFoundError:
            pass
        except OSError:
            continue
