"""客户构成分析, the arithmetic: shares of a whole that add up to exactly 100 %, and the months of a period.

Shares are rounded to 0.1 % by the largest remainder, so the printed column always sums to 100.0 % while
each share is as close to its true value as the rounding allows."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP

ZERO = Decimal("0")
TENTH = Decimal("0.1")


@dataclass(frozen=True)
class Share:
    label: str
    amount: Decimal
    count: int                 # customers (or records) behind the amount
    percent: Decimal           # of the whole, to 0.1


def shares(parts: dict[str, tuple[Decimal, int]], keep: int | None = None, rest_label: str = "其他") -> tuple[Share, ...]:
    """The parts, largest first, each with its share of the whole; beyond ``keep`` parts the rest are summed
    into one ``rest_label`` line. Shares sum to exactly 100.0 when the whole is not zero."""
    ordered = sorted(parts.items(), key=lambda kv: (-kv[1][0], kv[0]))
    if keep is not None and len(ordered) > keep:
        rest = ordered[keep:]
        ordered = ordered[:keep] + [(rest_label, (sum((a for _, (a, _) in rest), ZERO), sum(c for _, (_, c) in rest)))]
    whole = sum((amount for _, (amount, _) in ordered), ZERO)
    if whole <= 0:
        return tuple(Share(label, amount, count, ZERO) for label, (amount, count) in ordered)
    exact = [amount * 1000 / whole for _, (amount, _) in ordered]          # in tenths of a percent
    floors = [e.to_integral_value(rounding=ROUND_DOWN) for e in exact]
    left = 1000 - int(sum(floors))
    for index in sorted(range(len(exact)), key=lambda i: exact[i] - floors[i], reverse=True)[:left]:
        floors[index] += 1
    return tuple(Share(label, amount, count, (floors[i] * TENTH).quantize(TENTH))
                 for i, (label, (amount, count)) in enumerate(ordered))


@dataclass(frozen=True)
class Period:
    first: date                # the first day of the first month
    last: date                 # the last day of the last month

    @property
    def months(self) -> list[str]:
        found, year, month = [], self.first.year, self.first.month
        while (year, month) <= (self.last.year, self.last.month):
            found.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found

    @property
    def label(self) -> str:
        return f"{self.first:%Y-%m}" if self.first.month == self.last.month and self.first.year == self.last.year \
            else f"{self.first:%Y-%m} 至 {self.last:%Y-%m}"


_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


def _month(text: str, field: str) -> tuple[int, int]:
    match = _MONTH.fullmatch((text or "").strip())
    if not match or not 1 <= int(match[2]) <= 12 or not 1900 <= int(match[1]) <= 2200:
        raise InvalidInput({field: QT_TRANSLATE_NOOP("Analysis", "“{value}”不是有效的月份：请写成 2026-01 这样的年-月。")
                            .format(value=text)})
    return int(match[1]), int(match[2])


def period(start: str, end: str) -> Period:
    """The months from ``start`` to ``end`` (each YYYY-MM), both included, at most ten years."""
    y1, m1 = _month(start, "from")
    y2, m2 = _month(end, "to")
    if (y2, m2) < (y1, m1):
        raise InvalidInput({"to": QT_TRANSLATE_NOOP("Analysis", "截止月份 {end} 早于起始月份 {start}，请对调。")
                            .format(start=start, end=end)})
    if (y2 - y1) * 12 + (m2 - m1) >= 120:
        raise InvalidInput({"to": QT_TRANSLATE_NOOP("Analysis", "分析期间最长十年，请缩短。")})
    following = date(y2 + 1, 1, 1) if m2 == 12 else date(y2, m2 + 1, 1)
    return Period(date(y1, m1, 1), following - timedelta(days=1))
