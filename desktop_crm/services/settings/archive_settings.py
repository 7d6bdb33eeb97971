"""Archive-wide settings kept in the archive itself, so every workstation agrees on them."""
from __future__ import annotations

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.permissions import Action, require
from desktop_crm.domain.registration_number import DEFAULT_PREFIXES, check_prefix
from desktop_crm.services import audit
from desktop_crm.store.database import db
from desktop_crm.store.models import Setting


def _key(kind: CustomerKind) -> str:
    return f"number_prefix.{kind.value}"


def number_prefix(kind: CustomerKind) -> str:
    row = Setting.get_or_none(Setting.key == _key(kind))
    return row.value if row else DEFAULT_PREFIXES[kind]


def set_number_prefix(acting: ActingUser, kind: CustomerKind, prefix: str) -> None:
    """New cards of ``kind`` are numbered with ``prefix``; numbers already given never change."""
    require(acting.role, Action.EDIT_CARDS)
    prefix = (prefix or "").strip().upper()
    message = check_prefix(prefix)
    if message:
        raise InvalidInput({"prefix": message})
    other = number_prefix(CustomerKind.INDIVIDUAL if kind == CustomerKind.ENTERPRISE else CustomerKind.ENTERPRISE)
    if prefix == other:
        raise InvalidInput({"prefix": "企业和个人的编号前缀不能相同，否则两个编号序列会混淆。"})
    with db.atomic():
        old = number_prefix(kind)
        Setting.insert(key=_key(kind), value=prefix).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: prefix}).execute()
        audit.record(acting, "setting", 0, "update", [audit.Change(_key(kind), old, prefix)])
