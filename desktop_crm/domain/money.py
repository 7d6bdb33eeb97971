"""Amounts of money as typed: to the fen, positive, with a Chinese message when not."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from desktop_crm.domain.errors import InvalidInput

CENT = Decimal("0.01")


def parse_amount(raw, label: str) -> Decimal:
    """``raw`` as a positive amount rounded to the fen; "1,200" and 1200 both read as 1200.00."""
    try:
        value = Decimal(str(raw).replace(",", "").strip()).quantize(CENT)
    except (InvalidOperation, ValueError):
        raise InvalidInput({"amount": f"{label}应填金额数字，现为“{raw}”。"}) from None
    if value <= 0:
        raise InvalidInput({"amount": f"{label}应大于零。"})
    return value
