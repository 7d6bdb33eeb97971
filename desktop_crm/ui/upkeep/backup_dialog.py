"""档案 → 备份: one file with the database, every scan and a manifest, optionally sealed with a passphrase;
written off the window's thread with progress and cancel, and read back before it is given its name."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import session
from desktop_crm.services.upkeep import backup
from desktop_crm.ui.common.job_dialog import JobDialog
from desktop_crm.ui.common.messages import translated
from desktop_crm.ui.common.workstation_settings import LAST_BACKUP_FOLDER

MIN_PASSPHRASE = 8


class BackupDialog(JobDialog):
    help_text = QT_TRANSLATE_NOOP("Help", "备份包含数据库、全部扫描件和一份逐个文件的 SHA-256 清单，写完后会读回核对，核对通过才以正式文件名保存。"
                 "请把备份存到另一块硬盘、移动硬盘或网络位置；加密的备份没有口令无法读取，也无法恢复，请牢记口令。")

    def __init__(self, user: ActingUser, location: session.ArchiveLocation, parent: QWidget | None = None) -> None:
        super().__init__(parent, "backup", self.tr("备份档案库"), self.tr("开始备份"))
        self.user, self.location = user, location
        self.outcome: backup.BackupResult | None = None
        intro = QLabel(self.tr("备份将包含数据库、全部扫描件和清单，写完后读回核对。请存到另一块硬盘、移动硬盘或网络位置。"),
                       wordWrap=True)
        folder = LAST_BACKUP_FOLDER.get() or str(Path.home())
        self.path = QLineEdit(str(Path(folder) / backup.default_name()), objectName="backupPath")
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self.choose)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.encrypt = QCheckBox(self.tr("加密（没有口令无法读取或恢复，请牢记口令）"), objectName="encrypt")
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="passphrase", enabled=False)
        self.confirm = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="confirmPassphrase", enabled=False)
        self.encrypt.toggled.connect(self._encrypt_toggled)
        form = QFormLayout()
        form.addRow(self.tr("保存到"), where)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("口令"), self.passphrase)
        form.addRow(self.tr("再输入一次"), self.confirm)
        self.lay_out(intro, form)
        self.resize(620, 320)

    def _encrypt_toggled(self, on: bool) -> None:
        self.passphrase.setEnabled(on)
        self.confirm.setEnabled(on)
        path = Path(self.path.text())
        if path.suffix in (".zip", ".adbk"):
            self.path.setText(str(path.with_suffix(".adbk" if on else ".zip")))

    def choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("备份保存到"), self.path.text(),
                                              self.tr("档案备份 (*.zip *.adbk)"))
        if name:
            self.path.setText(name)

    def begin(self) -> None:
        self.message.clear()
        passphrase = None
        if self.encrypt.isChecked():
            passphrase = self.passphrase.text()
            if len(passphrase) < MIN_PASSPHRASE:
                self.message.setText(self.tr("口令至少8位。"))
                return
            if passphrase != self.confirm.text():
                self.message.setText(self.tr("两次输入的口令不一致。"))
                return
        target = self.path.text().strip()
        if not target:
            self.message.setText(self.tr("请选择备份保存到哪里。"))
            return
        LAST_BACKUP_FOLDER.set(str(Path(target).expanduser().parent))
        self.run_job(lambda progress, cancelled: backup.make_backup(
            self.user, self.location, target, passphrase=passphrase, progress=progress, cancelled=cancelled),
            QT_TRANSLATE_NOOP("BackupDialog", "备份中断：{error}。没有留下备份文件。"), self.tr("正在备份…"), self._done)

    def _done(self, result: backup.BackupResult) -> None:
        self.outcome = result
        text = self.tr("已备份并核对：%1").replace("%1", str(result.path)) + "\n" \
            + self.tr("客户 %2 户，文件 %3 份，扫描件 %4 份；%5 MB，%6。").replace("%2", str(result.customers)).replace("%3", str(result.papers)).replace("%4", str(result.scans)) \
            .replace("%5", f"{result.size / 1048576:.1f}").replace("%6", self.tr("已加密") if result.encrypted else self.tr("未加密"))
        if not result.database_included:
            text += "\n" + self.tr("PostgreSQL 数据库不在此备份中，请由服务器备份（pg_dump）。")
        self.status.setText(text)
        if result.problems:
            self.message.setText("\n".join(translated(p) for p in result.problems))
