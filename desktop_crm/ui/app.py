"""Starting the GUI: font, language, the archive, first start or login, then the main window."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.services import session
from desktop_crm.ui.common.fonts import install_cjk_font
from desktop_crm.ui.common.i18n import install_language
from desktop_crm.ui.common.language_menu import language_at_start
from desktop_crm.ui.common.messages import error_text
from desktop_crm.ui.common.messages import translated as error_text_of
from desktop_crm.ui.common.workstation_settings import keep_beside


def make_application(lang: str = "zh_CN") -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("ArchiveDesk")
    QCoreApplication.setApplicationName("ArchiveDesk")
    install_cjk_font(app)
    install_language(lang)
    return app


def sign_in(archive_label: str, username: str | None = None) -> ActingUser | None:
    """First start creates the custodian; otherwise the login dialog (skipped when a name and the
    password variable are given, as on the command line)."""
    from desktop_crm.services.accounts import user_accounts
    from desktop_crm.ui.accounts.first_start_dialog import FirstStartDialog, NewAccount
    from desktop_crm.ui.accounts.login_dialog import LoginDialog

    if user_accounts.needs_first_user():
        def create(account: NewAccount) -> ActingUser:
            return user_accounts.create_first_custodian(account.username, account.display_name, account.password,
                                                   account.confirm)
        dialog = FirstStartDialog(create)
        return dialog.user if dialog.exec() == QDialog.DialogCode.Accepted else None
    password = os.environ.get("DESKTOP_CRM_PASSWORD")
    user = None
    if username and password is not None:
        try:
            user = user_accounts.login(username, password)
        except ArchiveError:
            pass   # fall through to the dialog, which shows the message on the next try
    if user is None:
        dialog = LoginDialog(user_accounts.login, user_accounts.throttle.seconds_to_wait, archive_label)
        if username:
            dialog.username.setText(username)
            dialog.password.setFocus()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        user = dialog.user
    return user if user is not None and password_settled(user) else None


def password_settled(user: ActingUser) -> bool:
    """A temporary password must be changed before the desk opens (the demo password is pointed out by
    the main window once it is open)."""
    from desktop_crm.services.accounts import user_accounts
    from desktop_crm.ui.accounts.password_dialog import ChangePasswordDialog

    state = user_accounts.password_state(user)
    if state == user_accounts.TEMPORARY:
        return ChangePasswordDialog(user, forced=True).exec() == QDialog.DialogCode.Accepted
    return True


def may_open_desk(user: ActingUser) -> bool:
    """A 业务员 may not query the archive (the services refuse it); the desk says so and closes, instead of
    opening a window whose first search would be refused."""
    from desktop_crm.domain.permissions import Action, may

    if may(user.role, Action.QUERY_ARCHIVE):
        return True
    QMessageBox.information(None, QCoreApplication.translate("App", "不能查询档案"), QCoreApplication.translate(
        "App", "%1：业务员不能查询客户档案。需要客户资料时，请向档案管理员申请发放（经理或业务经理同意后由档案管理员办理）。")
        .replace("%1", user.display_name))
    return False


def install_last_resort() -> None:
    """An error nobody foresaw is written to the log and shown as a Chinese message, never lost with a
    console the window does not have."""
    from desktop_crm.services import crash_log

    crash_log.configure()

    def shown(kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log = crash_log.record(error)
        QMessageBox.critical(None, QCoreApplication.translate("App", "程序内部错误"), QCoreApplication.translate(
            "App", "发生了意外错误：%1。已保存的内容没有改变。详情已写入 %2，请把该文件交给维护人员。")
            .replace("%1", f"{kind.__name__}: {error}").replace("%2", str(log)))
    sys.excepthook = shown


def start_desk_on(data_dir: str) -> bool:
    """Start another desk process on ``data_dir`` (a restored archive); True when it started."""
    from PySide6.QtCore import QProcess

    if getattr(sys, "frozen", False):          # the packaged program is its own interpreter
        program, arguments = sys.executable, ["--data-dir", data_dir]
    else:
        program, arguments = sys.executable, ["-m", "desktop_crm", "--data-dir", data_dir]
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


def run_gui(location: session.ArchiveLocation, lang: str | None = None, username: str | None = None) -> int:
    keep_beside(location.data_dir)          # before anything reads a workstation setting
    app = make_application(language_at_start(lang))
    target = location.database
    warning = session.share_warning(location)
    if warning:
        QMessageBox.warning(None, QCoreApplication.translate("App", "档案库在网络共享上"), error_text_of(warning))
    try:
        session.open_archive(location)
    except ArchiveError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "无法打开档案库"), error_text(exc))
        return 1
    except Exception as exc:  # noqa: BLE001 - any failure to open must be shown, not a silent crash
        QMessageBox.critical(None, QCoreApplication.translate("App", "无法打开档案库"),
                             QCoreApplication.translate("App", "打开档案库 %1 时出错：%2\n请检查路径和权限。")
                             .replace("%1", target).replace("%2", error_text(exc)))
        return 1
    install_last_resort()
    user = sign_in(target, username)
    if user is None or not may_open_desk(user):
        return 0
    from desktop_crm.ui.main_window import MainWindow

    window = MainWindow(user, target, location)
    window.show()
    QTimer.singleShot(0, window.offer_drafts)
    if not os.environ.get("DESKTOP_CRM_BENCH_FIRST_ROWS"):
        QTimer.singleShot(0, window.show_overdue_on_start)
        QTimer.singleShot(0, window.remind_demo_password)
        QTimer.singleShot(500, window.start_automatic_backup)
    if os.environ.get("DESKTOP_CRM_BENCH_FIRST_ROWS"):
        from desktop_crm.ui.common.startup_probe import FirstRowsProbe

        FirstRowsProbe(window.table)
    return app.exec()
