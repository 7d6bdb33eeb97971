"""The credit desk's ledger forms, driven as a custodian types in an older invoice, a repayment and a plan: one
mistake each, corrected, then what the ledger stored is checked."""
from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, Qt

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.services.binders import registers
from desktop_crm.services.cards import customers
from desktop_crm.services.credit import credit_status, ledger
from desktop_crm.store.credit_models import Debt, Instalment, Repayment
from desktop_crm.ui.credit.ledger_dialogs import DebtDialog, PlanDialog, RepaymentDialog
from tests.samples import TEST_TODAY, enterprise


def _qdate(day):
    return QDate(day.year, day.month, day.day)


def test_an_older_invoice_with_its_order(desk_app, custodian, qtbot):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    order = registers.add_entry(custodian, "contracts", card.id, {
        "number": "HT-2026-031", "signed_on": (TEST_TODAY - timedelta(days=60)).isoformat(), "subject": "服务器",
        "amount": "480000", "status": "执行中"})
    dialog = DebtDialog(custodian, card.id, [(order.id, "HT-2026-031")])
    qtbot.addWidget(dialog)
    dialog.incurred_on.setDate(_qdate(TEST_TODAY - timedelta(days=40)))
    dialog.due_date.setDate(_qdate(TEST_TODAY - timedelta(days=50)))        # before the debt: refused
    dialog.amount.setText("240,000.00")
    dialog.note.setText("2026年10月服务器货款，发票号 00012345")
    dialog.order.setCurrentIndex(1)
    dialog.save()
    assert "应还日期不能早于欠款日期" in dialog.message.text() and dialog.amount.text() == "240,000.00"
    dialog.due_date.setDate(_qdate(TEST_TODAY - timedelta(days=10)))
    dialog.save()
    assert dialog.result()
    debt = Debt.get()
    assert (debt.incurred_on, debt.amount, debt.order_id) == (TEST_TODAY - timedelta(days=40), Decimal("240000.00"), order.id)
    assert "发票号 00012345" in debt.note


def test_a_repayment_of_the_ticked_debt(desk_app, custodian, qtbot):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    first = ledger.add_debt(custodian, card.id, TEST_TODAY - timedelta(days=90), "50000", TEST_TODAY - timedelta(days=60))
    second = ledger.add_debt(custodian, card.id, TEST_TODAY - timedelta(days=30), "80000", TEST_TODAY + timedelta(days=30))
    dialog = RepaymentDialog(custodian, card.id, credit_status.debts(custodian, card.id))
    qtbot.addWidget(dialog)
    dialog.debts.item(1).setCheckState(Qt.CheckState.Checked)                # the later debt
    dialog.amount.setText("90000")                                          # more than it owes
    dialog.save()
    assert "超过所选欠款余额" in dialog.message.text()
    dialog.amount.setText("30000")
    dialog.method.setCurrentText("承兑汇票")
    dialog.save()
    assert dialog.result() and Repayment.get().note == "承兑汇票"
    left = {d.id: d.outstanding for d in ledger.open_debts_of(card.id)}
    assert left == {first: Decimal("50000.00"), second: Decimal("50000.00")}


def test_a_plan_whose_instalments_must_add_up(desk_app, custodian, qtbot):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    ledger.add_debt(custodian, card.id, TEST_TODAY - timedelta(days=30), "60000", TEST_TODAY + timedelta(days=30))
    debt = credit_status.debts(custodian, card.id)[0]
    dialog = PlanDialog(custodian, debt)
    qtbot.addWidget(dialog)
    dialog.agreement.setText("HK-2026-007")
    dialog.add_row("2026-12-31", "30000")
    dialog.add_row("2027-01-31", "20000")
    assert "差 10,000.00 元" in dialog.total.text()
    dialog.save()
    assert "合计应等于欠款金额" in dialog.message.text() and dialog.grid.rowCount() == 2     # nothing typed lost
    dialog.grid.item(1, 1).setText("30000")
    assert "相符" in dialog.total.text()
    dialog.save()
    assert dialog.result() and [(i.due_on.isoformat(), i.amount) for i in Instalment.select().order_by(Instalment.due_on)] \
        == [("2026-12-31", Decimal("30000.00")), ("2027-01-31", Decimal("30000.00"))]


def test_export_terms_and_collateral_forms(desk_app, custodian, qtbot):
    from desktop_crm.services.credit import export_terms
    from desktop_crm.ui.credit.ledger_dialogs import CollateralDialog, ExportTermsDialog

    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(direct_export=True))
    terms = ExportTermsDialog(custodian, card.id)
    qtbot.addWidget(terms)
    terms.amount.setText("一百万")
    terms.save()
    assert terms.message.text() and terms.result() == 0
    terms.amount.setText("1000000")
    terms.method.setCurrentText("T/T 30天")
    terms.save()
    collateral = CollateralDialog(custodian, card.id, export_terms.COLLATERAL_KINDS)
    qtbot.addWidget(collateral)
    collateral.save()                                         # nothing described yet
    assert collateral.message.text()
    collateral.kind.setCurrentText("抵押")
    collateral.description.setText("杭州市西湖区文三路 90 号厂房")
    collateral.value.setText("3500000")
    collateral.save()
    credit = export_terms.export_credit(custodian, card.id)
    assert credit.payment_method == "T/T 30天" and credit.credit_amount == Decimal("1000000.00")
    assert [c.description for c in credit.collateral] == ["杭州市西湖区文三路 90 号厂房"]
