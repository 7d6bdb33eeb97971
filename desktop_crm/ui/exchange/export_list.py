"""导出 Excel… on every list window: ask where, write the list through the export service (which decides what
this role may see and records the export in the query register), and say how many rows went out."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.services.exchange import exports, list_print
from desktop_crm.services.exchange.spreadsheets import write_table
from desktop_crm.ui.common.messages import error_text
from desktop_crm.ui.common.workstation_settings import LAST_EXCHANGE_FOLDER

T = TypeVar("T")


def ask_path(parent: QWidget, title: str) -> str:
    """Where to save: the last folder used, a dated name, .xlsx unless CSV is chosen."""
    folder = Path(LAST_EXCHANGE_FOLDER.get() or Path.home())
    proposed = folder / f"{title}-{clock.today():%Y%m%d}.xlsx"
    path, chosen = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ExportList", "导出") + f" {title}", str(proposed),
                                               QCoreApplication.translate("ExportList", "Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"))
    if path and not Path(path).suffix:
        path += ".csv" if "csv" in chosen.lower() else ".xlsx"
    if path:
        LAST_EXCHANGE_FOLDER.set(str(Path(path).parent))
    return path


def _busy(parent: QWidget, work: Callable[[], T], refused: str) -> T | None:
    """Run ``work`` under the wait cursor; a refusal of the services is shown under the title ``refused``."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work()
    except ArchiveError as exc:
        failed = exc
    finally:
        QGuiApplication.restoreOverrideCursor()
    QMessageBox.warning(parent, refused, error_text(failed))
    return None


def _written(parent: QWidget, write: Callable[[], tuple[Path, int]]) -> Path | None:
    done = _busy(parent, write, QCoreApplication.translate("ExportList", "没有导出"))
    if done is None:
        return None
    path, rows = done
    QMessageBox.information(parent, QCoreApplication.translate("ExportList", "已导出"),
                            QCoreApplication.translate("ExportList", "已导出 %1 行到 %2").replace("%1", f"{rows:,}").replace("%2", str(path)))
    return path


def export_list(parent: QWidget, user: ActingUser, kind: str, filters: exports.ExportFilters | None = None,
                title: str = "") -> Path | None:
    path = ask_path(parent, title or kind)
    if not path:
        return None

    def write() -> tuple[Path, int]:
        result = exports.export(user, kind, path, filters)
        return result.path, result.rows
    return _written(parent, write)


def save_table(parent: QWidget, title: str, headings: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path | None:
    """A table the window already holds (a problem list), not archive content: written as it is."""
    path = ask_path(parent, title)
    if not path:
        return None
    return _written(parent, lambda: (write_table(path, title, headings, rows), len(rows)))


def print_list(parent: QWidget, user: ActingUser, kind: str, filters: exports.ExportFilters | None = None,
               title: str = "") -> None:
    """The list on paper, shown first in the preview (print or save from there)."""
    from desktop_crm.ui.common.pdf_preview_dialog import PdfPreviewDialog

    pdf = _busy(parent, lambda: list_print.list_pdf(user, kind, filters),
                QCoreApplication.translate("ExportList", "没有打印"))
    if pdf is None:
        return
    preview = PdfPreviewDialog(title or kind, pdf, f"{title or kind}-{clock.today():%Y%m%d}.pdf", parent)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.show()


def print_button(parent: QWidget, user: ActingUser, kind: str, title: str,
                 filters: Callable[[], exports.ExportFilters] = exports.ExportFilters) -> QPushButton:
    button = QPushButton(QCoreApplication.translate("ExportList", "打印…"), objectName=f"print_{kind}")
    button.clicked.connect(lambda: print_list(parent, user, kind, filters(), title))
    return button


def export_button(parent: QWidget, user: ActingUser, kind: str, title: str,
                  filters: Callable[[], exports.ExportFilters] = exports.ExportFilters) -> QPushButton:
    button = QPushButton(QCoreApplication.translate("ExportList", "导出 Excel…"), objectName=f"export_{kind}")
    button.clicked.connect(lambda: export_list(parent, user, kind, filters(), title))
    return button
