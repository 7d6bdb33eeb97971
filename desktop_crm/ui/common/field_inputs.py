"""One input widget per card field, chosen by the field's type, all with the same small interface."""
from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QWidget

from desktop_crm.domain.customer_card import FieldSpec, FieldType
from desktop_crm.ui.common.date_entry import OptionalDateEntry
from desktop_crm.ui.common.i18n import tr_domain

_ERROR_STYLE = "border: 1px solid #b00020; background: #fff3f3;"


class FieldInput(QObject):
    """Wraps the widget of one field: text in and out, change notification, leaving it, error marking."""
    changed = Signal()
    left = Signal()            # the user has finished with the field (moved on, or picked a choice)

    def __init__(self, spec: FieldSpec, completions: Callable[[str], list[str]] | None = None,
                 people: list[tuple[str, str]] | None = None) -> None:
        super().__init__()
        self.spec = spec
        self._people = people or []       # (shown, login name) of the colleagues a PERSON field may name
        self.widget: QWidget = self._make(spec, completions)
        self.widget.setObjectName(f"field_{spec.name}")
        self._base_tooltip = tr_domain("Card", spec.hint) if spec.hint else ""
        self.widget.setToolTip(self._base_tooltip)

    def _make(self, spec: FieldSpec, completions: Callable[[str], list[str]] | None) -> QWidget:
        if spec.type == FieldType.LONGTEXT:
            text_box = QPlainTextEdit()
            text_box.setTabChangesFocus(True)   # typists move on with Tab, as in every other field
            text_box.setFixedHeight(64)
            text_box.textChanged.connect(self.changed)
            return text_box
        if spec.type in (FieldType.CHOICE, FieldType.PERSON):
            box = QComboBox()
            box.addItem("", "")
            for shown, value in self._people if spec.type == FieldType.PERSON else \
                    [(tr_domain("Card", c), c) for c in spec.choices]:
                box.addItem(shown, value)
            box.currentIndexChanged.connect(self.changed)
            box.activated.connect(self.left)
            return box
        if spec.type == FieldType.BOOL:
            check = QCheckBox()
            check.toggled.connect(self.changed)
            check.toggled.connect(self.left)
            return check
        if spec.type == FieldType.DATE:
            day = OptionalDateEntry()
            day.textChanged.connect(self.changed)
            day.editingFinished.connect(self.left)
            day.picked.connect(self.left)
            return day
        edit = QLineEdit()
        edit.setMaxLength(spec.max_length)
        if spec.type in (FieldType.USCC, FieldType.ID_NUMBER):
            edit.setPlaceholderText(self.tr("18位，字母自动转为大写"))
            edit.textEdited.connect(lambda text, e=edit: self._fold_code(e, text))
        if completions is not None and spec.completer:
            completer = QCompleter(completions(spec.name), edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        edit.textChanged.connect(self.changed)
        edit.editingFinished.connect(self.left)
        return edit

    @staticmethod
    def _fold_code(edit: QLineEdit, text: str) -> None:
        """Codes are typed from paper: fold full-width characters and lower case as the user types."""
        folded = unicodedata.normalize("NFKC", text).upper().replace(" ", "")
        if folded != text:
            cursor = edit.cursorPosition()
            edit.setText(folded)
            edit.setCursorPosition(min(cursor, len(folded)))

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QComboBox):
            return w.currentData() or ""
        if isinstance(w, QCheckBox):
            return w.isChecked()
        return w.text()

    def set_value(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, QCheckBox):
            w.setChecked(bool(value) and value not in ("0", "false", "否"))
            return
        text = "" if value is None else value.isoformat() if isinstance(value, date) else str(value)
        if isinstance(w, QPlainTextEdit):
            w.setPlainText(text)
        elif isinstance(w, QComboBox):
            index = w.findData(text)
            if index < 0 and text:   # a value outside today's choices is kept, not silently lost
                w.addItem(text, text)
                index = w.count() - 1
            w.setCurrentIndex(max(index, 0))
        else:
            w.setText(text)

    def set_error(self, message: str) -> None:
        self.widget.setStyleSheet(_ERROR_STYLE if message else "")
        self.widget.setToolTip(message or self._base_tooltip)
