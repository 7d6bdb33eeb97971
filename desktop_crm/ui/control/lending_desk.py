"""The lending desk: borrow slips out and overdue, lending, taking back, renewing, printing, chasing."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.domain.permissions import Action, may
from desktop_crm.services.accounts import user_accounts
from desktop_crm.services.binders import papers
from desktop_crm.services.cards import customers
from desktop_crm.services.control import lending
from desktop_crm.services.control.lending import Slip
from desktop_crm.services.exchange.exports import ExportFilters
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.date_entry import DateEntry
from desktop_crm.ui.common.messages import error_text
from desktop_crm.ui.common.pdf_preview_dialog import PdfPreviewDialog
from desktop_crm.ui.common.rows_table_model import ID_ROLE, RowsTableModel, read_only_table
from desktop_crm.ui.control.borrow_dialog import BorrowDialog
from desktop_crm.ui.exchange.export_list import export_button, print_button


class ReturnDialog(BaseDialog):
    """Which of the slip's papers come back, when, and in what condition."""

    def __init__(self, slip: Slip, submit, parent: QWidget | None = None) -> None:
        super().__init__(parent, "return_dialog", self.tr("归还 — %1").replace("%1", slip.number))
        self.slip, self._submit = slip, submit
        self.items = QListWidget(objectName="items")
        for item in slip.outstanding:
            row = QListWidgetItem(f"{item.customer_number} {item.category.numbered_label} {item.seq}. {item.title}")
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            self.items.addItem(row)
        self.returned_on = DateEntry(objectName="returnedOn")
        self.condition = QLineEdit(self.tr("完好"), objectName="condition")
        self.message = self.error_label()
        form = QFormLayout()
        form.addRow(self.tr("归还日期"), self.returned_on)
        form.addRow(self.tr("状况"), self.condition)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("收回"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("借阅人：%1　应还：%2").replace("%1", slip.borrower_name)
                                .replace("%2", f"{slip.due_date:%Y-%m-%d}")))
        layout.addWidget(self.items)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def chosen(self) -> list[int]:
        return [self.items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.items.count())
                if self.items.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        if self.submitted(lambda: self._submit(self.chosen(), self.returned_on.day(),
                                               self.condition.text()), self.message):
            self.accept()


class LendingDesk(BaseDialog):
    help_text = "新借阅单：填写借阅表并借出；归还：勾选收回的文件（可部分归还）；逾期的借阅单以红色显示。"

    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent, "lending_desk", self.tr("借阅登记"))
        self.setModal(False)
        self.user = user
        self.state = QComboBox(objectName="state")
        for label, value in ((self.tr("未还"), "open"), (self.tr("逾期"), "overdue"), (self.tr("全部"), "all")):
            self.state.addItem(label, value)
        self.state.currentIndexChanged.connect(self.reload)
        self.model = RowsTableModel([self.tr("单号"), self.tr("借阅人"), self.tr("部门"), self.tr("目的"),
                                     self.tr("借出"), self.tr("应还"), self.tr("件数"), self.tr("未还"),
                                     self.tr("续借"), self.tr("状态"), self.tr("客户"), self.tr("文件")], self)
        self.table = read_only_table(self.model, "slipTable")
        self.table.doubleClicked.connect(lambda _: self.take_back())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("显示")))
        bar.addWidget(self.state)
        bar.addStretch(1)
        self.buttons = {}
        for key, text, slot in (("lend", self.tr("新借阅单…"), self.new_slip), ("return", self.tr("归还…"), self.take_back),
                                ("renew", self.tr("续借…"), self.renew), ("print", self.tr("打印借阅单"), self.print_slip),
                                ("remind", self.tr("催还单"), self.print_reminder)):
            if key == "print":           # the slip's paper chosen beside its button, not asked each time
                self.paper = QComboBox(objectName="slipPaper")
                self.paper.addItems(["A4", "A5"])
                bar.addWidget(self.paper)
            button = QPushButton(text, objectName=f"button_{key}")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        chosen = lambda: ExportFilters(state=self.state.currentData())  # noqa: E731
        bar.addWidget(print_button(self, user, "loans", self.tr("借阅登记"), chosen))
        bar.addWidget(export_button(self, user, "loans", self.tr("借阅登记"), chosen))
        self.count = QLabel(objectName="slipCount")
        bar.addWidget(QLabel(self.tr("<span style='color:#b00020'>■</span> 逾期未还"), objectName="rowLegend"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.resize(1100, 560)
        self.reload()

    def reload(self) -> None:
        today = clock.today()
        self.slips = lending.slips(self.user, self.state.currentData(), today)
        self.model.set_rows([(s.id, (s.number, s.borrower_name, s.department, s.purpose, f"{s.date_out:%Y-%m-%d}",
                                     f"{s.due_date:%Y-%m-%d}", len(s.items), len(s.outstanding), s.renewals,
                                     self.tr("逾期 %1 天").replace("%1", str((today - s.due_date).days))
                                     if s.overdue(today) else (self.tr("已还") if s.closed else self.tr("借出中")),
                                     s.customers, "；".join(i.title for i in s.items)),
                              s.overdue(today)) for s in self.slips])
        overdue = sum(1 for s in self.slips if s.overdue(today))
        self.count.setText(self.tr("共 %1 张，其中逾期 %2 张").replace("%1", str(len(self.slips)))
                           .replace("%2", str(overdue)))

    def selected(self) -> Slip | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        slip_id = rows[0].data(ID_ROLE)
        return next(s for s in self.slips if s.id == slip_id)

    def _warn(self, exc: ArchiveError) -> None:
        QMessageBox.warning(self, self.tr("未能办理"), error_text(exc))

    def borrow_dialog(self) -> BorrowDialog:
        people = user_accounts.list_users(self.user)
        borrowers = [(u, dept) for u, dept, active in people if active and may(u.role, Action.QUERY_ARCHIVE)]
        approvers = [u for u, _, active in people if active and may(u.role, Action.APPROVE_LOAN)]

        def load(number: str):
            card = customers.find_by_number(self.user, number)
            rows = [p for year in papers.binder_years(self.user, card.id)
                    for cat in range(1, 6) for p in papers.binder_catalogue(self.user, card.id, cat, year)]
            return f"{card.number} {card.values['name']}", rows

        def submit(request):
            slip = lending.lend(self.user, request)
            self.last_slip = slip
        return BorrowDialog(borrowers=borrowers, approvers=approvers, load_papers=load,
                            loan_days=lambda u: lending.loan_days(u.role),
                            overdue_of=lambda uid: [s.number for s in lending.overdue_of(uid, clock.today())],
                            submit=submit, parent=self)

    def new_slip(self) -> None:
        dialog = self.borrow_dialog()
        self.open_dialog = dialog
        if dialog.exec():
            self.reload()

    def take_back(self) -> None:
        slip = self.selected()
        if slip is None or not slip.outstanding:
            return
        dialog = ReturnDialog(slip, lambda items, when, condition: lending.return_papers(
            self.user, slip.id, items, when, condition), self)
        self.open_dialog = dialog
        if dialog.exec():
            self.reload()

    def renew(self) -> None:
        slip = self.selected()
        if slip is None:
            return
        try:
            proposed = lending.proposed_renewal(self.user, slip.id)
        except ArchiveError as exc:
            self._warn(exc)
            return
        dialog = RenewDialog(self.user, slip, proposed, self)
        if dialog.exec():
            self.reload()

    def print_slip(self) -> None:
        slip = self.selected()
        if slip is None:
            return
        self.preview = PdfPreviewDialog(slip.number, lending.slip_pdf(self.user, slip.id, self.paper.currentText()),
                                        f"{slip.number}.pdf", self)
        self.preview.show()

    def print_reminder(self) -> None:
        slip = self.selected()
        if slip is None:
            return
        try:
            pdf = lending.reminder_pdf(self.user, slip.borrower_id)
        except ArchiveError as exc:
            self._warn(exc)
            return
        self.preview = PdfPreviewDialog(self.tr("催还单 — %1").replace("%1", slip.borrower_name), pdf,
                                        f"催还单-{slip.borrower_name}.pdf", self)
        self.preview.show()


class RenewDialog(BaseDialog):
    """续借: the new due date (the usual loan period from today, or typed or picked), confirmed before it is set."""

    def __init__(self, user: ActingUser, slip: lending.Slip, proposed: date, parent: QWidget | None = None) -> None:
        super().__init__(parent, "renew", self.tr("续借 %1").replace("%1", slip.number))
        self.user, self.slip = user, slip
        self.due = DateEntry(proposed, objectName="newDue")
        self.message = self.error_label()
        form = QFormLayout()
        form.addRow(self.tr("借阅人"), QLabel(slip.borrower_name))
        form.addRow(self.tr("原应还日期"), QLabel(f"{slip.due_date:%Y-%m-%d}"))
        form.addRow(self.tr("已续借"), QLabel(self.tr("%1 次").replace("%1", str(slip.renewals))))
        form.addRow(self.tr("延至"), self.due)
        self.lay_out_form(form, self.tr("确认续借"), self.save)

    def save(self) -> None:
        new_due = self.due.day()
        if self.submitted(lambda: lending.renew(self.user, self.slip.id, new_due), self.message):
            self.accept()
