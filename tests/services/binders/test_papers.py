
import pytest

from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput, NotFound, PermissionDenied, StaleCard
from desktop_crm.domain.roles import Role
from desktop_crm.services.binders import papers, registers
from desktop_crm.services.cards import customers
from desktop_crm.store.binder_models import Document
from desktop_crm.store.models import ChangeRecord
from tests.samples import TEST_TODAY, enterprise

YEAR = 2026
TODAY = TEST_TODAY


@pytest.fixture
def huawei(custodian):
    return customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())


def paper(kind, category, **extra):
    values = {"category": int(category), "kind": kind, "year": YEAR, "title": extra.pop("title", "文件"),
              "retention": "D30", "pages": 2}
    values.update(extra)
    return values


def file(user, customer, kind, category, **extra):
    return papers.file_document(user, customer.id, paper(kind, category, **extra), today=TODAY)


def seqs(user, customer, category):
    return [(d.seq, d.kind, d.raw_title) for d in papers.binder_catalogue(user, customer.id, category, YEAR)]


def test_prescribed_kind_order_then_date_and_renumbering_is_recorded(custodian, huawei):
    bg = file(custodian, huawei, "background", 1, title="2026年3月走访记录", doc_date="20260310")
    licence = file(custodian, huawei, "business_licence", 1, title="营业执照副本", doc_date="20250101")
    earlier_bg = file(custodian, huawei, "background", 1, title="资信调查报告", doc_date="20260105")
    assert seqs(custodian, huawei, 1) == [(1, "business_licence", "营业执照副本"),
                                          (2, "background", "资信调查报告"),
                                          (3, "background", "2026年3月走访记录")]
    moves = {(r.entity_id, r.old_value, r.new_value) for r in ChangeRecord.select()
             .where((ChangeRecord.entity == "document") & (ChangeRecord.action == "renumber"))}
    assert (bg.id, "1", "2") in moves and (bg.id, "2", "3") in moves
    assert licence.uid != earlier_bg.uid and len(licence.uid) == 36


def test_contracts_stand_by_signing_date(custodian, huawei):
    late = registers.add_entry(custodian, "contracts", huawei.id, {
        "number": "HT-2026-031", "signed_on": "2026-06-01", "subject": "5G基站天线", "status": "执行中"}, today=TODAY)
    early = registers.add_entry(custodian, "contracts", huawei.id, {
        "number": "HT-2026-007", "signed_on": "2026-02-11", "subject": "光模块", "status": "已完成"}, today=TODAY)
    file(custodian, huawei, "contract", 2, title="购销合同 HT-2026-031", doc_date="20260601", order_id=late.id)
    file(custodian, huawei, "contract", 2, title="购销合同 HT-2026-007", doc_date="20260211", order_id=early.id)
    file(custodian, huawei, "contract_register", 2, title="合同订单登记表")
    assert [t for _, _, t in seqs(custodian, huawei, 2)] == ["合同订单登记表", "购销合同 HT-2026-007",
                                                             "购销合同 HT-2026-031"]


def test_uid_survives_renumbering_and_correction(custodian, huawei):
    first = file(custodian, huawei, "background", 1, title="走访记录", doc_date="20260601")
    file(custodian, huawei, "business_licence", 1, title="营业执照")
    again = papers.get_document(custodian, first.id)
    assert again.uid == first.uid and again.seq == 2


def test_made_up_title_is_shown_in_brackets(custodian, huawei):
    row = file(custodian, huawei, "background", 1, title="客户走访照片", title_made_up=True)
    assert row.title == "[客户走访照片]" and row.raw_title == "客户走访照片"


def test_move_and_remove_need_a_reason_and_nothing_is_deleted(custodian, huawei):
    row = file(custodian, huawei, "goods_report", 4, title="2026年上半年出货报告")
    with pytest.raises(InvalidInput, match="原因"):
        papers.move_document(custodian, row.id, row.version, Category.TRADE, "other_trade", " ")
    moved = papers.move_document(custodian, row.id, row.version, Category.TRADE, "other_trade", "归类有误")
    assert moved.kind == "other_trade" and moved.version == row.version + 1
    with pytest.raises(StaleCard):
        papers.remove_document(custodian, row.id, row.version, "重复归档")
    papers.remove_document(custodian, row.id, moved.version, "重复归档")
    assert seqs(custodian, huawei, 4) == []
    kept = Document.get_by_id(row.id)
    assert kept.removed and kept.removed_reason == "重复归档"
    with pytest.raises(NotFound):
        papers.remove_document(custodian, row.id, kept.version, "again")


def test_a_kind_must_belong_to_its_category(custodian, huawei):
    with pytest.raises(InvalidInput) as caught:
        papers.file_document(custodian, huawei.id, paper("contract", 1), today=TODAY)
    assert "第二类" in caught.value.problems["kind"]


def test_every_problem_of_a_paper_is_listed(custodian, huawei):
    with pytest.raises(InvalidInput) as caught:
        papers.file_document(custodian, huawei.id, paper("background", 1, title="", pages="零", doc_date="2026-13-01",
                                                          retention="5年"), today=TODAY)
    assert set(caught.value.problems) == {"title", "pages", "doc_date", "retention"}
    assert Document.select().count() == 0


def test_years_and_loose_leaf_year(custodian, huawei):
    file(custodian, huawei, "background", 1, year=2024)
    years = papers.binder_years(custodian, huawei.id)
    assert 2024 in years and TEST_TODAY.year in years and years == sorted(years, reverse=True)


@pytest.mark.parametrize("role", list(Role))
def test_role_matrix_for_binders(staff, role):
    custodian = staff[Role.CUSTODIAN]
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    row = file(custodian, card, "background", 1)
    user = staff[role]
    may_query = role != Role.SALES
    for call in (lambda: papers.binder_catalogue(user, card.id, Category.BASIC, YEAR),
                 lambda: papers.get_document(user, row.id)):
        if may_query:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()
    if role == Role.CUSTODIAN:
        file(user, card, "background", 1)
    else:
        with pytest.raises(PermissionDenied):
            file(user, card, "background", 1)
        with pytest.raises(PermissionDenied):
            papers.remove_document(user, row.id, row.version, "试图撤出")
        with pytest.raises(PermissionDenied):
            registers.add_entry(user, "contracts", card.id, {"number": "X1", "signed_on": "2026-01-01",
                                                             "subject": "x", "status": "执行中"})
