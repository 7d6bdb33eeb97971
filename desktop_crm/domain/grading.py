"""客户等级 from the sales figures: A, B, C or D by the thresholds of the settings, compared with the average
monthly sales of the last twelve months (or their sum, when the basis is yearly)."""
from __future__ import annotations

from decimal import Decimal


def sales_figure(twelve_months: Decimal, basis: str) -> Decimal:
    """The figure compared with the thresholds: the monthly average, or the year's sum."""
    return (twelve_months / 12).quantize(Decimal("0.01")) if basis == "monthly" else twelve_months


def grade_for(figure: Decimal, a_min: int, b_min: int, c_min: int) -> str:
    if figure >= a_min:
        return "A"
    if figure >= b_min:
        return "B"
    if figure >= c_min:
        return "C"
    return "D"
