"""The customer card editor: one tab per section, built for someone typing from paper all day.

The dialog only collects input. Saving and draft-keeping are requested by signals; the caller hands
the :class:`CardInput` to the services and reports back with :meth:`show_problems` or :meth:`saved`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.card_values import clean_card
from desktop_crm.domain.customer_card import (
    DEFAULTS,
    INDIVIDUAL_DEFAULTS,
    PEOPLE,
    SECTION_LABELS,
    TRAITS,
    CustomerKind,
    Section,
    fields_for,
    name_label,
)
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.audit import HistoryEntry
from desktop_crm.services.cards.customers import CustomerCard
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.field_inputs import FieldInput
from desktop_crm.ui.common.i18n import tr_domain
from desktop_crm.ui.common.messages import problems_text
from desktop_crm.ui.common.tab_widget import whole_tabs
from desktop_crm.ui.common.workstation_settings import AUTOSAVE_SECONDS

ACTION_LABELS = {"create": QT_TRANSLATE_NOOP("CardEditorDialog", "建卡"),
                 "update": QT_TRANSLATE_NOOP("CardEditorDialog", "更正")}


@dataclass(frozen=True)
class CardInput:
    kind: CustomerKind
    values: dict[str, Any]
    customer_id: int | None
    version: int | None


class CardEditorDialog(BaseDialog):
    save_requested = Signal(object)      # CardInput
    draft_changed = Signal(object)       # CardInput, every few seconds while there are unsaved changes
    discarded = Signal()

    help_text = QT_TRANSLATE_NOOP("Help", "Tab / Shift+Tab 在字段间移动；Ctrl+S 保存；Ctrl+PgDown / Ctrl+PgUp 切换页签；"
                 "Esc 关闭（有未保存的更改时会先询问）。未保存的内容每隔几秒自动存为草稿，"
                 "程序意外退出后下次启动时可以恢复。")

    def __init__(self, kind: CustomerKind, card: CustomerCard | None = None, *,
                 history: list[HistoryEntry] | None = None,
                 completions: Callable[[str], list[str]] | None = None,
                 people: list[tuple[str, str]] | None = None,
                 check_name: Callable[[str], list[tuple[str, str]]] | None = None,
                 warning: str = "", parent: QWidget | None = None, place: str = "") -> None:
        title = self.tr("新建客户档案卡") if card is None else self.tr("客户档案卡 %1").replace("%1", card.number)
        super().__init__(parent, "card_editor", title)
        self.kind = kind
        self.card = card
        self.place = place                 # where its binder stands in the archive room
        self._check_name = check_name
        self._dirty = False
        self.inputs: dict[str, FieldInput] = {}
        self._people = people or []

        header = QLabel(self._header_text())
        header.setObjectName("cardHeader")
        header.setStyleSheet("font-weight: bold; padding: 4px;")
        self.tabs = whole_tabs()
        for section in Section:
            specs = fields_for(kind, section)
            if not specs:
                continue
            page = self._people_page(specs) if section == Section.PEOPLE else self._section_page(specs, completions)
            self.tabs.addTab(page, tr_domain("Card", SECTION_LABELS[section]))
        self.history_table = self._history_page(history or [])
        self.tabs.addTab(self.history_table, self.tr("更正记录"))
        self._tab_labels = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        self._left: set[str] = set()          # fields the user has been in and left: checked from then on

        self.name_hint = QLabel(objectName="nameHint", wordWrap=True)
        self.name_hint.setStyleSheet("color: #8a5a00;")
        self.problems = QLabel(objectName="problems", wordWrap=True)
        self.problems.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存 (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("关闭"))
        self.buttons.accepted.connect(self.request_save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        self.credit_warning = QLabel(warning, objectName="creditWarning", wordWrap=True)
        self.credit_warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.credit_warning.setVisible(bool(warning))
        layout.addWidget(self.credit_warning)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.name_hint)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        QShortcut(QKeySequence.StandardKey.Save, self, self.request_save)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._step_tab(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._step_tab(-1))

        if card is not None:
            self.set_values(card.values)
        else:                                 # a new card starts as most cards are: 往来, 一般, its usual roster
            self.set_values(INDIVIDUAL_DEFAULTS if kind == CustomerKind.INDIVIDUAL else DEFAULTS)
        self._dirty = False
        for name, field_input in self.inputs.items():
            field_input.changed.connect(self._mark_dirty)
            field_input.left.connect(lambda n=name: self._check_field(n))
        if "name" in self.inputs:
            self.inputs["name"].widget.editingFinished.connect(self._look_for_similar)
        self._autosave = QTimer(self, interval=max(1, AUTOSAVE_SECONDS.get()) * 1000)
        self._autosave.timeout.connect(self._emit_draft)
        self._autosave.start()
        self.resize(760, 620)
        self.inputs["name"].widget.setFocus()

    # --- building ---------------------------------------------------------------------------------
    def _header_text(self) -> str:
        kind = tr_domain("Card", self.kind.label)
        if self.card is None:
            return self.tr("%1客户 · 登记编号保存后自动生成").replace("%1", kind)
        stamp = self.card.updated_at.strftime("%Y-%m-%d %H:%M") if self.card.updated_at else ""
        text = (self.tr("%1客户 · 登记编号 %2 · 第 %3 版 · 最近更正 %4")
                .replace("%1", kind).replace("%2", self.card.number)
                .replace("%3", str(self.card.version)).replace("%4", stamp))
        where = self.tr("库房位置 %1").replace("%1", self.place) if self.place else self.tr("活页卷未上架")
        return f"{text} · {where}"

    def _section_page(self, specs, completions) -> QScrollArea:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            field_input = FieldInput(spec, completions, self._people)
            self.inputs[spec.name] = field_input
            label = name_label(self.kind) if spec.name == "name" else spec.label
            text = tr_domain("Card", label) + (" *" if spec.required else "")
            form.addRow(text, field_input.widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _people_page(self, specs) -> QScrollArea:
        """Owner, manager and legal representative side by side, as on the paper card; Tab goes down
        one person's column before moving to the next."""
        by_name = {spec.name: spec for spec in specs}
        page = QWidget()
        grid = QGridLayout(page)
        for column, (prefix, who) in enumerate(PEOPLE, start=1):
            heading = QLabel(tr_domain("Card", who))
            heading.setStyleSheet("font-weight: bold;")
            grid.addWidget(heading, 0, column)
            for row, (trait, label) in enumerate(TRAITS, start=1):
                if column == 1:
                    grid.addWidget(QLabel(tr_domain("Card", label)), row, 0)
                field_input = FieldInput(by_name[f"{prefix}_{trait}"])
                self.inputs[field_input.spec.name] = field_input
                grid.addWidget(field_input.widget, row, column)
        grid.setRowStretch(len(TRAITS) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _history_page(self, history: list[HistoryEntry]) -> QTableWidget:
        headers = [self.tr("时间"), self.tr("更正人"), self.tr("操作"), self.tr("项目"), self.tr("原内容"),
                   self.tr("新内容"), self.tr("说明")]
        table = QTableWidget(len(history), len(headers))
        table.setObjectName("historyTable")
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, e in enumerate(history):
            cells = (e.at.strftime("%Y-%m-%d %H:%M:%S"), e.user_name, tr_domain("CardEditorDialog", ACTION_LABELS.get(e.action, e.action)),
                     e.field, e.old_value, e.new_value, e.note)
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        return table

    # --- values -----------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {name: field_input.value() for name, field_input in self.inputs.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            if name in self.inputs:
                self.inputs[name].set_value(value)

    def card_input(self) -> CardInput:
        return CardInput(self.kind, self.values(), self.card.id if self.card else None,
                         self.card.version if self.card else None)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _mark_dirty(self) -> None:
        self._dirty = True

    # --- talking to the caller ----------------------------------------------------------------------
    def request_save(self) -> None:
        """Check the card by the domain's rules here first (every problem shown at once, with its tab); the
        service checks again when it saves, with what only it knows (duplicates, a stale version)."""
        try:
            clean_card(self.kind, self.values())
        except InvalidInput as exc:
            self.show_problems(problems_text(exc.problems))
            return
        self.show_problems({})
        self.save_requested.emit(self.card_input())

    def _check_field(self, name: str) -> None:
        """As a field is left: check the card by the same rules the save uses, and show the problems of the
        fields already visited — a message goes as soon as its field is right."""
        self._left.add(name)
        try:
            clean_card(self.kind, self.values())
            problems: dict[str, str] = {}
        except InvalidInput as exc:
            problems = problems_text(exc.problems)
        shown = {n: m for n, m in problems.items() if n in self._left}
        self._mark(shown)
        self.problems.setText("\n".join(self._located(shown)))

    def _tab_of(self, name: str) -> int:
        widget = self.inputs[name].widget
        return next((i for i in range(self.tabs.count())
                     if (page := self.tabs.widget(i)) is not None and page.isAncestorOf(widget)), -1)

    def _located(self, problems: dict[str, str]) -> list[str]:
        """Each message with the tab its field is on, so a field out of sight can be found."""
        found = []
        for name, message in problems.items():
            tab = self._tab_of(name) if name in self.inputs else -1
            found.append(f"【{self._tab_labels[tab]}】{message}" if tab >= 0 else message)
        return found

    def _mark(self, problems: dict[str, str]) -> None:
        """The fields with a problem outlined, and a mark on the tab of each."""
        for name, field_input in self.inputs.items():
            field_input.set_error(problems.get(name, ""))
        bad_tabs = {self._tab_of(n) for n in problems if n in self.inputs}
        for i, label in enumerate(self._tab_labels):
            self.tabs.setTabText(i, f"{label} ●" if i in bad_tabs else label)

    def show_problems(self, problems: dict[str, str], general: str = "") -> None:
        """Mark each field named in ``problems`` (and its tab), list every message, and go to the first bad field."""
        self._mark(problems)
        self._left.update(n for n in problems if n in self.inputs)      # from now on each is re-checked as it is left
        messages = [general] if general else []
        messages += self._located({n: m for n, m in problems.items() if n in self.inputs or not general})
        self.problems.setText("\n".join(messages))
        first = next((n for n in self.inputs if n in problems), None)
        if first:
            widget = self.inputs[first].widget
            for i in range(self.tabs.count()):
                if self.tabs.widget(i).isAncestorOf(widget):
                    self.tabs.setCurrentIndex(i)
            widget.setFocus()

    def saved(self, card: CustomerCard) -> None:
        """The caller saved the card: close without asking."""
        self.card = card
        self._dirty = False
        self._autosave.stop()
        self.accept()

    def _emit_draft(self) -> None:
        if self._dirty:
            self.draft_changed.emit(self.card_input())

    def _look_for_similar(self) -> None:
        name = self.inputs["name"].value().strip()
        if not self._check_name or not name:
            self.name_hint.clear()
            return
        similar = [s for s in self._check_name(name) if not self.card or s[0] != self.card.number]
        self.name_hint.setText(self.tr("提示：档案中已有名称相近的客户：%1").replace(
            "%1", "、".join(f"{n} {m}" for n, m in similar[:5])) if similar else "")

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def reject(self) -> None:
        """Esc or Close: ask before dropping unsaved changes."""
        if self._dirty:
            answer = QMessageBox.question(
                self, self.tr("放弃更改？"), self.tr("档案卡有未保存的更改。要放弃这些更改吗？"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
            self.discarded.emit()
        self._autosave.stop()
        super().reject()

