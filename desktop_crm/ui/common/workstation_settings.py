"""The one registry of per-workstation settings (window geometry, last filters), with typed defaults."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def get(self) -> T:
        value = QSettings().value(self.key, self.default)
        if isinstance(self.default, bool):
            return value in (True, "true", "1", 1)   # QSettings' INI backend returns strings
        if isinstance(self.default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return self.default
        return value

    def set(self, value: T) -> None:
        QSettings().setValue(self.key, value)


AUTOSAVE_SECONDS = Setting("editor/autosave_seconds", 5)
SEARCH_DELAY_MS = Setting("main/search_delay_ms", 120)
LAST_USERNAME = Setting("login/last_username", "")
INCLUDE_CLEARED = Setting("main/include_cleared", False)


def geometry(name: str) -> Setting[object]:
    return Setting(f"geometry/{name}", None)


def column_widths(name: str) -> Setting[object]:
    """The header state (column widths) of one list, as last resized by hand."""
    return Setting(f"columns/{name}", None)
LAST_BACKUP_FOLDER = Setting("backup/last_folder", "")
LAST_EXCHANGE_FOLDER = Setting("exchange/last_folder", "")
