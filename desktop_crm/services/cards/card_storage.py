"""How a card's values are laid out in the customer table: columns, JSON details, derived keys."""
from __future__ import annotations

import json
from typing import Any

from desktop_crm.domain.customer_card import COLUMN_FIELDS, DETAIL_FIELDS, CustomerKind, FieldType
from desktop_crm.domain.name_matching import name_core
from desktop_crm.domain.pinyin_keys import initials, sort_key
from desktop_crm.store import search_index
from desktop_crm.store.models import Customer


def _column_value(spec, value):
    if value is None and spec.type not in (FieldType.DATE, FieldType.INT):
        return False if spec.type == FieldType.BOOL else ""
    return value


def row_values(row: Customer) -> dict[str, Any]:
    kind = CustomerKind(row.kind)
    details = json.loads(row.details or "{}")
    values: dict[str, Any] = {}
    for spec in COLUMN_FIELDS + DETAIL_FIELDS:
        if not spec.applies_to(kind):
            continue
        value = getattr(row, spec.name) if spec.column else details.get(spec.name)
        values[spec.name] = None if value == "" else value
    return values


def derived(values: dict[str, Any], number: str, pinyin: tuple[str, str] | None = None) -> dict[str, Any]:
    """Columns computed from the card: pinyin sort key, initials, name core and the search text.

    ``pinyin`` is the (sort key, initials) pair when the caller already has it (bulk loads).
    """
    name = values["name"]
    key, abbreviation = pinyin or (sort_key(name), initials(name))
    text = search_index.search_text_for(
        name, number, values.get("uscc") or "", values.get("id_number") or "", values.get("phone") or "",
        values.get("mobile") or "", values.get("tax_phone") or "", values.get("contact_name") or "", abbreviation)
    return {"name_sort": key, "initials": abbreviation, "name_core": name_core(name),
            "search_text": text}


def storage(values: dict[str, Any]) -> dict[str, Any]:
    """Column values plus the JSON details, as written to the customer table."""
    stored = {s.name: _column_value(s, values.get(s.name)) for s in COLUMN_FIELDS}
    details = {s.name: values[s.name] for s in DETAIL_FIELDS if values.get(s.name) not in (None, "")}
    stored["details"] = json.dumps(details, ensure_ascii=False, sort_keys=True)
    return stored
