"""Number series: registered numbers, yearly form numbers: JY-2026-0001 (借阅单), FF-… (发放), XY-/YQ-/TP-… (审批单)."""
from __future__ import annotations

from desktop_crm.store.models import NumberSeries


def next_serial(series: str) -> int:
    """Take the next serial of a series inside the caller's transaction. Serials only count up, so a
    number once given is never given again, even if its record is later withdrawn."""
    NumberSeries.insert(kind=series, next_serial=1).on_conflict_ignore().execute()
    NumberSeries.update(next_serial=NumberSeries.next_serial + 1).where(NumberSeries.kind == series).execute()
    return NumberSeries.get_by_id(series).next_serial - 1


def next_number(prefix: str, year: int) -> str:
    return f"{prefix}-{year}-{next_serial(f'{prefix}.{year}'):04d}"


def reserve_serials(series: str, count: int) -> int:
    """Take ``count`` consecutive serials of a series inside the caller's transaction; returns the first."""
    NumberSeries.insert(kind=series, next_serial=1).on_conflict_ignore().execute()
    NumberSeries.update(next_serial=NumberSeries.next_serial + count).where(NumberSeries.kind == series).execute()
    return NumberSeries.get_by_id(series).next_serial - count
