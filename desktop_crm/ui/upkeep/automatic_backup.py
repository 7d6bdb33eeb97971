"""The automatic backups of the desk (设置 → 备份): at start-up once a day, in the background, and/or
when the window closes, with a progress dialog that can be cancelled. An encrypted one asks for the
passphrase once per session; the passphrase is kept in memory only."""
from __future__ import annotations

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.domain.permissions import Action, may
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import session
from desktop_crm.services.upkeep import backup
from desktop_crm.ui.common.background_job import BackgroundJob
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.messages import error_text, translated


class PassphraseDialog(BaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, "backup_passphrase", self.tr("自动备份口令"))
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="passphrase")
        buttons = self.answer_buttons(self.tr("备份"), self._submit, self.tr("跳过本次"))
        self.message = self.error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("自动备份设为加密。请输入口令（本次打开期间记住，不保存到磁盘）："), wordWrap=True))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _submit(self) -> None:
        if len(self.passphrase.text()) < 8:
            self.message.setText(self.tr("口令至少8位。"))
            return
        self.accept()


class AutomaticBackup(QObject):
    finished = Signal()           # a backup ended (made or not): the window refreshes the backup state

    def __init__(self, user: ActingUser, location: session.ArchiveLocation, window: QWidget) -> None:
        super().__init__(window)
        self.user, self.location, self.window = user, location, window
        self._passphrase: str | None = None
        self.job: BackgroundJob | None = None
        self.last_error = ""
        self._exited = False

    def _allowed(self, on_exit: bool) -> bool:
        if not may(self.user.role, Action.KEEP_BACKUPS):
            return False
        try:
            return backup.automatic_due(on_exit)
        except ArchiveError:
            return False

    def _passphrase_if_needed(self) -> tuple[bool, str | None]:
        if not backup.automatic_needs_passphrase():
            return True, None
        if self._passphrase is None:
            dialog = PassphraseDialog(self.window)
            if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
                return False, None
            self._passphrase = dialog.passphrase.text()
        return True, self._passphrase

    def _job(self, passphrase: str | None) -> BackgroundJob:
        job = BackgroundJob(
            lambda progress, cancelled: backup.run_automatic(self.user, self.location, passphrase=passphrase,
                                                             progress=progress, cancelled=cancelled),
            QT_TRANSLATE_NOOP("AutomaticBackup", "自动备份中断：{error}。没有留下备份文件。"))
        job.failed.connect(self._failed)
        job.ended.connect(self._ended)
        return job

    def _failed(self, error) -> None:
        self.last_error = error_text(error) if isinstance(error, BaseException) else translated(error)

    def _ended(self) -> None:
        self.job = None
        self.finished.emit()

    def at_start(self, show_progress) -> bool:
        """Start the daily backup in the background if one is due; ``show_progress(done, total)``."""
        if self.job is not None or not self._allowed(on_exit=False):
            return False
        go, passphrase = self._passphrase_if_needed()
        if not go:
            return False
        self.job = self._job(passphrase)
        self.job.progress.connect(show_progress)
        self.job.start(self)
        return True

    def at_exit(self) -> None:
        """Before the window closes: wait for a backup still running, or make the one due at exit."""
        if self.job is not None:
            self.job.wait(10 * 60 * 1000)
            return
        if self._exited or not self._allowed(on_exit=True):
            return
        self._exited = True
        go, passphrase = self._passphrase_if_needed()
        if not go:
            return
        self.last_error = ""
        dialog = QProgressDialog(self.tr("正在自动备份档案库…"), self.tr("取消"), 0, 1000, self.window)
        dialog.setWindowTitle(self.tr("自动备份"))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        self.job = self._job(passphrase)
        loop = QEventLoop()
        self.job.progress.connect(lambda done, total: dialog.setValue(int(done * 1000 / max(total, 1))))
        dialog.canceled.connect(self.job.cancel)
        self.job.ended.connect(loop.quit)
        self.job.start(self)
        loop.exec()
        dialog.close()
        if self.last_error:
            QMessageBox.warning(self.window, self.tr("自动备份未完成"), self.last_error)
