"""The one form behind every "what, and why" step — move a paper (where to, why), withdraw it or a register
entry, disable an account, override a rating, flag a bad customer, record a measure, clear or restore a card:
an optional choice, the reason (or text) asked for, and the service's refusal under the form, nothing typed
lost. The action is handed in as a call taking (choice, text); the form closes only when it succeeds."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop_crm.ui.common.base_dialog import BaseDialog


class ReasonForm(BaseDialog):
    def __init__(self, parent: QWidget | None, title: str, action: Callable[[Any, str], object], *,
                 text_label: str, hint: str = "", intro: str = "", choice_label: str = "",
                 choices: Sequence[tuple[str, Any]] = (), ok_text: str = "") -> None:
        super().__init__(parent, "reason_form", title)
        self.action = action
        self.choice = QComboBox(objectName="choice")
        for label, value in choices:
            self.choice.addItem(label, value)
        self.text = QPlainTextEdit(objectName="reason", placeholderText=hint)
        self.text.setFixedHeight(80)
        self.message = self.error_label()
        form = QFormLayout()
        if choices:
            form.addRow(choice_label, self.choice)
        form.addRow(text_label, self.text)
        layout = QVBoxLayout(self)
        if intro:
            layout.addWidget(QLabel(intro, wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.answer_buttons(ok_text or self.tr("确定"), self.save))
        self.resize(480, 260 if choices else 220)

    def save(self) -> None:
        if self.submitted(lambda: self.action(self.choice.currentData(), self.text.toPlainText()), self.message):
            self.accept()
