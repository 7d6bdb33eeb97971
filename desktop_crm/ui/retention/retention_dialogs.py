"""The retention forms: the appraisal of one volume, a destruction list proposed, decided and carried out.
Each hands plain values to the service and shows its refusal under the form."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.services.retention import appraisal, destruction
from desktop_crm.ui.common.base_dialog import BaseDialog


def _reason_box(name: str, hint: str) -> QPlainTextEdit:
    box = QPlainTextEdit(objectName=name, placeholderText=hint)
    box.setFixedHeight(70)
    return box


class AppraiseDialog(BaseDialog):
    def __init__(self, user: ActingUser, code: str, title: str, as_of: date, parent: QWidget | None = None) -> None:
        super().__init__(parent, "appraise", self.tr("到期鉴定"))
        self.user, self.code, self.as_of = user, code, as_of
        self.keep = QRadioButton(self.tr("继续保存"), objectName="keep", checked=True)
        self.destroy_choice = QRadioButton(self.tr("拟销毁"), objectName="destroy")
        self.period = QComboBox(objectName="period")
        self.period.addItems(["10年", "30年", "永久"])
        self.reason = _reason_box("reason", self.tr("鉴定理由，如：客户仍有往来，继续保存"))
        self.message = self.error_label()
        form = QFormLayout()
        form.addRow(self.tr("案卷"), QLabel(f"{code}  {title}", wordWrap=True))
        form.addRow(self.tr("鉴定结论"), self.keep)
        form.addRow("", self.destroy_choice)
        form.addRow(self.tr("继续保存期限"), self.period)
        form.addRow(self.tr("理由"), self.reason)
        self.keep.toggled.connect(self.period.setEnabled)
        self.lay_out_form(form, self.tr("记录鉴定"), self.save)

    def save(self) -> None:
        decision = "keep" if self.keep.isChecked() else "destroy"
        if self.submitted(lambda: appraisal.appraise(self.user, self.code, decision, self.reason.toPlainText(),
                                                     self.period.currentText(), as_of=self.as_of), self.message):
            self.accept()


class ProposeDialog(BaseDialog):
    def __init__(self, user: ActingUser, as_of: date, parent: QWidget | None = None) -> None:
        super().__init__(parent, "propose_destruction", self.tr("提出销毁清册"))
        self.user, self.as_of = user, as_of
        self.reason = _reason_box("reason", self.tr("鉴定意见，印在销毁清册上"))
        self.message = self.error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("鉴定为销毁、尚未列入清册的案卷将全部列入这份清册，经另一位经理批准后才能销毁。"), wordWrap=True))
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(self.answer_buttons(self.tr("提出"), self.save))
        self.number = ""

    def save(self) -> None:
        def call() -> None:
            self.number = destruction.propose(self.user, self.reason.toPlainText(), as_of=self.as_of)
        if self.submitted(call, self.message):
            self.accept()


class DecideDialog(BaseDialog):
    def __init__(self, user: ActingUser, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, "decide_destruction", self.tr("审批销毁清册"))
        self.user, self.number = user, number
        self.approve = QRadioButton(self.tr("批准销毁"), objectName="approve", checked=True)
        self.reject_ = QRadioButton(self.tr("不批准"), objectName="rejectList")
        self.note = _reason_box("note", self.tr("意见；不批准时须写明理由"))
        self.message = self.error_label()
        form = QFormLayout()
        form.addRow(self.tr("清册"), QLabel(number))
        form.addRow(self.tr("决定"), self.approve)
        form.addRow("", self.reject_)
        form.addRow(self.tr("意见"), self.note)
        self.lay_out_form(form, self.tr("确定"), self.save)

    def save(self) -> None:
        if self.submitted(lambda: destruction.decide(self.user, self.number, self.approve.isChecked(),
                                                     self.note.toPlainText()), self.message):
            self.accept()


class CarryOutDialog(BaseDialog):
    def __init__(self, user: ActingUser, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, "carry_out_destruction", self.tr("执行销毁"))
        self.user, self.number = user, number
        self.first = QLineEdit(objectName="witness1")
        self.second = QLineEdit(objectName="witness2")
        self.message = self.error_label()
        form = QFormLayout()
        form.addRow(self.tr("清册"), QLabel(number))
        form.addRow(self.tr("监销人"), self.first)
        form.addRow(self.tr("监销人"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("执行后，清册中的案卷标记为已销毁，其扫描件从档案库删除，不能恢复；"
                                        "案卷目录、备考表和本清册永久留存。"), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.answer_buttons(self.tr("执行销毁"), self.save))
        self.removed = 0

    def save(self) -> None:
        def call() -> None:
            self.removed = destruction.carry_out(self.user, self.number, [self.first.text(), self.second.text()])
        if self.submitted(call, self.message):
            self.accept()
