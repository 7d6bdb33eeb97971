"""管理 → 档案库设置 (custodian): every archive-wide setting of the typed registry, grouped as the archive thinks
of them (编号, 借阅, 信用与审批, 立卷, 复核, 备份, 库房), each with its Chinese label, its hint and its own message
beside it when a value does not fit. Saved all at once, or nothing; every change goes into the history."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import ArchiveError, InvalidInput
from desktop_crm.domain.roles import Role
from desktop_crm.services.settings import registry
from desktop_crm.services.settings.registry import SettingView
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.i18n import tr_domain
from desktop_crm.ui.common.messages import error_text, problems_text, translated
from desktop_crm.ui.common.tab_widget import whole_tabs

ROLE_CHOICES = [r for r in Role if r != Role.SALES]


class SettingsDialog(BaseDialog):
    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent, "settings", self.tr("档案库设置"))
        self.user = user
        self.views = {v.key: v for v in registry.listing()}
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        tabs = whole_tabs("settingTabs")
        groups: dict[str, QFormLayout] = {}
        for view in self.views.values():
            if view.group_label not in groups:
                page = QWidget()
                groups[view.group_label] = QFormLayout(page)
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setWidget(page)
                tabs.addTab(scroll, translated(view.group_label))
            editor = self._editor(view)
            self.editors[view.key] = editor
            error = self.error_label()
            error.setObjectName(f"error_{view.key}")
            self.errors[view.key] = error
            cell = QVBoxLayout()
            cell.addWidget(editor)
            words = view.help or (view.hint if view.kind in ("terms", "share") else "")
            if words:
                hint = QLabel(translated(words), wordWrap=True)
                hint.setStyleSheet("color: #555;")
                cell.addWidget(hint)
            cell.addWidget(error)
            groups[view.group_label].addRow(translated(view.label), cell)
        self.message = self.error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.answer_buttons(self.tr("保存"), self.save))
        self.resize(760, 620)

    def _editor(self, view: SettingView) -> QWidget:
        if view.kind == "choice":
            box = QComboBox(objectName=f"setting_{view.key}")
            for choice in view.choices:
                box.addItem(choice, choice)
            box.setCurrentIndex(box.findData(view.stored))
            return box
        if view.kind == "int":
            spin = QSpinBox(objectName=f"setting_{view.key}")
            spin.setRange(-1, 999_999_999)      # the registry says what each setting allows, beside the field
            spin.setGroupSeparatorShown(True)
            spin.setValue(int(view.value))
            return spin
        if view.kind == "roles":
            holder = QWidget(objectName=f"setting_{view.key}")
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            for role in ROLE_CHOICES:
                box = QCheckBox(tr_domain("Role", role.label), objectName=f"role_{role.value}")
                box.setChecked(role in view.value)
                row.addWidget(box)
            row.addStretch(1)
            return holder
        line = QLineEdit(view.stored, objectName=f"setting_{view.key}")
        if view.kind in ("terms", "share"):
            line.setToolTip(translated(view.hint))
            line.setPlaceholderText(translated(view.hint))
        return line

    def entered(self, key: str) -> str:
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            return str(editor.currentData())
        if isinstance(editor, QSpinBox):
            return str(editor.value())
        if isinstance(editor, QLineEdit):
            return editor.text()
        ticked = {box.objectName().removeprefix("role_") for box in editor.findChildren(QCheckBox) if box.isChecked()}
        return ",".join(role.value for role in ROLE_CHOICES if role.value in ticked)

    def save(self) -> None:
        changes = {key: self.entered(key) for key, view in self.views.items() if self.entered(key) != view.stored}
        for label in self.errors.values():
            label.clear()
        self.message.clear()
        if not changes:
            self.accept()
            return
        try:
            registry.change(self.user, changes)
        except InvalidInput as exc:
            for key, text in problems_text(exc.problems).items():
                (self.errors.get(key) or self.message).setText(text)
            self.message.setText(self.message.text() or self.tr("有设置不符合要求，请看各项下面的说明。"))
            return
        except ArchiveError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()
