"""客户构成分析: choose the months, then see the analysis — tables and charts — in the PDF preview (the same
drawing that prints and saves), or save its tables as a workbook."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.services.analysis import composition
from desktop_crm.services.output_files import write_atomically
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.pdf_preview_dialog import PdfPreviewDialog


def _month_edit(year: int, month: int, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(year, month, 1), objectName=name, calendarPopup=True)
    edit.setDisplayFormat("yyyy-MM")
    return edit


class AnalysisDialog(BaseDialog):
    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent, "analysis", self.tr("客户构成分析"))
        self.user = user
        today = clock.today()
        self.start = _month_edit(today.year, 1, "fromMonth")
        self.end = _month_edit(today.year, today.month, "toMonth")
        self.message = self.error_label()
        form = QFormLayout()
        form.addRow(self.tr("起始月份"), self.start)
        form.addRow(self.tr("截止月份"), self.end)
        show = QPushButton(self.tr("生成并预览…"), objectName="showAnalysis")
        show.clicked.connect(self.show_pdf)
        export = QPushButton(self.tr("导出 Excel…"), objectName="exportAnalysis")
        export.clicked.connect(self.export)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        bar = QHBoxLayout()
        bar.addStretch(1)
        for button in (show, export, close):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(bar)
        self.pdf = b""

    def months(self) -> tuple[str, str]:
        return self.start.date().toString("yyyy-MM"), self.end.date().toString("yyyy-MM")

    def show_pdf(self) -> None:
        start, end = self.months()

        def call() -> None:
            self.pdf = composition.analysis_pdf(self.user, start, end)
        if self.submitted(call, self.message):
            self.message.clear()
            self.preview(start, end)

    def preview(self, start: str, end: str) -> None:
        PdfPreviewDialog(self.tr("客户构成分析"), self.pdf, f"客户构成分析{start}至{end}.pdf", self).exec()

    def export(self) -> None:
        start, end = self.months()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), f"客户构成分析{start}至{end}.xlsx",
                                              "Excel (*.xlsx)")
        if not path:
            return
        if self.submitted(lambda: write_atomically(path, composition.analysis_workbook(self.user, start, end)),
                          self.message):
            self.message.setStyleSheet("")
            self.message.setText(self.tr("已导出 %1").replace("%1", path))
