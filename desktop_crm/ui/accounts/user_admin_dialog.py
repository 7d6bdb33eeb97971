"""The custodian's list of accounts, with a form to add a colleague."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import ArchiveError, InvalidInput
from desktop_crm.domain.roles import Role
from desktop_crm.services.accounts import user_accounts
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.i18n import tr_domain
from desktop_crm.ui.common.messages import error_text
from desktop_crm.ui.common.reason_form import ReasonForm


class UserAdminDialog(BaseDialog):
    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent, "user_admin", self.tr("用户管理"))
        self.user = user
        self.table = QTableWidget(0, 5, objectName="userTable")
        self.table.setHorizontalHeaderLabels([self.tr("登录名"), self.tr("姓名"), self.tr("角色"), self.tr("部门"),
                                              self.tr("状态")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.username = QLineEdit(placeholderText=self.tr("例如 zhangli"))
        self.display_name = QLineEdit(placeholderText=self.tr("例如 张丽"))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(tr_domain("Role", role.label), role.value)
        self.role.setCurrentIndex(self.role.findData(Role.SALES.value))   # least rights unless chosen
        self.department = QLineEdit(placeholderText=self.tr("例如 业务部"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("初始密码，至少8位"))
        self.message = QLabel(objectName="errorLabel", wordWrap=True)
        add = QPushButton(self.tr("添加用户"))
        add.clicked.connect(self.add_user)
        toggle = QPushButton(self.tr("停用/启用所选用户…"), objectName="toggleUser")
        toggle.clicked.connect(self.toggle_selected)
        reset = QPushButton(self.tr("重置所选用户的密码…"), objectName="resetPassword")
        reset.clicked.connect(self.reset_selected)
        form_box = QGroupBox(self.tr("添加用户"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("登录名"), self.username)
        form.addRow(self.tr("姓名"), self.display_name)
        form.addRow(self.tr("角色"), self.role)
        form.addRow(self.tr("部门"), self.department)
        form.addRow(self.tr("初始密码"), self.password)
        form.addRow(self.message)
        form.addRow(add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(toggle)
        buttons.addWidget(reset)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(form_box)
        self.resize(620, 520)
        self.reload()

    def reload(self) -> None:
        try:
            rows = user_accounts.list_users(self.user)
        except ArchiveError as exc:
            self.message.setText(error_text(exc))
            return
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, (account, department, active) in enumerate(rows):
            cells = (account.username, account.display_name, tr_domain("Role", account.role.label), department,
                     self.tr("在用") if active else self.tr("停用"))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def toggle_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        account, _, active = self.rows[rows[0].row()]
        form = ReasonForm(self, self.tr("启用账号") if not active else self.tr("停用账号"),
                          lambda _c, reason: user_accounts.set_active(self.user, account.id, not active, reason),
                          intro=f"{account.display_name}（{account.username}）", text_label=self.tr("原因"),
                          hint=self.tr("将记入更正记录，如：已调离本部门"))
        if form.exec():
            self.reload()

    def reset_selected(self) -> None:
        """Give the selected colleague a temporary password, shown once to hand over."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("请先在列表中选择一位同事。"))
            return
        account, _, _ = self.rows[rows[0].row()]
        answer = QMessageBox.question(
            self, self.tr("重置密码"),
            self.tr("把 %1 的密码重置为临时密码？对方下次登录时必须修改。").replace("%1", account.label))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            temporary = user_accounts.reset_password(self.user, account.username)
        except ArchiveError as exc:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(error_text(exc))
            return
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(self.tr("已重置 %1 的密码。").replace("%1", account.label))
        shown = QMessageBox(QMessageBox.Icon.Information, self.tr("临时密码"),
                            self.tr("%1 的临时密码：%2").replace("%1", account.display_name).replace("%2", temporary),
                            parent=self)
        shown.setInformativeText(self.tr("请当面交给本人；它只显示这一次。"))
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setObjectName("temporaryPassword")
        shown.open()

    def add_user(self) -> None:
        try:
            added = user_accounts.add_user(self.user, self.username.text().strip(), self.display_name.text(),
                                      Role(self.role.currentData()), self.password.text(), self.department.text())
        except InvalidInput as exc:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(error_text(exc))
            return
        except ArchiveError as exc:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(error_text(exc))
            return
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(self.tr("已添加用户 %1。").replace("%1", added.label))
        for edit in (self.username, self.display_name, self.department, self.password):
            edit.clear()
        self.reload()
