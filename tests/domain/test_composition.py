"""Shares of a whole add up to exactly 100.0 % however the amounts fall; periods are whole months."""
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.domain.composition import period, shares
from desktop_crm.domain.errors import InvalidInput


@settings(max_examples=300, deadline=None)
@given(st.lists(st.decimals(min_value=0, max_value=10 ** 9, places=2), min_size=1, max_size=30))
def test_shares_always_sum_to_a_hundred(amounts):
    found = shares({f"第{i}项": (a, 1) for i, a in enumerate(amounts)}, keep=10)
    if sum(amounts) > 0:
        assert sum(s.percent for s in found) == Decimal("100.0")
        assert all(abs(s.percent - s.amount * 100 / sum(amounts)) <= Decimal("0.1") for s in found)
    assert sum(s.amount for s in found) == sum(amounts)                 # the rest is summed, nothing dropped


def test_three_equal_thirds_round_to_a_hundred():
    thirds = shares({"甲": (Decimal(1), 1), "乙": (Decimal(1), 1), "丙": (Decimal(1), 1)})
    assert sorted(s.percent for s in thirds) == [Decimal("33.3"), Decimal("33.3"), Decimal("33.4")]


def test_a_period_is_whole_months_and_bad_months_are_refused():
    span = period("2025-11", "2026-02")
    assert (span.first, span.last) == (date(2025, 11, 1), date(2026, 2, 28))
    assert span.months == ["2025-11", "2025-12", "2026-01", "2026-02"]
    for start, end, words in (("2026-13", "2026-12", "不是有效的月份"), ("2026-05", "2026-01", "早于起始月份"),
                              ("2010-01", "2026-01", "最长十年"), ("2026/01", "2026-02", "不是有效的月份")):
        with pytest.raises(InvalidInput, match=words):
            period(start, end)
