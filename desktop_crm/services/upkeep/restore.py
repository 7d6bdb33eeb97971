"""Restoring an archive from a backup, into a new data directory — or over the live one only when asked
to, with the old one kept aside.

Everything is first unpacked into a private folder beside the target and checked there: every member's
SHA-256, the database's integrity, the schema (an older one is upgraded when the archive is next opened, a
newer one refused), and that the person restoring is a custodian of the archive in the backup. Only then
is the folder renamed into place, so a damaged, truncated or wrongly-decrypted file, or a kill half-way,
touches nothing.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.backup_manifest import DATABASE_NAME, restorable
from desktop_crm.domain.errors import ArchiveError, Cancelled, InvalidInput, PermissionDenied
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.roles import Role
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.accounts.passwords import verify_password
from desktop_crm.services.authority import authorise
from desktop_crm.services.output_files import problem_with
from desktop_crm.services.session import ArchiveLocation
from desktop_crm.store import archive_copy, migrations
from desktop_crm.store.backup_file import (
    PARTIAL_SUFFIX,
    DamagedBackup,
    PassphraseNeeded,
    is_encrypted,
    open_backup,
)
from desktop_crm.store.sealed_file import DamagedSeal, WrongPassphrase

Progress = Callable[[int, int], None]
STAGING_PREFIX = ".restoring-"


@dataclass(frozen=True)
class RestoreResult:
    data_dir: Path
    database_included: bool
    schema_version: int           # of the backup; the archive is brought up to date when next opened
    customers: int
    papers: int
    scans: int
    created_at: str
    kept_aside: Path | None       # the archive that was there before, when restoring over one
    problems: tuple[str, ...]     # what the backup itself says could not be backed up


@dataclass(frozen=True)
class Credentials:
    """Who restores, checked against the accounts in the backup (the command line has no live archive)."""
    username: str
    password: str


def needs_passphrase(path: str | Path) -> bool:
    try:
        return is_encrypted(Path(path))
    except OSError as exc:
        raise InvalidInput({"file": QT_TRANSLATE_NOOP("Backup", "无法读取备份文件“{path}”：{reason}").format(
            path=str(path), reason=exc.strerror or str(exc))}) from None


def has_archive(data_dir: Path) -> bool:
    return data_dir.is_dir() and any(data_dir.iterdir())


def _check_target(location: ArchiveLocation, replace: bool) -> Path:
    if not location.is_file:
        return location.data_dir
    data_dir = location.data_dir.expanduser().resolve()
    if Path(location.database).expanduser().resolve() != data_dir / DATABASE_NAME:
        raise InvalidInput({"target": QT_TRANSLATE_NOOP(
            "Backup", "恢复时数据库须放在数据目录中：请只用 --data-dir 指定恢复到的文件夹。")})
    if has_archive(data_dir) and not replace:
        raise InvalidInput({"target": QT_TRANSLATE_NOOP(
            "Backup", "“{folder}”中已有档案库。请恢复到一个新的空文件夹；如确要替换它，请明确选择替换（原档案库将改名保留）。"
        ).format(folder=str(data_dir))})
    return data_dir


def _check_person(facts: archive_copy.DatabaseFacts, acting: ActingUser | None,
                  credentials: Credentials | None) -> None:
    if acting is not None:
        authorise(acting, Action.KEEP_BACKUPS)
        return
    if credentials is None:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Backup", "恢复档案库须由档案管理员办理：请用 --user 指明备份中档案管理员的用户名。"))
    for username, role, password_hash, active in facts.accounts:
        if username == credentials.username:
            if active and role == Role.CUSTODIAN.value and verify_password(password_hash, credentials.password):
                return
            break
    raise PermissionDenied(QT_TRANSLATE_NOOP(
        "Backup", "备份中没有这个档案管理员账号，或密码不对：恢复须由备份中档案管理员的账号办理。"))


def restore_backup(location: ArchiveLocation, backup: str | Path, *, passphrase: str | None = None,
                   replace: bool = False, acting: ActingUser | None = None,
                   credentials: Credentials | None = None, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> RestoreResult:
    """Restore ``backup`` into ``location``'s data directory. The live archive, when replaced, must be
    closed by the caller first."""
    backup = Path(backup).expanduser()
    if not backup.is_file():
        raise InvalidInput({"file": QT_TRANSLATE_NOOP("Backup", "找不到备份文件“{path}”。").format(path=str(backup))})
    if backup.name.endswith(PARTIAL_SUFFIX):     # never given its name: the backup did not finish its checks
        raise InvalidInput({"file": QT_TRANSLATE_NOOP(
            "Backup", "“{name}”是一次未完成的备份留下的临时文件，不能用于恢复。请选择正式的备份文件（.zip 或 .adbk）。"
        ).format(name=backup.name)})
    data_dir = _check_target(location, replace)
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = data_dir.parent / f"{STAGING_PREFIX}{data_dir.name}-{os.getpid()}-{int(time.time())}"
    _remove_stale_staging(data_dir)
    staging.mkdir(mode=0o700)
    try:
        result = _unpack(backup, staging, data_dir, passphrase, acting, credentials, progress, cancelled)
        if location.is_file or not has_archive(data_dir):
            kept = _put_in_place(staging, data_dir)
        else:
            kept = None
            _merge_scans(staging, data_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return RestoreResult(data_dir, result.database_included, result.schema_version, result.customers,
                         result.papers, result.scans, result.created_at, kept, result.problems)


def _remove_stale_staging(data_dir: Path) -> None:
    """Folders left by restores that were killed half-way (an hour old at least)."""
    for stale in data_dir.parent.glob(f"{STAGING_PREFIX}{data_dir.name}-*"):
        try:
            if time.time() - stale.stat().st_mtime > 3600:
                shutil.rmtree(stale, ignore_errors=True)
        except OSError:
            continue


def _unpack(backup: Path, staging: Path, data_dir: Path, passphrase: str | None, acting: ActingUser | None,
            credentials: Credentials | None, progress: Progress | None,
            cancelled: Callable[[], bool] | None) -> RestoreResult:
    total = backup.stat().st_size * 2
    done = [0]

    def tick(count: int) -> None:
        done[0] += count
        if cancelled and cancelled():
            raise Cancelled(QT_TRANSLATE_NOOP("Backup", "恢复已取消，没有改动任何档案库。"))
        if progress:
            progress(min(done[0], total), total)

    work = staging / ".work"
    work.mkdir()
    try:
        with open_backup(backup, passphrase, work, tick) as opened:
            manifest = opened.manifest
            refusal = restorable(manifest, migrations.LATEST)
            if refusal:
                raise ArchiveError(refusal)
            for member in manifest.members:
                opened.extract(member, staging / member.name, tick)
    except (WrongPassphrase, PassphraseNeeded):
        raise
    except (DamagedBackup, DamagedSeal) as exc:
        raise ArchiveError(QT_TRANSLATE_NOOP("Backup", "备份文件不能使用：{reason}没有改动任何档案库。").format(
            reason=str(exc))) from None
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
        raise ArchiveError(QT_TRANSLATE_NOOP("Backup", "备份文件已损坏（{reason}），没有改动任何档案库。").format(
            reason=exc.__class__.__name__)) from None
    except OSError as exc:
        raise problem_with(data_dir, exc) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if manifest.database_included:
        try:
            facts = archive_copy.facts_of(staging / DATABASE_NAME)
        except sqlite3.DatabaseError:
            raise ArchiveError(QT_TRANSLATE_NOOP("Backup", "备份中的数据库文件不是有效的档案库，没有改动任何档案库。")) from None
        if not facts.whole:
            raise ArchiveError(QT_TRANSLATE_NOOP("Backup", "备份中的数据库未通过完整性检查（{detail}），没有改动任何档案库。").format(
                detail="；".join(facts.integrity[:3])))
        if facts.schema_version != manifest.schema_version:
            raise ArchiveError(QT_TRANSLATE_NOOP("Backup", "备份中的数据库结构版本与清单不符，没有改动任何档案库。"))
        missing = [(s, x) for s, x in facts.scans if not (staging / "scans" / s[:2] / f"{s}{x}").is_file()]
        problems = list(manifest.problems)
        if len(missing) > len(manifest.problems):
            raise ArchiveError(QT_TRANSLATE_NOOP("Backup", "备份中缺少 {count} 份登记在册的扫描件，没有改动任何档案库。").format(
                count=len(missing)))
        _check_person(facts, acting, credentials)
    else:
        problems = list(manifest.problems)
        if acting is not None:
            authorise(acting, Action.KEEP_BACKUPS)
        elif credentials is None:
            raise PermissionDenied(QT_TRANSLATE_NOOP("Backup", "恢复档案库须由档案管理员办理。"))
    _private_tree(staging)
    return RestoreResult(data_dir, manifest.database_included, manifest.schema_version, manifest.customers,
                         manifest.papers, manifest.scans, manifest.created_at, None, tuple(problems))


def _private_tree(folder: Path) -> None:
    """The restored archive is as private as a new one: folders 0700, files 0600 (scans read-only)."""
    if os.name != "posix":
        return
    for root, _dirs, files in os.walk(folder):
        os.chmod(root, 0o700)
        for name in files:
            os.chmod(Path(root) / name, 0o400 if "scans" in Path(root).parts else 0o600)


def _put_in_place(staging: Path, data_dir: Path) -> Path | None:
    kept = None
    if data_dir.exists():
        if has_archive(data_dir):
            kept = data_dir.parent / f"{data_dir.name}.恢复前-{clock.now():%Y%m%d-%H%M%S}"
            os.replace(data_dir, kept)
        else:
            data_dir.rmdir()
    os.replace(staging, data_dir)
    return kept


def _merge_scans(staging: Path, data_dir: Path) -> None:
    """PostgreSQL: the database is the server's; the scans go into the data directory beside what is there."""
    source = staging / "scans"
    for path in source.rglob("*") if source.exists() else ():
        if path.is_file():
            target = data_dir / path.relative_to(staging)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, target)
    shutil.rmtree(staging, ignore_errors=True)
