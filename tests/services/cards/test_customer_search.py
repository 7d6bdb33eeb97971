import pytest

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.services.cards import customer_search, customers
from desktop_crm.services.cards.customer_search import CustomerQuery
from tests.samples import TENCENT_USCC, enterprise, individual

NAMES = ["上海华联超市有限公司", "北京燕京啤酒有限公司", "长沙中联重科有限公司", "阿里巴巴（中国）有限公司",
         "重庆长安汽车有限公司", "南京熊猫电子有限公司"]


@pytest.fixture
def listed(custodian):
    for i, name in enumerate(NAMES):
        customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
            name=name, uscc="", grade="ABCD"[i % 4], state="已清除" if i == 5 else "往来"))
    return custodian


def names(user, **query):
    return [r.name for r in customer_search.page(user, CustomerQuery(**query), 0, 100)]


def test_names_sort_in_pinyin_order_in_sql(listed):
    assert [n[:2] for n in names(listed)] == ["阿里", "北京", "长沙", "重庆", "上海"]
    assert [n[:2] for n in names(listed, descending=True)] == ["上海", "重庆", "长沙", "北京", "阿里"]


def test_filters_and_cleared_customers(listed):
    assert names(listed, filters={"grade": "A"}) == ["重庆长安汽车有限公司", "上海华联超市有限公司"]
    assert names(listed, filters={"grade": "B"}) == ["北京燕京啤酒有限公司"]
    assert "南京熊猫电子有限公司" not in names(listed)
    assert "南京熊猫电子有限公司" in names(listed, include_cleared=True)
    assert names(listed, filters={"state": "已清除"}) == ["南京熊猫电子有限公司"]
    with pytest.raises(ValueError):
        customer_search.count(listed, CustomerQuery(filters={"password_hash": "x"}))


def test_paging_and_position(listed):
    query = CustomerQuery(sort="number")
    first = customer_search.page(listed, query, 0, 2)
    second = customer_search.page(listed, query, 2, 2)
    assert [r.number for r in first + second] == ["QY-000001", "QY-000002", "QY-000003", "QY-000004"]
    target = second[1]
    assert customer_search.position(listed, query, target.id) == 3
    assert customer_search.position(listed, CustomerQuery(text="北京"), target.id) is None


@pytest.mark.parametrize("role", [Role.SALES])
def test_sales_may_not_search_the_archive(staff, role):
    with pytest.raises(PermissionDenied):
        customer_search.count(staff[role], CustomerQuery())
    with pytest.raises(PermissionDenied):
        customer_search.page(staff[role], CustomerQuery())


@pytest.mark.parametrize("text", ["1", "0", "07", "55", "qy", "q", "-0", "华", "华为", "2808", "91440"])
def test_numbers_codes_and_phones_are_found_from_the_first_character(custodian, text):
    """The same cards on SQLite and PostgreSQL: those whose searchable text holds the query."""
    from desktop_crm.store.models import Customer
    from desktop_crm.store.search_index import normalize_query

    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
        name="深圳市腾讯计算机系统有限公司", uscc=TENCENT_USCC, phone="0755-86013388", mobile="13912345678"))
    customers.create_customer(custodian, CustomerKind.INDIVIDUAL, individual())
    expected = sorted(c.number for c in Customer.select() if normalize_query(text) in c.search_text)
    found = customer_search.page(custodian, CustomerQuery(text=text), 0, 50)
    assert sorted(r.number for r in found) == expected
    assert customer_search.count(custodian, CustomerQuery(text=text)) == len(expected)


def _all_in_order(text: str) -> list[str]:
    from desktop_crm.store.models import Customer
    from desktop_crm.store.search_index import normalize_query

    q = normalize_query(text)
    return [c.number for c in Customer.select().where(Customer.state != "已清除").order_by(Customer.name_sort, Customer.id)
            if q in c.search_text]


@pytest.mark.parametrize("text", ["华", "有限", "长", "hw", "qy", "07", "有限公司", "shanghai", "beijingyan",
                                  "13912345678", "0755860133"])
def test_the_search_box_reads_every_page_in_name_order_from_the_index(custodian, monkeypatch, text):
    from desktop_crm.store import search_index

    for i, name in enumerate(NAMES * 3):
        customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
            name=f"{name[:-4]}{'甲乙丙'[i // len(NAMES)]}有限公司", uscc="", phone=f"0755-860133{i:02d}",
            state="已清除" if i == 4 else "往来"), allow_similar_name=True)
    monkeypatch.setattr(search_index, "COUNT_CAP", 5)      # counts stop early, as in a large archive
    expected = _all_in_order(text)
    query = CustomerQuery(text=text)
    found = customer_search.search(custodian, query, 4)
    rows = list(found.rows)
    while len(rows) < len(expected):
        more = customer_search.page(custodian, query, len(rows), 4, rows[-1])
        assert more, (text, len(rows))
        rows += more
    assert [r.number for r in rows] == expected
    assert (found.total == len(expected)) or (found.capped and found.total <= len(expected))


def test_full_pinyin_and_phones_without_separators(custodian):
    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(phone="010-69260814"))
    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
        name="北京燕京啤酒有限公司", uscc=TENCENT_USCC, phone="0571-88886666"))
    assert names(custodian, text="01069260814") == ["华为技术有限公司"]
    assert names(custodian, text="beijingyanjing") == ["北京燕京啤酒有限公司"]
    assert names(custodian, text="huawei") == ["华为技术有限公司"]


def test_a_count_past_the_cap_says_so_and_the_list_reads_on(custodian, monkeypatch):
    from desktop_crm.store import search_index

    for name in NAMES:
        customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(name=name, uscc=""))
    monkeypatch.setattr(search_index, "COUNT_CAP", 3)
    found = customer_search.search(custodian, CustomerQuery(text="有限"), 2)
    from desktop_crm.store.database import is_sqlite

    # PostgreSQL counts exactly (its search has no index kept in display order to stop early in)
    assert (found.total, found.capped, len(found.rows)) == ((3, True, 2) if is_sqlite() else (6, False, 2))
