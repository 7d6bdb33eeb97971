"""The base of every dialog: modal, remembers its size and place, F1 shows its help text."""
from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QMessageBox, QVBoxLayout, QWidget

from desktop_crm.domain.errors import ArchiveError, InvalidInput
from desktop_crm.ui.common.i18n import tr_domain
from desktop_crm.ui.common.messages import error_text
from desktop_crm.ui.common.workstation_settings import geometry

ERROR_STYLE = "border: 1px solid #b00020; background: #fff3f3;"     # a field the service refused


class BaseDialog(QDialog):
    help_text = ""
    message: QLabel            # a form's refusal line, made by error_label()

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

    def error_label(self) -> QLabel:
        """The red line under a form where the service's refusal is shown."""
        label = QLabel(objectName="errorLabel", wordWrap=True)
        label.setStyleSheet("color: #b00020;")
        return label

    def answer_buttons(self, ok_text: str, on_ok: Callable[[], object], cancel_text: str = "") -> QDialogButtonBox:
        """确定-type and 取消-type buttons under a form: ``on_ok`` decides whether the dialog closes."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        if cancel_text:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
        buttons.accepted.connect(on_ok)
        buttons.rejected.connect(self.reject)
        return buttons

    def lay_out_form(self, form: QLayout, ok_text: str, on_ok: Callable[[], object]) -> None:
        """The body of a form dialog: its fields, the refusal line (``self.message``) under them, the buttons."""
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.answer_buttons(ok_text, on_ok))

    def submitted(self, call: Callable[[], object], message: QLabel,
                  fields: Mapping[str, QWidget] | None = None) -> bool:
        """Run ``call`` (a service call); on refusal show its Chinese message(s) in ``message`` and mark each
        of ``fields`` the refusal names (the marks of the last try cleared first). Nothing typed is touched."""
        for widget in (fields or {}).values():
            widget.setStyleSheet("")
        try:
            call()
        except InvalidInput as exc:
            for name in exc.problems:
                if fields and name in fields:
                    fields[name].setStyleSheet(ERROR_STYLE)
            message.setText(error_text(exc))
            return False
        except ArchiveError as exc:
            message.setText(error_text(exc))
            return False
        return True

    def show_help(self) -> None:
        if self.help_text:
            QMessageBox.information(self, self.tr("帮助"), tr_domain("Help", self.help_text))

    def done(self, result: int) -> None:
        self._geometry.set(self.saveGeometry())
        super().done(result)
