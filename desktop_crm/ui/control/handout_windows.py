"""Handing out customer data (发放): the dialog that shows exactly what the colleague will receive, and
the register of hand-outs with the copies still to come back."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.domain.permissions import Action, may
from desktop_crm.domain.redaction import needs_recall
from desktop_crm.domain.roles import Role
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.accounts import user_accounts
from desktop_crm.services.cards import customers
from desktop_crm.services.control import handouts
from desktop_crm.services.exchange.exports import ExportFilters
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.date_entry import DateEntry
from desktop_crm.ui.common.i18n import tr_domain
from desktop_crm.ui.common.messages import error_text
from desktop_crm.ui.common.rows_table_model import ID_ROLE, RowsTableModel, read_only_table
from desktop_crm.ui.exchange.export_list import export_button, print_button


class HandoutDialog(BaseDialog):
    help_text = QT_TRANSLATE_NOOP("Help", "业务员只能收到单位名称、联系人姓名和职务；客户服务和经理收到完整资料，须在收回日期前交回。"
                 "发放须经客户经理（经理或业务经理）同意。")

    def __init__(self, user: ActingUser, customer_id: int, parent: QWidget | None = None) -> None:
        self.user, self.customer_id = user, customer_id
        card = customers.get_card(user, customer_id)
        super().__init__(parent, "handout_dialog", self.tr("发放客户资料 — %1").replace("%1", card.values["name"]))
        people = user_accounts.colleagues(user)
        self.recipient = QComboBox(objectName="recipient")
        self.consent = QComboBox(objectName="consent")
        for person in people:
            if person.role != Role.CUSTODIAN:
                self.recipient.addItem(f"{person.display_name}（{tr_domain('Role', person.role.label)}）", person)
            if may(person.role, Action.CONSENT_HANDOUT):
                self.consent.addItem(f"{person.display_name}（{tr_domain('Role', person.role.label)}）", person.id)
                if person.username == card.values.get("account_manager"):   # the customer's own manager first
                    self.consent.setItemText(self.consent.count() - 1, self.consent.itemText(self.consent.count() - 1)
                                             + self.tr(" — 该客户的客户经理"))
                    self.consent.setCurrentIndex(self.consent.count() - 1)
        self.purpose = QLineEdit(self.tr("业务联系"), objectName="purpose")
        self.recall = DateEntry(clock.today() + timedelta(days=handouts.recall_days()), objectName="recall")
        self.output = QComboBox(objectName="output")
        self.output.addItem(self.tr("Excel 文件 (.xlsx)"), "xlsx")
        self.output.addItem(self.tr("打印单 (.pdf)"), "pdf")
        self.preview = QTableWidget(0, 2, objectName="preview")
        self.preview.setHorizontalHeaderLabels([self.tr("项目"), self.tr("内容")])
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.verticalHeader().hide()
        self.message = self.error_label()
        form = QFormLayout()
        form.addRow(self.tr("接收人"), self.recipient)
        form.addRow(self.tr("同意发放的客户经理"), self.consent)
        form.addRow(self.tr("用途"), self.purpose)
        form.addRow(self.tr("收回日期"), self.recall)
        form.addRow(self.tr("形式"), self.output)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("生成并登记…"))
        buttons.accepted.connect(self.produce)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("接收人将收到的内容：")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.recipient.currentIndexChanged.connect(self.refresh_preview)
        self.refresh_preview()
        self.resize(620, 640)

    def refresh_preview(self) -> None:
        person = self.recipient.currentData()
        if person is None:
            return
        self.recall.setEnabled(needs_recall(person.role))
        try:
            rows = handouts.preview_rows(self.user, self.customer_id, person.id)
        except ArchiveError as exc:
            rows = []
            self.message.setText(error_text(exc))
        self.preview.setRowCount(len(rows))
        for r, (label, value) in enumerate(rows):
            self.preview.setItem(r, 0, QTableWidgetItem(tr_domain("Card", label)))
            self.preview.setItem(r, 1, QTableWidgetItem(value))

    def produce(self, path: str | None = None) -> None:
        suffix = self.output.currentData()
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("保存发放文件"), str(Path.home() / f"发放.{suffix}"),
                                                  f"*.{suffix}")
            if not path:
                return
        def produce() -> None:
            self.record = handouts.hand_out(
                self.user, self.customer_id, self.recipient.currentData().id, path,
                consent_by_id=self.consent.currentData(), purpose=self.purpose.text(),
                recall_date=self.recall.day() if self.recall.isEnabled() else None)
        if self.submitted(produce, self.message):
            self.accept()


class HandoutRegister(BaseDialog):
    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent, "handout_register", self.tr("发放登记"))
        self.setModal(False)
        self.user = user
        self.state = QComboBox(objectName="state")
        for label, value in ((self.tr("全部"), "all"), (self.tr("未收回"), "out"), (self.tr("超过收回日期"), "overdue")):
            self.state.addItem(label, value)
        self.state.currentIndexChanged.connect(self.reload)
        self.model = RowsTableModel([self.tr("单号"), self.tr("客户"), self.tr("接收人"), self.tr("角色"),
                                     self.tr("同意人"), self.tr("发放日期"), self.tr("收回日期"), self.tr("已收回"),
                                     self.tr("发放内容")], self)
        self.table = read_only_table(self.model, "handoutTable")
        back = QPushButton(self.tr("登记收回"), objectName="markReturned")
        back.clicked.connect(self.mark_returned)
        bar = QHBoxLayout()
        bar.addWidget(self.state)
        bar.addStretch(1)
        bar.addWidget(back)
        chosen = lambda: ExportFilters(state=self.state.currentData())  # noqa: E731
        bar.addWidget(print_button(self, user, "handouts", self.tr("发放登记"), chosen))
        bar.addWidget(export_button(self, user, "handouts", self.tr("发放登记"), chosen))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.resize(1100, 520)
        self.reload()

    def reload(self) -> None:
        today = clock.today()
        self.records = handouts.register(self.user, self.state.currentData(), today)
        self.model.set_rows([(r.id, (r.number, r.customer, r.recipient, tr_domain("Role", r.recipient_role.label),
                                     r.consent_by, f"{r.consent_on:%Y-%m-%d}",
                                     f"{r.recall_date:%Y-%m-%d}" if r.recall_date else self.tr("无需收回"),
                                     f"{r.returned_on:%Y-%m-%d}" if r.returned_on else "", r.fields),
                              r.overdue(today)) for r in self.records])

    def mark_returned(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        try:
            handouts.mark_returned(self.user, rows[0].data(ID_ROLE), clock.today())
        except ArchiveError as exc:
            QMessageBox.warning(self, self.tr("未能登记"), error_text(exc))
            return
        self.reload()
