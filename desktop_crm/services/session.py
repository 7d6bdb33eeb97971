"""Opening the archive for this process — the one composition used by the command line and the window.

Where the archive lives (``--db`` / ``--data-dir`` or the user data directory), opening and upgrading
the database, telling the scan store where its files are, and closing again.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text
from desktop_crm.store import scan_files
from desktop_crm.store.database import close_database, db, is_url, open_database
from desktop_crm.store.network_share import on_network_share


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("ArchiveDesk", appauthor=False))


@dataclass(frozen=True)
class ArchiveLocation:
    """The database (a file path or a postgresql:// URL) and the folder of the archive's own files."""
    database: str
    data_dir: Path

    @property
    def is_file(self) -> bool:
        return not is_url(self.database)

    @property
    def scans(self) -> Path:
        return self.data_dir / "scans"


def locate(db_option: str | None = None, data_dir_option: str | Path | None = None) -> ArchiveLocation:
    """``--db`` as given, else ``archive.sqlite3`` in the data directory. The data directory is
    ``--data-dir``, else the folder of an ``--db`` file, else the user data directory."""
    if data_dir_option:
        data_dir = Path(data_dir_option).expanduser()
    elif db_option and not is_url(db_option):
        data_dir = Path(db_option).expanduser().resolve().parent
    else:
        data_dir = default_data_dir()
    database = db_option or str(data_dir / "archive.sqlite3")
    return ArchiveLocation(str(database), data_dir)


SHARE_WARNING = QT_TRANSLATE_NOOP(
    "Session", "档案库文件“{path}”位于网络共享文件夹上：SQLite 在网络共享上无法可靠加锁，多台电脑同时使用可能损坏档案库。"
    "请把档案库放在本机硬盘上；需要多台工作站共用时，请改用 PostgreSQL（--db postgresql://…）。")


def share_warning(location: ArchiveLocation) -> Text | None:
    """The warning to show when an SQLite archive lies on a network share, else None."""
    if location.is_file and on_network_share(location.database):
        return SHARE_WARNING.format(path=location.database)
    return None


def open_archive(location: ArchiveLocation, *, upgrade: bool = True) -> None:
    """Open (and, unless ``upgrade`` is False, bring up to date) the archive at ``location``."""
    open_database(location.database, upgrade=upgrade)
    if location.is_file:
        _private_folder(location.data_dir, holds_database=Path(location.database).name == "archive.sqlite3")
    scan_files.configure(location.scans)


def _private_folder(data_dir: Path, holds_database: bool) -> None:
    """The data directory and its scan store private to the user (POSIX 0700): the scans are the archive's
    papers. A folder named only through ``--db`` (say, Documents) is left as it is; its scans are not."""
    if os.name != "posix":
        return
    folders = [data_dir / "scans"] + ([data_dir] if holds_database else [])
    for folder in folders:
        if folder.is_dir() and folder.stat().st_mode & 0o077:
            try:
                os.chmod(folder, 0o700)
            except PermissionError:      # not ours to change (a shared folder): the files stay as they are
                pass


def close_archive() -> None:
    close_database()


def release_thread_connection() -> None:
    """Close the calling thread's database connection; a worker thread calls this when it is done."""
    db.close()
