"""The retention lifecycle: volumes due at several as-of dates, appraisal both ways, a destruction list approved
by a manager (never its proposer), carried out with two witnesses — scans gone, catalogue and list kept."""
import io
from datetime import date

import pytest
from pypdf import PdfReader

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput, PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.services.accounts import user_accounts
from desktop_crm.services.binders import papers, scans
from desktop_crm.services.cards import customers
from desktop_crm.services.retention import appraisal, destruction
from desktop_crm.services.settings import registry
from desktop_crm.services.year_end import closing, volume_output, volumes
from desktop_crm.store import scan_files
from desktop_crm.store.binder_models import Scan
from desktop_crm.store.control_models import QueryLog
from tests import scan_samples
from tests.conftest import PASSWORD
from tests.samples import TENCENT_USCC, TEST_TODAY, enterprise

YEAR = TEST_TODAY.year - 1            # 2025: a 10-year volume runs to 2035-12-31
AFTER = date(YEAR + 11, 1, 10)


@pytest.fixture
def bound(custodian, tmp_path):
    """Two customers' category-1 volumes of 2025 kept 10 years, one category-4 volume kept 30 years; scans."""
    registry.change(custodian, {"fonds.code": "0456", "fonds.name": "浙江华东机电集团有限公司"})
    huawei = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(founded_on="20160301",
                                                                                      trading_since="20170101"))
    tencent = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
        name="深圳市腾讯计算机系统有限公司", uscc=TENCENT_USCC, founded_on="20160301", trading_since="20170101"),
        allow_similar_name=True)
    for card in (huawei, tencent):
        paper = papers.file_document(custodian, card.id, {"category": 1, "kind": "background", "year": YEAR,
                                                          "title": "客户走访记录", "retention": "D10", "pages": 2,
                                                          "doc_date": date(YEAR, 4, 2)})
        scans.add_scan(custodian, paper.id, scan_samples.pdf(tmp_path / f"{paper.id}.pdf", 2, card.number))
    papers.file_document(custodian, huawei.id, {"category": 4, "kind": "goods_report", "year": YEAR,
                                                "title": "2025年度进货出货情况报告", "retention": "D30", "pages": 4,
                                                "doc_date": date(YEAR, 5, 6)})
    closing.close_year(custodian, YEAR, accepted_note="演示：缺件已登记", checked_by="李建国")
    return {v.customer_number + f"-{int(v.category)}": v for v in volumes.volumes(custodian, YEAR)}


def test_due_at_several_dates(custodian, bound):
    assert appraisal.due(custodian, date(YEAR + 10, 12, 31)) == []                 # the last day of the period
    due = appraisal.due(custodian, date(YEAR + 11, 1, 1))
    assert sorted(d.code for d in due) == sorted(v.code for k, v in bound.items() if k.endswith("-1"))
    assert all(d.expires == date(YEAR + 10, 12, 31) and d.retention == "10年" for d in due)
    assert len(appraisal.due(custodian, date(YEAR + 31, 1, 1))) == 3                # the 30-year one too
    with pytest.raises(InvalidInput, match="早于最早一卷的立卷日期"):
        appraisal.due(custodian, date(YEAR, 6, 1))


def test_keep_sets_a_new_period_and_destroy_needs_an_expired_volume(custodian, bound):
    kept, gone = bound["QY-000001-1"], bound["QY-000002-1"]
    with pytest.raises(InvalidInput, match="保管期限未满"):
        appraisal.appraise(custodian, kept.code, "destroy", "已无查考价值", as_of=TEST_TODAY)
    with pytest.raises(InvalidInput, match="鉴定理由"):
        appraisal.appraise(custodian, kept.code, "keep", "", period="10年", as_of=AFTER)
    appraisal.appraise(custodian, kept.code, "keep", "客户仍有往来，合同纠纷未了", period="10年", as_of=AFTER)
    appraisal.appraise(custodian, gone.code, "destroy", "客户已注销，无查考价值", as_of=AFTER)
    due = {d.code: d for d in appraisal.due(custodian, AFTER)}
    assert kept.code not in due                                     # kept to the end of 2046
    assert due[gone.code].appraised == "销毁"
    assert {d.code for d in appraisal.due(custodian, date(YEAR + 22, 1, 1))} >= {kept.code}


def test_a_customer_with_an_open_debt_keeps_its_volumes(custodian, bound):
    from desktop_crm.services.credit import ledger

    tencent = customers.find_by_number(custodian, bound["QY-000002-1"].customer_number)
    ledger.add_debt(custodian, tencent.id, TEST_TODAY, "120000", date(TEST_TODAY.year + 1, 3, 31))
    with pytest.raises(InvalidInput, match="欠款未清"):
        appraisal.appraise(custodian, bound["QY-000002-1"].code, "destroy", "客户已注销", as_of=AFTER)


def test_destruction_is_approved_by_another_manager_and_carried_out_before_two_witnesses(custodian, staff, bound, tmp_path):
    gone = bound["QY-000002-1"]
    manager = staff[Role.MANAGER]
    appraisal.appraise(manager, gone.code, "destroy", "客户已注销，无查考价值", as_of=AFTER)
    number = destruction.propose(manager, "2036年度到期鉴定：客户注销", as_of=AFTER)
    assert number.startswith(f"XH-{AFTER.year}-")
    with pytest.raises(PermissionDenied, match="不能由提出人自己批准"):
        destruction.decide(manager, number, approve=True)
    with pytest.raises(PermissionDenied):
        destruction.decide(custodian, number, approve=True)              # the custodian approves nothing
    with pytest.raises(InvalidInput, match="须经经理批准"):
        destruction.carry_out(custodian, number, ["张伟", "李娜"], on=AFTER)
    other = user_accounts.add_user(custodian, "zhoumin", "周敏", Role.MANAGER, PASSWORD)
    destruction.decide(other, number, approve=True, note="同意销毁")

    scan_paths = [scan_files.path_of(s.sha256, s.suffix) for s in Scan.select()]
    assert all(p.exists() for p in scan_paths) and len(scan_paths) == 2
    with pytest.raises(InvalidInput, match="两名监销人"):
        destruction.carry_out(custodian, number, ["张伟", "张伟"], on=AFTER)
    removed = destruction.carry_out(custodian, number, ["张伟", "李娜"], on=AFTER)
    assert removed == 1
    left = {s.sha256 for s in Scan.select()}
    assert len(left) == 1 and sum(p.exists() for p in scan_paths) == 1         # the other customer's scan stays

    row = next(v for v in volumes.volumes(custodian, YEAR) if v.id == gone.id)
    assert row.destroyed_on == AFTER
    catalogue = PdfReader(io.BytesIO(volume_output.volume_pdf(custodian, gone.id)))
    text = "".join(p.extract_text() for p in catalogue.pages)
    assert "客户走访记录" in text and "销毁清册" in text                  # catalogue kept; remarks say what happened
    with pytest.raises(InvalidInput, match="已于 .* 销毁"):
        volume_output.volume_pdf(custodian, gone.id, with_scans=True)
    before = QueryLog.select().count()
    printed = "".join(p.extract_text() for p in PdfReader(io.BytesIO(destruction.list_pdf(custodian, number))).pages)
    assert QueryLog.select().where(QueryLog.id > before, QueryLog.detail == f"销毁清册 {number}").exists()
    for words in ("档案销毁清册", gone.code, "客户已注销", "周敏", "张伟", "李娜", "监销人"):
        assert words in printed.replace("\n", ""), words
    assert [r.state for r in destruction.lists(custodian)] == ["已销毁"]
    with pytest.raises(InvalidInput):
        destruction.carry_out(custodian, number, ["张伟", "李娜"], on=AFTER)     # not twice


def test_a_rejected_list_frees_its_volumes_for_a_new_appraisal(custodian, staff, bound):
    gone = bound["QY-000002-1"]
    appraisal.appraise(custodian, gone.code, "destroy", "客户已注销", as_of=AFTER)
    number = destruction.propose(custodian, "到期鉴定", as_of=AFTER)
    with pytest.raises(InvalidInput, match="已列入销毁清册"):
        appraisal.appraise(custodian, gone.code, "keep", "再议", period="10年", as_of=AFTER)
    with pytest.raises(InvalidInput, match="鉴定理由"):
        destruction.decide(staff[Role.MANAGER], number, approve=False)
    destruction.decide(staff[Role.MANAGER], number, approve=False, note="涉及诉讼，暂缓销毁")
    appraisal.appraise(custodian, gone.code, "keep", "涉及诉讼", period="10年", as_of=AFTER)
    with pytest.raises(InvalidInput, match="没有鉴定为销毁"):
        destruction.propose(custodian, "到期鉴定", as_of=AFTER)
