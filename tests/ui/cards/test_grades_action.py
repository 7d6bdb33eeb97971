"""档案 → 按销售额评定客户等级: asks first, then grades and says how many changed."""
from datetime import timedelta

from PySide6.QtWidgets import QMessageBox

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.services.binders import registers
from desktop_crm.services.cards import customers
from desktop_crm.ui.main_window import MainWindow
from tests.samples import TEST_TODAY, enterprise


def test_grades_from_the_menu(desk_app, custodian, qtbot, monkeypatch):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(grade="D"))
    registers.add_entry(custodian, "goods", card.id, {"moved_on": (TEST_TODAY - timedelta(days=10)).isoformat(),
                                                     "direction": "出货", "product": "服务器", "quantity": "20",
                                                     "amount": "7200000"})
    window = MainWindow(custodian, "test")
    qtbot.addWidget(window)
    said = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.recompute_grades()
    assert customers.get_card(custodian, card.id).values["grade"] == "D"          # asked, and declined
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    window.recompute_grades()
    assert customers.get_card(custodian, card.id).values["grade"] == "A" and "改变 1 户" in said[0]


def test_a_grade_set_by_hand_needs_its_reason(desk_app, custodian, qtbot, monkeypatch):
    from desktop_crm.ui.cards.grade_dialog import GradeByHandDialog

    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(grade="D"))
    dialog = GradeByHandDialog(custodian, card.number, "华为技术有限公司", "D")
    qtbot.addWidget(dialog)
    dialog.grade.setCurrentText("A")
    dialog.save()
    assert "理由" in dialog.message.text() and customers.get_card(custodian, card.id).values["grade"] == "D"
    dialog.reason.setText("集团战略客户，经理批示按A级对待")
    dialog.save()
    assert dialog.result() and customers.get_card(custodian, card.id).values["grade"] == "A"
