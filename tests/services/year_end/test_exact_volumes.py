"""The bound volume is the paper volume page for page — read back from the PDF, not from internal numbers."""
import io
import re
from datetime import date

import pytest
from pypdf import PdfReader, PdfWriter

from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.services.binders import frozen, papers, registers, scans
from desktop_crm.services.cards import customers
from desktop_crm.services.settings import registry
from desktop_crm.services.year_end import closing, verification, volume_output, volumes
from tests import scan_samples
from tests.samples import TENCENT_USCC, TEST_TODAY, enterprise

YEAR = TEST_TODAY.year - 1


def _file(custodian, card, kind, title, claimed, scan_pages, tmp_path, category=1, day=1, **extra):
    paper = papers.file_document(custodian, card.id, {
        "category": category, "kind": kind, "year": YEAR, "title": title, "retention": "D30",
        "pages": claimed, "doc_date": date(YEAR, 2, day), **extra})
    if scan_pages:
        scans.add_scan(custodian, paper.id, scan_samples.pdf(tmp_path / f"{paper.id}.pdf", scan_pages, title))
    return paper


@pytest.fixture
def volume(custodian, tmp_path):
    """One customer's category-1 volume with every awkward paper: scanned, unscanned, part-scanned, without
    a page count, and with more scan pages than it claims; a second customer whose volume is clean."""
    registry.change(custodian, {"fonds.code": "0456", "fonds.name": "浙江华东机电集团有限公司"})
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(founded_on="20160301", trading_since="20170101"))
    _file(custodian, card, "business_licence", "营业执照（副本）", 2, 2, tmp_path, day=1)          # pages 1-2
    _file(custodian, card, "legal_mandate", "法定代表人授权委托书", 3, 0, tmp_path, day=2)           # 3-5, no scan
    _file(custodian, card, "background", "客户走访记录", 2, 1, tmp_path, day=3)                   # 6-7, one scanned
    _file(custodian, card, "background", "资信调查报告", None, 0, tmp_path, day=4)                # 8, no count, no scan
    _file(custodian, card, "background", "补充调查", 1, 3, tmp_path, day=5)                       # 9-11, scan longer
    other = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
        name="深圳市腾讯计算机系统有限公司", uscc=TENCENT_USCC, founded_on="20160301", trading_since="20170101"), allow_similar_name=True)
    _file(custodian, other, "business_licence", "营业执照", 1, 1, tmp_path)
    _file(custodian, other, "legal_mandate", "授权委托书", 1, 1, tmp_path, day=2)
    _file(custodian, other, "background", "走访", 1, 1, tmp_path, day=3)
    closing.close_year(custodian, YEAR, accepted_note="页数已核对，缺扫描件待补扫", checked_by="李建国")
    rows = volumes.volumes(custodian, YEAR)
    return rows[0], rows[1]


def _stamps(reader):
    found = []
    for index, page in enumerate(reader.pages):
        stamp = verification._stamp_of(page)
        if stamp:
            found.append((index, stamp.number, stamp.right))
    return found


def test_pages_come_from_what_the_volume_holds(custodian, volume):
    mixed, clean = volume
    assert mixed.items == 5 and mixed.pages == 11 and clean.pages == 3
    reader = PdfReader(io.BytesIO(volume_output.volume_pdf(custodian, mixed.id, with_scans=True)))
    cover, remarks = reader.pages[0].extract_text(), reader.pages[-1].extract_text()
    assert "页数 11 页" in cover and "共 11 页" in remarks
    assert [n for _, n, _ in _stamps(reader)] == list(range(1, 12))
    placeholders = [i for i, p in enumerate(reader.pages) if "原件存放于" in (p.extract_text() or "")]
    assert len(placeholders) == 3 + 1 + 1       # the mandate's 3 pages, the visit report's page 2, the report
    catalogue = verification._page_column(reader, verification._catalogue_pages(reader))
    assert [first for first, _ in catalogue] == [1, 3, 6, 8, 9] and catalogue[-1] == (9, 11)
    assert verification.verify_pdf(b"".join([volume_output.volume_pdf(custodian, mixed.id, with_scans=True)]),
                                   mixed.code, "test").ok


def test_each_remarks_sheet_says_only_its_own_problems(custodian, volume):
    mixed, clean = volume
    text = PdfReader(io.BytesIO(volume_output.volume_pdf(custodian, mixed.id))).pages[-1].extract_text()
    assert "第4件未登记页数且无扫描件，按1页编页号" in text and "第5件登记1页，扫描件3页，按3页编页号" in text
    assert "第2件无扫描件" in text and "页数已核对，缺扫描件待补扫" in text
    clean_text = PdfReader(io.BytesIO(volume_output.volume_pdf(custodian, clean.id))).pages[-1].extract_text()
    assert "页数已核对" not in clean_text and "以上问题" not in clean_text
    assert "李建国" in clean_text and "签名" in clean_text


@pytest.mark.parametrize("extra_papers", [0, 30])      # catalogue of one page (front matter odd) or two (even)
def test_double_sided_starts_page_1_on_a_front_and_stamps_the_right_side(custodian, tmp_path, extra_papers):
    registry.change(custodian, {"fonds.code": "0456", "fonds.name": "浙江华东机电集团有限公司"})
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(founded_on="20160301", trading_since="20170101"))
    for i in range(3 + extra_papers):
        _file(custodian, card, "background", f"走访记录{i}", 1 + i % 2, 1 + i % 2, tmp_path, day=1 + i % 27)
    closing.close_year(custodian, YEAR, accepted_note="缺件已知", checked_by="李建国")
    target = volumes.volumes(custodian, YEAR)[0]
    pdf = volume_output.volume_pdf(custodian, target.id, with_scans=True, double_sided=True)
    reader = PdfReader(io.BytesIO(pdf))
    stamps = _stamps(reader)
    assert stamps[0][1] == 1 and stamps[0][0] % 2 == 0                 # page 1 is the front of a sheet
    assert all(right == (index % 2 == 0) for index, _, right in stamps)  # fronts top right, backs top left
    assert reader.pages[1].extract_text().strip() == ""                   # the cover's back is blank, unnumbered
    remarks = next(i for i, p in enumerate(reader.pages) if "卷内备考表" in (p.extract_text() or ""))
    assert remarks % 2 == 0
    assert verification.verify_pdf(pdf, target.code, "test").ok


def test_the_verifier_catches_a_volume_that_lost_a_page(custodian, volume, tmp_path):
    mixed, _ = volume
    path = volume_output.write_volume(custodian, mixed.id, tmp_path / "v.pdf", with_scans=True)
    assert all(c.ok for c in verification.verify_volume(custodian, mixed.code))
    reader = PdfReader(str(path))
    writer = PdfWriter()
    for index, page in enumerate(reader.pages):
        if index != 4:                                            # one scanned page is lost
            writer.add_page(page)
    broken = io.BytesIO()
    writer.write(broken)
    check = verification.verify_pdf(broken.getvalue(), mixed.code, "broken")
    assert not check.ok and any("连续" in str(p) for p in check.problems)
    path.write_bytes(broken.getvalue())
    found = verification.verify_volume(custodian, mixed.code)
    assert not found[0].ok and any("改动" in str(p) for p in found[0].problems)


def test_the_check_and_close_look_at_that_year_only(custodian, tmp_path):
    registry.change(custodian, {"fonds.code": "0456", "fonds.name": "浙江华东机电集团有限公司"})
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(founded_on="20160301", trading_since="20170101"))
    for year in (YEAR - 1, YEAR, YEAR + 1):           # an order each year; only that year's lacks a contract
        registers.add_entry(custodian, "contracts", card.id, {"number": f"HT{year}-01", "signed_on": date(year, 3, 1),
                                                              "subject": "光模块", "status": "已完成"})
    papers.file_document(custodian, card.id, {"category": 2, "kind": "contract_register", "year": YEAR,
                                              "title": "合同订单登记表", "retention": "D30", "pages": 1})
    check = closing.preview(custodian, YEAR)
    order_gaps = [str(p.text) for p in check.gaps if "HT" in str(p.text)]
    assert any(f"第二类 合同订单：订单 HT{YEAR}-01 缺合同订单" in g for g in order_gaps)
    assert all(f"HT{YEAR}-01" in g for g in order_gaps)       # other years' orders are not this close's gaps
    with pytest.raises(InvalidInput, match="尚未结束"):
        closing.close_year(custodian, TEST_TODAY.year, accepted_note="x")


def test_nothing_enters_a_bound_year(custodian, volume, staff):
    mixed, _ = volume
    card_id = volumes.find_volume(custodian, mixed.code)
    bound = papers.binder_catalogue(custodian, customers.find_by_number(custodian, card_id.customer_number).id,
                                    Category.BASIC, YEAR)
    customer_id = bound[0].customer_id
    with pytest.raises(frozen.FrozenPaper, match=mixed.code):               # into a bound category
        papers.file_document(custodian, customer_id, {"category": 1, "kind": "background", "year": YEAR,
                                                      "title": "迟到的走访记录", "retention": "D30", "pages": 1})
    with pytest.raises(frozen.FrozenPaper, match="已立卷"):                 # into a category without a volume
        papers.file_document(custodian, customer_id, {"category": 3, "kind": "debt_register", "year": YEAR,
                                                      "title": "欠款登记", "retention": "D30", "pages": 1})
    with pytest.raises(frozen.FrozenPaper):
        papers.update_document(custodian, bound[0].id, bound[0].version, {**bound[0].values(), "title": "改"})
    with pytest.raises(frozen.FrozenPaper):
        papers.move_document(custodian, bound[1].id, bound[1].version, Category.TRADE, "other_trade", "放错")
    with pytest.raises(frozen.FrozenPaper):
        papers.remove_document(custodian, bound[1].id, bound[1].version, "撤出")
    with pytest.raises(frozen.FrozenPaper):
        registers.add_entry(custodian, "contracts", customer_id, {"number": "HT-late", "signed_on": date(YEAR, 5, 1),
                                                                  "subject": "补登", "status": "已完成"})
    current = papers.file_document(custodian, customer_id, {"category": 1, "kind": "background",
                                                            "year": TEST_TODAY.year, "title": "本年走访",
                                                            "retention": "D30", "pages": 1})
    with pytest.raises(frozen.FrozenPaper):                                  # moved back into the bound year
        papers.update_document(custodian, current.id, current.version, {**current.values(), "year": YEAR})
    assert [d.seq for d in papers.binder_catalogue(custodian, customer_id, Category.BASIC, YEAR)] == [1, 2, 3, 4, 5]


def test_an_approval_decided_after_the_close_files_into_the_open_year(staff, volume):
    from desktop_crm.domain.roles import Role
    from desktop_crm.services.credit import approvals

    mixed, _ = volume
    customer = customers.find_by_number(staff[Role.CUSTODIAN], mixed.customer_number)
    request = approvals.draft(staff[Role.CUSTOMER_SERVICE], "limit", customer.id,
                              {"requested_limit": "100000", "reason": "采购增长"})
    approvals.submit(staff[Role.CUSTOMER_SERVICE], request.id)
    approvals.review(staff[Role.BUSINESS_MANAGER], request.id, "同意")
    approvals.decide(staff[Role.MANAGER], request.id, True, "同意")
    filed = papers.binder_catalogue(staff[Role.MANAGER], customer.id, Category.DEBTS, TEST_TODAY.year)
    assert [d.kind for d in filed] == ["credit_limit_approval"] and filed[0].year == TEST_TODAY.year


def test_landscape_scans_are_turned_not_shrunk(custodian, tmp_path):
    from PIL import Image
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    registry.change(custodian, {"fonds.code": "0456", "fonds.name": "浙江华东机电集团有限公司"})
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(founded_on="20160301", trading_since="20170101"))
    wide = tmp_path / "wide.pdf"
    canvas = Canvas(str(wide), pagesize=landscape(A4))
    canvas.drawString(100, 100, "landscape")
    canvas.showPage()
    canvas.save()
    paper = papers.file_document(custodian, card.id, {"category": 1, "kind": "background", "year": YEAR,
                                                      "title": "横版报表", "retention": "D30", "pages": 2})
    scans.add_scan(custodian, paper.id, wide)
    picture = tmp_path / "wide.png"
    Image.new("RGB", (1700, 1200), (250, 250, 240)).save(picture)
    scans.add_scan(custodian, paper.id, picture)
    closing.close_year(custodian, YEAR, accepted_note="缺件已知", checked_by="李建国")
    pdf = volume_output.volume_pdf(custodian, volumes.volumes(custodian, YEAR)[0].id, with_scans=True)
    reader = PdfReader(io.BytesIO(pdf))
    scanned = [p for p in reader.pages if verification._stamp_of(p)]
    assert int(scanned[0].get("/Rotate", 0)) == 90 and float(scanned[0].mediabox.width) > 800   # same size, turned
    assert float(scanned[1].mediabox.width) < float(scanned[1].mediabox.height)                  # drawn upright
    assert verification.verify_pdf(pdf, volumes.volumes(custodian, YEAR)[0].code, "t").ok


def test_a_scan_longer_than_the_paper_is_flagged_when_added(custodian, tmp_path):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    paper = papers.file_document(custodian, card.id, {"category": 1, "kind": "background", "year": TEST_TODAY.year,
                                                      "title": "走访记录", "retention": "D30", "pages": 1})
    added = scans.add_scan(custodian, paper.id, scan_samples.pdf(tmp_path / "three.pdf", 3))
    assert "登记为1页，扫描件共有3页" in str(added.warning)
    with pytest.raises(InvalidInput, match="1至5000"):
        papers.file_document(custodian, card.id, {"category": 1, "kind": "background", "year": TEST_TODAY.year,
                                                  "title": "零页", "retention": "D30", "pages": 0})


def test_long_names_and_titles_stay_inside_the_page(custodian, tmp_path):
    long_fonds = "浙江华东机电集团有限公司档案管理中心（含下属杭州、宁波、温州、绍兴、湖州五家分公司及二十三个销售服务网点）"
    registry.change(custodian, {"fonds.code": "0456", "fonds.name": long_fonds})
    name = "内蒙古自治区呼和浩特市赛罕区金桥经济技术开发区华远新能源科技股份有限公司"
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(name=name, founded_on="20160301", trading_since="20170101"))
    for i in range(2):
        _file(custodian, card, "background", "关于二〇二五年度第三季度华东区域市场（含江苏、浙江、上海）客户走访及信用状况调查的专题报告"
              + str(i), 1, 0, tmp_path, day=1 + i, doc_number="HZDJ-2025-XSB-0001-0012")
    closing.close_year(custodian, YEAR, accepted_note="缺件已知", checked_by="李建国")
    target = volumes.volumes(custodian, YEAR)[0]
    reader = PdfReader(io.BytesIO(volume_output.volume_pdf(custodian, target.id)))
    for page in reader.pages:
        width = float(page.mediabox.width)
        sizes = []

        def visit(text, cm, tm, font, size, into=sizes):
            if text.strip():
                x = tm[4] * cm[0] + cm[4]
                into.append((x, size * abs(tm[0] or 1), text))
        page.extract_text(visitor_text=visit)
        assert all(x < width - 10 for x, _, _ in sizes)
    cover = reader.pages[0].extract_text().replace("\n", "")
    assert "二十三个销售服务网点" in cover and "华远新能源科技股份有限公司" in cover
    catalogue = reader.pages[1].extract_text()
    assert "HZDJ-2025-" in catalogue
    assert not re.search(r"(?m)^[，。、；：）」》】]", catalogue)          # no line starts with closing punctuation


def test_a_long_remarks_sheet_continues_and_image_scans_are_stamped(custodian, tmp_path):
    registry.change(custodian, {"fonds.code": "0456", "fonds.name": "浙江华东机电集团有限公司"})
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(founded_on="20160301",
                                                                                       trading_since="20170101"))
    paper = papers.file_document(custodian, card.id, {"category": 1, "kind": "background", "year": YEAR,
                                                      "title": "走访照片", "retention": "D30", "pages": 3})
    scans.add_scan(custodian, paper.id, scan_samples.image(tmp_path / "p.tif", "TIFF", frames=2))
    closing.close_year(custodian, YEAR, accepted_note="缺件已知", checked_by="李建国")
    target = volumes.volumes(custodian, YEAR)[0]
    for i in range(40):
        volumes.record_correction(custodian, target.id, f"第{i + 1}次核对：照片第{i % 3 + 1}页边角有折痕，已压平并记录在案。")
    pdf = volume_output.volume_pdf(custodian, target.id, with_scans=True, double_sided=True)
    reader = PdfReader(io.BytesIO(pdf))
    texts = [p.extract_text() or "" for p in reader.pages]
    remarks = [t for t in texts if "卷内备考表" in t]
    assert len(remarks) >= 2 and "（续）" in remarks[1]
    assert all(f"第{i + 1}次核对" in "".join(remarks) for i in range(40))          # nothing cut
    assert "立卷人" in remarks[-1] and "立卷人" not in remarks[0]
    check = verification.verify_pdf(pdf, target.code, "test")
    assert check.ok and check.stamped_pages == 3                    # two TIFF frames and one placeholder
    assert len(reader.outline) == 1
