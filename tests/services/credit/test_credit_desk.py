import io
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal as D

import pytest
from pypdf import PdfReader

from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput, PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.services.binders import papers, registers
from desktop_crm.services.cards import customer_search, customers
from desktop_crm.services.cards.customer_search import CustomerQuery
from desktop_crm.services.credit import approvals, bad_customers, ledger, rating
from desktop_crm.services.settings import registry
from desktop_crm.store.credit_models import Debt
from tests.samples import TEST_TODAY, enterprise

TODAY = TEST_TODAY


@pytest.fixture
def card(staff):
    return customers.create_customer(staff[Role.CUSTODIAN], CustomerKind.ENTERPRISE, enterprise(
        trading_since="2015-01-01"))


def test_part_payments_ageing_and_rating_follow_the_ledger(staff, card):
    custodian = staff[Role.CUSTODIAN]
    old = ledger.add_debt(custodian, card.id, TODAY - timedelta(days=200), "300000", TODAY - timedelta(days=120))
    ledger.add_debt(custodian, card.id, TODAY - timedelta(days=20), "100000", TODAY + timedelta(days=40))
    assert customers.get_card(custodian, card.id).values["credit_rating"] == "风险"
    settled = ledger.add_repayment(custodian, card.id, TODAY, "250000")
    assert settled == [(old, D("250000.00"))]
    ageing = ledger.ageing_of(custodian, card.id)
    assert ageing.balance == D("150000.00") and ageing.overdue == D("50000.00") and ageing.buckets[3] == D("50000.00")
    ledger.add_repayment(custodian, card.id, TODAY, "50000")
    assert customers.get_card(custodian, card.id).values["credit_rating"] == "优秀"
    reasons = [h.reason for h in rating.history(custodian, card.id)]
    assert any("风险" in r or "90天" in r for r in reasons)
    with pytest.raises(InvalidInput, match="超过"):
        ledger.add_repayment(custodian, card.id, TODAY, "999999")


def test_a_missed_instalment_shows_as_overdue(staff, card):
    custodian = staff[Role.CUSTODIAN]
    debt = ledger.add_debt(custodian, card.id, TODAY - timedelta(days=90), "90000", TODAY + timedelta(days=60))
    ledger.add_plan(custodian, debt, "HK-2026-003", [(TODAY - timedelta(days=30), "30000"),
                                                     (TODAY - timedelta(days=1), "30000"),
                                                     (TODAY + timedelta(days=30), "30000")])
    ledger.add_repayment(custodian, card.id, TODAY - timedelta(days=29), "30000")
    missed = ledger.missed_instalments(custodian, card.id)
    assert [(m.due_on, m.shortfall) for m in missed] == [(TODAY - timedelta(days=1), D("30000.00"))]
    with pytest.raises(InvalidInput, match="合计"):
        ledger.add_plan(custodian, debt, "HK-x", [(TODAY, "1")])


def test_rating_override_needs_a_reason_and_stands(staff, card):
    custodian = staff[Role.CUSTODIAN]
    with pytest.raises(InvalidInput):
        rating.override(custodian, card.id, "一般", "")
    rating.override(custodian, card.id, "一般", "客户涉诉，暂按一般管理")
    ledger.add_debt(custodian, card.id, TODAY, "1000", TODAY + timedelta(days=30))
    assert customers.get_card(custodian, card.id).values["credit_rating"] == "一般"
    with pytest.raises(PermissionDenied):
        rating.override(staff[Role.MANAGER], card.id, "优秀", "想改")


def test_limit_approval_workflow_files_the_form_and_keeps_the_limit_history(staff, card):
    kefu, yewujingli, jingli = staff[Role.CUSTOMER_SERVICE], staff[Role.BUSINESS_MANAGER], staff[Role.MANAGER]
    request = approvals.draft(kefu, "limit", card.id, {"requested_limit": "800000", "reason": "年采购量增长"})
    approvals.submit(kefu, request.id)
    with pytest.raises(PermissionDenied):
        approvals.review(staff[Role.CUSTOMER_SERVICE], request.id, "同意")     # no authority
    approvals.review(yewujingli, request.id, "回款记录良好，同意")
    with pytest.raises(PermissionDenied):
        approvals.decide(yewujingli, request.id, True, "同意")                   # reviewer may not approve
    decided = approvals.decide(jingli, request.id, True, "额度80万元，信用期60天")
    assert decided.state == "approved" and decided.approver == "李建国"
    assert approvals.current_limit(card.id) == D("800000.00")
    assert approvals.limit_history(jingli, card.id) == [(TODAY, D("800000.00"), decided.number)]
    filed = papers.binder_catalogue(jingli, card.id, Category.DEBTS, TODAY.year)
    assert [d.kind for d in filed] == ["credit_limit_approval"] and filed[0].doc_number == decided.number
    text = PdfReader(io.BytesIO(approvals.form_pdf(jingli, request.id))).pages[0].extract_text()
    assert "客户信用额度审批表" in text and "¥800,000.00（人民币捌拾万元整）" in text and "回款记录良好" in text and "李建国" in text


def test_nobody_approves_their_own_request(staff, card):
    jingli = staff[Role.MANAGER]
    own = approvals.draft(jingli, "limit", card.id, {"requested_limit": "100000", "reason": "试用"})
    approvals.submit(jingli, own.id)
    approvals.review(staff[Role.BUSINESS_MANAGER], own.id, "同意")
    with pytest.raises(PermissionDenied, match="自己"):
        approvals.decide(jingli, own.id, True, "同意")
    with pytest.raises(PermissionDenied, match="自己"):
        approvals.review(jingli, approvals.submit(jingli, approvals.draft(jingli, "limit", card.id, {
            "requested_limit": "5", "reason": "x"}).id).id, "同意")


def test_deferral_moves_due_dates_and_keeps_the_old_ones(staff, card):
    custodian, kefu = staff[Role.CUSTODIAN], staff[Role.CUSTOMER_SERVICE]
    debt = ledger.add_debt(custodian, card.id, TODAY - timedelta(days=60), "50000", TODAY - timedelta(days=10))
    new_due = TODAY + timedelta(days=30)
    request = approvals.draft(kefu, "deferral", card.id, {"debt_ids": [debt], "new_due": new_due.isoformat(),
                                                          "reason": "客户资金周转", "guarantee": "母公司担保"})
    approvals.submit(kefu, request.id)
    approvals.review(staff[Role.BUSINESS_MANAGER], request.id, "属实")
    approvals.decide(staff[Role.MANAGER], request.id, True, "同意延期30天")
    row = Debt.get_by_id(debt)
    assert row.due_date == new_due and row.original_due_date == TODAY - timedelta(days=10)
    assert ledger.ageing_of(custodian, card.id).overdue == 0
    assert [d.kind for d in papers.binder_catalogue(custodian, card.id, Category.DEBTS, TODAY.year)] == [
        "deferral_approval"]


def test_return_approval_enters_the_register_and_files_into_category_5(staff, card):
    custodian, kefu = staff[Role.CUSTODIAN], staff[Role.CUSTOMER_SERVICE]
    order = registers.add_entry(custodian, "contracts", card.id, {"number": "HT2026-0001-01", "signed_on": TODAY,
                                                                   "subject": "光模块", "status": "执行中"})
    request = approvals.draft(kefu, "return", card.id, {"order_id": order.id, "amount": "3680", "reason": "到货破损",
                                                        "cause": "运输破损", "responsible": "承运方",
                                                        "finding": "外包装受潮"})
    approvals.submit(kefu, request.id)
    approvals.review(staff[Role.BUSINESS_MANAGER], request.id, "情况属实")
    approvals.decide(staff[Role.MANAGER], request.id, False, "责任在承运方，由承运方赔付")
    assert registers.entries(custodian, "returns", card.id) == []                # rejected: nothing entered
    assert [d.kind for d in papers.binder_catalogue(custodian, card.id, Category.RETURNS, TODAY.year)] == [
        "return_approval", "return_assessment"]


def test_bad_customers_found_flagged_cleared_and_restored(staff, card):
    custodian = staff[Role.CUSTODIAN]
    registers.add_entry(custodian, "contracts", card.id, {"number": "HT2024-0001-01",
                                                          "signed_on": TODAY - timedelta(days=500),
                                                          "subject": "光模块", "status": "已完成"})
    ledger.add_debt(custodian, card.id, TODAY - timedelta(days=500), "20000", TODAY - timedelta(days=420))
    [found] = bad_customers.candidates(custodian)
    assert found.criteria == ("no_trade", "old_debt") and "一年以上" in found.reasons
    bad_customers.record_measure(custodian, card.id, "追讨欠款", "财务部", TODAY)
    with pytest.raises(InvalidInput):
        bad_customers.clear(custodian, card.id, "")
    bad_customers.clear(custodian, card.id, "长期拖欠，多次催收无果")
    assert customer_search.count(custodian, CustomerQuery(text="华为")) == 0       # hidden from everyday lists
    assert customer_search.count(custodian, CustomerQuery(text="华为", include_cleared=True)) == 1
    assert customers.get_card(custodian, card.id).values["state"] == "已清除"    # kept, not deleted
    bad_customers.restore(custodian, card.id, "已还清欠款，恢复往来")
    assert [r.action for r in bad_customers.record_of(custodian, card.id)] == ["measure", "clear", "restore"]
    with pytest.raises(PermissionDenied):
        bad_customers.flag(staff[Role.MANAGER], card.id, "harm", "x")


def test_export_terms_and_collateral_register(staff, card):
    from desktop_crm.services.credit import export_terms

    custodian = staff[Role.CUSTODIAN]
    export_terms.set_terms(custodian, card.id, "即期信用证", "3000000")
    guarantee = export_terms.add_collateral(custodian, card.id, "保证", "母公司连带责任保证", "3000000",
                                             guarantor="华为投资控股有限公司")
    with pytest.raises(InvalidInput, match="保证人"):
        export_terms.add_collateral(custodian, card.id, "保证", "个人保证")
    export_terms.release_collateral(custodian, guarantee, TODAY)
    credit = export_terms.export_credit(staff[Role.MANAGER], card.id)
    assert credit.payment_method == "即期信用证" and credit.credit_amount == D("3000000.00")
    assert credit.collateral[0].released_on == TODAY
    other = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
        name="深圳市腾讯计算机系统有限公司", uscc="9144030071526726XG", direct_export=False))
    with pytest.raises(InvalidInput, match="直接出口"):
        export_terms.set_terms(custodian, other.id, "T/T", "100")


def test_authority_and_trade_terms_are_configurable(staff, card):
    custodian, kefu = staff[Role.CUSTODIAN], staff[Role.CUSTOMER_SERVICE]
    registry.change(custodian, {"approvals.reviewers": "manager", "approvals.approvers": "business_manager",
                                "terms.优秀": "120:8000000"})
    request = approvals.draft(kefu, "limit", card.id, {"requested_limit": "100000", "reason": "x"})
    submitted = approvals.submit(kefu, request.id)
    assert submitted.snapshot["terms_days"] == 120 and submitted.snapshot["terms_ceiling"] == "8000000.00"
    with pytest.raises(PermissionDenied):
        approvals.review(staff[Role.BUSINESS_MANAGER], request.id, "同意")
    approvals.review(staff[Role.MANAGER], request.id, "同意")
    assert approvals.decide(staff[Role.BUSINESS_MANAGER], request.id, True, "同意").state == "approved"
    with pytest.raises(InvalidInput):
        registry.change(custodian, {"approvals.reviewers": "sales", "approvals.approvers": "manager"})
    with pytest.raises(PermissionDenied):
        registry.change(staff[Role.MANAGER], {"terms.优秀": "1:1"})


def test_the_custodian_cannot_make_itself_an_approver_without_a_manager_signing_off(staff):
    from desktop_crm.store.models import ChangeRecord

    custodian, manager = staff[Role.CUSTODIAN], staff[Role.MANAGER]
    for key in ("approvals.approvers", "approvals.reviewers"):
        with pytest.raises(PermissionDenied, match="须由另一位经理签认"):
            registry.change(custodian, {key: "custodian,manager"})
        with pytest.raises(PermissionDenied, match="须由另一位经理签认"):
            registry.change(custodian, {key: "custodian,manager"}, signed_off_by=staff[Role.BUSINESS_MANAGER])
    assert Role.CUSTODIAN not in registry.value("approvals.approvers")
    registry.change(custodian, {"approvals.approvers": "custodian,manager"}, signed_off_by=manager)
    assert Role.CUSTODIAN in registry.value("approvals.approvers")
    assert ChangeRecord.select().where(ChangeRecord.note.contains(f"经{manager.display_name}（经理）签认")).exists()
    registry.change(custodian, {"approvals.approvers": "manager"})          # taking it back needs nobody


def _registered(card_id, days_ago):
    from desktop_crm.store.models import Customer

    Customer.update(created_at=datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time())).where(
        Customer.id == card_id).execute()


def test_a_card_that_never_traded_counts_from_a_year_after_its_registration(staff, card):
    custodian = staff[Role.CUSTODIAN]
    _registered(card.id, 300)
    assert bad_customers.candidates(custodian) == []
    _registered(card.id, 400)
    [found] = bad_customers.candidates(custodian)
    assert found.criteria == ("no_trade",)


def test_an_old_debt_counts_only_while_no_repayment_plan_is_being_kept(staff, card):
    custodian = staff[Role.CUSTODIAN]
    registers.add_entry(custodian, "contracts", card.id, {"number": "HT2026-0101-01", "signed_on": TODAY - timedelta(days=30),
                                                          "subject": "光模块", "status": "执行中"})   # still trading
    debt = ledger.add_debt(custodian, card.id, TODAY - timedelta(days=430), "60000", TODAY - timedelta(days=400))
    assert [c.criteria for c in bad_customers.candidates(custodian)] == [("old_debt",)]
    ledger.add_plan(custodian, debt, "HK-2026-001", [(TODAY - timedelta(days=20), "20000"),
                                                         (TODAY + timedelta(days=40), "40000")])
    assert [c.criteria for c in bad_customers.candidates(custodian)] == [("old_debt",)]   # the first one missed
    ledger.add_repayment(custodian, card.id, TODAY - timedelta(days=10), "20000")
    assert bad_customers.candidates(custodian) == []          # the plan is being kept: not 无意归还


def test_the_follow_up_is_recorded_filed_and_printed(staff, card):
    custodian = staff[Role.CUSTODIAN]
    follow_up = bad_customers.FollowUp("", "今后对新客户先款后货", reported_on=TODAY)
    with pytest.raises(InvalidInput):                             # not found bad yet
        bad_customers.report_follow_up(custodian, card.id, replace(follow_up, causes="资信调查不足"))
    bad_customers.flag(custodian, card.id, "old_debt", "2025年3月起停止付款，经多次催收无果")
    with pytest.raises(InvalidInput) as refused:
        bad_customers.report_follow_up(custodian, card.id, follow_up)
    assert set(refused.value.problems) == {"causes"}
    with pytest.raises(PermissionDenied):
        bad_customers.report_follow_up(staff[Role.MANAGER], card.id, replace(follow_up, causes="资信调查不足"))
    bad_customers.report_follow_up(custodian, card.id, replace(
        follow_up, causes="签约前未做资信调查，授信过宽\n催收不及时", responsibility="业务员刘洋负直接责任，按规定处理"))
    [paper] = papers.binder_catalogue(custodian, card.id, Category.TRADE, TODAY.year)
    assert (paper.kind, paper.title) == ("incident_report", "不良客户事件分析报告（呈总经理审阅）")
    assert [e.action for e in bad_customers.record_of(custodian, card.id)] == ["flag", "analysis"]
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(bad_customers.follow_up_pdf(custodian, card.id))).pages)
    for expected in ("不良客户事件分析报告", "签约前未做资信调查", "催收不及时", "今后对新客户先款后货", "欠款逾期一年以上",
                     "业务员刘洋负直接责任", f"{TODAY:%Y-%m-%d}"):
        assert expected in text
    from desktop_crm.store.control_models import QueryLog

    assert QueryLog.select().where((QueryLog.action == "print") & (QueryLog.customer == card.id)
                                   & (QueryLog.detail == "不良客户事件分析报告")).count() == 1
