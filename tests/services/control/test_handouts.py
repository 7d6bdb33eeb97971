from datetime import timedelta

import pytest
from openpyxl import load_workbook

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput, PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.services.cards import customers
from desktop_crm.services.control import handouts
from tests.samples import TEST_TODAY, enterprise

TODAY = TEST_TODAY


@pytest.fixture
def card(staff):
    return customers.create_customer(staff[Role.CUSTODIAN], CustomerKind.ENTERPRISE, enterprise())


def cells(path):
    sheet = load_workbook(path)["客户资料"]
    return {row[0]: row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}


def test_sales_receive_only_name_contact_and_title(staff, card, tmp_path):
    out = tmp_path / "发放.xlsx"
    record = handouts.hand_out(staff[Role.CUSTODIAN], card.id, staff[Role.SALES].id, out,
                               consent_by_id=staff[Role.MANAGER].id, today=TODAY)
    assert cells(out) == {"单位名称": "华为技术有限公司", "联系人姓名": "张伟", "联系人职务": "采购经理"}
    workbook_text = " ".join(str(c.value) for ws in load_workbook(out) for row in ws.iter_rows() for c in row)
    for secret in ("914403001922038216", "4000027309200123456", "0755-28780808", "任正非", "13826541234"):
        assert secret not in workbook_text
    assert record.recall_date is None and record.consent_by == "李建国" and record.number == "FF-2026-0001"


def test_customer_service_receive_everything_with_a_recall_date(staff, card, tmp_path):
    out = tmp_path / "full.xlsx"
    record = handouts.hand_out(staff[Role.CUSTODIAN], card.id, staff[Role.CUSTOMER_SERVICE].id, out,
                               consent_by_id=staff[Role.BUSINESS_MANAGER].id, today=TODAY)
    got = cells(out)
    assert got["统一社会信用代码"] == "914403001922038216" and got["银行账号"] == "4000027309200123456"
    assert record.recall_date == TODAY + timedelta(days=14)
    assert [r.id for r in handouts.register(staff[Role.CUSTODIAN], "overdue", TODAY + timedelta(days=15))] == [record.id]
    handouts.mark_returned(staff[Role.CUSTODIAN], record.id, TODAY + timedelta(days=3), today=TODAY + timedelta(days=15))
    assert handouts.register(staff[Role.CUSTODIAN], "overdue", TODAY + timedelta(days=15)) == []


def test_the_printed_sheet_holds_the_same_fields(staff, card, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "sheet.pdf"
    handouts.hand_out(staff[Role.CUSTODIAN], card.id, staff[Role.SALES].id, out, consent_by_id=staff[Role.MANAGER].id)
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "华为技术有限公司" in text and "张伟" in text and "采购经理" in text
    assert "914403001922038216" not in text and "0755" not in text


def test_consent_of_a_customer_manager_is_required(staff, card, tmp_path):
    with pytest.raises(PermissionDenied, match="经理"):
        handouts.hand_out(staff[Role.CUSTODIAN], card.id, staff[Role.SALES].id, tmp_path / "x.xlsx")
    with pytest.raises(PermissionDenied, match="经理"):
        handouts.hand_out(staff[Role.CUSTODIAN], card.id, staff[Role.SALES].id, tmp_path / "x.xlsx",
                          consent_by_id=staff[Role.CUSTOMER_SERVICE].id)
    assert not (tmp_path / "x.xlsx").exists()
    # a manager hands out on their own consent
    record = handouts.hand_out(staff[Role.MANAGER], card.id, staff[Role.SALES].id, tmp_path / "y.xlsx")
    assert record.consent_by == "李建国"


def test_no_handout_to_the_custodian_and_only_xlsx_or_pdf(staff, card, tmp_path):
    with pytest.raises(PermissionDenied, match="档案管理员"):
        handouts.hand_out(staff[Role.MANAGER], card.id, staff[Role.CUSTODIAN].id, tmp_path / "x.xlsx")
    with pytest.raises(InvalidInput, match="xlsx"):
        handouts.hand_out(staff[Role.MANAGER], card.id, staff[Role.SALES].id, tmp_path / "x.csv")


@pytest.mark.parametrize("role", [Role.SALES, Role.CUSTOMER_SERVICE])
def test_roles_without_handout_rights_are_refused(staff, card, tmp_path, role):
    with pytest.raises(PermissionDenied):
        handouts.hand_out(staff[role], card.id, staff[Role.SALES].id, tmp_path / "x.xlsx",
                          consent_by_id=staff[Role.MANAGER].id)
