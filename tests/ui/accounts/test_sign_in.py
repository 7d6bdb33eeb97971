from PySide6.QtWidgets import QDialogButtonBox

from desktop_crm.services.accounts import user_accounts
from desktop_crm.ui.accounts.first_start_dialog import FirstStartDialog, NewAccount
from desktop_crm.ui.accounts.login_dialog import LoginDialog
from tests.conftest import PASSWORD


def _create(account: NewAccount):
    return user_accounts.create_first_custodian(account.username, account.display_name, account.password, account.confirm)


def test_first_start_creates_the_custodian(desk_app, archive, qtbot):
    dialog = FirstStartDialog(_create)
    qtbot.addWidget(dialog)
    dialog.username.setText("wangfang")
    dialog.display_name.setText("王芳")
    dialog.password.setText(PASSWORD)
    dialog.confirm.setText(PASSWORD + "x")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert "不一致" in dialog.message.text() and user_accounts.needs_first_user()
    dialog.confirm.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.user.username == "wangfang" and not user_accounts.needs_first_user()


def test_login_wrong_then_right(desk_app, custodian, qtbot):
    dialog = LoginDialog(user_accounts.login, user_accounts.throttle.seconds_to_wait, "archive.sqlite3")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.username.setText("wangfang")
    dialog.password.setText("wrong-password")
    ok.click()
    assert dialog.message.text() == user_accounts.WRONG_LOGIN and dialog.password.text() == ""
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        ok.click()
    assert dialog.user == custodian


def test_repeated_failures_disable_the_button_with_a_countdown(desk_app, custodian, qtbot):
    dialog = LoginDialog(user_accounts.login, user_accounts.throttle.seconds_to_wait, "archive.sqlite3")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.username.setText("wangfang")
    for _ in range(3):
        dialog.password.setText("wrong-password")
        ok.click()
    assert not ok.isEnabled() and "请稍候" in ok.text()


def test_user_admin_disables_a_colleague(desk_app, staff, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from desktop_crm.domain.roles import Role
    from desktop_crm.ui.accounts.user_admin_dialog import UserAdminDialog

    dialog = UserAdminDialog(staff[Role.CUSTODIAN])
    qtbot.addWidget(dialog)
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "liuyang")
    dialog.table.selectRow(row)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("调离业务部", True))
    dialog.toggle_selected()
    assert dialog.table.item(row, 4).text() == "停用"
