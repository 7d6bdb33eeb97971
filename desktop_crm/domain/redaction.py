"""What a colleague may receive of a customer's card in a hand-out (发放) — one function for every output.

业务员 receive only the unit's name and the contact's name and title; 客户服务 (and the managers) receive the
whole card, to be handed back by a recall date. The custodian keeps the archive and needs no hand-out.
"""
from __future__ import annotations

from typing import Any

from desktop_crm.domain.customer_card import FIELDS_BY_NAME, CustomerKind, fields_for
from desktop_crm.domain.errors import PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP

SALES_FIELDS = ("name", "contact_name", "contact_title")
SALES_LABELS = {"name": "单位名称", "contact_name": "联系人姓名", "contact_title": "联系人职务"}
FULL_RECIPIENTS = {Role.CUSTOMER_SERVICE, Role.MANAGER, Role.BUSINESS_MANAGER}


def needs_recall(role: Role) -> bool:
    """A full copy must come back by a recall date; the three contact fields need not."""
    return role in FULL_RECIPIENTS


def allowed_fields(role: Role, kind: CustomerKind) -> tuple[str, ...]:
    if role == Role.SALES:
        return SALES_FIELDS
    if role in FULL_RECIPIENTS:
        return ("number",) + tuple(f.name for f in fields_for(kind))
    raise PermissionDenied(QT_TRANSLATE_NOOP("Handout", "{label}直接查阅档案，不需要也不能接收客户资料的发放。").format(label=role.label))


def redact(role: Role, kind: CustomerKind, number: str, values: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, text) pairs of exactly the fields ``role`` may receive, in card order."""
    rows = []
    for name in allowed_fields(role, kind):
        if name == "number":
            rows.append(("登记编号", number))
            continue
        label = SALES_LABELS[name] if role == Role.SALES else FIELDS_BY_NAME[name].label
        value = values.get(name)
        if isinstance(value, bool):
            text = "是" if value else "否"
        elif hasattr(value, "isoformat"):
            text = value.isoformat()
        else:
            text = "" if value is None else str(value)
        rows.append((label, text))
    return rows
