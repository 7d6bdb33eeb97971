"""Exports: what a role sees on screen, no more; a BOM for Excel; header, frozen panes, widths; registered."""
import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput, PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.services.cards import customers
from desktop_crm.services.exchange import customer_import, exports, list_print
from desktop_crm.store.control_models import QueryLog
from tests.samples import TENCENT_USCC, enterprise, individual

QUERYING = {Role.CUSTODIAN, Role.MANAGER, Role.BUSINESS_MANAGER, Role.CUSTOMER_SERVICE}


@pytest.fixture
def cards(custodian):
    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
        name="深圳市腾讯计算机系统有限公司", uscc=TENCENT_USCC, bank_account="6222020200112233445"))
    customers.create_customer(custodian, CustomerKind.INDIVIDUAL, individual())


def test_customers_export_as_xlsx_with_header_frozen_panes_and_text_codes(custodian, cards, tmp_path):
    result = exports.export(custodian, "customers", tmp_path / "客户.xlsx")
    assert result.rows == 3
    sheet = load_workbook(result.path).active
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.b
    headings = [c.value for c in sheet[1]]
    assert headings[:4] == ["登记编号", "企业/个人", "名称", "统一社会信用代码"]
    assert sheet.column_dimensions["C"].width >= 20
    codes = [r[3] for r in sheet.iter_rows(min_row=2, values_only=True) if r[3]]
    assert TENCENT_USCC in codes and all(isinstance(c, str) for c in codes)
    assert all(sheet.cell(row, 4).number_format == "@" for row in range(2, 4))   # kept as text if edited in Excel
    entry = QueryLog.select().where(QueryLog.action == "export").order_by(QueryLog.id.desc()).first()
    assert "3 行" in entry.detail and "客户.xlsx" in entry.detail


def test_an_exported_list_imports_back_unchanged(custodian, cards, tmp_path):
    made = exports.export(custodian, "customers", tmp_path / "往返.xlsx")
    check = customer_import.check_file(custodian, made.path, on_duplicate="update")
    assert check.ready and check.duplicates == 3 and check.updates == 0, check.problems


def test_csv_has_a_bom_and_stops_formulas(custodian, tmp_path):
    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(contact_name="=HYPERLINK(\"x\")"))
    result = exports.export(custodian, "customers", tmp_path / "客户.csv")
    data = result.path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][2] == "名称" and rows[1][2] == "华为技术有限公司"
    assert any(cell.startswith("'=") for cell in rows[1])


def test_each_list_is_refused_exactly_where_its_window_is(staff, cards, tmp_path):
    allowed = {
        "customers": {Role.CUSTODIAN, Role.MANAGER, Role.BUSINESS_MANAGER, Role.CUSTOMER_SERVICE},
        "ageing": {Role.CUSTODIAN, Role.MANAGER, Role.BUSINESS_MANAGER, Role.CUSTOMER_SERVICE},
        "bad-customers": {Role.CUSTODIAN, Role.MANAGER, Role.BUSINESS_MANAGER, Role.CUSTOMER_SERVICE},
        "gaps": {Role.CUSTODIAN, Role.MANAGER, Role.BUSINESS_MANAGER, Role.CUSTOMER_SERVICE},
        "loans": {Role.CUSTODIAN},
        "handouts": {Role.CUSTODIAN, Role.MANAGER, Role.BUSINESS_MANAGER},
        "query-register": {Role.CUSTODIAN},
        "customer-list": QUERYING, "reviews": QUERYING, "places": QUERYING, "volumes": QUERYING,
        "appraisal": QUERYING, "approvals": QUERYING,
    }
    assert set(allowed) == set(exports.EXPORTS)
    for kind, roles in allowed.items():
        for role, person in staff.items():
            out = tmp_path / f"{kind}-{role.value}.xlsx"
            if role in roles:
                exports.export(person, kind, out)
                assert out.exists()
            else:
                with pytest.raises(PermissionDenied):
                    exports.export(person, kind, out)
                assert not out.exists()


def test_bad_names_and_kinds_are_refused_in_chinese(custodian, tmp_path):
    with pytest.raises(InvalidInput, match=".xlsx 或 .csv"):
        exports.export(custodian, "customers", tmp_path / "客户.pdf")
    with pytest.raises(InvalidInput, match="不能导出"):
        exports.export(custodian, "everything", tmp_path / "x.xlsx")
    with pytest.raises(InvalidInput, match="open"):
        exports.export(custodian, "loans", tmp_path / "x.xlsx", exports.ExportFilters(state="late"))


def test_the_query_register_exports_its_period(custodian, cards, tmp_path):
    exports.export(custodian, "gaps", tmp_path / "缺件.xlsx")      # the list read, then its export: two entries
    result = exports.export(custodian, "query-register", tmp_path / "登记簿.csv",
                            exports.ExportFilters(since=date(2000, 1, 1)))
    text = result.path.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0] == "时间,查询人,事项,客户,内容" and result.rows == 2
    assert "导出缺件清单" in text and "缺件清单：" in text


@pytest.mark.parametrize("kind", exports.EXPORTS)
def test_every_list_prints_what_it_exports_and_the_print_is_registered(staff, cards, kind):
    custodian = staff[Role.CUSTODIAN]
    made = exports.table(custodian, list_print.PRINTED_AS.get(kind, kind))
    pdf = list_print.list_pdf(custodian, kind)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert made.title in text and f"共 {len(made.rows)} 行" in text
    for heading in made.headings:
        if len(heading) <= 6:            # a longer heading may wrap in its column
            assert heading in text
    if made.rows:
        assert str(made.rows[0][0]) in text
    entry = QueryLog.select().where(QueryLog.action == "print").order_by(QueryLog.id.desc()).first()
    assert entry.detail == f"打印{made.title} {len(made.rows)} 行"
    with pytest.raises(PermissionDenied):
        list_print.list_pdf(staff[Role.SALES], kind)


def test_the_customer_list_prints_as_shown_and_a_list_too_long_is_refused(custodian, cards, monkeypatch):
    shown = exports.ExportFilters(search="腾讯")
    text = PdfReader(io.BytesIO(list_print.list_pdf(custodian, "customer-list", shown))).pages[0].extract_text()
    assert "深圳市腾讯计算机系统有限公司" in text and "华为技术有限公司" not in text and "共 1 行" in text
    monkeypatch.setattr(list_print, "MAX_PRINTED_ROWS", 2)
    with pytest.raises(InvalidInput) as refused:
        list_print.list_pdf(custodian, "customer-list")
    assert "超过打印上限 2 行" in str(refused.value.problems["rows"])
