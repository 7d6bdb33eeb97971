
import pytest
from PySide6.QtWidgets import QDialog, QLabel

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.services.binders import papers
from desktop_crm.services.cards import customers
from desktop_crm.services.settings import registry
from desktop_crm.ui.year_end.year_end_dialogs import ConfirmCloseDialog
from desktop_crm.ui.year_end.year_end_window import YearEndWindow
from tests.samples import TEST_TODAY, enterprise

YEAR = TEST_TODAY.year - 1


def _papers(custodian, count=3):
    registry.change(custodian, {"fonds.code": "0456", "fonds.name": "浙江华东机电集团有限公司"})
    for i in range(count):
        card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
            name=f"杭州第{i + 1}精密机械有限公司", uscc=""), allow_similar_name=True)
        papers.file_document(custodian, card.id, {"category": 1, "kind": "background", "year": YEAR,
                                                  "title": "客户走访记录", "retention": "D30", "pages": 2})


@pytest.fixture
def confirmed(monkeypatch):
    """The custodian reads the plan and presses 确认立卷."""
    shown = []

    def accept(dialog):
        shown.append(dialog.findChild(QLabel, "plan").text())
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(ConfirmCloseDialog, "exec", accept)
    return shown


def test_check_then_close_off_the_gui_thread(desk_app, custodian, qtbot, confirmed):
    _papers(custodian)
    window = YearEndWindow(custodian)
    qtbot.addWidget(window)
    window.year.setValue(YEAR)
    window.check()
    assert "应立卷 3 卷" in window.report.toPlainText() and "缺件" in window.report.toPlainText()
    window.note.setText("营业执照等待客户补交")
    window.checked_by.setText("李建国")
    with qtbot.waitSignal(window.finished_closing, timeout=10000):
        window.start.click()
    assert f"档号 0456-{YEAR}-001 至 0456-{YEAR}-003" in confirmed[0] and "营业执照等待客户补交" in confirmed[0]
    assert "立卷完成" in window.status.text() and window.model.rowCount() == 3
    assert window.model.index(0, 0).data() == f"0456-{YEAR}-001"
    window.table.selectRow(0)
    window.preview_volume()
    assert window.preview.document.pageCount() == 3


def test_refusal_is_shown_and_nothing_is_closed(desk_app, custodian, qtbot):
    _papers(custodian, 1)
    window = YearEndWindow(custodian)
    qtbot.addWidget(window)
    window.year.setValue(YEAR)
    with qtbot.waitSignal(window.finished_closing, timeout=10000):
        window.start.click()                       # gaps, and no written acceptance
    assert "写明" in window.status.text() and window.model.rowCount() == 0


def test_a_cancelled_close_reports_what_was_done(desk_app, custodian, qtbot, monkeypatch, confirmed):
    from desktop_crm.services.year_end import closing

    _papers(custodian, 4)
    real = closing.close_year

    def cancel_after_one(*args, cancelled=None, **kwargs):
        answers = iter([False])              # the custodian presses 取消 while the first volume is bound
        return real(*args, cancelled=lambda: next(answers, True), **kwargs)
    monkeypatch.setattr(closing, "close_year", cancel_after_one)
    window = YearEndWindow(custodian)
    qtbot.addWidget(window)
    window.year.setValue(YEAR)
    window.note.setText("已知")
    with qtbot.waitSignal(window.finished_closing, timeout=10000):
        window.start_close()
    assert "已取消" in window.status.text() and window.model.rowCount() == 1
    window.request_cancel()                   # harmless once the thread is gone


def test_spine_labels_and_corrections_are_forms(desk_app, custodian, qtbot, confirmed, monkeypatch):
    _papers(custodian, 3)
    window = YearEndWindow(custodian)
    qtbot.addWidget(window)
    window.year.setValue(YEAR)
    window.note.setText("已知")
    with qtbot.waitSignal(window.finished_closing, timeout=10000):
        window.start.click()
    from desktop_crm.ui.year_end import year_end_dialogs

    def choose(dialog):
        dialog.widths.button(15).setChecked(True)
        dialog.first.setValue(2)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(year_end_dialogs.SpineLabelsDialog, "exec", choose)
    window.preview_spines()
    assert window.preview.document.pageCount() == 1
    window.table.selectRow(0)

    def correct(dialog):
        dialog.save()                        # empty: refused, the dialog stays open with the message
        assert "请写明" in dialog.message.text()
        dialog.text.setPlainText("第1件原件污损，已附说明")
        dialog.save()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(year_end_dialogs.CorrectionDialog, "exec", correct)
    window.add_correction()
    import io

    from pypdf import PdfReader

    from desktop_crm.services.year_end import volume_output

    pdf = volume_output.volume_pdf(custodian, window.volumes[0].id)
    assert "第1件原件污损" in PdfReader(io.BytesIO(pdf)).pages[-1].extract_text()
