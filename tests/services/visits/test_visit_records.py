"""Visit reports and complaint cards entered from paper: kept per customer and filed as papers of category 1
(catalogued and bound like the others); a mistake names its field and nothing is written; routes list and print."""
import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput, NotFound, PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.services.binders import papers
from desktop_crm.services.cards import customers
from desktop_crm.services.visits import records, routes
from tests.samples import TENCENT_USCC, TEST_TODAY, enterprise


@pytest.fixture
def card(custodian):
    return customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())


def test_a_visit_report_is_kept_and_filed_in_category_one(custodian, card):
    visit_id = records.add_visit(custodian, card.id, {
        "kind": "daily", "visited_on": TEST_TODAY - timedelta(days=2), "visitor": "刘洋",
        "content": "拜访采购部王经理，了解明年服务器采购计划，约 300 台。", "follow_up": "下周报价"})
    [row] = records.visits_of(custodian, card.id)
    assert (row.id, row.kind, row.visitor, row.follow_up) == (visit_id, "日报", "刘洋", "下周报价")
    catalogue = papers.binder_catalogue(custodian, card.id, 1, TEST_TODAY.year)
    filed = [p for p in catalogue if p.kind == "visit_report"]
    assert len(filed) == 1 and "刘洋" in filed[0].title and filed[0].seq >= 1


def test_a_complaint_card_with_its_satisfaction(custodian, card):
    records.add_complaint(custodian, card.id, {"received_on": TEST_TODAY, "complaint": "到货的服务器有两台电源故障",
                                              "handling": "三日内上门更换电源", "result": "已更换，运行正常",
                                              "satisfaction": "满意"})
    [row] = records.complaints_of(custodian, card.id)
    assert (row.satisfaction, row.result) == ("满意", "已更换，运行正常")
    assert any(p.kind == "complaint_card" for p in papers.binder_catalogue(custodian, card.id, 1, TEST_TODAY.year))


def test_mistakes_name_their_field_and_write_nothing(custodian, staff, card):
    with pytest.raises(InvalidInput) as caught:
        records.add_visit(custodian, card.id, {"kind": "weekly", "visited_on": TEST_TODAY + timedelta(days=1),
                                              "visitor": "", "content": "拜访"})
    assert set(caught.value.problems) == {"kind", "visited_on", "visitor"}
    with pytest.raises(InvalidInput, match="满意程度"):
        records.add_complaint(custodian, card.id, {"received_on": TEST_TODAY, "complaint": "发票开错",
                                                  "handling": "重开", "satisfaction": "还行"})
    with pytest.raises(NotFound):
        records.add_visit(custodian, 9999, {"kind": "daily", "visited_on": TEST_TODAY, "visitor": "刘洋", "content": "拜访"})
    with pytest.raises(PermissionDenied):
        records.add_visit(staff[Role.SALES], card.id, {"kind": "daily", "visited_on": TEST_TODAY, "visitor": "刘洋",
                                                        "content": "拜访"})
    assert records.visits_of(custodian, card.id) == [] and records.complaints_of(custodian, card.id) == []
    assert papers.binder_catalogue(custodian, card.id, 1, TEST_TODAY.year) == []


def test_a_route_in_its_order_and_its_sheet(custodian, card):
    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
        name="深圳市腾讯计算机系统有限公司", uscc=TENCENT_USCC, route_seq="1"), allow_similar_name=True)
    stops = routes.route(custodian, "深圳龙岗")
    assert [s.seq for s in stops] == [1, 3] and stops[1].number == card.number
    assert routes.regions(custodian) == ["深圳龙岗"]
    text = PdfReader(io.BytesIO(routes.route_sheet_pdf(custodian, "深圳龙岗"))).pages[0].extract_text()
    assert "客户拜访路线表" in text and card.number in text and "深圳市腾讯" in text
    with pytest.raises(NotFound, match="没有客户"):
        routes.route(custodian, "广州天河")
