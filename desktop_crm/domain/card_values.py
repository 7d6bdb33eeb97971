"""Turning what was typed into a card's typed values, with a Chinese message for every problem."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from desktop_crm.domain import clock
from desktop_crm.domain.customer_card import FIELDS_BY_NAME, CustomerKind, FieldSpec, FieldType, fields_for
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.money import NotAnAmount, decimal_amount
from desktop_crm.domain.text_input import clean_text
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.domain.validators import (
    normalize_phone,
    validate_card_dates,
    validate_id_number,
    validate_phone,
    validate_uscc,
)

MAX_INT = 10**9                      # people, route stops: nothing on a card counts past a billion
MAX_MONEY = Decimal("1e12")           # 万元 or 元, far beyond any customer's turnover


def parse_paper_date(text: str) -> date:
    """Accept 2019-05-01, 2019/5/1, 2019.5.1 and 20190501 — the ways dates are written on paper forms."""
    t = text.strip().replace("/", "-").replace(".", "-").replace("年", "-").replace("月", "-").rstrip("日")
    if t.isdigit() and len(t) == 8:
        return date(int(t[:4]), int(t[4:6]), int(t[6:]))
    y, m, d = (int(p) for p in t.split("-"))
    return date(y, m, d)


def _convert(spec: FieldSpec, raw: Any) -> Any:
    """Typed value of one field, or raise ValueError with the message to show."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return False if spec.type == FieldType.BOOL else None
    if spec.type == FieldType.BOOL:
        return bool(raw) if not isinstance(raw, str) else raw.strip() in {"1", "true", "是", "True"}
    if spec.type == FieldType.DATE:
        if isinstance(raw, date):
            return raw
        try:
            return parse_paper_date(str(raw))
        except (ValueError, TypeError, OverflowError):
            raise ValueError(QT_TRANSLATE_NOOP("Card", "{label}“{raw}”不是有效日期，请按 2024-03-15 的格式填写。").format(label=spec.label, raw=raw)) from None
    if spec.type == FieldType.INT:
        text = str(raw).strip()
        if not text.isascii() or not text.lstrip("-").isdigit() or len(text) > 10:
            raise ValueError(QT_TRANSLATE_NOOP("Card", "{label}应填整数，现为“{raw}”。").format(label=spec.label, raw=raw))
        number = int(text)
        if number < 0:
            raise ValueError(QT_TRANSLATE_NOOP("Card", "{label}不能为负数。").format(label=spec.label))
        if number > MAX_INT:
            raise ValueError(QT_TRANSLATE_NOOP("Card", "{label}“{raw}”大得不合理，请核对。").format(label=spec.label, raw=raw))
        return number
    if spec.type == FieldType.MONEY:
        try:
            return str(decimal_amount(raw, spec.label, allow_zero=True, maximum=MAX_MONEY))
        except NotAnAmount as exc:
            raise ValueError(exc.args[0]) from None
    text = clean_text(spec.label, raw)
    if len(text) > spec.max_length:
        raise ValueError(QT_TRANSLATE_NOOP("Card", "{label}过长（{count}字），最多{max_length}字。").format(label=spec.label, count=len(text), max_length=spec.max_length))
    if spec.type == FieldType.CHOICE and text not in spec.choices:
        raise ValueError(QT_TRANSLATE_NOOP("Card", "{label}“{text}”不是可选值，请从 {value} 中选择。").format(label=spec.label, text=text, value='、'.join(spec.choices)))
    if spec.type == FieldType.USCC:
        ok, message = validate_uscc(text)
        if not ok:
            raise ValueError(message)
    if spec.type == FieldType.ID_NUMBER:
        ok, message = validate_id_number(text)
        if not ok:
            raise ValueError(message)
    if spec.type == FieldType.PHONE:
        ok, message = validate_phone(text)
        if not ok:
            raise ValueError(QT_TRANSLATE_NOOP("Card", "{label}：{message}").format(label=spec.label, message=message))
        return normalize_phone(text)
    return text


def clean_card(kind: CustomerKind, raw: dict[str, Any], today: date | None = None) -> dict[str, Any]:
    """Every field of ``kind`` converted and checked; raises :class:`InvalidInput` listing all problems.

    Fields not in ``raw`` come back as empty, so the result is the whole card.
    """
    unknown = set(raw) - set(FIELDS_BY_NAME)
    if unknown:
        raise InvalidInput({name: f"未知字段：{name}" for name in sorted(unknown)})
    problems: dict[str, str] = {}
    values: dict[str, Any] = {}
    for spec in fields_for(kind):
        try:
            values[spec.name] = _convert(spec, raw.get(spec.name))
        except ValueError as exc:
            problems[spec.name] = exc.args[0]   # the marked text, not its Chinese rendering
            continue
        if spec.required and values[spec.name] in (None, ""):
            problems[spec.name] = QT_TRANSLATE_NOOP("Card", "请填写{label}。").format(label=spec.label)
    if not problems:
        problems.update(validate_card_dates(values.get("founded_on"), values.get("trading_since"), today))
        collected = values.get("info_collected_on")
        if collected and collected > (today or clock.today()):
            problems["info_collected_on"] = QT_TRANSLATE_NOOP("Card", "采集日期晚于今天，请核对。")
    if problems:
        raise InvalidInput(problems)
    return values
