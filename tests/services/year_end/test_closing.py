import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput, PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.services.binders import papers, scans
from desktop_crm.services.binders.frozen import FrozenPaper
from desktop_crm.services.cards import customers
from desktop_crm.services.settings import registry
from desktop_crm.services.year_end import closing, volume_output, volumes
from desktop_crm.store.volume_models import Volume
from tests import scan_samples
from tests.samples import TENCENT_USCC, TEST_TODAY, enterprise

YEAR = TEST_TODAY.year - 1


@pytest.fixture
def year(custodian, tmp_path):
    registry.change(custodian, {"fonds.code": "0456", "fonds.name": "浙江华东机电集团有限公司"})
    made = {}
    for name, uscc in (("华为技术有限公司", "914403001922038216"), ("深圳市腾讯计算机系统有限公司", TENCENT_USCC)):
        card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(name=name, uscc=uscc),
                                         allow_similar_name=True)
        filed = []
        for i, (kind, pages) in enumerate((("business_licence", 1), ("legal_mandate", 2), ("background", 3))):
            filed.append(papers.file_document(custodian, card.id, {
                "category": 1, "kind": kind, "year": YEAR, "title": f"{name[:4]}{kind}", "retention": "D30",
                "pages": pages, "doc_date": date(YEAR, 3 + i, 10)}))
            scans.add_scan(custodian, filed[-1].id, scan_samples.pdf(tmp_path / f"{card.id}-{i}.pdf", pages,
                                                                      f"{name}{i}"))
        papers.file_document(custodian, card.id, {"category": 4, "kind": "goods_report", "year": YEAR,
                                                  "title": f"{YEAR}年出货报告", "retention": "D10", "pages": 2})
        made[name] = (card, filed)
    return made


def close(custodian, **kw):
    return closing.close_year(custodian, YEAR, accepted_note=kw.pop("note", "缺件已知，待补"), checked_by="李建国", **kw)


def test_preview_then_close_gives_each_customer_category_a_volume_with_a_unique_code(custodian, year):
    check = closing.preview(custodian, YEAR)
    assert check.volumes_planned == 4 and check.gaps          # tax registration etc. missing on purpose
    with pytest.raises(InvalidInput, match="写明"):
        closing.close_year(custodian, YEAR)                   # problems need a written acceptance
    result = close(custodian)
    assert result.closed == 4 and not result.cancelled
    rows = volumes.volumes(custodian, YEAR)
    assert [v.code for v in rows] == [f"0456-{YEAR}-{n:03d}" for n in range(1, 5)]
    assert all(re.fullmatch(r"0456-\d{4}-\d{3}", v.code) for v in rows)
    assert rows[0].title == f"华为技术有限公司 {YEAR}年度 客户基础资料" and rows[0].pages == 6 and rows[0].items == 3
    assert rows[0].retention == "D30" and rows[1].retention == "D10"


def test_dat13_template(custodian, year):
    registry.change(custodian, {"volume.template": "dat13"})
    close(custodian)
    assert volumes.volumes(custodian, YEAR)[0].code == f"0456-KH·{YEAR}-001"


def test_an_interrupted_close_resumes_and_codes_never_change(custodian, year):
    calls = iter([False, False, True])
    first = close(custodian, cancelled=lambda: next(calls, True))
    assert first.cancelled and first.closed == 2
    codes = {v.id: v.code for v in volumes.volumes(custodian, YEAR)}
    second = close(custodian)
    assert second.closed == 2 and second.skipped == 2
    after = {v.id: v.code for v in volumes.volumes(custodian, YEAR)}
    assert {k: after[k] for k in codes} == codes and len(after) == 4 and len(set(after.values())) == 4


def test_a_volume_group_is_all_or_nothing(custodian, year, monkeypatch):
    from desktop_crm.services import audit

    real = audit.record
    seen = []

    def fail_on_second(*args, **kwargs):
        if args[1] == "volume":
            seen.append(1)
            if len(seen) == 2:
                raise RuntimeError("power cut")
        return real(*args, **kwargs)
    monkeypatch.setattr(audit, "record", fail_on_second)
    with pytest.raises(RuntimeError):
        close(custodian)
    assert Volume.select().count() == 1                # the first group closed, the second left untouched
    monkeypatch.setattr(audit, "record", real)
    assert close(custodian).closed == 3


def test_bound_papers_are_frozen_and_corrections_go_onto_the_remarks_sheet(custodian, year):
    close(custodian)
    card, filed = year["华为技术有限公司"]
    with pytest.raises(FrozenPaper, match="固定卷"):
        papers.update_document(custodian, filed[0].id, filed[0].version, {**filed[0].values(), "title": "改"})
    with pytest.raises(FrozenPaper):
        papers.remove_document(custodian, filed[0].id, filed[0].version, "撤出")
    with pytest.raises(FrozenPaper, match="已立卷"):
        papers.file_document(custodian, card.id, {"category": 1, "kind": "background", "year": YEAR,
                                                  "title": "补充走访记录", "retention": "D30"})
    volume = volumes.volumes(custodian, YEAR)[0]
    volumes.record_correction(custodian, volume.id, "第2件法人委托书原件污损，已附说明")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(volume_output.volume_pdf(custodian, volume.id))).pages)
    assert "卷内备考表" in text and "污损" in text and "缺件已知" in text and "李建国" in text


def test_the_printed_volume_reads_back_right(custodian, year):
    close(custodian)
    volume = volumes.volumes(custodian, YEAR)[0]
    pdf = volume_output.volume_pdf(custodian, volume.id)
    reader = PdfReader(io.BytesIO(pdf))
    cover, catalogue, remarks = (p.extract_text() for p in reader.pages)
    for field in ("全宗名称", "浙江华东机电集团有限公司", "类目名称", "案卷题名", "起止年月", f"{YEAR}.03", "保管期限",
                  "30年", "件数", "3 件", "页数", "6 页", volume.code):
        assert field in cover
    assert "卷内文件目录" in catalogue and "序号" in catalogue and "4-6" in catalogue
    assert "本卷共有文件 3 件，共 6 页" in remarks
    assert pdf == volume_output.volume_pdf(custodian, volume.id)          # reprints are byte-identical
    fonts = {str(f.get_object()["/BaseFont"]) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert fonts and all("+" in f for f in fonts)


def test_with_scans_page_numbers_match_where_papers_start_and_sit_in_the_right_corner(custodian, year):
    close(custodian)
    volume = volumes.volumes(custodian, YEAR)[0]
    plain = PdfReader(io.BytesIO(volume_output.volume_pdf(custodian, volume.id)))
    whole = volume_output.volume_pdf(custodian, volume.id, with_scans=True)
    reader = PdfReader(io.BytesIO(whole))
    front = 2                                               # cover + one catalogue page
    assert len(reader.pages) == front + 6 + 1
    starts = {1: 0, 2: 1, 4: 2}                              # 页号 in the catalogue → which paper starts there
    for page_number, paper_index in starts.items():
        text = reader.pages[front + page_number - 1].extract_text()
        assert f"华为技术有限公司{paper_index} 第1页" in text
    for number in range(1, 7):
        page = reader.pages[front + number - 1]
        found: list = []
        page.extract_text(visitor_text=lambda t, cm, tm, fd, fs, into=found: into.append((t.strip(), tm[4], tm[5])))
        stamps = [(x, y) for t, x, y in found if t == str(number)]
        assert stamps and stamps[0][0] > float(page.mediabox.width) / 2 and stamps[0][1] > 700
    assert "4-6" in plain.pages[1].extract_text()
    assert whole == volume_output.volume_pdf(custodian, volume.id, with_scans=True)


def test_year_register_and_spine_labels(custodian, year, tmp_path):
    close(custodian)
    files = volume_output.bind_to_folder(custodian, YEAR, tmp_path / "out")
    names = sorted(p.name for p in files)
    assert f"0456-{YEAR}-001.pdf" in names and f"{YEAR}年度案卷目录.pdf" in names
    register = "".join(p.extract_text() for p in PdfReader(str(tmp_path / "out" / f"{YEAR}年度案卷目录.pdf")).pages)
    assert "案卷目录" in register and f"0456-{YEAR}-004" in register
    assert not list((tmp_path / "out").glob(".*tmp"))


@pytest.mark.parametrize("role", [r for r in Role if r != Role.CUSTODIAN])
def test_only_the_custodian_binds(staff, role):
    with pytest.raises(PermissionDenied):
        closing.close_year(staff[role], YEAR, accepted_note="x")
    with pytest.raises(PermissionDenied):
        closing.preview(staff[role], YEAR)


def test_settings_are_checked(custodian):
    with pytest.raises(InvalidInput) as caught:
        registry.change(custodian, {"fonds.code": "a b", "fonds.name": "本公司", "volume.template": "x", "volume.page_limit": 5})
    assert set(caught.value.problems) == {"fonds.code", "fonds.name", "volume.template", "volume.page_limit"}


def test_close_needs_the_fonds_name(custodian):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    papers.file_document(custodian, card.id, {"category": 1, "kind": "background", "year": YEAR, "title": "x",
                                              "retention": "D30", "pages": 1})
    with pytest.raises(InvalidInput, match="全宗名称"):
        closing.close_year(custodian, YEAR, accepted_note="x")


def test_thick_volumes_split_into_parts(custodian, year):
    registry.change(custodian, {"volume.page_limit": 20})
    card, _ = year["华为技术有限公司"]
    for i in range(5):
        papers.file_document(custodian, card.id, {"category": 2, "kind": "contract_register", "year": YEAR,
                                                  "title": f"合同订单登记表{i}", "retention": "D30", "pages": 8})
    close(custodian)
    parts = [v for v in volumes.volumes(custodian, YEAR) if v.category == Category.CONTRACTS]
    assert [v.part for v in parts] == [1, 2, 3] and parts[0].title.endswith("（之一）")
    assert [v.pages for v in parts] == [16, 16, 8]
