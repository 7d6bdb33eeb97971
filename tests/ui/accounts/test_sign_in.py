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
    from desktop_crm.domain.roles import Role
    from desktop_crm.ui.accounts.user_admin_dialog import UserAdminDialog
    from desktop_crm.ui.common.reason_form import ReasonForm

    dialog = UserAdminDialog(staff[Role.CUSTODIAN])
    qtbot.addWidget(dialog)
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "liuyang")
    dialog.table.selectRow(row)
    def fill(form):
        form.text.setPlainText("调离业务部")
        form.save()
        return form.result()
    monkeypatch.setattr(ReasonForm, "exec", fill)
    dialog.toggle_selected()
    assert dialog.table.item(row, 4).text() == "停用"


def test_a_temporary_password_must_be_changed_before_the_desk_opens(desk_app, staff, qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_crm.domain.roles import Role
    from desktop_crm.ui import app
    from desktop_crm.ui.accounts.password_dialog import ChangePasswordDialog

    temporary = user_accounts.reset_password(staff[Role.CUSTODIAN], "zhaoxm")
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", temporary)
    seen = []

    def answer(cancel: bool) -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ChangePasswordDialog) and w.isVisible())
        seen.append(dialog.findChild(type(dialog.message), "passwordIntro").text())
        dialog.grab().save(str(tmp_path / "forced_password.png"))
        if cancel:
            dialog.reject()
            return
        dialog.current.setText(temporary)
        dialog.new.setText("xuemei-2026")
        dialog.confirm.setText("xuemei-2026")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(100, lambda: answer(cancel=True))
    assert app.sign_in("archive.sqlite3", "zhaoxm") is None            # quitting the form keeps the desk shut
    QTimer.singleShot(100, lambda: answer(cancel=False))
    user = app.sign_in("archive.sqlite3", "zhaoxm")
    assert user is not None and user.username == "zhaoxm" and "临时密码" in seen[0]
    assert user_accounts.password_state(user) == user_accounts.OWN
    assert user_accounts.login("zhaoxm", "xuemei-2026") == user


def test_user_admin_resets_a_colleagues_password(desk_app, staff, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop_crm.domain.roles import Role
    from desktop_crm.ui.accounts.user_admin_dialog import UserAdminDialog

    dialog = UserAdminDialog(staff[Role.CUSTODIAN])
    qtbot.addWidget(dialog)
    dialog.reset_selected()
    assert "请先" in dialog.message.text()
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "lijg")
    dialog.table.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.reset_selected()
    shown = dialog.findChild(QMessageBox, "temporaryPassword")
    temporary = shown.text().split("：")[1]
    assert user_accounts.password_state(user_accounts.login("lijg", temporary)) == user_accounts.TEMPORARY
    shown.close()


def test_a_salesperson_is_told_why_the_desk_does_not_open(desk_app, staff, monkeypatch):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from desktop_crm.domain.roles import Role
    from desktop_crm.ui import app

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    assert app.may_open_desk(staff[Role.CUSTOMER_SERVICE]) and not shown
    assert not app.may_open_desk(staff[Role.SALES])
    assert "业务员不能查询客户档案" in shown[0] and "发放" in shown[0]
    assert sys.excepthook is not None


def test_an_unforeseen_error_in_the_window_is_logged_and_shown_in_chinese(desk_app, monkeypatch, tmp_path):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from desktop_crm.services import crash_log
    from desktop_crm.ui import app

    monkeypatch.setattr(crash_log, "log_folder", lambda: tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_last_resort()
    try:
        raise ValueError("模拟的意外错误")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "意外错误" in shown[0] and "模拟的意外错误" in (tmp_path / "archive-desk.log").read_text(encoding="utf-8")
