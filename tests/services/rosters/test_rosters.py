"""客户名册: each roster printed (A4 landscape) with its own columns, the update round opened, entries confirmed
or corrected (the printed roster shows who corrected what and when), closed with the counts; bad calls refused."""
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput, PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.services.cards import customers
from desktop_crm.services.rosters import rosters
from tests.samples import TENCENT_USCC, TEST_TODAY, enterprise


@pytest.fixture
def partners(custodian):
    huawei = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())          # 交易伙伴
    tencent = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
        name="深圳市腾讯计算机系统有限公司", uscc=TENCENT_USCC), allow_similar_name=True)
    return huawei, tencent


def test_a_roster_prints_its_own_columns_on_landscape_paper(custodian, partners):
    sheet = rosters.roster_sheet(custodian, "交易伙伴")
    assert sheet.headings[:3] == ("登记编号", "名称", "地区") and "开始往来日期" in sheet.headings
    assert len(sheet.rows) == 2
    page = PdfReader(io.BytesIO(rosters.roster_pdf(custodian, "交易伙伴"))).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)                # landscape
    text = page.extract_text()
    assert "客户名册 · 交易伙伴" in text and partners[0].number in text
    book = load_workbook(io.BytesIO(rosters.roster_workbook(custodian, "交易伙伴")))
    assert book.active.max_row == 3
    assert rosters.roster_sheet(custodian, "政府机构").rows == ()
    with pytest.raises(InvalidInput, match="没有名为“供应商”的客户名册"):
        rosters.roster_sheet(custodian, "供应商")


def test_the_update_round_from_opening_to_closing(custodian, partners):
    huawei, tencent = partners
    state = rosters.open_round(custodian, "交易伙伴")
    assert (state.left, state.confirmed, state.corrected) == (2, 0, 0)
    with pytest.raises(InvalidInput, match="已有一轮"):
        rosters.open_round(custodian, "交易伙伴")
    rosters.record_entry(custodian, "交易伙伴", huawei.number)
    rosters.record_entry(custodian, "交易伙伴", tencent.number, "电话更正为 0755-86013388")
    text = PdfReader(io.BytesIO(rosters.roster_pdf(custodian, "交易伙伴"))).pages[0].extract_text().replace("\n", "").replace(" ", "")
    assert "更正：电话更正为0755-86013388（王芳" in text and TEST_TODAY.isoformat() in text
    closed = rosters.close_round(custodian, "交易伙伴")
    assert (closed.confirmed, closed.corrected, closed.left, closed.closed_on) == (1, 1, 0, TEST_TODAY)
    with pytest.raises(InvalidInput, match="没有进行中的增补调整"):
        rosters.record_entry(custodian, "交易伙伴", huawei.number)


def test_an_entry_of_another_roster_and_roles_are_refused(custodian, staff, partners):
    rosters.open_round(custodian, "普通公司")
    with pytest.raises(InvalidInput, match="属于“交易伙伴”"):
        rosters.record_entry(custodian, "普通公司", partners[0].number)
    with pytest.raises(PermissionDenied):
        rosters.open_round(staff[Role.CUSTOMER_SERVICE], "交易伙伴")
    with pytest.raises(PermissionDenied):
        rosters.roster_sheet(staff[Role.SALES], "交易伙伴")
