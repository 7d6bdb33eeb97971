from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.services.binders import papers, registers
from desktop_crm.services.cards import customers
from desktop_crm.ui.binders import register_panel
from desktop_crm.ui.binders.binder_window import BinderWindow
from desktop_crm.ui.binders.document_dialog import DocumentDialog
from desktop_crm.ui.binders.gap_list_window import GapListWindow
from desktop_crm.ui.common.reason_form import ReasonForm
from tests import scan_samples
from tests.samples import TEST_TODAY, enterprise

YEAR = TEST_TODAY.year


@pytest.fixture
def card(custodian):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    order = registers.add_entry(custodian, "contracts", card.id, {
        "number": "HT2026-0001-01", "signed_on": date(YEAR, 1, 8), "subject": "光模块", "status": "执行中"})
    papers.file_document(custodian, card.id, {"category": 1, "kind": "business_licence", "year": YEAR,
                                              "title": "营业执照（副本）", "retention": "D30", "pages": 1})
    papers.file_document(custodian, card.id, {"category": 2, "kind": "contract", "year": YEAR, "order_id": order.id,
                                              "title": "购销合同 HT2026-0001-01", "retention": "D30", "pages": 4,
                                              "doc_date": date(YEAR, 1, 8)})
    return card


@pytest.fixture
def window(desk_app, custodian, card, qtbot):
    win = BinderWindow(custodian, card.id)
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_binder_shows_each_category_and_its_gaps(window):
    assert window.models[Category.BASIC].rowCount() == 1
    assert window.models[Category.CONTRACTS].index(0, 2).data() == "购销合同 HT2026-0001-01"
    assert window.models[Category.CONTRACTS].index(0, 10).data() == "HT2026-0001-01"
    gaps = [window.gaps.item(i).text() for i in range(window.gaps.count())]
    assert any("缺法人委托书" in g for g in gaps) and any("合同订单登记表" in g for g in gaps)
    assert "第二类" not in " ".join(g for g in gaps if "HT2026-0001-01" in g)   # its contract is filed


def test_filing_a_paper_through_the_dialog(window, monkeypatch):
    def fill_and_save(dialog: DocumentDialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("legal_mandate"))
        dialog.title_edit.setText("法定代表人授权委托书")
        dialog.doc_date.setText(f"{YEAR}0301")
        dialog.pages.setText("1")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(DocumentDialog, "exec", fill_and_save)
    window.tabs.setCurrentIndex(0)
    window.file_action.trigger()
    assert window.models[Category.BASIC].rowCount() == 2
    assert window.selected_paper().raw_title == "法定代表人授权委托书"
    assert not any("法人委托书" in window.gaps.item(i).text() for i in range(window.gaps.count()))


def test_the_document_dialog_marks_bad_input(window, custodian, card, qtbot):
    calls = []
    dialog = DocumentDialog(Category.BASIC, YEAR, direct_export=False, orders=[], parent=window,
                            submit=lambda v: calls.append(papers.file_document(custodian, card.id, v)))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("")
    dialog.pages.setText("两页")
    dialog.save()
    assert not calls and "题名" in dialog.message.text() and "页数" in dialog.message.text()
    assert "b00020" in dialog.pages.styleSheet() and dialog.result() == 0


def test_scans_dropped_on_a_paper_are_added(window, tmp_path):
    window.tabs.setCurrentIndex(1)
    table = window.tables[Category.CONTRACTS]
    source = scan_samples.pdf(tmp_path / "合同扫描.pdf", 4, "购销合同")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    rect = table.visualRect(window.models[Category.CONTRACTS].index(0, 2))
    event = QDropEvent(QPointF(rect.center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    table.dropEvent(event)
    assert window.models[Category.CONTRACTS].index(0, 9).data() == 1
    window.view_action.trigger()
    viewer = window.viewer
    assert viewer.position.text() == "第 1 / 4 页"
    viewer.flip(1)
    assert viewer.position.text() == "第 2 / 4 页"


def test_withdrawing_asks_for_the_reason(window, monkeypatch):
    window.tabs.setCurrentIndex(0)
    window.tables[Category.BASIC].selectRow(0)
    tried = []

    def fill(form):
        form.save()                                   # no reason yet: refused under the form, nothing withdrawn
        tried.append(form.message.text())
        form.text.setPlainText("重复归档")
        form.save()
        return form.result()
    monkeypatch.setattr(ReasonForm, "exec", fill)
    window.remove_action.trigger()
    assert tried[0] and window.models[Category.BASIC].rowCount() == 0


def test_printing_the_catalogue_opens_a_preview(window):
    window.tabs.setCurrentIndex(1)
    window.print_action.trigger()
    assert window.preview.document.pageCount() == 1
    assert window.preview.pdf.startswith(b"%PDF")


def test_registers_can_be_filled_from_the_binder(window, monkeypatch):
    panel = window.registers[Category.TRADE]
    def fill(dialog):
        dialog.inputs["moved_on"].setText(f"{YEAR}-02-01")
        dialog.inputs["product"].setText("光模块 100G")
        dialog.inputs["amount"].setText("184000")
        dialog.inputs["order_id"].setCurrentIndex(1)
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(register_panel.EntryDialog, "exec", fill)
    panel.add_entry()
    assert panel.model.rowCount() == 1 and panel.model.index(0, 5).data() == "HT2026-0001-01"


def test_gap_list_sorts_and_opens_the_binder(desk_app, custodian, card, qtbot):
    customers.create_customer(custodian, CustomerKind.INDIVIDUAL, {
        "name": "周晓梅", "id_number": "11010519491231002X", "roster": "个人顾客", "importance": "一般",
        "state": "往来"})
    gaps = GapListWindow(custodian)
    qtbot.addWidget(gaps)
    assert gaps.model.rowCount() == 2
    gaps.model.sort(2, Qt.SortOrder.DescendingOrder)
    assert gaps.model.rows[0].number == card.number      # the enterprise lacks more papers
    with qtbot.waitSignal(gaps.open_binder) as opened:
        gaps.table.doubleClicked.emit(gaps.model.index(0, 0))
    assert opened.args == [card.id, 1]
