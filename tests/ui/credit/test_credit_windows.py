from datetime import timedelta

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.roles import Role
from desktop_crm.services.cards import customers
from desktop_crm.services.credit import approvals, ledger
from desktop_crm.ui.credit.approval_dialogs import DecisionDialog
from desktop_crm.ui.credit.credit_overview import CreditOverview
from desktop_crm.ui.credit.credit_window import CreditWindow
from tests.samples import TEST_TODAY, enterprise

TODAY = TEST_TODAY


def test_credit_window_shows_rating_limit_warning_and_runs_the_workflow(desk_app, staff, qtbot, monkeypatch):
    custodian, jingli = staff[Role.CUSTODIAN], staff[Role.MANAGER]
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    ledger.add_debt(custodian, card.id, TODAY - timedelta(days=10), "95000", TODAY + timedelta(days=20))
    request = approvals.draft(staff[Role.CUSTOMER_SERVICE], "limit", card.id, {"requested_limit": "100000",
                                                                             "reason": "常规"})
    approvals.submit(staff[Role.CUSTOMER_SERVICE], request.id)
    approvals.review(staff[Role.BUSINESS_MANAGER], request.id, "同意")
    window = CreditWindow(jingli, card.id)
    qtbot.addWidget(window)
    assert "信用等级" in window.summary.text() and window.debt_model.rowCount() == 1
    window.approvals_view.selectRow(0)

    def decide(dialog):
        dialog.text.setPlainText("额度10万元")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(DecisionDialog, "exec", decide)
    window.decide()
    assert window.approval_model.index(0, 2).data() == "已批准"
    assert "接近信用额度" in window.warning.text()          # 95,000 of 100,000
    overview = CreditOverview(jingli)
    qtbot.addWidget(overview)
    assert overview.ageing.rowCount() == 1 and "接近" in overview.ageing.index(0, 10).data()
