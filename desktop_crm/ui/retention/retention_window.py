"""保管期限: the appraisal list (volumes whose period has run out by a date) and the destruction lists, with
the appraisal, proposal, approval, destruction and printing of each."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.domain.permissions import Action, may
from desktop_crm.services.exchange.exports import ExportFilters
from desktop_crm.services.retention import appraisal, destruction
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.date_entry import DateEntry
from desktop_crm.ui.common.messages import error_text
from desktop_crm.ui.common.pdf_preview_dialog import PdfPreviewDialog
from desktop_crm.ui.common.rows_table_model import RowsTableModel, read_only_table
from desktop_crm.ui.common.tab_widget import whole_tabs
from desktop_crm.ui.exchange.export_list import export_button, print_button
from desktop_crm.ui.retention.retention_dialogs import (
    AppraiseDialog,
    CarryOutDialog,
    DecideDialog,
    ProposeDialog,
)


class RetentionWindow(BaseDialog):
    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent, "retention", self.tr("保管期限与销毁"))
        self.setModal(False)
        self.user = user
        today = clock.today()
        self.as_of = DateEntry(today, objectName="asOf")
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.due = RowsTableModel([self.tr("档号"), self.tr("案卷题名"), self.tr("保管期限"), self.tr("到期日"),
                                   self.tr("页数"), self.tr("位置"), self.tr("鉴定"), self.tr("清册")], self)
        self.lists = RowsTableModel([self.tr("编号"), self.tr("状态"), self.tr("卷数"), self.tr("提出人"), self.tr("提出日期"),
                                     self.tr("批准人"), self.tr("销毁日期")], self)
        self.due_table = read_only_table(self.due, "dueTable")
        for column, width in enumerate((120, 300, 70, 90, 50, 80, 70)):
            self.due_table.setColumnWidth(column, width)
        self.list_table = read_only_table(self.lists, "listTable")
        for column, width in enumerate((120, 120, 50, 80, 90, 80)):
            self.list_table.setColumnWidth(column, width)
        self.status = QLabel(objectName="retentionStatus", wordWrap=True)

        due_page = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("截至")))
        bar.addWidget(self.as_of)
        bar.addStretch(1)
        appraises = may(user.role, Action.APPRAISE)
        for text, slot, enabled in ((self.tr("鉴定…"), self.appraise, appraises),
                                    (self.tr("提出销毁清册…"), self.propose, appraises)):
            button = QPushButton(text, enabled=enabled)
            button.clicked.connect(slot)
            bar.addWidget(button)
        as_of = lambda: ExportFilters(until=self.as_of.day())  # noqa: E731
        bar.addWidget(print_button(self, user, "appraisal", self.tr("到期鉴定清单"), as_of))
        bar.addWidget(export_button(self, user, "appraisal", self.tr("到期鉴定清单"), as_of))
        due_layout = QVBoxLayout(due_page)
        due_layout.addLayout(bar)
        due_layout.addWidget(self.due_table)

        list_page = QWidget()
        bar = QHBoxLayout()
        bar.addStretch(1)
        for text, slot, enabled in ((self.tr("审批…"), self.decide, may(user.role, Action.APPROVE_DESTRUCTION)),
                                    (self.tr("执行销毁…"), self.carry_out, may(user.role, Action.DESTROY)),
                                    (self.tr("打印清册…"), self.print_list, True)):
            button = QPushButton(text, enabled=enabled)
            button.clicked.connect(slot)
            bar.addWidget(button)
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.list_table)

        self.tabs = whole_tabs("retentionTabs")
        self.tabs.addTab(due_page, self.tr("到期鉴定"))
        self.tabs.addTab(list_page, self.tr("销毁清册"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.as_of.dateChanged.connect(lambda _d: self.refresh())
        self.resize(1000, 580)
        self.refresh()

    def as_of_day(self):
        return self.as_of.day()

    def refresh(self) -> None:
        try:
            rows = appraisal.due(self.user, self.as_of_day())
        except ArchiveError as exc:
            self.status.setText(error_text(exc))
            rows = []
        self.due.set_rows([(i, (r.code, r.title, r.retention, r.expires.isoformat(), r.pages, r.place, r.appraised,
                                r.on_list), False) for i, r in enumerate(rows)])
        self.due_rows = rows
        self.list_rows = destruction.lists(self.user)
        self.lists.set_rows([(i, (r.number, r.state, r.volumes, r.proposed_by, f"{r.proposed_at:%Y-%m-%d}", r.decided_by,
                                  r.carried_out_on.isoformat() if r.carried_out_on else ""), False)
                             for i, r in enumerate(self.list_rows)])

    def _selected(self, table, rows):
        index = table.currentIndex()
        if not index.isValid():
            self.status.setText(self.tr("请先在列表中选中一行。"))
            return None
        return rows[index.row()]

    def _done(self, dialog, text: str) -> None:
        if dialog.exec():
            self.status.setText(text if "%1" not in text else text.replace("%1", getattr(dialog, "number", "")))
            self.refresh()

    def appraise(self) -> None:
        row = self._selected(self.due_table, self.due_rows)
        if row is not None:
            self._done(AppraiseDialog(self.user, row.code, row.title, self.as_of_day(), self),
                       self.tr("已记录 %1 的鉴定。").replace("%1", row.code))

    def propose(self) -> None:
        self._done(ProposeDialog(self.user, self.as_of_day(), self), self.tr("已提出销毁清册 %1，待经理批准。"))

    def decide(self) -> None:
        row = self._selected(self.list_table, self.list_rows)
        if row is not None:
            self._done(DecideDialog(self.user, row.number, self), self.tr("已审批销毁清册 %1。").replace("%1", row.number))

    def carry_out(self) -> None:
        row = self._selected(self.list_table, self.list_rows)
        if row is not None:
            self._done(CarryOutDialog(self.user, row.number, self), self.tr("销毁清册 %1 已执行。").replace("%1", row.number))

    def print_list(self) -> None:
        row = self._selected(self.list_table, self.list_rows)
        if row is None:
            return
        try:
            pdf = destruction.list_pdf(self.user, row.number)
        except ArchiveError as exc:
            self.status.setText(error_text(exc))
            return
        PdfPreviewDialog(self.tr("档案销毁清册"), pdf, f"销毁清册{row.number}.pdf", self).exec()
