"""客户等级 from the goods registers: A–D by the thresholds of the settings over the last twelve months' sales,
each change in the card's history; a grade set by hand stays (with its reason) until cleared."""
from datetime import timedelta

import pytest

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput, PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.services.binders import registers
from desktop_crm.services.cards import customers, grading
from desktop_crm.services.settings import registry
from tests.samples import TENCENT_USCC, TEST_TODAY, enterprise


def _sale(custodian, card, amount, days_ago):
    registers.add_entry(custodian, "goods", card.id, {"moved_on": (TEST_TODAY - timedelta(days=days_ago)).isoformat(),
                                                     "direction": "出货", "product": "服务器", "quantity": "10",
                                                     "amount": str(amount)})


@pytest.fixture
def cards(custodian):
    huawei = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(grade="D"))
    tencent = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
        name="深圳市腾讯计算机系统有限公司", uscc=TENCENT_USCC, grade="A"), allow_similar_name=True)
    _sale(custodian, huawei, 3_600_000, 30)          # 300,000 a month on average: B
    _sale(custodian, huawei, 9_000_000, 400)         # more than a year ago: does not count
    return huawei, tencent


def test_grades_follow_the_sales_and_the_thresholds(custodian, cards):
    huawei, tencent = cards
    run = grading.recompute(custodian, TEST_TODAY)
    assert (run.changed, run.unchanged, run.kept_by_hand) == (2, 0, 0)
    assert customers.get_card(custodian, huawei.id).values["grade"] == "B"
    assert customers.get_card(custodian, tencent.id).values["grade"] == "D"          # no sales in a year
    history = customers.card_history(custodian, huawei.id)
    assert any(h.action == "grade" and "300,000.00" in h.note for h in history)
    registry.change(custodian, {"grade.basis": "yearly", "grade.a_min": 3_000_000, "grade.b_min": 1_000_000,
                                "grade.c_min": 100_000})
    grading.recompute(custodian, TEST_TODAY)
    assert customers.get_card(custodian, huawei.id).values["grade"] == "A"
    with pytest.raises(InvalidInput, match="A > B > C"):
        registry.change(custodian, {"grade.b_min": 5_000_000})


def test_a_grade_set_by_hand_is_kept_with_its_reason_until_cleared(custodian, staff, cards):
    huawei, _ = cards
    with pytest.raises(InvalidInput, match="鉴定理由|理由"):
        grading.set_by_hand(custodian, huawei.number, "A", "")
    grading.set_by_hand(custodian, huawei.number, "A", "集团战略客户，经理批示按A级对待")
    run = grading.recompute(custodian, TEST_TODAY)
    assert run.kept_by_hand == 1 and customers.get_card(custodian, huawei.id).values["grade"] == "A"
    grading.clear_by_hand(custodian, huawei.number)
    grading.recompute(custodian, TEST_TODAY)
    assert customers.get_card(custodian, huawei.id).values["grade"] == "B"
    with pytest.raises(InvalidInput, match="不是手定"):
        grading.clear_by_hand(custodian, huawei.number)
    with pytest.raises(PermissionDenied):
        grading.recompute(staff[Role.MANAGER], TEST_TODAY)
