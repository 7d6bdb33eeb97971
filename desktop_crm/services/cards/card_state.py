"""The one place that writes a card's standing: its state (潜在/往来/不良/已清除), credit rating and grade.

Whoever changes them — the rating rule, a custodian's override, the bad-customer desk, clearing and
restoring — comes here, so the card's version is bumped and the change recorded every time. An editor
opened before such a change then cannot silently write the old value back: its save is refused as stale.
Called inside the caller's transaction.
"""
from __future__ import annotations

from typing import Any

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import NotFound
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import audit
from desktop_crm.store.models import Customer, now

STANDING_FIELDS = ("state", "credit_rating", "grade", "importance")


def set_standing(acting: ActingUser, customer_id: int, changes: dict[str, Any], *, action: str,
                 note: str = "") -> dict[str, Any]:
    """Write ``changes`` (a subset of STANDING_FIELDS) to the card; returns what was there before.

    Nothing is written (and the version stays) when every value is already as asked.
    """
    unknown = set(changes) - set(STANDING_FIELDS)
    if unknown:
        raise ValueError(f"not a standing field: {sorted(unknown)}")
    row = (Customer.select(Customer.id, *(getattr(Customer, f) for f in STANDING_FIELDS))
           .where(Customer.id == customer_id).first())
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Cards", "该客户档案卡不存在或已被移除。"))
    before = {f: getattr(row, f) for f in STANDING_FIELDS}
    changed = {f: v for f, v in changes.items() if (before[f] or "") != (v or "")}
    if not changed:
        return before
    (Customer.update(version=Customer.version + 1, updated_at=now(), updated_by=acting.id, **changed)
     .where(Customer.id == customer_id).execute())
    audit.record(acting, "customer", customer_id, action,
                 [audit.Change(f, before[f], v) for f, v in changed.items()], note=note)
    return before
