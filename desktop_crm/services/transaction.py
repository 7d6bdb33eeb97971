"""Every write to the archive goes through :func:`writing`: one transaction that takes the write lock
first (SQLite ``BEGIN IMMEDIATE``), so a second writer waits its turn instead of failing half-way, and
a lock that stays taken is reported as what it is, not as a damaged archive."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from peewee import InterfaceError, OperationalError

from desktop_crm.domain.errors import ArchiveBusy
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.store.database import db, is_sqlite

BUSY = QT_TRANSLATE_NOOP("Services", "另一台工作站或程序正在写入档案库，请稍后重试；已保存的内容没有改变。")
_BUSY_WORDS = ("database is locked", "database table is locked", "busy", "deadlock detected",
               "could not serialize", "lock timeout", "canceling statement due to lock timeout")


def is_busy(error: Exception) -> bool:
    text = str(error).lower()
    return any(word in text for word in _BUSY_WORDS)


@contextmanager
def writing() -> Iterator[None]:
    """One write transaction (or a savepoint inside one already open)."""
    database = db.obj
    outermost = not database.in_transaction()
    context = database.atomic("IMMEDIATE") if outermost and is_sqlite() else database.atomic()
    try:
        with context:
            yield
    except (OperationalError, InterfaceError) as exc:
        if outermost and is_busy(exc):
            raise ArchiveBusy(BUSY) from exc
        raise
