"""First start on an empty archive: the custodian creates their own account."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.ui.common.base_dialog import BaseDialog


@dataclass(frozen=True)
class NewAccount:
    username: str
    display_name: str
    password: str
    confirm: str


class FirstStartDialog(BaseDialog):
    """Collects a :class:`NewAccount` and hands it to ``create`` (the accounts service)."""

    def __init__(self, create: Callable[[NewAccount], ActingUser], parent: QWidget | None = None) -> None:
        super().__init__(parent, "first_start", self.tr("首次启动：创建档案管理员账号"))
        self._create = create
        self.user: ActingUser | None = None
        intro = QLabel(self.tr("这是一个新的档案库。请先为档案管理员（您本人）创建账号，"
                               "以后每次启动都需要用它登录。密码只保存为不可逆的加密摘要。"))
        intro.setWordWrap(True)
        self.username = QLineEdit(placeholderText=self.tr("英文字母开头，例如 wangfang"))
        self.display_name = QLineEdit(placeholderText=self.tr("例如 王芳"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("至少8位，字母与数字混合"))
        self.message = self.error_label()
        form = QFormLayout()
        form.addRow(self.tr("登录名"), self.username)
        form.addRow(self.tr("姓名"), self.display_name)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("确认密码"), self.confirm)
        buttons = self.answer_buttons(self.tr("创建并进入"), self._submit, self.tr("退出"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(460, 300)

    def value(self) -> NewAccount:
        return NewAccount(self.username.text().strip(), self.display_name.text().strip(),
                          self.password.text(), self.confirm.text())

    def _submit(self) -> None:
        def create() -> None:
            self.user = self._create(self.value())
        if self.submitted(create, self.message):
            self.accept()
