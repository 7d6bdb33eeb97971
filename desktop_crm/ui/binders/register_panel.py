"""One register (登记表) of a binder category: its entries in a table, and a form to add or correct one."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.register_values import RegisterSpec
from desktop_crm.services.binders.registers import RegisterEntry
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.date_entry import OptionalDateEntry
from desktop_crm.ui.common.i18n import tr_domain
from desktop_crm.ui.common.reason_form import ReasonForm
from desktop_crm.ui.common.rows_table_model import read_only_table


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    return str(value)


class RegisterTableModel(QAbstractTableModel):
    def __init__(self, spec: RegisterSpec) -> None:
        super().__init__()
        self.spec = spec
        self.entries: list[RegisterEntry] = []

    def set_entries(self, entries: list[RegisterEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.spec.fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.spec.fields):
            return tr_domain("Register", self.spec.fields[section].label)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self.entries[index.row()]
        field = self.spec.fields[index.column()]
        if field.type == "order":
            return entry.order_number
        value = entry.values.get(field.name)
        return tr_domain("Register", value) if field.type == "choice" and value else _shown(value)


class EntryDialog(BaseDialog):
    def __init__(self, spec: RegisterSpec, orders: list[tuple[int, str]], submit: Callable[[dict[str, Any]], None],
                 values: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, f"entry_{spec.code}", tr_domain("Register", spec.label))
        self._submit = submit
        self.inputs: dict[str, QWidget] = {}
        form = QFormLayout()
        for field in spec.fields:
            widget: QWidget
            if field.type in ("choice", "order"):
                widget = box = QComboBox(objectName=field.name)
                if field.type == "order":
                    box.addItem(self.tr("（无）"), None)
                    for order_id, number in orders:
                        box.addItem(number, order_id)
                else:
                    for choice in field.choices:
                        box.addItem(tr_domain("Register", choice), choice)
                if values:
                    box.setCurrentIndex(max(0, box.findData(values.get(field.name))))
            else:
                shown = _shown(values.get(field.name)) if values else ""
                widget = (OptionalDateEntry(shown, objectName=field.name) if field.type == "date"
                          else QLineEdit(shown, objectName=field.name))
            self.inputs[field.name] = widget
            form.addRow(tr_domain("Register", field.label) + (" *" if field.required else ""), widget)
        self.message = self.error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {name: (w.currentData() if isinstance(w, QComboBox) else w.text()) for name, w in self.inputs.items()}

    def save(self) -> None:
        if self.submitted(lambda: self._submit(self.values()), self.message):
            self.accept()


class RegisterPanel(QWidget):
    """The register's table with 登记 / 更正 / 撤销 buttons; the caller supplies the service calls."""

    def __init__(self, spec: RegisterSpec, *, can_edit: bool, orders: Callable[[], list[tuple[int, str]]],
                 add: Callable[[dict[str, Any]], None], update: Callable[[RegisterEntry, dict[str, Any]], None],
                 remove: Callable[[RegisterEntry, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._orders, self._add, self._update, self._remove = orders, add, update, remove
        self.model = RegisterTableModel(spec)
        self.table = read_only_table(self.model, f"register_{spec.code}")
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(tr_domain("Register", spec.label)))
        buttons.addStretch(1)
        for text, slot in ((self.tr("登记"), self.add_entry), (self.tr("更正"), self.edit_selected),
                           (self.tr("撤销"), self.remove_selected)):
            button = QPushButton(text)
            button.setEnabled(can_edit)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def set_entries(self, entries: list[RegisterEntry]) -> None:
        self.model.set_entries(entries)

    def selected(self) -> RegisterEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entries[rows[0].row()] if rows else None

    def add_entry(self) -> None:
        EntryDialog(self.spec, self._orders(), self._add, parent=self).exec()

    def edit_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            EntryDialog(self.spec, self._orders(), lambda values: self._update(entry, values), entry.values,
                        parent=self).exec()

    def remove_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        ReasonForm(self, self.tr("撤销登记条目"), lambda _choice, reason: self._remove(entry, reason),
                   text_label=self.tr("撤销原因"), hint=self.tr("将记入更正记录"), ok_text=self.tr("撤销")).exec()
