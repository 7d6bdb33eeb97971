"""The credit approvals as forms: a request (客户信用额度审批表 with the amount asked; 延期还款审批单 with the
debts chosen in the form and the new date; 退赔折价审批表 with its order, amount, kind, cause and the
responsibility found) and a decision (approve — possibly a different amount, with conditions, and a written
reason when it goes above the rating's terms — reject with a reason, or send back). Each hands plain values
to the approvals service and shows its refusals under the form."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.approval_rules import RETURN_KINDS
from desktop_crm.services.credit import approvals
from desktop_crm.services.credit.approvals import Approval
from desktop_crm.services.credit.credit_status import DebtLine
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.credit.ledger_dialogs import day_edit, picked


def _box(name: str, height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit(objectName=name)
    box.setFixedHeight(height)
    return box


class RequestDialog(BaseDialog):
    def __init__(self, user: ActingUser, customer_id: int, kind: str, debts: list[DebtLine],
                 orders: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        titles = {"limit": QCoreApplication.translate("RequestDialog", "申请信用额度"),
                  "deferral": QCoreApplication.translate("RequestDialog", "申请延期还款"),
                  "return": QCoreApplication.translate("RequestDialog", "申请退赔折价")}
        super().__init__(parent, f"request_{kind}", titles[kind])
        self.user, self.customer_id, self.kind = user, customer_id, kind
        self.reason = _box("reason")
        self.amount = QLineEdit(objectName="amount")
        self.debts = QListWidget(objectName="debts")
        for debt in debts:
            if debt.outstanding > 0:
                item = QListWidgetItem(self.tr("%1 未还 %2 元，%3 到期").replace("%1", f"{debt.incurred_on:%Y-%m-%d}")
                                       .replace("%2", f"{debt.outstanding:,.2f}").replace("%3", f"{debt.due_date:%Y-%m-%d}"))
                item.setData(Qt.ItemDataRole.UserRole, debt.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.debts.addItem(item)
        self.new_due = day_edit("newDue", 60)
        self.guarantee = QLineEdit(objectName="guarantee", placeholderText=self.tr("如 法定代表人个人担保"))
        self.order = QComboBox(objectName="order")
        for order_id, number in orders:
            self.order.addItem(number, order_id)
        self.return_kind = QComboBox(objectName="returnKind")
        self.return_kind.addItems(list(RETURN_KINDS))
        self.cause = _box("cause")
        self.responsible = QLineEdit(objectName="responsible", placeholderText=self.tr("如 承运方 / 我方质检"))
        self.finding = _box("finding")
        self.message = self.error_label()
        form = QFormLayout()
        if kind == "limit":
            form.addRow(self.tr("申请额度（元）"), self.amount)
        elif kind == "deferral":
            form.addRow(self.tr("延期的欠款"), self.debts)
            form.addRow(self.tr("延至"), self.new_due)
            form.addRow(self.tr("担保"), self.guarantee)
        else:
            for label, widget in ((self.tr("合同订单"), self.order), (self.tr("种类"), self.return_kind),
                                  (self.tr("金额（元）"), self.amount), (self.tr("原因"), self.cause),
                                  (self.tr("责任方"), self.responsible), (self.tr("责任鉴定"), self.finding)):
                form.addRow(label, widget)
        form.addRow(self.tr("申请理由"), self.reason)
        self.lay_out_form(form, self.tr("保存草稿"), self.save)
        self.resize(540, 460 if kind == "return" else 360)

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {"reason": self.reason.toPlainText()}
        if self.kind == "limit":
            found["requested_limit"] = self.amount.text()
        elif self.kind == "deferral":
            found.update(debt_ids=[self.debts.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.debts.count())
                                   if self.debts.item(i).checkState() == Qt.CheckState.Checked],
                         new_due=picked(self.new_due), guarantee=self.guarantee.text())
        else:
            found.update(order_id=self.order.currentData(), amount=self.amount.text(),
                         return_kind=self.return_kind.currentText(), cause=self.cause.toPlainText(),
                         responsible=self.responsible.text(), finding=self.finding.toPlainText())
        return found

    def save(self) -> None:
        if self.submitted(lambda: approvals.draft(self.user, self.kind, self.customer_id, self.values()), self.message):
            self.accept()


class DecisionDialog(BaseDialog):
    """批准 (the amount may differ from the one asked; above the rating's terms a written reason is needed),
    驳回 with its reason, or 退回 to the applicant for changes."""

    def __init__(self, user: ActingUser, approval: Approval, parent: QWidget | None = None) -> None:
        super().__init__(parent, "decision", self.tr("审批 %1").replace("%1", approval.number))
        self.user, self.approval = user, approval
        self.approve = QRadioButton(self.tr("批准"), objectName="approve", checked=True)
        self.reject_ = QRadioButton(self.tr("驳回"), objectName="rejectRequest")
        self.send_back = QRadioButton(self.tr("退回申请人修改"), objectName="sendBack")
        requested = approval.request.get("requested_limit")
        self.amount = QLineEdit(str(Decimal(requested)) if requested else "", objectName="approvedAmount")
        self.amount.setEnabled(approval.kind == "limit")
        self.text = _box("decision", 70)
        self.exceed = QLineEdit(objectName="exceedReason",
                                placeholderText=self.tr("超过该信用等级的额度上限或客户为不良时，写明理由"))
        self.message = self.error_label()
        form = QFormLayout()
        form.addRow(self.tr("申请"), QLabel(f"{approval.form_name}  {approval.request.get('reason', '')}", wordWrap=True))
        form.addRow(self.tr("决定"), self.approve)
        form.addRow("", self.reject_)
        form.addRow("", self.send_back)
        form.addRow(self.tr("批准额度（元）"), self.amount)
        form.addRow(self.tr("条件或理由"), self.text)
        form.addRow(self.tr("超限理由"), self.exceed)
        self.lay_out_form(form, self.tr("确定"), self.save)
        self.resize(560, 420)

    def save(self) -> None:
        a, text = self.approval, self.text.toPlainText()
        if self.send_back.isChecked():
            call = lambda: approvals.send_back(self.user, a.id, text)  # noqa: E731
        else:
            amount = self.amount.text().strip() if a.kind == "limit" and self.approve.isChecked() else None
            call = lambda: approvals.decide(self.user, a.id, self.approve.isChecked(), text,  # noqa: E731
                                            approved_amount=amount or None, exceed_reason=self.exceed.text())
        if self.submitted(call, self.message):
            self.accept()

