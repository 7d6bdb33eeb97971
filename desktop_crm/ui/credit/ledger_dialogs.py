"""The ledger's forms on the credit desk (and a direct-export customer's terms and collateral): a debt (its own date, due date, amount, what it is for, the order it
belongs to), a repayment (date, amount, how it was paid, which debts it settles) and a repayment plan (a grid
of instalments with their running total against the debt). Each hands plain values to the ledger service and
shows its refusal under the form, keeping everything typed."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.card_values import parse_paper_date
from desktop_crm.services.credit import export_terms, ledger
from desktop_crm.services.credit.credit_status import DebtLine
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.date_entry import DateEntry


def picked(edit: DateEntry) -> date:
    return edit.day()


def day_edit(name: str, days_on: int = 0) -> DateEntry:
    return DateEntry(clock.today() + timedelta(days=days_on), objectName=name)


class DebtDialog(BaseDialog):
    def __init__(self, user: ActingUser, customer_id: int, orders: list[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, "debt", self.tr("登记欠款"))
        self.user, self.customer_id = user, customer_id
        self.incurred_on = day_edit("incurredOn")
        self.due_date = day_edit("dueDate", 30)
        self.amount = QLineEdit(objectName="amount", placeholderText=self.tr("如 120000 或 120,000.00"))
        self.note = QLineEdit(objectName="note", placeholderText=self.tr("如 2026年11月服务器货款，发票号 00012345"))
        self.order = QComboBox(objectName="order")
        self.order.addItem(self.tr("（不对应订单）"), None)
        for order_id, number in orders:
            self.order.addItem(number, order_id)
        self.message = self.error_label()
        form = QFormLayout()
        for label, widget in ((self.tr("欠款日期"), self.incurred_on), (self.tr("应还日期"), self.due_date),
                              (self.tr("金额（元）"), self.amount), (self.tr("说明"), self.note),
                              (self.tr("对应订单"), self.order)):
            form.addRow(label, widget)
        self.lay_out_form(form, self.tr("登记"), self.save)

    def save(self) -> None:
        call = lambda: ledger.add_debt(self.user, self.customer_id, picked(self.incurred_on),  # noqa: E731
                                       self.amount.text(), picked(self.due_date),
                                       self.order.currentData(), self.note.text())
        if self.submitted(call, self.message):
            self.accept()


class RepaymentDialog(BaseDialog):
    """The debts to settle are ticked; none ticked settles the earliest due first."""

    def __init__(self, user: ActingUser, customer_id: int, debts: list[DebtLine], parent: QWidget | None = None) -> None:
        super().__init__(parent, "repayment", self.tr("登记还款"))
        self.user, self.customer_id = user, customer_id
        self.paid_on = day_edit("paidOn")
        self.amount = QLineEdit(objectName="amount")
        self.method = QComboBox(objectName="method", editable=True)
        self.method.addItems([self.tr("银行转账"), self.tr("承兑汇票"), self.tr("支票"), self.tr("现金")])
        self.debts = QListWidget(objectName="debts")
        for debt in debts:
            if debt.outstanding <= 0:
                continue
            item = QListWidgetItem(self.tr("%1 欠 %2 元，未还 %3 元，%4 到期").replace("%1", f"{debt.incurred_on:%Y-%m-%d}")
                                   .replace("%2", f"{debt.amount:,.2f}").replace("%3", f"{debt.outstanding:,.2f}")
                                   .replace("%4", f"{debt.due_date:%Y-%m-%d}"))
            item.setData(Qt.ItemDataRole.UserRole, debt.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.debts.addItem(item)
        self.message = self.error_label()
        form = QFormLayout()
        for label, widget in ((self.tr("还款日期"), self.paid_on), (self.tr("金额（元）"), self.amount),
                              (self.tr("付款方式"), self.method), (self.tr("冲销的欠款"), self.debts)):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("不勾选时，先冲销最早到期的欠款。"), wordWrap=True))
        layout.addWidget(self.message)
        layout.addWidget(self.answer_buttons(self.tr("登记"), self.save))

    def ticked(self) -> list[int] | None:
        ids = [self.debts.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.debts.count())
               if self.debts.item(i).checkState() == Qt.CheckState.Checked]
        return ids or None

    def save(self) -> None:
        call = lambda: ledger.add_repayment(self.user, self.customer_id, picked(self.paid_on),  # noqa: E731
                                            self.amount.text(), self.ticked(), self.method.currentText())
        if self.submitted(call, self.message):
            self.accept()


class PlanDialog(BaseDialog):
    """客户还款计划: the instalments in a grid, with the running total against the debt."""

    def __init__(self, user: ActingUser, debt: DebtLine, parent: QWidget | None = None) -> None:
        super().__init__(parent, "repayment_plan", self.tr("还款计划"))
        self.user, self.debt = user, debt
        self.agreement = QLineEdit(objectName="agreement", placeholderText=self.tr("欠款还款协议编号，如 HK-2026-007"))
        self.grid = QTableWidget(0, 2, objectName="instalments")
        self.grid.setHorizontalHeaderLabels([self.tr("应还日期（YYYY-MM-DD）"), self.tr("金额（元）")])
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.setColumnWidth(0, 180)
        self.grid.itemChanged.connect(lambda _item: self.update_total())
        add = QPushButton(self.tr("加一期"), objectName="addInstalment")
        add.clicked.connect(lambda: self.add_row())
        remove = QPushButton(self.tr("删除所选一期"), objectName="removeInstalment")
        remove.clicked.connect(self.remove_row)
        self.total = QLabel(objectName="planTotal")
        self.message = self.error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        form = QFormLayout()
        form.addRow(self.tr("欠款"), QLabel(self.tr("%1 欠 %2 元，%3 到期").replace("%1", f"{debt.incurred_on:%Y-%m-%d}")
                                            .replace("%2", f"{debt.amount:,.2f}").replace("%3", f"{debt.due_date:%Y-%m-%d}")))
        form.addRow(self.tr("协议编号"), self.agreement)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.grid, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.answer_buttons(self.tr("登记"), self.save))
        self.resize(520, 420)
        self.update_total()

    def add_row(self, when: str = "", amount: str = "") -> None:
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        self.grid.setItem(row, 0, QTableWidgetItem(when))
        self.grid.setItem(row, 1, QTableWidgetItem(amount))
        self.update_total()

    def remove_row(self) -> None:
        if self.grid.currentRow() >= 0:
            self.grid.removeRow(self.grid.currentRow())
            self.update_total()

    def _cell(self, row: int, column: int) -> str:
        item = self.grid.item(row, column)
        return item.text().strip() if item is not None else ""

    def update_total(self) -> None:
        total = Decimal("0")
        for row in range(self.grid.rowCount()):
            try:
                total += Decimal(self._cell(row, 1).replace(",", "") or "0")
            except InvalidOperation:
                pass
        left = self.debt.amount - total
        self.total.setText(self.tr("合计 %1 元，欠款 %2 元，%3").replace("%1", f"{total:,.2f}")
                           .replace("%2", f"{self.debt.amount:,.2f}")
                           .replace("%3", self.tr("相符") if left == 0 else self.tr("差 %1 元").replace("%1", f"{left:,.2f}")))

    def save(self) -> None:
        instalments: list[tuple[date, object]] = []
        for row in range(self.grid.rowCount()):
            when = self._cell(row, 0)
            try:
                day = parse_paper_date(when)
            except (ValueError, TypeError, OverflowError):
                self.message.setText(self.tr("第 %1 期的日期“%2”请按 YYYY-MM-DD 填写。").replace("%1", str(row + 1))
                                     .replace("%2", when))
                return
            instalments.append((day, self._cell(row, 1)))
        if not instalments:
            self.message.setText(self.tr("请至少填写一期。"))
            return
        if not self.agreement.text().strip():
            self.message.setText(self.tr("请填写欠款还款协议编号。"))
            return
        if self.submitted(lambda: ledger.add_plan(self.user, self.debt.id, self.agreement.text(), instalments),
                          self.message):
            self.accept()


class ExportTermsDialog(BaseDialog):
    """直接出口客户: the payment method and the credit amount granted."""

    def __init__(self, user: ActingUser, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, "export_terms", self.tr("付款方式与信用金额"))
        self.user, self.customer_id = user, customer_id
        self.method = QComboBox(objectName="paymentMethod", editable=True)
        self.method.addItems([self.tr("即期信用证"), self.tr("远期信用证 90天"), self.tr("T/T 30天"), self.tr("D/P 即期")])
        self.amount = QLineEdit(objectName="creditAmount")
        self.message = self.error_label()
        form = QFormLayout()
        form.addRow(self.tr("付款方式"), self.method)
        form.addRow(self.tr("信用金额（元）"), self.amount)
        self.lay_out_form(form, self.tr("登记"), self.save)

    def save(self) -> None:
        if self.submitted(lambda: export_terms.set_terms(self.user, self.customer_id, self.method.currentText(),
                                                         self.amount.text()), self.message):
            self.accept()


class CollateralDialog(BaseDialog):
    """抵押保证登记: how it is secured, what, by whom and for how much."""

    def __init__(self, user: ActingUser, customer_id: int, kinds: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent, "collateral", self.tr("抵押保证登记"))
        self.user, self.customer_id = user, customer_id
        self.kind = QComboBox(objectName="collateralKind")
        self.kind.addItems(list(kinds))
        self.description = QLineEdit(objectName="description", placeholderText=self.tr("如 杭州市西湖区文三路 90 号厂房"))
        self.guarantor = QLineEdit(objectName="guarantor", placeholderText=self.tr("保证人（抵押、质押可不填）"))
        self.value = QLineEdit(objectName="value", placeholderText=self.tr("可不填"))
        self.registered_on = day_edit("registeredOn")
        self.message = self.error_label()
        form = QFormLayout()
        for label, widget in ((self.tr("方式"), self.kind), (self.tr("抵押物或保证内容"), self.description),
                              (self.tr("保证人"), self.guarantor), (self.tr("价值（元）"), self.value),
                              (self.tr("登记日期"), self.registered_on)):
            form.addRow(label, widget)
        self.lay_out_form(form, self.tr("登记"), self.save)

    def save(self) -> None:
        call = lambda: export_terms.add_collateral(self.user, self.customer_id, self.kind.currentText(),  # noqa: E731
                                                   self.description.text(), self.value.text() or None,
                                                   self.guarantor.text(), picked(self.registered_on))
        if self.submitted(call, self.message):
            self.accept()
