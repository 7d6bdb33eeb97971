"""客户构成分析 in the window: months the wrong way round are refused beside the form, then the analysis of the
year opens in the preview and its tables save as a workbook."""
import io

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from desktop_crm.services import session
from desktop_crm.services.accounts import user_accounts
from desktop_crm.ui.analysis.analysis_dialog import AnalysisDialog
from tests.samples import TEST_TODAY


def test_months_then_preview_then_workbook(desk_app, demo_copy, qtbot, monkeypatch, tmp_path):
    session.open_archive(session.locate(str(demo_copy(300, 3)), None))
    try:
        dialog = AnalysisDialog(user_accounts.login("jingli", "demo1234"))
        qtbot.addWidget(dialog)
        shown = []
        monkeypatch.setattr(AnalysisDialog, "preview", lambda self, start, end: shown.append((start, end, self.pdf)))
        dialog.start.setDate(QDate(TEST_TODAY.year, 12, 1))
        dialog.end.setDate(QDate(TEST_TODAY.year, 3, 1))
        dialog.show_pdf()
        assert "早于起始月份" in dialog.message.text() and not shown
        dialog.start.setDate(QDate(TEST_TODAY.year, 1, 1))
        dialog.show_pdf()
        start, end, pdf = shown[0]
        assert (start, end) == (f"{TEST_TODAY.year}-01", f"{TEST_TODAY.year}-03") and dialog.message.text() == ""
        assert "销售构成" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
        target = tmp_path / "分析.xlsx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        dialog.export()
        assert "客户增减" in load_workbook(target).sheetnames and str(target) in dialog.message.text()
    finally:
        session.close_archive()
