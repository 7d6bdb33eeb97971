"""A dialog that runs one long job (a backup, a restore, an import) off the window's thread: the progress
bar, the status and refusal lines, and 开始 · 取消 · 关闭 — closing while it runs cancels it."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop_crm.ui.common.background_job import BackgroundJob, Work
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.messages import error_text, translated


class JobDialog(BaseDialog):
    def __init__(self, parent: QWidget | None, name: str, title: str, start_text: str) -> None:
        super().__init__(parent, name, title)
        self.job: BackgroundJob | None = None
        self.bar = QProgressBar(objectName="progress", maximum=1000, value=0)
        self.status = QLabel(wordWrap=True, objectName="status")
        self.message = self.error_label()
        self.start = QPushButton(start_text, objectName="start")
        self.start.clicked.connect(self.begin)
        self.cancel = QPushButton(self.tr("取消"), objectName="cancel", enabled=False)
        self.cancel.clicked.connect(lambda: self.job.cancel() if self.job else None)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.clicked.connect(self.reject)

    def lay_out(self, *parts: QWidget | QLayout) -> None:
        """The dialog's own parts, then the progress, status, refusal and the buttons."""
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.start, self.cancel, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        for part in (*parts, self.bar, self.status, self.message, buttons):
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)

    def begin(self) -> None:
        raise NotImplementedError

    def run_job(self, work: Work, interrupted: str, status: str, done: Callable[[Any], None]) -> None:
        self.job = BackgroundJob(work, interrupted)
        self.job.progress.connect(lambda count, total: self.bar.setValue(int(count * 1000 / max(total, 1))))
        self.job.done.connect(lambda _result: self.bar.setValue(1000))
        self.job.done.connect(done)
        self.job.failed.connect(self._failed)
        self.job.ended.connect(self._ended)
        self.start.setEnabled(False)
        self.cancel.setEnabled(True)
        self.status.setText(status)
        self.job.start(self)

    def _failed(self, error: object) -> None:
        self.bar.setValue(0)
        self.status.setText("")
        self.message.setText(error_text(error) if isinstance(error, BaseException) else translated(error))

    def _ended(self) -> None:
        self.job = None
        self.start.setEnabled(True)
        self.cancel.setEnabled(False)

    def reject(self) -> None:
        if self.job is not None:          # closing while it runs cancels it; nothing half-written stays
            self.job.cancel()
            self.job.wait()
        super().reject()
