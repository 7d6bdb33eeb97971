"""The backup file: a zip of the database copy, the data directory's files and a manifest, sealed with a
passphrase when one is given (see ``sealed_file``).

A backup is written under a hidden temporary name (``.name.XXXX.partial``) and only renamed to its real
name after it has been read back and verified, so a cancelled or killed backup never leaves a file that
looks complete. Reading checks each member's SHA-256 against the manifest as it is read.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop_crm.domain.backup_manifest import MANIFEST_NAME, Manifest, ManifestProblem, Member, read_manifest
from desktop_crm.domain.errors import ArchiveError, InvalidInput
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.store.sealed_file import SealedWriter, is_sealed, open_sealed

PARTIAL_SUFFIX = ".partial"
_BLOCK = 1 << 20


class DamagedBackup(ArchiveError):
    pass


class PassphraseNeeded(InvalidInput):
    def __init__(self, message: str) -> None:
        super().__init__({"passphrase": message})


Tick = Callable[[int], None]     # called with the bytes just handled; may raise to cancel


def is_encrypted(path: Path) -> bool:
    with open(path, "rb") as handle:
        return is_sealed(handle.read(16))


def private_file(path: Path) -> None:
    """A backup holds the whole archive: only its owner may read it."""
    if os.name == "posix":
        os.chmod(path, 0o600)


class BackupWriter:
    """Writes members into a temporary file beside ``final``; :meth:`finish` closes it, :meth:`abort`
    removes it. The caller verifies the finished temporary file and then calls :meth:`commit`."""

    def __init__(self, final: Path, passphrase: str | None) -> None:
        self.final = final
        fd, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=PARTIAL_SUFFIX, dir=final.parent)
        self.temporary = Path(name)
        private_file(self.temporary)
        self._file: BinaryIO = os.fdopen(fd, "wb")
        self._seal = SealedWriter(self._file, passphrase) if passphrase else None
        sink = self._seal if self._seal is not None else self._file
        self._zip = zipfile.ZipFile(sink, "w", allowZip64=True)  # type: ignore[arg-type]
        self.members: list[Member] = []

    def add_file(self, source: Path, name: str, *, compress: bool, tick: Tick | None = None) -> Member:
        info = zipfile.ZipInfo.from_file(source, name)
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        digest = hashlib.sha256()
        size = 0
        with open(source, "rb") as handle, self._zip.open(info, "w", force_zip64=info.file_size > 1 << 30) as out:
            for block in iter(lambda: handle.read(_BLOCK), b""):
                digest.update(block)
                out.write(block)
                size += len(block)
                if tick:
                    tick(len(block))
        member = Member(name, size, digest.hexdigest())
        self.members.append(member)
        return member

    def finish(self, manifest: Manifest) -> Path:
        self._zip.writestr(MANIFEST_NAME, manifest.to_json(), compress_type=zipfile.ZIP_DEFLATED)
        self._zip.close()
        if self._seal is not None:
            self._seal.close()
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        return self.temporary

    def commit(self) -> Path:
        os.replace(self.temporary, self.final)
        _sync_folder(self.final.parent)
        return self.final

    def abort(self) -> None:
        for closing in (self._zip.close, self._file.close):   # the zip first, so nothing is left to flush later
            try:
                closing()
            except (OSError, ValueError):
                pass
        self.temporary.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_partials(folder: Path, older_than_seconds: float = 600) -> int:
    """Temporary files of backups that were killed half-way; a running backup renews its file's time."""
    import time

    removed = 0
    for stale in folder.glob(f".*{PARTIAL_SUFFIX}"):
        try:
            if time.time() - stale.stat().st_mtime > older_than_seconds:
                stale.unlink()
                removed += 1
        except OSError:
            continue
    return removed


@dataclass
class OpenedBackup:
    """A backup opened for reading: its manifest and a zip whose members can be read and checked."""
    manifest: Manifest
    archive: zipfile.ZipFile
    encrypted: bool

    def read_member(self, member: Member, out: BinaryIO | None, tick: Tick | None = None) -> None:
        """Stream one member (to ``out`` when given), checking size and SHA-256 against the manifest."""
        digest = hashlib.sha256()
        size = 0
        try:
            with self.archive.open(member.name) as source:
                for block in iter(lambda: source.read(_BLOCK), b""):
                    digest.update(block)
                    size += len(block)
                    if out is not None:
                        out.write(block)
                    if tick:
                        tick(len(block))
        except (zipfile.BadZipFile, KeyError, OSError, EOFError) as exc:
            raise DamagedBackup(QT_TRANSLATE_NOOP("Backup", "备份中的“{name}”无法读出（{reason}），备份已损坏。").format(
                name=member.name, reason=exc.__class__.__name__)) from None
        if size != member.size or digest.hexdigest() != member.sha256:
            raise DamagedBackup(QT_TRANSLATE_NOOP("Backup", "备份中的“{name}”与清单记录的 SHA-256 不符，备份已损坏或被改动。").format(
                name=member.name))

    def extract(self, member: Member, target: Path, tick: Tick | None = None) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "wb") as out:
            self.read_member(member, out, tick)


@contextmanager
def open_backup(path: Path, passphrase: str | None, scratch: Path, tick: Tick | None = None) -> Iterator[OpenedBackup]:
    """Open a backup for reading. A sealed one is first opened into ``scratch`` (a private folder the
    caller removes), which also proves it whole: a cut-off or altered file fails here."""
    try:
        encrypted = is_encrypted(path)
    except OSError as exc:
        raise DamagedBackup(QT_TRANSLATE_NOOP("Backup", "无法读取备份文件“{path}”：{reason}").format(
            path=str(path), reason=exc.strerror or str(exc))) from None
    if encrypted:
        if not passphrase:
            raise PassphraseNeeded(QT_TRANSLATE_NOOP("Backup", "此备份已加密，请提供备份时设定的口令。"))
        plain = scratch / "backup.zip"
        with open(path, "rb") as source, open(plain, "wb") as out:
            private_file(plain)
            for chunk in open_sealed(source, passphrase):
                out.write(chunk)
                if tick:
                    tick(len(chunk))
        zip_path = plain
    else:
        zip_path = path
    try:
        archive = zipfile.ZipFile(zip_path, "r")
    except (zipfile.BadZipFile, OSError, EOFError):
        raise DamagedBackup(QT_TRANSLATE_NOOP(
            "Backup", "“{name}”不是完整的备份文件（可能在写入时中断或已被截断），无法使用。").format(name=path.name)) from None
    try:
        try:
            manifest = read_manifest(archive.read(MANIFEST_NAME))
        except KeyError:
            raise DamagedBackup(QT_TRANSLATE_NOOP("Backup", "“{name}”中没有备份清单，不是档案管理台的完整备份。").format(
                name=path.name)) from None
        except (zipfile.BadZipFile, OSError, EOFError):
            raise DamagedBackup(QT_TRANSLATE_NOOP("Backup", "备份清单无法读出，备份已损坏。")) from None
        except ManifestProblem as exc:
            raise DamagedBackup(str(exc)) from None
        names = {i.filename for i in archive.infolist()} - {MANIFEST_NAME}
        if names != manifest.member_names:
            raise DamagedBackup(QT_TRANSLATE_NOOP("Backup", "备份中的文件与清单不一致（多出或缺少文件），备份已被改动。"))
        yield OpenedBackup(manifest, archive, encrypted)
    finally:
        archive.close()


@contextmanager
def scratch_folder(near: Path) -> Iterator[Path]:
    """A private working folder beside ``near`` (same disk, so renames stay renames), removed afterwards."""
    near.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".archive-desk-work-", dir=near))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
