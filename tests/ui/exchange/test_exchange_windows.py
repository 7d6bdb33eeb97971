"""导入客户名册 and 导出 Excel in the window: the mapping can be corrected, problems are listed by row, the
import happens only after a clean check, an import is undone from its history, and each list exports."""
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QPushButton

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.services.cards import customers
from desktop_crm.store.control_models import QueryLog
from desktop_crm.store.models import Customer
from tests.samples import ALIBABA_USCC, enterprise
from tests.services.exchange.test_customer_import import GOOD, HEADINGS, workbook


def quiet_boxes(monkeypatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda _parent, title, text, *a, **k: shown.append(f"{title}: {text}"))
    return shown


def test_a_roster_is_mapped_checked_imported_and_undone_in_the_window(desk_app, custodian, qtbot, tmp_path,
                                                                      monkeypatch):
    from desktop_crm.ui.exchange import import_window

    headings = ["客户全称" if h == "单位名称" else h for h in HEADINGS]          # a heading nobody maps by itself
    bad = [GOOD[0], [*GOOD[1][:1], "91440300708461136X", *GOOD[1][2:]], GOOD[2]]   # a wrong check character
    path = workbook(tmp_path / "客户名册.xlsx", bad, headings)
    window = import_window.ImportWindow(custodian)
    qtbot.addWidget(window)
    assert window.open_roster(str(path))
    first = window.mapping.cellWidget(0, 2)
    assert isinstance(first, QComboBox) and first.currentData() == ""           # 客户全称 is not known
    assert "华为技术有限公司" in window.mapping.item(0, 1).text()
    window.check_button.click()
    qtbot.waitUntil(lambda: window.job is None, timeout=20000)
    assert not window.import_button.isEnabled() and "没有找到名称列" in window.summary.text()
    first.setCurrentIndex(first.findData("name"))
    window.check_button.click()
    qtbot.waitUntil(lambda: window.job is None, timeout=20000)
    assert window.problems.rowCount() == 1 and window.problems.rows[0][0] == "3"     # the sheet's own row number
    assert "1 行有问题" in window.summary.text() and not window.import_button.isEnabled()
    window.show()
    window.grab().save(str(tmp_path / "import_problems.png"))

    workbook(path, GOOD, headings)                                              # corrected in Excel, saved again
    assert window.open_roster(str(path))
    window.mapping.cellWidget(0, 2).setCurrentIndex(first.findData("name"))
    window.check_button.click()
    qtbot.waitUntil(lambda: window.job is None, timeout=20000)
    assert "检查通过" in window.summary.text() and window.import_button.isEnabled()
    window.on_duplicate.setCurrentIndex(1)                                      # a changed choice needs a new check
    assert not window.import_button.isEnabled()
    window.check_button.click()
    qtbot.waitUntil(lambda: window.job is None, timeout=20000)
    window.import_button.click()
    qtbot.waitUntil(lambda: window.job is None, timeout=20000)
    assert "新建 3 张" in window.summary.text() and Customer.select().count() == 3
    assert window.history.rowCount() == 1 and window.history.rows[0][-1] == "可撤销"

    from desktop_crm.ui.exchange.undo_import_dialog import UndoImportDialog

    dialog = UndoImportDialog(custodian, window.batches[0], window)
    qtbot.addWidget(dialog)
    dialog.submit()
    assert "撤销导入的原因" in dialog.message.text() and Customer.select().count() == 3
    dialog.reason.setText("导入了错误的名册")
    dialog.submit()
    assert dialog.undone == 3 and Customer.select().count() == 0
    window.load_history()
    assert window.history.rows[0][-1].startswith("已于")
    dialog.show()
    dialog.grab().save(str(tmp_path / "undo_import.png"))


def test_the_customer_list_exports_what_it_shows_and_registers_it(desk_app, custodian, qtbot, tmp_path, monkeypatch):
    from desktop_crm.ui.main_window import MainWindow

    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
        name="阿里巴巴（中国）网络技术有限公司", uscc=ALIBABA_USCC, address="浙江省杭州市余杭区文一西路969号"))
    shown = quiet_boxes(monkeypatch)
    out = tmp_path / "客户清单"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "Excel 工作簿 (*.xlsx)"))
    window = MainWindow(custodian, "测试")
    qtbot.addWidget(window)
    window.search.setText("阿里巴巴")
    window.apply_query()
    window.export_action.trigger()
    book = load_workbook(out.with_suffix(".xlsx"), read_only=True)
    names = [row[2] for row in book.active.iter_rows(min_row=2, values_only=True)]
    assert names == ["阿里巴巴（中国）网络技术有限公司"] and "已导出 1 行" in shown[-1]
    assert QueryLog.select().where(QueryLog.action == "export").count() == 1


def test_every_list_window_exports_its_list(desk_app, custodian, qtbot, tmp_path, monkeypatch):
    from desktop_crm.ui.binders.gap_list_window import GapListWindow
    from desktop_crm.ui.control.handout_windows import HandoutRegister
    from desktop_crm.ui.control.lending_desk import LendingDesk
    from desktop_crm.ui.control.query_register_window import QueryLogWindow
    from desktop_crm.ui.credit.credit_overview import CreditOverview

    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    shown = quiet_boxes(monkeypatch)
    written: list[Path] = []

    def save_as(*_a, **_k):
        written.append(tmp_path / f"list-{len(written)}.csv")
        return str(written[-1]), "CSV 文件 (*.csv)"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    for make, name in ((GapListWindow, "export_gaps"), (LendingDesk, "export_loans"),
                       (HandoutRegister, "export_handouts"), (QueryLogWindow, "export_query-register"),
                       (CreditOverview, "exportOverview"), *LIST_WINDOWS("export")):
        window = make(custodian)
        qtbot.addWidget(window)
        button = window.findChild(QPushButton, name)
        assert button is not None, name
        button.click()
        assert written[-1].read_bytes().startswith(b"\xef\xbb\xbf"), name      # CSV with a BOM, for Excel
    assert len(written) == 9 and all("已导出" in s for s in shown[-9:])


def LIST_WINDOWS(action: str) -> list:  # noqa: N802 - reads as the constant it stands for
    from desktop_crm.ui.cards.reviews_window import ReviewsWindow
    from desktop_crm.ui.retention.retention_window import RetentionWindow
    from desktop_crm.ui.shelves.archive_room_window import ArchiveRoomWindow
    from desktop_crm.ui.year_end.year_end_window import YearEndWindow

    windows = [(ReviewsWindow, f"{action}_reviews"), (ArchiveRoomWindow, f"{action}_places"),
               (RetentionWindow, f"{action}_appraisal")]
    return windows + [(YearEndWindow, "export_volumes")] if action == "export" else windows


def test_every_list_window_prints_its_list(desk_app, custodian, qtbot, monkeypatch):
    from desktop_crm.ui.binders.gap_list_window import GapListWindow
    from desktop_crm.ui.common.pdf_preview_dialog import PdfPreviewDialog
    from desktop_crm.ui.control.handout_windows import HandoutRegister
    from desktop_crm.ui.control.lending_desk import LendingDesk
    from desktop_crm.ui.credit.credit_overview import CreditOverview
    from desktop_crm.ui.main_window import MainWindow

    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    quiet_boxes(monkeypatch)
    for make, name in ((GapListWindow, "print_gaps"), (LendingDesk, "print_loans"),
                       (HandoutRegister, "print_handouts"), (CreditOverview, "printOverview"), *LIST_WINDOWS("print")):
        window = make(custodian)
        qtbot.addWidget(window)
        button = window.findChild(QPushButton, name)
        assert button is not None, name
        button.click()
        previews = window.findChildren(PdfPreviewDialog)
        assert len(previews) == 1 and previews[0].isVisible(), name
        assert previews[0].pdf.startswith(b"%PDF")
        previews[0].close()
    window = MainWindow(custodian, "测试")
    qtbot.addWidget(window)
    window.print_list_action.trigger()
    [preview] = window.findChildren(PdfPreviewDialog)
    assert b"%PDF" in preview.pdf[:8]
    assert QueryLog.select().where(QueryLog.action == "print").count() == 8
