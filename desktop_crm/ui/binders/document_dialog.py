"""Entering or correcting one filed paper. Collects the values; the binder window hands them to the
binder service and shows its problems back here."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import clock
from desktop_crm.domain.binder_categories import (
    DEFAULT_RETENTION,
    KINDS_BY_CODE,
    RETENTIONS,
    Category,
    kinds_of,
)
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.date_entry import OptionalDateEntry
from desktop_crm.ui.common.i18n import tr_domain


class DocumentDialog(BaseDialog):
    """``submit`` receives the values and either returns (saved) or raises an ArchiveError to show."""

    help_text = QT_TRANSLATE_NOOP("Help", "题名照原件标题填写；原件没有标题时自拟题名并勾选“自拟题名”，目录中将加方括号。"
                 "日期可按 20260301 或 2026-03-01 录入，也可从日历选择。合同订单及出口交货单据须选择对应的合同订单。")

    def __init__(self, category: Category, year: int, *, direct_export: bool,
                 orders: list[tuple[int, str]], submit: Callable[[dict[str, Any]], None],
                 values: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        editing = values is not None
        title = self.tr("更正文件条目") if editing else self.tr("归档文件")
        super().__init__(parent, "document_dialog", f"{title} — {tr_domain('Binder', category.label)}")
        self._submit = submit
        self.category = category
        self.kind = QComboBox(objectName="kind")
        for kind in kinds_of(category, direct_export or (editing and KINDS_BY_CODE[values["kind"]].export_only)):
            self.kind.addItem(tr_domain("Binder", kind.label), kind.code)
        self.title_edit = QLineEdit(objectName="title")
        self.made_up = QCheckBox(self.tr("自拟题名（目录中加 [ ]）"), objectName="made_up")
        self.doc_number = QLineEdit(objectName="doc_number")
        self.author = QLineEdit(objectName="author")
        self.doc_date = OptionalDateEntry(objectName="doc_date")
        self.pages = QLineEdit(objectName="pages", placeholderText=self.tr("添加扫描件时可自动读取"))
        self.original = QCheckBox(self.tr("原件（只可查阅，不外借）"), objectName="original")
        self.retention = QComboBox(objectName="retention")
        for code, label in RETENTIONS.items():
            self.retention.addItem(tr_domain("Binder", label), code)
        self.retention.setCurrentIndex(self.retention.findData(DEFAULT_RETENTION[category]))
        self.valid_until = OptionalDateEntry(objectName="valid_until")
        self.order = QComboBox(objectName="order")
        self.order.addItem(self.tr("（无）"), None)
        for order_id, number in orders:
            self.order.addItem(number, order_id)
        self.year = QSpinBox(objectName="year", minimum=1949, maximum=clock.today().year + 1, value=year)
        self.remarks = QLineEdit(objectName="remarks")
        self.message = self.error_label()

        form = QFormLayout()
        form.addRow(self.tr("种类"), self.kind)
        form.addRow(self.tr("题名 *"), self.title_edit)
        form.addRow("", self.made_up)
        form.addRow(self.tr("文号"), self.doc_number)
        form.addRow(self.tr("责任者"), self.author)
        form.addRow(self.tr("日期"), self.doc_date)
        form.addRow(self.tr("页数"), self.pages)
        form.addRow("", self.original)
        form.addRow(self.tr("保管期限"), self.retention)
        form.addRow(self.tr("有效期至"), self.valid_until)
        form.addRow(self.tr("对应合同订单"), self.order)
        form.addRow(self.tr("归档年度"), self.year)
        form.addRow(self.tr("备注"), self.remarks)
        self.fields = {"kind": self.kind, "title": self.title_edit, "doc_number": self.doc_number,
                       "author": self.author, "doc_date": self.doc_date, "pages": self.pages,
                       "retention": self.retention, "valid_until": self.valid_until, "order_id": self.order,
                       "year": self.year, "remarks": self.remarks}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if values:
            self.set_values(values)
        self._kind_changed()
        self.title_edit.setFocus()
        self.resize(520, 520)

    def _kind_changed(self) -> None:
        kind = KINDS_BY_CODE[self.kind.currentData()]
        self.valid_until.setEnabled(kind.has_validity)
        self.order.setEnabled(kind.per_order or self.category in (Category.TRADE, Category.RETURNS,
                                                                   Category.CONTRACTS))

    def set_values(self, values: dict[str, Any]) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.get("kind"))))
        self.title_edit.setText(values.get("title") or "")
        self.made_up.setChecked(bool(values.get("title_made_up")))
        self.doc_number.setText(values.get("doc_number") or "")
        self.author.setText(values.get("author") or "")
        self.doc_date.set_day(values.get("doc_date"))
        self.pages.setText("" if values.get("pages") is None else str(values["pages"]))
        self.original.setChecked(bool(values.get("is_original")))
        self.retention.setCurrentIndex(max(0, self.retention.findData(values.get("retention"))))
        self.valid_until.set_day(values.get("valid_until"))
        self.order.setCurrentIndex(max(0, self.order.findData(values.get("order_id"))))
        self.year.setValue(int(values.get("year") or self.year.value()))
        self.remarks.setText(values.get("remarks") or "")

    def values(self) -> dict[str, Any]:
        return {"category": int(self.category), "kind": self.kind.currentData(), "title": self.title_edit.text(),
                "title_made_up": self.made_up.isChecked(), "doc_number": self.doc_number.text(),
                "author": self.author.text(), "doc_date": self.doc_date.text(), "pages": self.pages.text(),
                "is_original": self.original.isChecked(), "retention": self.retention.currentData(),
                "valid_until": self.valid_until.text() if self.valid_until.isEnabled() else "",
                "order_id": self.order.currentData(), "year": self.year.value(), "remarks": self.remarks.text()}

    def save(self) -> None:
        if self.submitted(lambda: self._submit(self.values()), self.message, self.fields):
            self.accept()
