"""Turning a spreadsheet cell into what the card editor would have been given, or saying why it cannot be.

Excel hands over numbers, dates and text; rosters carry full-width digits, codes stored as numbers (and so
rounded), dates as serial numbers, and formulas. Each gets a message saying what is wrong and what to do;
the card's own rules (``card_values.clean_card``) then check the value exactly as the editor does.
"""
from __future__ import annotations

import math
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from desktop_crm.domain.customer_card import FIELDS_BY_NAME, FieldType
from desktop_crm.domain.import_columns import KIND, KIND_WORDS
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP

# Codes and numbers are compared and validated in ASCII: full-width digits and letters are folded (NFKC).
CODE_TYPES = {FieldType.USCC, FieldType.ID_NUMBER, FieldType.PHONE}
CODE_FIELDS = {"bank_account"}
_EXCEL_EPOCH = date(1899, 12, 30)        # Excel's day 0 (it counts 1900 as a leap year; from March 1900 on this holds)
_LONGEST_EXACT = 15                      # Excel keeps 15 significant digits of a number


class CellProblem(ValueError):
    """``str()`` is the message for this cell."""


def _number_text(value: float | int, label: str) -> str:
    """A number Excel stored for a code or phone number, as the digits it stands for."""
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CellProblem(QT_TRANSLATE_NOOP("Import", "{label}不是有效的号码。").format(label=label))
        if value != int(value) or len(str(int(value))) > _LONGEST_EXACT:
            raise CellProblem(QT_TRANSLATE_NOOP(
                "Import", "{label}被 Excel 存成了数字，末几位已丢失。请把这一列设为“文本”格式，重新填写号码后再导入。"
            ).format(label=label))
        value = int(value)
    return str(value)


def _excel_date(value: float | int, label: str) -> date:
    if isinstance(value, float) and not math.isfinite(value):
        raise CellProblem(QT_TRANSLATE_NOOP("Import", "{label}不是有效日期。").format(label=label))
    if not 1 <= value <= 2958465:                   # 1900-01-01 … 9999-12-31
        raise CellProblem(QT_TRANSLATE_NOOP("Import", "{label}“{value}”不是有效日期，请按 2024-03-15 的格式填写。").format(
            label=label, value=value))
    return _EXCEL_EPOCH + timedelta(days=int(value))


def _money(value: Any, label: str) -> str:
    try:
        number = Decimal(str(value).strip().replace(",", "").replace("，", ""))
    except ArithmeticError:
        raise CellProblem(QT_TRANSLATE_NOOP("Import", "{label}应填数字，现为“{value}”。").format(label=label, value=value)) from None
    if not number.is_finite():
        raise CellProblem(QT_TRANSLATE_NOOP("Import", "{label}“{value}”不是有限的数字。").format(label=label, value=value))
    return str(number)


def cell_value(field: str, value: Any) -> Any:
    """The raw value of ``field`` for the card rules, from a cell's value (None when empty)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if field == KIND:
        word = unicodedata.normalize("NFKC", str(value)).strip()
        if word not in KIND_WORDS:
            raise CellProblem(QT_TRANSLATE_NOOP("Import", "“{value}”不能说明是企业还是个人：请填“企业”或“个人”。").format(value=value))
        return KIND_WORDS[word]
    spec = FIELDS_BY_NAME[field]
    label = spec.label
    if isinstance(value, bool) and spec.type != FieldType.BOOL:
        value = "是" if value else "否"
    if spec.type in CODE_TYPES or field in CODE_FIELDS:
        if isinstance(value, (int, float)):
            return _number_text(value, label)
        text = unicodedata.normalize("NFKC", str(value)).strip().replace(" ", "")
        return text.upper() if spec.type in (FieldType.USCC, FieldType.ID_NUMBER) else text
    if spec.type == FieldType.DATE:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, (int, float)):
            return _excel_date(value, label)
        return unicodedata.normalize("NFKC", str(value)).strip()
    if spec.type == FieldType.INT:
        if isinstance(value, float):
            if not math.isfinite(value) or value != int(value) or abs(value) > 1e9:
                raise CellProblem(QT_TRANSLATE_NOOP("Import", "{label}应填整数，现为“{value}”。").format(label=label, value=value))
            return int(value)
        return unicodedata.normalize("NFKC", str(value)).strip()
    if spec.type == FieldType.MONEY:
        return _money(value, label)
    if spec.type == FieldType.BOOL:
        if isinstance(value, (int, float)):
            return bool(value)
        word = str(value).strip().upper()
        if word in ("是", "Y", "YES", "TRUE", "1", "√"):
            return True
        if word in ("否", "N", "NO", "FALSE", "0", "×", ""):
            return False
        raise CellProblem(QT_TRANSLATE_NOOP("Import", "{label}请填“是”或“否”，现为“{value}”。").format(label=label, value=value))
    if spec.type == FieldType.CHOICE:
        text = str(value).strip()
        return text.upper() if field == "grade" else text
    if isinstance(value, float) and value == int(value):
        value = int(value)
    return str(value).strip()


def shown(value: Any) -> str:
    """A cell's value as the problem list shows it."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, float) and math.isfinite(value) and value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return str(value)[:60]
