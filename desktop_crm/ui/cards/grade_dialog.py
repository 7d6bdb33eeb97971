"""手定客户等级: set a customer's grade by hand with the reason (kept against the sales figures), or let the
sales grade it again."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.customer_card import GRADES
from desktop_crm.services.cards import grading
from desktop_crm.ui.common.base_dialog import BaseDialog


class GradeByHandDialog(BaseDialog):
    def __init__(self, user: ActingUser, number: str, name: str, grade: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, "grade_by_hand", self.tr("手定客户等级"))
        self.user, self.number = user, number
        self.grade = QComboBox(objectName="grade")
        self.grade.addItems(list(GRADES))
        if grade in GRADES:
            self.grade.setCurrentText(grade)
        self.reason = QLineEdit(objectName="reason", placeholderText=self.tr("如：集团战略客户，经理批示按A级对待"))
        self.clear = QCheckBox(self.tr("取消手定，此后按销售额评定"), objectName="clearByHand")
        self.clear.toggled.connect(self._clearing)
        self.message = self.error_label()
        form = QFormLayout()
        form.addRow(self.tr("客户"), QLabel(f"{number}  {name}"))
        form.addRow(self.tr("等级"), self.grade)
        form.addRow(self.tr("理由"), self.reason)
        form.addRow("", self.clear)
        self.lay_out_form(form, self.tr("确定"), self.save)
        self.resize(460, 220)

    def _clearing(self, on: bool) -> None:
        self.grade.setEnabled(not on)
        self.reason.setEnabled(not on)

    def save(self) -> None:
        if self.clear.isChecked():
            call = lambda: grading.clear_by_hand(self.user, self.number)  # noqa: E731
        else:
            call = lambda: grading.set_by_hand(self.user, self.number, self.grade.currentText(), self.reason.text())  # noqa: E731
        if self.submitted(call, self.message):
            self.accept()
