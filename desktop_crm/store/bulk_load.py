"""Loading many customer rows at once (demo archives, imports) without one round trip per row.

On SQLite the rows go through ``executemany`` on the raw connection (several times faster than
peewee's ``insert_many``), and the search-index triggers index them as they land.
"""
from __future__ import annotations

from collections.abc import Iterable

from desktop_crm.store.database import db, is_sqlite
from desktop_crm.store.models import ChangeRecord, Customer, NumberSeries

CUSTOMER_COLUMNS = [f.column_name for f in Customer._meta.sorted_fields if f.name != "id"]
_AUDIT_COLUMNS = ["at", "user_id", "user_name", "entity", "entity_id", "action", "field", "old_value",
                  "new_value", "note"]


def reserve_serials(kind: str, count: int) -> int:
    """Take ``count`` consecutive serials of a series inside the caller's transaction; returns the first."""
    NumberSeries.insert(kind=kind, next_serial=1).on_conflict_ignore().execute()
    NumberSeries.update(next_serial=NumberSeries.next_serial + count).where(NumberSeries.kind == kind).execute()
    return NumberSeries.get_by_id(kind).next_serial - count


def insert_customers(rows: Iterable[tuple]) -> tuple[int, int]:
    """Insert rows whose values follow ``CUSTOMER_COLUMNS``; returns the (first, last) new id."""
    rows = list(rows)
    if not rows:
        return (0, 0)
    before = Customer.select(Customer.id).order_by(Customer.id.desc()).scalar() or 0
    if is_sqlite():
        placeholders = ", ".join("?" * len(CUSTOMER_COLUMNS))
        sql = f'INSERT INTO customer ({", ".join(CUSTOMER_COLUMNS)}) VALUES ({placeholders})'
        db.connection().executemany(sql, rows)
    else:
        fields = [Customer._meta.columns[c] for c in CUSTOMER_COLUMNS]
        for start in range(0, len(rows), 1000):
            Customer.insert_many(rows[start:start + 1000], fields=fields).execute()
    after = Customer.select(Customer.id).order_by(Customer.id.desc()).scalar()
    return before + 1, after


def insert_audit(rows: Iterable[tuple]) -> None:
    """Audit rows following ``_AUDIT_COLUMNS``, in the caller's transaction."""
    rows = list(rows)
    if is_sqlite():
        sql = (f'INSERT INTO changerecord ({", ".join(_AUDIT_COLUMNS)}) '
               f'VALUES ({", ".join("?" * len(_AUDIT_COLUMNS))})')
        db.connection().executemany(sql, rows)
    else:
        fields = [ChangeRecord._meta.columns[c] for c in _AUDIT_COLUMNS]
        for start in range(0, len(rows), 1000):
            ChangeRecord.insert_many(rows[start:start + 1000], fields=fields).execute()
