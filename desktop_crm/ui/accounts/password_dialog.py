"""Changing one's own password: asked for at sign-in after the custodian reset it (then it cannot be
skipped), offered to someone still on the published demo password, and on 管理 → 修改密码 any time."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.services.accounts import user_accounts
from desktop_crm.ui.common.base_dialog import BaseDialog


class ChangePasswordDialog(BaseDialog):
    def __init__(self, user: ActingUser, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(parent, "change_password", self.tr("修改密码"))
        self.user = user
        intro = QLabel(wordWrap=True, objectName="passwordIntro")
        if forced:
            intro.setText(self.tr("%1，您正在使用档案管理员给的临时密码。请先设定自己的密码再继续。")
                          .replace("%1", user.display_name))
        else:
            intro.setText(self.tr("密码至少8位，须同时含有字母和数字。修改会记入更正记录（不记录密码本身）。"))
        self.current = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="currentPassword")
        self.new = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="newPassword")
        self.confirm = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="confirmPassword")
        form = QFormLayout()
        form.addRow(self.tr("当前密码") if not forced else self.tr("临时密码"), self.current)
        form.addRow(self.tr("新密码"), self.new)
        form.addRow(self.tr("再输入一次"), self.confirm)
        self.message = self.error_label()
        buttons = self.answer_buttons(self.tr("修改密码"), self._submit, self.tr("退出") if forced else self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(420, 240)

    def _submit(self) -> None:
        if self.submitted(lambda: user_accounts.change_own_password(
                self.user, self.current.text(), self.new.text(), self.confirm.text()), self.message):
            self.accept()
        else:
            for edit in (self.new, self.confirm):
                edit.clear()
