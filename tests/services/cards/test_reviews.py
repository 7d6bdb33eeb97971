"""The two-month full review: due and overdue at several days, a review recorded (who, when, confirmed,
corrected) moves the next one a cycle on, the card's history shows it, the sheet prints, roles are kept."""
import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from desktop_crm.domain import clock
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput, NotFound, PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.services.cards import customers, reviews
from desktop_crm.services.settings import registry
from tests.samples import TENCENT_USCC, TEST_TODAY, enterprise


@pytest.fixture
def cards(custodian):
    huawei = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    tencent = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
        name="深圳市腾讯计算机系统有限公司", uscc=TENCENT_USCC), allow_similar_name=True)
    return huawei, tencent


def test_cards_fall_due_a_cycle_after_their_last_review(custodian, cards):
    assert reviews.due(custodian, TEST_TODAY).total == 0                       # registered today
    week_before = TEST_TODAY + timedelta(days=60 - 7)
    assert reviews.due(custodian, week_before).total == 2                      # due within the week
    assert reviews.due(custodian, week_before).overdue == 0
    late = reviews.due(custodian, TEST_TODAY + timedelta(days=61))
    assert late.total == late.overdue == 2 and late.cards[0].due_on == TEST_TODAY + timedelta(days=60)
    registry.change(custodian, {"review.cycle_days": 30})                     # the cycle is the setting's
    assert reviews.due(custodian, TEST_TODAY + timedelta(days=31)).overdue == 2


def test_a_review_is_recorded_and_moves_the_next_one(custodian, cards):
    huawei, tencent = cards
    a_month_on = TEST_TODAY + timedelta(days=30)
    with clock.moved_to(a_month_on):
        following = reviews.record(custodian, huawei.number, "地址、电话、联系人核对无误", "法定代表人更正为 徐直军")
    assert following == a_month_on + timedelta(days=60)
    due = reviews.due(custodian, TEST_TODAY + timedelta(days=59))
    assert [c.number for c in due.cards] == [tencent.number]           # huawei's cycle began again a month on
    [entry] = reviews.reviews_of(custodian, huawei.id)
    assert (entry.user_name, entry.reviewed_on, entry.corrected) == ("王芳", a_month_on, "法定代表人更正为 徐直军")
    history = customers.card_history(custodian, huawei.id)
    assert any(h.action == "review" and "法定代表人更正为 徐直军" in h.note for h in history)


def test_bad_reviews_are_refused_and_change_nothing(custodian, staff, cards):
    with pytest.raises(NotFound):
        reviews.record(custodian, "QY-999999")
    with pytest.raises(InvalidInput, match="不能晚于今天"):
        reviews.record(custodian, cards[0].number, on=TEST_TODAY + timedelta(days=1))
    with pytest.raises(InvalidInput, match="控制字符"):
        reviews.record(custodian, cards[0].number, "核对\x00无误")
    with pytest.raises(PermissionDenied):
        reviews.record(staff[Role.CUSTOMER_SERVICE], cards[0].number)
    assert reviews.reviews_of(custodian, cards[0].id) == []


def test_the_review_sheet_lists_the_cards_due(custodian, cards):
    pdf = reviews.review_sheet_pdf(custodian, TEST_TODAY + timedelta(days=61))
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "客户档案全面修订核查表" in text and cards[0].number in text and cards[1].number in text
