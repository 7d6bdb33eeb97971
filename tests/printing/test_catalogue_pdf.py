import io
from datetime import date

import pytest
from pypdf import PdfReader

from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.printing.catalogue_pdf import CatalogueRow, CatalogueSheet, render_catalogue
from desktop_crm.services.binders import catalogue, papers
from desktop_crm.services.cards import customers
from tests.samples import enterprise


def fonts_of(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            names.add((str(font["/BaseFont"]), embedded))
    return names


@pytest.fixture
def binder_with_papers(custodian):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    for i in range(1, 41):
        papers.file_document(custodian, card.id, {
            "category": 4, "kind": "goods_report" if i % 5 else "other_trade", "year": 2026,
            "title": f"第{i}批产品实际出货情况报告（含装箱明细及签收单）", "title_made_up": i == 7,
            "doc_number": f"CH-2026-{i:03d}", "author": "华为技术有限公司物流部", "doc_date": date(2026, 1 + i % 10, 1 + i % 27),
            "pages": 1 + i % 4, "retention": "D10"}, today=date(2026, 11, 23))
    return card


def test_every_row_is_printed_with_its_page_number_and_the_heading_repeats(custodian, binder_with_papers):
    sheet = catalogue.catalogue_sheet(custodian, binder_with_papers.id, Category.TRADE, 2026)
    reader = PdfReader(io.BytesIO(catalogue.catalogue_pdf(custodian, binder_with_papers.id, Category.TRADE, 2026)))
    texts = [page.extract_text() for page in reader.pages]
    assert len(reader.pages) >= 3
    everything = "".join(texts).replace("\n", "")
    for row in sheet.rows:
        assert row.doc_number.replace("-", "") in everything.replace("-", "")
    assert "[第7批产品实际出货情况报告" in everything          # a made-up title in brackets
    for number, text in enumerate(texts, start=1):
        assert "序号" in text and "题名" in text and "页号" in text      # heading on every page
        assert "华为技术有限公司" in text and "第四类 交易状况" in text
        assert f"第 {number} 页" in text and f"共 {len(texts)} 页" in text
    # 页号 counts pages through the category in catalogue order
    pages = [1 + i % 4 for i in range(1, 41)]
    filed = papers.binder_catalogue(custodian, binder_with_papers.id, Category.TRADE, 2026)
    expected, start = [], 1
    for paper in filed:
        expected.append(start)
        start += paper.pages
    assert [r.page for r in sheet.rows[:-1]] == [str(p) for p in expected[:-1]]
    assert sheet.rows[-1].page == f"{expected[-1]}-{sum(pages)}"


def test_the_cjk_font_is_embedded_as_a_subset_and_nothing_else_is_used(custodian, binder_with_papers):
    reader = PdfReader(io.BytesIO(catalogue.catalogue_pdf(custodian, binder_with_papers.id, Category.TRADE, 2026)))
    fonts = fonts_of(reader)
    assert fonts and all(embedded and "+" in name for name, embedded in fonts), fonts


def test_printing_twice_gives_the_same_bytes(custodian, binder_with_papers):
    first = catalogue.catalogue_pdf(custodian, binder_with_papers.id, Category.TRADE, 2026)
    assert first == catalogue.catalogue_pdf(custodian, binder_with_papers.id, Category.TRADE, 2026)


def test_long_titles_wrap_inside_their_cell():
    title = "关于" + "华东区域年度框架采购协议补充条款" * 6
    pdf = render_catalogue(CatalogueSheet("客户档案目录", ("客户：QY-000001",), (CatalogueRow("1", "", "", title, "", "1"),)))
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert len([line for line in text.splitlines() if "补充条款" in line]) >= 3
