"""Named locks kept in the archive itself, so they hold across processes and workstations (one year-end
close at a time). A holder renews its lock while it works; a lock not renewed for ``STALE`` is taken to
belong to a program that crashed, and may be taken over — at once when that program ran on this computer
and is gone."""
from __future__ import annotations

import os
import re
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from peewee import IntegrityError

from desktop_crm.services.transaction import writing
from desktop_crm.store.models import now
from desktop_crm.store.volume_models import ArchiveLock

STALE = timedelta(minutes=2)


def holder_name(who: str) -> str:
    return f"{who} @ {socket.gethostname()} pid {os.getpid()} #{uuid.uuid4().hex[:6]}"


_HOLDER = re.compile(r" @ (?P<host>.+) pid (?P<pid>\d+) #\w+$")


def _gone(holder: str) -> bool:
    """The holder was a program on this computer that no longer runs (killed, crashed, power cut): its lock
    is free at once instead of after ``STALE``."""
    found = _HOLDER.search(holder)
    if found is None or found["host"] != socket.gethostname() or os.name != "posix":
        return False        # another workstation's, or no safe way to ask here (Windows): wait for STALE
    pid = int(found["pid"])
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)     # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return True
    except PermissionError:
        return False        # alive, another user's
    return False


def _held(row: ArchiveLock | None) -> bool:
    return row is not None and now() - row.renewed_at <= STALE and not _gone(row.holder)


def held_by(name: str) -> str:
    """Who holds ``name`` now ('' when free, stale or its program is gone)."""
    row = ArchiveLock.get_or_none(ArchiveLock.name == name)
    return row.holder if row is not None and _held(row) else ""


def try_acquire(name: str, holder: str) -> str:
    """Take the lock; returns '' on success, else who holds it."""
    try:
        with writing():
            row = ArchiveLock.get_or_none(ArchiveLock.name == name)
            if row is not None and row.holder != holder and _held(row):
                return row.holder
            if row is None:
                ArchiveLock.create(name=name, holder=holder, acquired_at=now(), renewed_at=now())
            else:      # taken over only if nobody took it over between the read and now (two desks at once)
                taken = ArchiveLock.update(holder=holder, acquired_at=now(), renewed_at=now()).where(
                    (ArchiveLock.name == name) & (ArchiveLock.holder == row.holder)
                    & (ArchiveLock.renewed_at == row.renewed_at)).execute()
                if taken != 1:
                    return held_by(name) or "另一程序"
    except IntegrityError:       # another desk created the lock at the same moment (PostgreSQL)
        return held_by(name) or "另一程序"
    return ""


def renew(name: str, holder: str) -> None:
    with writing():
        ArchiveLock.update(renewed_at=now()).where((ArchiveLock.name == name) & (ArchiveLock.holder == holder)).execute()


def release(name: str, holder: str) -> None:
    with writing():
        ArchiveLock.delete().where((ArchiveLock.name == name) & (ArchiveLock.holder == holder)).execute()


@contextmanager
def holding(name: str, holder: str) -> Iterator[None]:
    """Within the block the caller holds ``name`` (the caller took it with :func:`try_acquire`)."""
    try:
        yield
    finally:
        release(name, holder)
