from datetime import date, timedelta
from decimal import Decimal as D

from desktop_crm.domain.credit_rules import (
    OpenDebt,
    RatingInputs,
    age,
    allocate,
    bad_by_data,
    bucket_of,
    exposure_warning,
    plan_kept,
    rate,
)
from tests.samples import TEST_TODAY

TODAY = TEST_TODAY


def test_buckets_edges():
    assert [bucket_of(d) for d in (-5, 0, 1, 30, 31, 90, 91, 180, 181, 365, 366)] == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5]


def test_ageing_balance_and_overdue():
    debts = [OpenDebt(1, TODAY + timedelta(days=10), D("100")), OpenDebt(2, TODAY - timedelta(days=45), D("250")),
             OpenDebt(3, TODAY - timedelta(days=400), D("50"))]
    result = age(debts, TODAY)
    assert result.balance == D("400") and result.overdue == D("300") and result.oldest_days == 400
    assert result.buckets == [D("100"), 0, D("250"), 0, 0, D("50")]


def test_repayment_settles_the_earliest_due_first_in_parts():
    debts = [OpenDebt(2, date(2026, 5, 1), D("300")), OpenDebt(1, date(2026, 3, 1), D("200"))]
    assert allocate(D("350"), debts) == [(1, D("200")), (2, D("150"))]


def test_rating_rule_and_its_reason():
    assert rate(RatingInputs(0, D("0"), 5, 0)).rating == "优秀"
    assert rate(RatingInputs(0, D("0"), 1, 0)).rating == "良好"
    assert rate(RatingInputs(45, D("0.1"), 5, 0)).rating == "一般"
    worst = rate(RatingInputs(120, D("0.6"), 5, 0))
    assert worst.rating == "风险" and "120天" in worst.reason


def test_bad_customer_criteria_and_limit_warning():
    registered = TODAY - timedelta(days=800)
    assert bad_by_data(TODAY - timedelta(days=400), registered, 0, TODAY) == ["no_trade"]
    assert bad_by_data(TODAY, registered, 400, TODAY) == ["old_debt"]
    assert bad_by_data(None, TODAY - timedelta(days=366), 0, TODAY) == ["no_trade"]     # never traded
    assert bad_by_data(None, TODAY - timedelta(days=200), 0, TODAY) == []              # registered this year
    assert bad_by_data(TODAY - timedelta(days=30), registered, 365, TODAY) == []


def test_a_repayment_plan_is_kept_while_every_instalment_due_is_paid():
    plan = [(TODAY - timedelta(days=60), D("30000")), (TODAY - timedelta(days=30), D("30000")),
            (TODAY + timedelta(days=30), D("30000"))]
    assert plan_kept(plan, D("60000"), TODAY) and plan_kept(plan, D("90000"), TODAY)
    assert not plan_kept(plan, D("59999.99"), TODAY)
    assert not plan_kept([], D("100000"), TODAY)                 # no plan at all: nothing is being kept
    assert "超过" in exposure_warning(D("120"), D("100")) and "接近" in exposure_warning(D("95"), D("100"))
    assert exposure_warning(D("10"), D("100")) == "" and exposure_warning(D("10"), None) == ""
