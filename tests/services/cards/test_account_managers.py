"""The customer manager (客户经理) on the card: who may be named, how it is read, where it shows and routes."""
from datetime import date

import pytest
from openpyxl import Workbook

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.roles import Role
from desktop_crm.services import audit
from desktop_crm.services.accounts import user_accounts
from desktop_crm.services.cards import account_managers, customer_search, customers
from desktop_crm.services.cards.customer_search import CustomerQuery
from desktop_crm.services.control import handouts
from desktop_crm.services.credit import approvals
from desktop_crm.services.exchange import customer_import
from tests.samples import TEST_TODAY, enterprise


def test_named_by_display_or_login_name_and_kept_by_login_name(staff):
    by_name = customers.create_customer(staff[Role.CUSTODIAN], CustomerKind.ENTERPRISE,
                                        enterprise(account_manager="陈志强"))
    assert by_name.values["account_manager"] == "chenzq"
    corrected = customers.update_customer(staff[Role.CUSTODIAN], by_name.id, by_name.version,
                                          {**by_name.values, "account_manager": "LIJG"})
    assert corrected.values["account_manager"] == "lijg"
    change = [e for e in customers.card_history(staff[Role.CUSTODIAN], by_name.id) if e.field == "客户经理"]
    assert (change[0].old_value, change[0].new_value) == ("chenzq", "lijg")


@pytest.mark.parametrize("who", ["刘洋", "zhaoxm", "王芳", "不存在的人"])
def test_only_a_manager_in_service_may_be_named(staff, who):
    with pytest.raises(InvalidInput) as refused:
        customers.create_customer(staff[Role.CUSTODIAN], CustomerKind.ENTERPRISE, enterprise(account_manager=who))
    assert "不能作为客户经理" in refused.value.problems["account_manager"]


def test_a_manager_who_left_stays_on_the_card_until_it_is_reassigned(staff):
    card = customers.create_customer(staff[Role.CUSTODIAN], CustomerKind.ENTERPRISE, enterprise(account_manager="lijg"))
    user_accounts.set_active(staff[Role.CUSTODIAN], staff[Role.MANAGER].id, False, "调往分公司")
    kept = customers.update_customer(staff[Role.CUSTODIAN], card.id, card.version,
                                     {**card.values, "address": "深圳市龙岗区坂田华为基地B区"})
    assert kept.values["account_manager"] == "lijg"
    assert account_managers.manager_of(card.id) is None       # consents now go by role


def test_the_list_shows_the_managers_name_and_filters_by_it(staff):
    customers.create_customer(staff[Role.CUSTODIAN], CustomerKind.ENTERPRISE, enterprise(account_manager="chenzq"))
    customers.create_customer(staff[Role.CUSTODIAN], CustomerKind.ENTERPRISE,
                              enterprise(name="深圳市腾讯计算机系统有限公司", uscc="91440300708461136T"))
    query = CustomerQuery(filters={"account_manager": "chenzq"})
    rows = customer_search.page(staff[Role.MANAGER], query)
    names = customer_search.manager_names(staff[Role.MANAGER])
    assert [(r.name, names[r.account_manager]) for r in rows] == [("华为技术有限公司", "陈志强")]


def test_imported_by_name_and_refused_with_its_row(staff, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["单位名称", "统一社会信用代码", "客户经理", "信息来源", "采集日期"])
    sheet.append(["华为技术有限公司", "914403001922038216", "陈志强", "客户填写的资料表", "2026-03-02"])
    sheet.append(["深圳市腾讯计算机系统有限公司", "91440300708461136T", "刘洋", "", ""])
    path = tmp_path / "客户.xlsx"
    book.save(path)
    report = customer_import.check_file(staff[Role.CUSTODIAN], path)
    assert [(p.row, p.column) for p in report.problems] == [(3, "客户经理")]
    book = Workbook()
    book.active.append(["单位名称", "统一社会信用代码", "客户经理", "信息来源", "采集日期"])
    book.active.append(["华为技术有限公司", "914403001922038216", "陈志强", "客户填写的资料表", "2026-03-02"])
    book.save(path)
    customer_import.import_file(staff[Role.CUSTODIAN], path)
    card = customers.find_by_number(staff[Role.CUSTODIAN], "QY-000001")
    assert (card.values["account_manager"], card.values["info_source"], card.values["info_collected_on"]) == \
        ("chenzq", "客户填写的资料表", date(2026, 3, 2))


def test_hand_out_consent_records_whether_it_came_from_the_customers_manager(staff, tmp_path):
    card = customers.create_customer(staff[Role.CUSTODIAN], CustomerKind.ENTERPRISE, enterprise(account_manager="chenzq"))
    handouts.hand_out(staff[Role.CUSTODIAN], card.id, staff[Role.SALES].id, tmp_path / "a.xlsx",
                      consent_by_id=staff[Role.BUSINESS_MANAGER].id, today=TEST_TODAY)
    handouts.hand_out(staff[Role.CUSTODIAN], card.id, staff[Role.SALES].id, tmp_path / "b.xlsx",
                      consent_by_id=staff[Role.MANAGER].id, today=TEST_TODAY)
    notes = [e.note for e in audit.history("handout", 1) + audit.history("handout", 2) if e.field == "同意人"]
    assert sorted(notes) == ["客户经理本人办理", "按角色办理（该客户的客户经理为陈志强）"]


def test_approvals_reach_the_customers_manager_first(staff):
    other = customers.create_customer(staff[Role.CUSTODIAN], CustomerKind.ENTERPRISE,
                                      enterprise(name="深圳市腾讯计算机系统有限公司", uscc="91440300708461136T"))
    managed = customers.create_customer(staff[Role.CUSTODIAN], CustomerKind.ENTERPRISE,
                                        enterprise(account_manager="chenzq"))
    applicant = staff[Role.CUSTOMER_SERVICE]
    for customer in (other, managed):
        made = approvals.draft(applicant, "limit", customer.id, {"requested_limit": "300000", "reason": "订单增加"})
        approvals.submit(applicant, made.id)
    queue = approvals.waiting_for(staff[Role.BUSINESS_MANAGER])
    assert [a.customer_id for a in queue] == [managed.id, other.id]
    approvals.review(staff[Role.BUSINESS_MANAGER], queue[0].id, "同意，订单稳定")
    assert any("客户经理本人办理" in e.note for e in audit.history("approval", queue[0].id))
