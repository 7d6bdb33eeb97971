"""The one registry of per-workstation settings (window geometry, last filters, language), typed, with defaults.

They are kept per archive: in ``workstation/<computer>.ini`` inside the archive's data directory once
:func:`keep_beside` has named it (``--data-dir`` on a shared folder still gives each computer its own file),
otherwise in Qt's usual place for the user.
"""
from __future__ import annotations

import re
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T")
_file: list[Path] = []          # the archive's settings file, once known


def keep_beside(data_dir: Path) -> Path:
    """Keep this workstation's settings with the archive in ``data_dir``; returns the file used."""
    computer = re.sub(r"[^A-Za-z0-9_.-]", "_", socket.gethostname()) or "workstation"
    path = Path(data_dir) / "workstation" / f"{computer}.ini"
    _file[:] = [path]
    return path


def _store() -> QSettings:
    if _file:
        return QSettings(str(_file[0]), QSettings.Format.IniFormat)
    return QSettings()


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def get(self) -> T:
        value = _store().value(self.key, self.default)
        if isinstance(self.default, bool):
            return value in (True, "true", "1", 1)   # QSettings' INI backend returns strings
        if isinstance(self.default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return self.default
        return value

    def set(self, value: T) -> None:
        _store().setValue(self.key, value)


AUTOSAVE_SECONDS = Setting("editor/autosave_seconds", 5)
SEARCH_DELAY_MS = Setting("main/search_delay_ms", 120)
LAST_USERNAME = Setting("login/last_username", "")
INCLUDE_CLEARED = Setting("main/include_cleared", False)
LANGUAGE = Setting("ui/language", "")       # "" until chosen under 帮助 → 语言; then zh_CN or en


def geometry(name: str) -> Setting[object]:
    return Setting(f"geometry/{name}", None)


def column_widths(name: str) -> Setting[object]:
    """The header state (column widths) of one list, as last resized by hand."""
    return Setting(f"columns/{name}", None)
LAST_BACKUP_FOLDER = Setting("backup/last_folder", "")
LAST_EXCHANGE_FOLDER = Setting("exchange/last_folder", "")
