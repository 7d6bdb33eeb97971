"""The archive room's two forms: register a place, and put a binder or volume in a place (a move when it
has one). Each hands plain values to the service and shows its refusal under the form; nothing typed is lost."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import Category
from desktop_crm.services.shelves import placing
from desktop_crm.services.shelves.places import add_place
from desktop_crm.ui.common.base_dialog import BaseDialog


class AddPlaceDialog(BaseDialog):
    def __init__(self, user: ActingUser, levels: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent, "add_place", self.tr("登记库房位置"))
        self.user = user
        self.code = QLineEdit(objectName="placeCode", placeholderText="A-03-2")
        self.note = QLineEdit(objectName="placeNote", placeholderText=self.tr("如 东墙铁皮柜"))
        self.message = self.error_label()
        form = QFormLayout()
        form.addRow(self.tr("位置编号（%1）").replace("%1", "-".join(levels)), self.code)
        form.addRow(self.tr("说明"), self.note)
        self.lay_out_form(form, self.tr("登记"), self.save)
        self.added = ""

    def save(self) -> None:
        def call() -> None:
            self.added = add_place(self.user, self.code.text(), self.note.text())
        if self.submitted(call, self.message):
            self.accept()


class LocateDialog(BaseDialog):
    """上架/移动: a customer's binder (or one category of it) or a fixed volume, to a registered place."""

    def __init__(self, user: ActingUser, places: list[str], parent: QWidget | None = None,
                 customer_number: str = "", volume_code: str = "") -> None:
        super().__init__(parent, "locate", self.tr("上架或移动"))
        self.user = user
        self.kind = QComboBox(objectName="holderKind")
        self.kind.addItem(self.tr("活页卷"), "binder")
        self.kind.addItem(self.tr("固定卷"), "volume")
        self.customer = QLineEdit(customer_number, objectName="customerNumber", placeholderText="QY-000001")
        self.category = QComboBox(objectName="binderCategory")
        self.category.addItem(self.tr("整个活页卷"), 0)
        for category in Category:
            self.category.addItem(category.label, int(category))
        self.volume = QLineEdit(volume_code, objectName="volumeCode", placeholderText="0456-2025-001")
        self.place = QComboBox(objectName="placeChoice", editable=True)
        self.place.addItems(places)
        self.message = self.error_label()
        self.form = QFormLayout()
        self.form.addRow(self.tr("对象"), self.kind)
        self.form.addRow(self.tr("客户编号"), self.customer)
        self.form.addRow(self.tr("类别"), self.category)
        self.form.addRow(self.tr("档号"), self.volume)
        self.form.addRow(self.tr("放到位置"), self.place)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.answer_buttons(self.tr("上架"), self.save))
        self.kind.currentIndexChanged.connect(self._show_fields)
        if volume_code:
            self.kind.setCurrentIndex(1)
        self._show_fields()
        self.done_text = ""

    def _show_fields(self) -> None:
        binder = self.kind.currentData() == "binder"
        for widget, shown in ((self.customer, binder), (self.category, binder), (self.volume, not binder)):
            self.form.setRowVisible(widget, shown)

    def save(self) -> None:
        def call() -> None:
            if self.kind.currentData() == "binder":
                done = placing.locate_binder(self.user, self.customer.text(), self.place.currentText(),
                                             self.category.currentData())
            else:
                done = placing.locate_volume(self.user, self.volume.text(), self.place.currentText())
            self.done_text = (f"{done.what}：{done.from_code} → {done.to_code}" if done.from_code
                              else f"{done.what} → {done.to_code}")
        if self.submitted(call, self.message):
            self.accept()
