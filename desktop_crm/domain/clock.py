"""The one clock of the archive: what day and time it is.

Everything that needs "today" asks here, so a test (or a benchmark replaying a year) sets the date once
instead of passing ``today=`` through every call.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta

_offset = timedelta(0)               # moved_to(): the clock keeps running, shifted to another day
_frozen_at: datetime | None = None   # frozen(): the clock stands still


def now() -> datetime:
    """The current local time, to the second (as records are stamped)."""
    if _frozen_at is not None:
        return _frozen_at
    return (datetime.now() + _offset).replace(microsecond=0)


def today() -> date:
    return now().date()


@contextmanager
def frozen(at: datetime | date) -> Iterator[None]:
    """Within the block, :func:`now` and :func:`today` answer ``at`` (midday when a date is given)."""
    global _frozen_at
    before = _frozen_at
    _frozen_at = at if isinstance(at, datetime) else datetime.combine(at, datetime.min.time()).replace(hour=12)
    try:
        yield
    finally:
        _frozen_at = before


@contextmanager
def moved_to(day: date) -> Iterator[None]:
    """Within the block the clock runs as usual but on ``day`` (time of day and its passing are real)."""
    global _offset
    before = _offset
    real = datetime.now()
    _offset = datetime.combine(day, real.time()) - real
    try:
        yield
    finally:
        _offset = before
