"""One customer's visit reports and complaint cards, newest first, with the forms to enter new ones."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.permissions import Action, may
from desktop_crm.services.cards import customers
from desktop_crm.services.visits import records
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.rows_table_model import RowsTableModel, read_only_table
from desktop_crm.ui.common.tab_widget import whole_tabs
from desktop_crm.ui.visits.visit_forms import ComplaintCardDialog, VisitReportDialog


class VisitsWindow(BaseDialog):
    def __init__(self, user: ActingUser, customer_id: int, parent: QWidget | None = None) -> None:
        self.user, self.customer_id = user, customer_id
        card = customers.get_card(user, customer_id)
        self.title = f"{card.number} {card.values['name']}"
        super().__init__(parent, "visits", self.tr("访问日报与投诉 — %1").replace("%1", self.title))
        self.setModal(False)
        self.visits = RowsTableModel([self.tr("日期"), self.tr("种类"), self.tr("访问人"), self.tr("内容"),
                                      self.tr("后续措施")], self)
        self.complaints = RowsTableModel([self.tr("日期"), self.tr("投诉内容"), self.tr("处理经过"), self.tr("结果"),
                                          self.tr("满意程度")], self)
        tabs = whole_tabs("visitTabs")
        for model, name, label, widths in ((self.visits, "visitTable", self.tr("客户访问日报"), (90, 70, 70, 360)),
                                           (self.complaints, "complaintTable", self.tr("客户投诉管理卡"), (90, 260, 200, 120))):
            table = read_only_table(model, name)
            for column, width in enumerate(widths):
                table.setColumnWidth(column, width)
            tabs.addTab(table, label)
        self.status = QLabel(objectName="visitStatus", wordWrap=True)
        bar = QHBoxLayout()
        files = may(user.role, Action.FILE_PAPERS)
        for text, slot in ((self.tr("登记访问日报…"), self.add_visit), (self.tr("登记投诉管理卡…"), self.add_complaint)):
            button = QPushButton(text, enabled=files)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.status)
        self.resize(900, 520)
        self.refresh()

    def refresh(self) -> None:
        self.visits.set_rows([(v.id, (f"{v.visited_on:%Y-%m-%d}", v.kind, v.visitor, v.content, v.follow_up), False)
                              for v in records.visits_of(self.user, self.customer_id)])
        self.complaints.set_rows([(c.id, (f"{c.received_on:%Y-%m-%d}", c.complaint, c.handling, c.result, c.satisfaction),
                                   c.satisfaction in ("不太满意", "不满意"))
                                  for c in records.complaints_of(self.user, self.customer_id)])

    def add_visit(self) -> None:
        if VisitReportDialog(self.user, self.customer_id, self.title, self).exec():
            self.refresh()
            self.status.setText(self.tr("已登记访问日报，并归入第一类活页卷。"))

    def add_complaint(self) -> None:
        if ComplaintCardDialog(self.user, self.customer_id, self.title, self).exec():
            self.refresh()
            self.status.setText(self.tr("已登记投诉管理卡，并归入第一类活页卷。"))
