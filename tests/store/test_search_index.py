import pytest

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.services.cards import customers
from desktop_crm.store import search_index
from desktop_crm.store.customer_listing import CustomerQuery, count, page
from tests.samples import TENCENT_USCC, enterprise, individual


@pytest.fixture
def cards(custodian):
    made = [
        customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise()),
        customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
            name="深圳市腾讯计算机系统有限公司", uscc=TENCENT_USCC, phone="0755-86013388", contact_name="马化腾")),
        customers.create_customer(custodian, CustomerKind.INDIVIDUAL, individual()),
    ]
    return made


def names(text):
    return sorted(r.name for r in page(CustomerQuery(text=text), 0, 50))


@pytest.mark.parametrize("text, expected", [
    ("华", ["华为技术有限公司"]),                       # one character
    ("为技", ["华为技术有限公司"]),                     # two characters from inside the name
    ("腾讯计算", ["深圳市腾讯计算机系统有限公司"]),       # 3+ characters
    ("有限公司", ["华为技术有限公司", "深圳市腾讯计算机系统有限公司"]),
    ("hwjs", ["华为技术有限公司"]),                     # pinyin initials
    ("HW", ["华为技术有限公司"]),                       # initials in capitals, two letters
    ("zxm", ["周晓梅"]),
    ("QY-000002", ["深圳市腾讯计算机系统有限公司"]),     # registered number
    ("gr-000001", ["周晓梅"]),
    ("71526726", ["深圳市腾讯计算机系统有限公司"]),      # part of the credit code
    ("8601", ["深圳市腾讯计算机系统有限公司"]),          # part of a phone number
    ("马化腾", ["深圳市腾讯计算机系统有限公司"]),        # contact person
    ("ｈｗｊｓ", ["华为技术有限公司"]),                   # full-width typing folds
    ("不存在的名称", []),
])
def test_search_box_finds_by_any_part(cards, text, expected):
    assert names(text) == expected
    assert count(CustomerQuery(text=text)) == len(expected)


def test_a_corrected_name_is_found_under_the_new_name_only(cards, custodian):
    card = cards[0]
    customers.update_customer(custodian, card.id, card.version, {**card.values, "name": "华为终端有限公司"})
    assert names("终端") == ["华为终端有限公司"]
    assert names("技术") == []
    assert names("hwzd") == ["华为终端有限公司"]


def test_rebuild_gives_the_same_answers(cards, archive):
    search_index.rebuild(archive)
    assert names("为技") == ["华为技术有限公司"] and names("腾讯计算") == ["深圳市腾讯计算机系统有限公司"]
