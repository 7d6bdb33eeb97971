"""档案 → 从备份恢复: into a new, empty folder — everything checked before anything is put in place —
and then, if the custodian wishes, the desk starts again on the restored archive."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import session
from desktop_crm.services.upkeep import restore
from desktop_crm.ui.common.job_dialog import JobDialog
from desktop_crm.ui.common.messages import error_text, translated
from desktop_crm.ui.common.workstation_settings import LAST_BACKUP_FOLDER


class RestoreDialog(JobDialog):
    open_restored = Signal(str)       # the data directory to start the desk on

    help_text = QT_TRANSLATE_NOOP("Help", "恢复不会覆盖正在使用的档案库：请选一个新的空文件夹。恢复前会逐个核对备份中文件的 SHA-256、数据库的完整性和结构版本，"
                 "有任何问题都不会改动任何文件。较早版本制作的备份会在打开时自动升级。")

    def __init__(self, user: ActingUser, location: session.ArchiveLocation, parent: QWidget | None = None) -> None:
        super().__init__(parent, "restore", self.tr("从备份恢复"), self.tr("开始恢复"))
        self.user, self.location = user, location
        self.outcome: restore.RestoreResult | None = None
        intro = QLabel(self.tr("恢复到一个新的空文件夹，正在使用的档案库不受影响。恢复后可以直接打开恢复的档案库核对。"),
                       wordWrap=True)
        self.file = QLineEdit(objectName="backupFile")
        self.file.editingFinished.connect(self._file_chosen)
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self.choose_file)
        chosen = QHBoxLayout()
        chosen.addWidget(self.file, 1)
        chosen.addWidget(browse)
        default_target = location.data_dir.parent / f"{location.data_dir.name}-恢复-{clock.now():%Y%m%d-%H%M}"
        self.target = QLineEdit(str(default_target), objectName="targetFolder")
        browse_target = QPushButton(self.tr("浏览…"))
        browse_target.clicked.connect(self.choose_target)
        into = QHBoxLayout()
        into.addWidget(self.target, 1)
        into.addWidget(browse_target)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="passphrase", enabled=False)
        self.passphrase.setPlaceholderText(self.tr("未加密的备份不需要口令"))
        form = QFormLayout()
        form.addRow(self.tr("备份文件"), chosen)
        form.addRow(self.tr("恢复到（新文件夹）"), into)
        form.addRow(self.tr("口令"), self.passphrase)
        self.lay_out(intro, form)
        self.resize(640, 320)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件"), LAST_BACKUP_FOLDER.get() or str(Path.home()),
                                              self.tr("档案备份 (*.zip *.adbk);;所有文件 (*)"))
        if name:
            self.file.setText(name)
            self._file_chosen()

    def choose_target(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("恢复到哪个文件夹"), str(Path(self.target.text()).parent))
        if folder:
            self.target.setText(folder)

    def _file_chosen(self) -> None:
        self.message.clear()
        path = self.file.text().strip()
        if not path:
            return
        try:
            sealed = restore.needs_passphrase(path)
        except ArchiveError as exc:
            self.message.setText(error_text(exc))
            return
        self.passphrase.setEnabled(sealed)
        self.passphrase.setPlaceholderText(self.tr("请输入备份时设定的口令") if sealed else self.tr("未加密的备份不需要口令"))

    def begin(self) -> None:
        self.message.clear()
        backup_file, target = self.file.text().strip(), self.target.text().strip()
        if not backup_file or not target:
            self.message.setText(self.tr("请选择备份文件和恢复到的文件夹。"))
            return
        passphrase = self.passphrase.text() if self.passphrase.isEnabled() else None
        location = session.locate(None, target)
        self.run_job(lambda progress, cancelled: restore.restore_backup(
            location, backup_file, passphrase=passphrase, acting=self.user, progress=progress, cancelled=cancelled),
            QT_TRANSLATE_NOOP("RestoreDialog", "恢复中断：{error}。没有改动任何档案库。"), self.tr("正在核对并恢复…"),
            self._done)

    def _done(self, result: restore.RestoreResult) -> None:
        self.outcome = result
        self.status.setText(self.tr("已恢复到 %1（备份时间 %2）：客户 %3 户，文件 %4 份，扫描件 %5 份。")
                            .replace("%1", str(result.data_dir)).replace("%2", result.created_at.replace("T", " "))
                            .replace("%3", str(result.customers)).replace("%4", str(result.papers))
                            .replace("%5", str(result.scans)))
        if result.problems:
            self.message.setText("\n".join(translated(p) for p in result.problems))
        if not result.database_included:
            self.message.setText(self.tr("此备份不含数据库（PostgreSQL 模式）：请用 pg_restore 从服务器的备份恢复数据库。"))
            return
        answer = QMessageBox.question(self, self.tr("打开恢复的档案库"),
                                      self.tr("要现在打开恢复的档案库吗？本窗口将关闭，档案管理台以恢复的档案库重新启动。"))
        if answer == QMessageBox.StandardButton.Yes:
            self.open_restored.emit(str(result.data_dir))
