"""Unfinished cards kept as drafts, so a crash or power cut loses at most a few seconds of typing."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.services.transaction import writing
from desktop_crm.store.models import CardDraft, now


@dataclass(frozen=True)
class Draft:
    id: int
    kind: CustomerKind
    customer_id: int | None
    base_version: int | None
    values: dict[str, Any]
    saved_at: datetime

    @property
    def title(self) -> str:
        return str(self.values.get("name") or "（未填名称）")


def save_draft(acting: ActingUser, kind: CustomerKind, values: dict[str, Any], *, draft_id: int | None = None,
               customer_id: int | None = None, base_version: int | None = None) -> int:
    """Store the editor's raw text as it stands; returns the draft's id for the next autosave."""
    payload = json.dumps(values, ensure_ascii=False, default=str)
    with writing():
        if draft_id is not None:
            updated = (CardDraft.update(payload=payload, saved_at=now())
                       .where((CardDraft.id == draft_id) & (CardDraft.user == acting.id)).execute())
            if updated:
                return draft_id
        row = CardDraft.create(user=acting.id, kind=CustomerKind(kind).value, customer_id=customer_id,
                               base_version=base_version, payload=payload)
        return row.id


def drafts_of(acting: ActingUser) -> list[Draft]:
    rows = CardDraft.select().where(CardDraft.user == acting.id).order_by(CardDraft.saved_at.desc())
    return [Draft(r.id, CustomerKind(r.kind), r.customer_id, r.base_version, json.loads(r.payload), r.saved_at)
            for r in rows]


def discard_draft(acting: ActingUser, draft_id: int) -> None:
    with writing():
        CardDraft.delete().where((CardDraft.id == draft_id) & (CardDraft.user == acting.id)).execute()
