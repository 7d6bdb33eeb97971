"""Named locks kept in the archive itself, so they hold across processes and workstations (one year-end
close at a time). A holder renews its lock while it works; a lock not renewed for ``STALE`` is taken to
belong to a program that crashed, and may be taken over."""
from __future__ import annotations

import os
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


def held_by(name: str) -> str:
    """Who holds ``name`` now ('' when free or stale)."""
    row = ArchiveLock.get_or_none(ArchiveLock.name == name)
    if row is None or now() - row.renewed_at > STALE:
        return ""
    return row.holder


def try_acquire(name: str, holder: str) -> str:
    """Take the lock; returns '' on success, else who holds it."""
    try:
        with writing():
            row = ArchiveLock.get_or_none(ArchiveLock.name == name)
            if row is not None and row.holder != holder and now() - row.renewed_at <= STALE:
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
