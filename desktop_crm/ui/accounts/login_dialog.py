"""The login dialog shown at every start once the archive has accounts."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.messages import error_text
from desktop_crm.ui.common.workstation_settings import LAST_USERNAME


class LoginDialog(BaseDialog):
    """Asks for name and password and passes them to ``authenticate`` (the accounts service).

    The service decides and throttles; the dialog only shows its message and, while the service asks
    the user to wait, keeps the button disabled.
    """

    def __init__(self, authenticate: Callable[[str, str], ActingUser], seconds_to_wait: Callable[[str], float],
                 archive_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, "login", self.tr("登录 — 客户档案管理台"))
        self._authenticate = authenticate
        self._seconds_to_wait = seconds_to_wait
        self.user: ActingUser | None = None
        title = QLabel(self.tr("客户档案管理台"))
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        where = QLabel(self.tr("档案库：%1").replace("%1", archive_label), wordWrap=True)
        where.setStyleSheet("color: #555;")
        self.username = QLineEdit(LAST_USERNAME.get())
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.message = self.error_label()
        form = QFormLayout()
        form.addRow(self.tr("登录名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._countdown = QTimer(self, interval=500)
        self._countdown.timeout.connect(self._tick)
        (self.password if self.username.text() else self.username).setFocus()
        self.resize(400, 240)

    def _submit(self) -> None:
        name = self.username.text().strip()
        try:
            self.user = self._authenticate(name, self.password.text())
        except ArchiveError as exc:
            self.message.setText(error_text(exc))
            self.password.clear()
            self.password.setFocus()
            self._tick()
            return
        LAST_USERNAME.set(name)
        self.accept()

    def _tick(self) -> None:
        """Keep the login button off while the service makes this name wait."""
        wait = self._seconds_to_wait(self.username.text().strip())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(wait <= 0)
        if wait > 0:
            ok.setText(self.tr("请稍候 %1 秒").replace("%1", str(int(wait + 0.999))))
            self._countdown.start()
        else:
            ok.setText(self.tr("登录"))
            self._countdown.stop()
