from datetime import timedelta

import pytest

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput, PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.services.binders import papers
from desktop_crm.services.cards import customers
from desktop_crm.services.control import lending
from desktop_crm.services.control.lending import BorrowRequest
from desktop_crm.store.models import ChangeRecord
from tests.samples import TEST_TODAY, enterprise

TODAY = TEST_TODAY


@pytest.fixture
def filed(staff):
    custodian = staff[Role.CUSTODIAN]
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    made = {}
    for kind, title, original in (("business_licence", "营业执照（副本）", False), ("legal_mandate", "授权委托书", True),
                                  ("background", "2026年走访记录", False), ("background", "资信调查报告", False)):
        made[title] = papers.file_document(custodian, card.id, {
            "category": 1, "kind": kind, "year": 2026, "title": title, "retention": "D30", "pages": 2,
            "is_original": original}, today=TODAY)
    return made


def request(staff, role, *docs, date_out=TODAY, **extra):
    return BorrowRequest(staff[role].id, extra.pop("purpose", "核对资料"), tuple(d.id for d in docs), date_out,
                         approved_by_id=extra.pop("approved_by_id", staff[Role.MANAGER].id), **extra)


def test_lend_with_default_due_date_per_role(staff, filed):
    slip = lending.lend(staff[Role.CUSTODIAN], request(staff, Role.CUSTOMER_SERVICE, filed["营业执照（副本）"]),
                        today=TODAY)
    assert slip.number == "JY-2026-0001" and slip.due_date == TODAY + timedelta(days=7)
    assert slip.borrower_name == "赵雪梅" and slip.approved_by == "李建国"
    manager_slip = lending.lend(staff[Role.CUSTODIAN], request(staff, Role.MANAGER, filed["资信调查报告"],
                                                                approved_by_id=staff[Role.BUSINESS_MANAGER].id),
                                today=TODAY)
    assert manager_slip.due_date == TODAY + timedelta(days=14)
    out = lending.papers_out([filed["营业执照（副本）"].id])
    assert out[filed["营业执照（副本）"].id][0] == "赵雪梅"


def test_originals_are_never_lent(staff, filed):
    with pytest.raises(PermissionDenied, match="原件"):
        lending.lend(staff[Role.CUSTODIAN], request(staff, Role.CUSTOMER_SERVICE, filed["授权委托书"]), today=TODAY)


def test_a_paper_out_is_not_lent_twice(staff, filed):
    lending.lend(staff[Role.CUSTODIAN], request(staff, Role.CUSTOMER_SERVICE, filed["2026年走访记录"]), today=TODAY)
    with pytest.raises(PermissionDenied, match="赵雪梅"):
        lending.lend(staff[Role.CUSTODIAN], request(staff, Role.MANAGER, filed["2026年走访记录"],
                                                    approved_by_id=staff[Role.BUSINESS_MANAGER].id), today=TODAY)


def test_sales_never_borrow_and_the_custodian_needs_a_second_approver(staff, filed):
    with pytest.raises(PermissionDenied, match="业务员"):
        lending.lend(staff[Role.CUSTODIAN], request(staff, Role.SALES, filed["资信调查报告"]), today=TODAY)
    with pytest.raises(PermissionDenied, match="另一位"):
        lending.lend(staff[Role.CUSTODIAN], request(staff, Role.CUSTODIAN, filed["资信调查报告"], approved_by_id=None),
                     today=TODAY)
    with pytest.raises(PermissionDenied, match="自己"):
        lending.lend(staff[Role.CUSTODIAN], request(staff, Role.CUSTODIAN, filed["资信调查报告"],
                                                    approved_by_id=staff[Role.CUSTODIAN].id), today=TODAY)
    with pytest.raises(PermissionDenied, match="批准人"):
        lending.lend(staff[Role.CUSTODIAN], request(staff, Role.MANAGER, filed["资信调查报告"],
                                                    approved_by_id=staff[Role.CUSTOMER_SERVICE].id), today=TODAY)
    own = lending.lend(staff[Role.CUSTODIAN], request(staff, Role.CUSTODIAN, filed["资信调查报告"]), today=TODAY)
    assert own.approved_by == "李建国"


def test_overdue_blocks_borrowing_until_overridden_with_a_reason(staff, filed):
    old = lending.lend(staff[Role.CUSTODIAN], request(staff, Role.CUSTOMER_SERVICE, filed["营业执照（副本）"],
                                                      date_out=TODAY - timedelta(days=30)), today=TODAY)
    assert old.overdue(TODAY) and [s.id for s in lending.slips(staff[Role.CUSTODIAN], "overdue", TODAY)] == [old.id]
    with pytest.raises(PermissionDenied, match="逾期"):
        lending.lend(staff[Role.CUSTODIAN], request(staff, Role.CUSTOMER_SERVICE, filed["资信调查报告"]), today=TODAY)
    slip = lending.lend(staff[Role.CUSTODIAN], request(staff, Role.CUSTOMER_SERVICE, filed["资信调查报告"],
                                                       override_reason="客户投诉处理急需"), today=TODAY)
    assert slip.override_reason == "客户投诉处理急需"
    note = ChangeRecord.get((ChangeRecord.entity == "borrow_slip") & (ChangeRecord.entity_id == slip.id)).note
    assert "客户投诉处理急需" in note


def test_partial_returns_then_close(staff, filed):
    slip = lending.lend(staff[Role.CUSTODIAN], request(staff, Role.CUSTOMER_SERVICE, filed["营业执照（副本）"],
                                                       filed["资信调查报告"]), today=TODAY)
    first, second = slip.items
    slip = lending.return_papers(staff[Role.CUSTODIAN], slip.id, [first.id], TODAY, "完好", today=TODAY)
    assert not slip.closed and [i.id for i in slip.outstanding] == [second.id]
    with pytest.raises(InvalidInput):
        lending.return_papers(staff[Role.CUSTODIAN], slip.id, [first.id], TODAY, today=TODAY)   # already back
    slip = lending.return_papers(staff[Role.CUSTODIAN], slip.id, [second.id], TODAY, "边角破损", today=TODAY)
    assert slip.closed and slip.items[1].condition == "边角破损"
    assert lending.papers_out([filed["资信调查报告"].id]) == {}


def test_renewals_are_limited_and_recorded(staff, filed):
    slip = lending.lend(staff[Role.CUSTODIAN], request(staff, Role.CUSTOMER_SERVICE, filed["营业执照（副本）"]),
                        today=TODAY)
    first = lending.renew(staff[Role.CUSTODIAN], slip.id, today=TODAY)
    assert first.due_date == slip.due_date + timedelta(days=7) and first.renewals == 1
    lending.renew(staff[Role.CUSTODIAN], slip.id, today=TODAY)
    with pytest.raises(PermissionDenied, match="上限"):
        lending.renew(staff[Role.CUSTODIAN], slip.id, today=TODAY)
    trail = [r.note for r in ChangeRecord.select().where((ChangeRecord.entity == "borrow_slip")
                                                        & (ChangeRecord.action == "renew"))]
    assert trail == ["第1次续借", "第2次续借"]


def test_slip_and_reminder_print_with_the_font_embedded(staff, filed):
    from io import BytesIO

    from pypdf import PdfReader

    from desktop_crm.services.shelves import placing
    from desktop_crm.services.shelves.places import add_place

    add_place(staff[Role.CUSTODIAN], "A-03-2", "东墙铁皮柜")
    number = customers.get_card(staff[Role.CUSTODIAN], filed["营业执照（副本）"].customer_id).number
    placing.locate_binder(staff[Role.CUSTODIAN], number, "A-03-2")
    slip = lending.lend(staff[Role.CUSTODIAN], request(staff, Role.CUSTOMER_SERVICE, filed["营业执照（副本）"],
                                                       date_out=TEST_TODAY - timedelta(days=20)))
    for paper in ("A4", "A5"):
        text = PdfReader(BytesIO(lending.slip_pdf(staff[Role.CUSTODIAN], slip.id, paper))).pages[0].extract_text()
        assert "客户资料借阅表" in text and slip.number in text and "借阅人（签字）" in text and "营业执照" in text
        assert "A-03-2" in text                                   # where the custodian fetches it
    reminder = PdfReader(BytesIO(lending.reminder_pdf(staff[Role.CUSTODIAN], staff[Role.CUSTOMER_SERVICE].id)))
    text = reminder.pages[0].extract_text()
    assert "催还" in text and slip.number in text and "赵雪梅" in text and "A-03-2" in text


@pytest.mark.parametrize("role", [r for r in Role if r != Role.CUSTODIAN])
def test_only_the_custodian_runs_the_lending_desk(staff, filed, role):
    with pytest.raises(PermissionDenied):
        lending.lend(staff[role], request(staff, Role.CUSTOMER_SERVICE, filed["营业执照（副本）"]), today=TODAY)
    with pytest.raises(PermissionDenied):
        lending.slips(staff[role])
