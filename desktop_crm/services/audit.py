"""The audit trail: every change to archive data is written with who, when, what, old → new."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.store.models import ChangeRecord


def as_text(value: Any) -> str:
    """How a value is written into the trail: dates as ISO, booleans as 是/否, nothing as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class Change:
    field: str
    old: Any
    new: Any


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """The fields whose written form differs, in the order of ``new``."""
    return [Change(k, old.get(k), v) for k, v in new.items() if as_text(old.get(k)) != as_text(v)]


def record(user: ActingUser, entity: str, entity_id: int, action: str,
           changes: list[Change] | None = None, note: str = "") -> None:
    """Write the trail inside the caller's transaction, so it commits or rolls back with the change."""
    rows = [dict(user=user.id, user_name=user.display_name, entity=entity, entity_id=entity_id,
                 action=action, field=c.field, old_value=as_text(c.old), new_value=as_text(c.new), note=note)
            for c in (changes or [])]
    if not rows:
        rows = [dict(user=user.id, user_name=user.display_name, entity=entity, entity_id=entity_id,
                     action=action, note=note)]
    ChangeRecord.insert_many(rows).execute()


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    user_name: str
    action: str
    field: str
    old_value: str
    new_value: str
    note: str


def history(entity: str, entity_id: int) -> list[HistoryEntry]:
    query = (ChangeRecord.select()
             .where((ChangeRecord.entity == entity) & (ChangeRecord.entity_id == entity_id))
             .order_by(ChangeRecord.at.desc(), ChangeRecord.id.desc()))
    return [HistoryEntry(r.at, r.user_name, r.action, r.field, r.old_value, r.new_value, r.note) for r in query]
