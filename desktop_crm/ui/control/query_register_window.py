"""The query register (查询登记簿) for the custodian: who looked at what, and when; printable."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.services import query_register
from desktop_crm.services.exchange.exports import ExportFilters
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.date_entry import DateEntry
from desktop_crm.ui.common.i18n import tr_domain
from desktop_crm.ui.common.pdf_preview_dialog import PdfPreviewDialog
from desktop_crm.ui.common.rows_table_model import RowsTableModel, read_only_table
from desktop_crm.ui.exchange.export_list import export_button


class QueryLogWindow(BaseDialog):
    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent, "query_log", self.tr("查询登记簿"))
        self.setModal(False)
        self.user = user
        self.since = DateEntry(clock.today() - timedelta(days=30), objectName="since")
        self.until = DateEntry(objectName="until")
        show = QPushButton(self.tr("查询"))
        show.clicked.connect(self.reload)
        print_button = QPushButton(self.tr("打印…"))
        print_button.clicked.connect(self.print_register)
        self.model = RowsTableModel([self.tr("时间"), self.tr("查询人"), self.tr("事项"), self.tr("客户"),
                                     self.tr("内容")], self)
        self.table = read_only_table(self.model, "queryTable")
        for column, width in enumerate((140, 90, 100, 280)):
            self.table.setColumnWidth(column, width)
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("自")), self.since, QLabel(self.tr("至")), self.until, show):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(print_button)
        bar.addWidget(export_button(self, user, "query-register", self.tr("查询登记簿"), lambda: ExportFilters(
            since=self.since.day(), until=self.until.day())))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.resize(1000, 600)
        self.reload()

    def reload(self) -> None:
        entries = query_register.entries(self.user, self.since.day(), self.until.day())
        self.model.set_rows([(i, (e.at.strftime("%Y-%m-%d %H:%M:%S"), e.user_name,
                                  tr_domain("QueryLog", e.action_label), e.customer, e.detail),
                              False) for i, e in enumerate(entries)])

    def print_register(self) -> None:
        pdf = query_register.register_pdf(self.user, self.since.day(), self.until.day())
        self.preview = PdfPreviewDialog(self.tr("查询登记簿"), pdf, "查询登记簿.pdf", self)
        self.preview.show()
