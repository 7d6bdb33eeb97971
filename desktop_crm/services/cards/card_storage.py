"""How a card's values are laid out in the customer table: columns, JSON details, derived keys."""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.customer_card import COLUMN_FIELDS, DETAIL_FIELDS, CustomerKind, FieldType, fields_for
from desktop_crm.domain.name_matching import name_core
from desktop_crm.domain.pinyin_keys import initials, sort_key
from desktop_crm.store import name_ranks, search_index
from desktop_crm.store.bulk_load import CUSTOMER_COLUMNS
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
        if not spec.column and spec.type == FieldType.DATE and isinstance(value, str) and value:
            value = date.fromisoformat(value)      # details keep dates as ISO text
        values[spec.name] = None if value == "" else value
    return values


def derived(values: dict[str, Any], number: str, pinyin: tuple[str, str] | None = None) -> dict[str, Any]:
    """Columns computed from the card: pinyin sort key, initials, name core and the search text.

    ``pinyin`` is the (sort key, initials) pair when the caller already has it (bulk loads).
    """
    name = values["name"]
    key, abbreviation = pinyin or (sort_key(name), initials(name))
    phones = (values.get("phone") or "", values.get("mobile") or "", values.get("tax_phone") or "")
    text = search_index.search_text_for(
        name, number, values.get("uscc") or "", values.get("id_number") or "", *phones,
        values.get("contact_name") or "", abbreviation, name_sort=key, phones=phones)
    return {"name_sort": key, "initials": abbreviation, "name_core": name_core(name),
            "search_text": text}


def keyed(values: dict[str, Any], number: str, customer_id: int | None = None,
          old_name_sort: str | None = None) -> dict[str, Any]:
    """The derived columns, and a new place in pinyin order when the name's key is new or changed (inside the
    caller's transaction: the rank is taken between the neighbours as they are now)."""
    keys = derived(values, number)
    if keys["name_sort"] != old_name_sort:
        keys["name_rank"] = name_ranks.rank_for(keys["name_sort"], customer_id)
    return keys


def storage(values: dict[str, Any]) -> dict[str, Any]:
    """Column values plus the JSON details, as written to the customer table."""
    stored = {s.name: _column_value(s, values.get(s.name)) for s in COLUMN_FIELDS}
    details = {s.name: values[s.name].isoformat() if isinstance(values[s.name], date) else values[s.name]
               for s in DETAIL_FIELDS if values.get(s.name) not in (None, "")}
    stored["details"] = json.dumps(details, ensure_ascii=False, sort_keys=True)
    return stored


_FIELD_NAMES = {kind: tuple(f.name for f in fields_for(kind)) for kind in CustomerKind}


def bulk_row(kind: CustomerKind, number: str, values: dict[str, Any], acting: ActingUser, stamp: datetime,
             sqlite: bool, pinyin: tuple[str, str] | None = None) -> tuple:
    """A new card as one row of ``CUSTOMER_COLUMNS``, for loading many at once (imports, demo archives)."""
    full = {name: values.get(name) for name in _FIELD_NAMES[kind]}
    record = {"kind": kind.value, "number": number, "version": 1, "created_at": stamp, "updated_at": stamp,
              "reviewed_on": stamp.date(),           # registered today: the first full review falls a cycle later
              "name_rank": 0,                        # ranked with the whole load (search_index.bulk_insert)
              "created_by_id": acting.id, "updated_by_id": acting.id,
              **storage(full), **derived(full, number, pinyin)}
    if sqlite:  # the raw connection takes ISO text, as peewee writes dates
        record = {k: (v.isoformat(sep=" ") if isinstance(v, datetime) else
                      v.isoformat() if isinstance(v, date) else v) for k, v in record.items()}
    return tuple(record[c] for c in CUSTOMER_COLUMNS)
