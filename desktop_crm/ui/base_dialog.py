"""The base of every dialog: modal, remembers its size and place, F1 shows its help text."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop_crm.ui.settings import geometry


class BaseDialog(QDialog):
    help_text = ""

    def __init__(self, parent: QWidget | None, name: str, title: str) -> None:
        super().__init__(parent)
        self._geometry = geometry(name)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, self.show_help)
        saved = self._geometry.get()
        if saved is not None:
            self.restoreGeometry(saved)

    def show_help(self) -> None:
        if self.help_text:
            QMessageBox.information(self, self.tr("帮助"), self.help_text)

    def done(self, result: int) -> None:
        self._geometry.set(self.saveGeometry())
        super().done(result)
