"""Amounts of money as typed: to the fen, finite, not negative, with a Chinese message when not."""
from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP

CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("1e12")        # a trillion yuan: past any customer's debt, within every column


class NotAnAmount(ValueError):
    """``args[0]`` is the marked message saying what is wrong with the amount."""


def decimal_amount(raw: object, label: object, *, allow_zero: bool = False, maximum: Decimal = MAX_AMOUNT) -> Decimal:
    """``raw`` as an amount to the fen: digits (full-width too), thousands commas, at most two decimals,
    finite, not negative (and above zero unless ``allow_zero``), at most ``maximum``."""
    text = unicodedata.normalize("NFKC", str(raw)).replace(",", "").replace("，", "").strip()
    try:
        value = Decimal(text) if text.isascii() else Decimal("NaN")
    except (InvalidOperation, ValueError):
        value = Decimal("NaN")
    if not value.is_finite():
        raise NotAnAmount(QT_TRANSLATE_NOOP("Money", "{label}应填金额数字，现为“{raw}”。").format(label=label, raw=raw))
    if value < 0 and allow_zero:
        raise NotAnAmount(QT_TRANSLATE_NOOP("Money", "{label}不能为负数。").format(label=label))
    if value <= 0 and not allow_zero:
        raise NotAnAmount(QT_TRANSLATE_NOOP("Money", "{label}应大于零。").format(label=label))
    if value > maximum:
        raise NotAnAmount(QT_TRANSLATE_NOOP("Money", "{label}“{raw}”大得不合理：最多 {limit}。").format(
            label=label, raw=raw, limit=f"{maximum:,.0f}"))
    if value != value.quantize(CENT):
        raise NotAnAmount(QT_TRANSLATE_NOOP("Money", "{label}“{raw}”最多两位小数（到分）。").format(label=label, raw=raw))
    return value.quantize(CENT)


def parse_amount(raw: object, label: object) -> Decimal:
    """``raw`` as a positive amount to the fen; "1,200" and 1200 both read as 1200.00."""
    try:
        return decimal_amount(raw, label)
    except NotAnAmount as exc:
        raise InvalidInput({"amount": exc.args[0]}) from None


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")
_SECTIONS = ("", "万", "亿", "万亿")


def _section(value: int) -> str:
    """Four digits (0 < value < 10000) in capitals, with 零 standing for inner gaps."""
    text, zero = "", False
    for position in range(3, -1, -1):
        digit = value // 10 ** position % 10
        if digit == 0:
            zero = bool(text)
            continue
        if zero:
            text += "零"
            zero = False
        text += _DIGITS[digit] + _UNITS[position]
    return text


def rmb_upper(amount: Decimal) -> str:
    """人民币大写 of an amount, as written on financial forms: 1200.50 → 壹仟贰佰元伍角."""
    value = Decimal(amount).quantize(CENT)
    if value < 0:
        return "负" + rmb_upper(-value)
    fen_total = int(value * 100)
    yuan, jiao, fen = fen_total // 100, fen_total // 10 % 10, fen_total % 10
    if yuan >= 10 ** 16:
        raise ValueError("amount too large")
    parts, index, pending_zero = [], 0, False
    while yuan:
        yuan, section = divmod(yuan, 10000)
        if section:
            text = _section(section) + _SECTIONS[index]
            if pending_zero:
                text += "零"
            parts.append(text)
            pending_zero = section < 1000 and yuan > 0
        else:
            pending_zero = bool(parts)
        index += 1
    integer = "".join(reversed(parts)).replace("零零", "零").rstrip("零")
    if not integer and not (jiao or fen):
        return "零元整"
    text = integer + "元" if integer else ""
    if not jiao and not fen:
        return text + "整"
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif integer:
        text += "零"
    if fen:
        text += _DIGITS[fen] + "分"
    return text


def figures(amount: Decimal) -> str:
    """An amount in figures, the one way printed forms write it: ¥5,000,000.00."""
    return f"¥{Decimal(amount).quantize(CENT):,.2f}"


def figures_and_upper(amount: Decimal) -> str:
    return f"{figures(amount)}（人民币{rmb_upper(amount)}）"
