"""Filling in a borrow slip (客户资料借阅表): who, why, which papers, until when, approved by whom.

The dialog collects a :class:`BorrowRequest` and hands it to ``submit`` (the lending service); the rules
(originals, papers already out, overdue borrowers) are the service's, and its refusal is shown here.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.binders.papers import DocumentRow
from desktop_crm.services.control.lending import BorrowRequest
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.date_entry import DateEntry
from desktop_crm.ui.common.i18n import tr_domain
from desktop_crm.ui.common.messages import error_text


class BorrowDialog(BaseDialog):
    help_text = QT_TRANSLATE_NOOP("Help", "输入登记编号后按“载入”列出该客户的文件；勾选类别即借出整类。原件只可查阅，不能勾选。"
                 "借阅人有逾期未还的借阅单时，须写明仍然借出的理由。")

    def __init__(self, *, borrowers: list[tuple[ActingUser, str]], approvers: list[ActingUser],
                 load_papers: Callable[[str], tuple[str, list[DocumentRow]]],
                 loan_days: Callable[[ActingUser], int], overdue_of: Callable[[int], list[str]],
                 submit: Callable[[BorrowRequest], None], parent: QWidget | None = None) -> None:
        super().__init__(parent, "borrow_dialog", self.tr("客户资料借阅表"))
        self._load, self._loan_days, self._overdue_of, self._submit = load_papers, loan_days, overdue_of, submit
        self.borrower = QComboBox(objectName="borrower")
        for user, department in borrowers:
            self.borrower.addItem(f"{user.display_name}（{tr_domain('Role', user.role.label)}）", (user, department))
        self.department = QLineEdit(objectName="department")
        self.purpose = QLineEdit(objectName="purpose", placeholderText=self.tr("例如 核对合同条款"))
        self.customer = QLineEdit(objectName="customer", placeholderText=self.tr("登记编号，如 QY-000123"))
        load = QPushButton(self.tr("载入"))
        load.clicked.connect(self.load_customer)
        self.customer.returnPressed.connect(self.load_customer)
        self.customer_label = QLabel(objectName="customerLabel")
        self.papers = QTreeWidget(objectName="papers")
        self.papers.setHeaderLabels([self.tr("文件"), self.tr("借出情况")])
        self.papers.setColumnWidth(0, 420)
        self.date_out = DateEntry(objectName="dateOut")
        self.due = DateEntry(objectName="dueDate")
        self.approver = QComboBox(objectName="approver")
        for user in approvers:
            self.approver.addItem(f"{user.display_name}（{tr_domain('Role', user.role.label)}）", user.id)
        self.remarks = QLineEdit(objectName="remarks")
        self.override = QLineEdit(objectName="override", placeholderText=self.tr("借阅人有逾期借阅单时必填"))
        self.warning = QLabel(objectName="overdueWarning", wordWrap=True)
        self.warning.setStyleSheet("color: #8a5a00;")
        self.message = self.error_label()

        customer_row = QHBoxLayout()
        customer_row.addWidget(self.customer, 1)
        customer_row.addWidget(load)
        form = QFormLayout()
        form.addRow(self.tr("借阅人"), self.borrower)
        form.addRow(self.tr("部门"), self.department)
        form.addRow(self.tr("借阅目的 *"), self.purpose)
        form.addRow(self.tr("客户"), customer_row)
        form.addRow("", self.customer_label)
        form.addRow(self.tr("借出日期"), self.date_out)
        form.addRow(self.tr("应还日期"), self.due)
        form.addRow(self.tr("批准人"), self.approver)
        form.addRow(self.tr("备注"), self.remarks)
        form.addRow(self.tr("逾期仍借理由"), self.override)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("借出"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.papers, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.borrower.currentIndexChanged.connect(self._borrower_changed)
        self.date_out.dateChanged.connect(self._borrower_changed)
        self._borrower_changed()
        self.resize(640, 720)

    def _borrower_changed(self) -> None:
        user, department = self.borrower.currentData()
        self.department.setText(department)
        self.due.setDate(self.date_out.date().addDays(self._loan_days(user)))
        overdue = self._overdue_of(user.id)
        self.override.setEnabled(bool(overdue))
        self.warning.setText(self.tr("注意：%1 有逾期未还的借阅单 %2，须归还或写明理由后才能再借。")
                             .replace("%1", user.display_name).replace("%2", "、".join(overdue)) if overdue else "")

    def load_customer(self) -> None:
        self.papers.clear()
        try:
            label, rows = self._load(self.customer.text().strip())
        except ArchiveError as exc:
            self.customer_label.setText(error_text(exc))
            return
        self.customer_label.setText(label)
        groups: dict[tuple[Category, int], QTreeWidgetItem] = {}
        for paper in rows:
            key = (paper.category, paper.year)
            if key not in groups:
                group = QTreeWidgetItem(self.papers, [f"{paper.year} {paper.category.numbered_label}（{self.tr('整类')}）"])
                group.setFlags(group.flags() | Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable)
                group.setCheckState(0, Qt.CheckState.Unchecked)
                groups[key] = group
            note = (self.tr("原件，不外借") if paper.is_original else paper.on_loan and self.tr("已借出：%1")
                    .replace("%1", paper.on_loan) or "")
            item = QTreeWidgetItem(groups[key], [f"{paper.seq}. {tr_domain('Binder', paper.kind_label)} — {paper.title}",
                                                 note])
            item.setData(0, Qt.ItemDataRole.UserRole, paper.id)
            if paper.is_original or paper.on_loan:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
        self.papers.expandAll()

    def chosen(self) -> tuple[int, ...]:
        found = []
        for g in range(self.papers.topLevelItemCount()):
            group = self.papers.topLevelItem(g)
            for i in range(group.childCount()):
                item = group.child(i)
                if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState(0) == Qt.CheckState.Checked:
                    found.append(item.data(0, Qt.ItemDataRole.UserRole))
        return tuple(found)

    def request(self) -> BorrowRequest:
        user, _ = self.borrower.currentData()
        return BorrowRequest(user.id, self.purpose.text(), self.chosen(), self.date_out.day(),
                             self.due.day(), self.approver.currentData(), self.department.text(),
                             self.remarks.text(), self.override.text() if self.override.isEnabled() else "")

    def save(self) -> None:
        if self.submitted(lambda: self._submit(self.request()), self.message):
            self.accept()


