"""The two paper forms typed in: 客户访问日报 and 客户投诉管理卡. Each shows its refusal beside the form and keeps
what was typed; saved, the record is also filed as a paper of category 1."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.visit_records import SATISFACTION, VisitKind
from desktop_crm.services.visits import records
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.date_entry import DateEntry
from desktop_crm.ui.common.i18n import tr_domain


def _box(name: str, height: int = 80) -> QPlainTextEdit:
    box = QPlainTextEdit(objectName=name)
    box.setFixedHeight(height)
    return box


class VisitReportDialog(BaseDialog):
    def __init__(self, user: ActingUser, customer_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, "visit_report", self.tr("客户访问日报 — %1").replace("%1", title))
        self.user, self.customer_id = user, customer_id
        self.kind = QComboBox(objectName="kind")
        for kind in VisitKind:
            self.kind.addItem(tr_domain("Visits", kind.label), kind.value)
        self.visited_on = DateEntry(objectName="visitedOn")
        self.visitor = QLineEdit(objectName="visitor", placeholderText=self.tr("业务员姓名"))
        self.content = _box("content", 110)
        self.follow_up = _box("followUp")
        self.message = self.error_label()
        form = QFormLayout()
        for label, widget in ((self.tr("种类"), self.kind), (self.tr("访问日期"), self.visited_on),
                              (self.tr("访问人"), self.visitor), (self.tr("访问内容"), self.content),
                              (self.tr("后续措施"), self.follow_up)):
            form.addRow(label, widget)
        self.lay_out_form(form, self.tr("登记并归档"), self.save)
        self.resize(560, 460)

    def save(self) -> None:
        raw = {"kind": self.kind.currentData(), "visited_on": self.visited_on.day(),
               "visitor": self.visitor.text(), "content": self.content.toPlainText(),
               "follow_up": self.follow_up.toPlainText()}
        if self.submitted(lambda: records.add_visit(self.user, self.customer_id, raw), self.message):
            self.accept()


class ComplaintCardDialog(BaseDialog):
    def __init__(self, user: ActingUser, customer_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, "complaint_card", self.tr("客户投诉管理卡 — %1").replace("%1", title))
        self.user, self.customer_id = user, customer_id
        self.received_on = DateEntry(objectName="receivedOn")
        self.complaint = _box("complaint", 100)
        self.handling = _box("handling")
        self.outcome = _box("result", 60)
        self.satisfaction = QComboBox(objectName="satisfaction")
        self.satisfaction.addItem(self.tr("（尚未回访）"), "")
        for level in SATISFACTION:
            self.satisfaction.addItem(level, level)
        self.message = self.error_label()
        form = QFormLayout()
        for label, widget in ((self.tr("投诉日期"), self.received_on), (self.tr("投诉内容"), self.complaint),
                              (self.tr("处理经过"), self.handling), (self.tr("处理结果"), self.outcome),
                              (self.tr("满意程度"), self.satisfaction)):
            form.addRow(label, widget)
        self.lay_out_form(form, self.tr("登记并归档"), self.save)
        self.resize(560, 480)

    def save(self) -> None:
        raw = {"received_on": self.received_on.day(), "complaint": self.complaint.toPlainText(),
               "handling": self.handling.toPlainText(), "result": self.outcome.toPlainText(),
               "satisfaction": self.satisfaction.currentData()}
        if self.submitted(lambda: records.add_complaint(self.user, self.customer_id, raw), self.message):
            self.accept()
