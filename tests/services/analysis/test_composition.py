"""客户构成分析 on the demo archive: every share adds up to 100 %, every total equals its register, the
credit part equals the ledger, and the printed PDF and the workbook carry the same figures."""
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from peewee import fn
from pypdf import PdfReader

from desktop_crm.domain.errors import PermissionDenied
from desktop_crm.services import session
from desktop_crm.services.accounts import user_accounts
from desktop_crm.services.analysis import composition
from desktop_crm.services.credit import ledger
from desktop_crm.store.binder_models import GoodsMovement
from desktop_crm.store.control_models import QueryLog
from tests.samples import TEST_TODAY

YEAR = TEST_TODAY.year


@pytest.fixture
def demo(demo_copy, monkeypatch):
    session.open_archive(session.locate(str(demo_copy(300, 3)), None))
    yield user_accounts.login("dangan", "demo1234")
    session.close_archive()


def test_shares_and_totals_add_up_to_the_registers(demo):
    report = composition.composition(demo, f"{YEAR}-01", f"{YEAR}-12")
    register = (GoodsMovement.select(fn.SUM(GoodsMovement.amount), fn.COUNT(GoodsMovement.id))
                .where(GoodsMovement.direction == "出货", GoodsMovement.removed == False,  # noqa: E712
                       GoodsMovement.amount.is_null(False),
                       GoodsMovement.moved_on.between(f"{YEAR}-01-01", f"{YEAR}-12-31")).tuples().first())
    assert report.sales_total == Decimal(str(register[0])) and report.sales_lines == register[1] > 0
    for part in (report.by_grade, report.by_product, report.by_region):
        assert sum(s.amount for s in part) == report.sales_total
        assert sum(s.percent for s in part) == Decimal("100.0")
    rows, total = ledger.desk_ageing(demo, report.period.last)
    assert report.exposure_total == total.balance and report.overdue_total == total.overdue
    assert sum(r.exposure for r in report.credit) == total.balance
    assert sum(r.customers for r in report.credit) == len(rows)
    assert sum(s.amount for s in report.ageing) == total.balance
    assert [m.month for m in report.months] == [f"{YEAR}-{m:02d}" for m in range(1, 13)]
    assert sum(m.new for m in report.months) == 300                   # the demo registered every card this year


def test_the_pdf_and_the_workbook_carry_the_same_figures(demo):
    report = composition.composition(demo, f"{YEAR}-01", f"{YEAR}-12")
    pdf = composition.analysis_pdf(demo, f"{YEAR}-01", f"{YEAR}-12")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    for words in ("客户构成分析", "销售构成", "商品构成", "地区构成", "客户信用分析", "账龄结构", "客户增减",
                  f"{report.sales_total:,.2f}"):
        assert words in text, words
    fonts = {str(f.get_object()["/BaseFont"]) for page in PdfReader(io.BytesIO(pdf)).pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("UMing" in f for f in fonts)                               # charts and tables in the embedded font
    book = load_workbook(io.BytesIO(composition.analysis_workbook(demo, f"{YEAR}-01", f"{YEAR}-12")))
    assert book.sheetnames[:3] == ["销售构成（按客户等级）", "商品构成", "地区构成"]
    grades = list(book["销售构成（按客户等级）"].iter_rows(min_row=2, values_only=True))
    assert grades[-1][0] == "合计" and Decimal(str(grades[-1][1])) == report.sales_total


def test_the_analysis_is_a_registered_read_for_those_who_may_query(demo, monkeypatch):
    before = QueryLog.select().count()
    composition.composition(demo, f"{YEAR}-01", f"{YEAR}-06")
    assert QueryLog.select().where(QueryLog.id > before, QueryLog.detail.contains("客户构成分析")).exists()
    with pytest.raises(PermissionDenied):
        composition.composition(user_accounts.login("yewuyuan", "demo1234"), f"{YEAR}-01", f"{YEAR}-06")
