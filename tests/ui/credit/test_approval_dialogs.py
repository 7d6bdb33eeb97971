"""Credit approvals as forms: a deferral whose debts are chosen in the form (refused with none chosen), a
return/discount request with its order and responsibility, and a decision approving a different amount —
above the rating's ceiling only with a written reason."""
from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.roles import Role
from desktop_crm.services.binders import registers
from desktop_crm.services.cards import customers
from desktop_crm.services.credit import approvals, credit_status, ledger
from desktop_crm.ui.credit.approval_dialogs import DecisionDialog, RequestDialog
from tests.samples import TEST_TODAY, enterprise


def test_a_deferral_chooses_its_debts_in_the_form(desk_app, staff, qtbot):
    custodian, service = staff[Role.CUSTODIAN], staff[Role.CUSTOMER_SERVICE]
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    debt = ledger.add_debt(custodian, card.id, TEST_TODAY - timedelta(days=40), "80000", TEST_TODAY + timedelta(days=5))
    dialog = RequestDialog(service, card.id, "deferral", credit_status.debts(custodian, card.id), [])
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText("客户资金周转困难，承诺分两期付清")
    dialog.save()
    assert "请选择要延期的欠款" in dialog.message.text()
    dialog.debts.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.guarantee.setText("法定代表人个人担保")
    dialog.save()
    [made] = approvals.of_customer(custodian, card.id)
    assert dialog.result() and made.kind == "deferral" and made.request["debt_ids"] == [debt]


def test_a_return_request_names_its_order_and_responsibility(desk_app, staff, qtbot):
    custodian = staff[Role.CUSTODIAN]
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    order = registers.add_entry(custodian, "contracts", card.id, {
        "number": "HT-2026-031", "signed_on": (TEST_TODAY - timedelta(days=60)).isoformat(), "subject": "服务器",
        "amount": "480000", "status": "执行中"})
    dialog = RequestDialog(staff[Role.BUSINESS_MANAGER], card.id, "return", [], [(order.id, "HT-2026-031")])
    qtbot.addWidget(dialog)
    dialog.amount.setText("12000")
    dialog.cause.setPlainText("两台服务器运输途中外壳损坏")
    dialog.reason.setPlainText("客户要求折价")
    dialog.save()
    assert "责任方" in dialog.message.text()
    dialog.responsible.setText("承运方")
    dialog.save()
    [made] = approvals.of_customer(custodian, card.id)
    assert dialog.result() and (made.request["order_id"], made.request["responsible"]) == (order.id, "承运方")


def test_a_decision_with_a_different_amount(desk_app, staff, qtbot):
    custodian = staff[Role.CUSTODIAN]
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    request = approvals.draft(staff[Role.CUSTOMER_SERVICE], "limit", card.id, {"requested_limit": "9000000",
                                                                             "reason": "年度采购增长"})
    approvals.submit(staff[Role.CUSTOMER_SERVICE], request.id)
    approvals.review(staff[Role.BUSINESS_MANAGER], request.id, "同意上报")
    dialog = DecisionDialog(staff[Role.MANAGER], approvals.get(custodian, request.id))
    qtbot.addWidget(dialog)
    assert dialog.amount.text() == "9000000.00"
    dialog.text.setPlainText("按 6,000,000 元核定")
    dialog.amount.setText("6000000")          # still above the 优秀 ceiling of 5,000,000
    dialog.save()
    assert dialog.message.text() and approvals.get(custodian, request.id).state == "reviewed"
    dialog.exceed.setText("集团担保，经理会议决定")
    dialog.save()
    decided = approvals.get(custodian, request.id)
    assert dialog.result() and decided.state == "approved"
    assert approvals.current_limit(card.id) == Decimal("6000000.00")
