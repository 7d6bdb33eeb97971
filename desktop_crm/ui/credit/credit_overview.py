"""Desk-wide credit: ageing of every customer with a balance (limit warnings marked), and the
bad-customer candidates with the criterion each meets. Double-click opens the customer's credit."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.credit_rules import BUCKETS
from desktop_crm.services.credit import bad_customers, credit_status
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.i18n import tr_domain
from desktop_crm.ui.common.messages import translated
from desktop_crm.ui.common.rows_table_model import ID_ROLE, RowsTableModel, read_only_table
from desktop_crm.ui.common.tab_widget import whole_tabs
from desktop_crm.ui.exchange.export_list import export_list, print_list


class CreditOverview(BaseDialog):
    open_customer = Signal(int)

    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent, "credit_overview", self.tr("账龄分析与不良客户"))
        self.user = user
        self.setModal(False)
        rows, total = credit_status.desk_overview(user)
        self.ageing = RowsTableModel([self.tr("登记编号"), self.tr("名称"), self.tr("余额"), self.tr("逾期"),
                                      *(tr_domain("Credit", b) for b in BUCKETS), self.tr("额度提示")], self)
        data = []
        for r in rows:
            data.append((r.customer_id, (r.number, r.name, f"{r.ageing.balance:,.2f}", f"{r.ageing.overdue:,.2f}",
                                         *(f"{b:,.2f}" for b in r.ageing.buckets), translated(r.warning)), r.alert))
        self.ageing.set_rows(data)
        self.bad = RowsTableModel([self.tr("登记编号"), self.tr("名称"), self.tr("情形")], self)
        self.bad.set_rows([(c.customer_id, (c.number, c.name, "；".join(translated(x) for x in c.criteria_labels)), True)
                           for c in bad_customers.candidates(user)])
        tabs = whole_tabs("overviewTabs")
        for model, title, name in ((self.ageing, self.tr("账龄"), "ageingTable"),
                                   (self.bad, self.tr("不良客户候选"), "badTable")):
            view = read_only_table(model, name)
            view.doubleClicked.connect(lambda index: self.open_customer.emit(index.data(ID_ROLE)))
            tabs.addTab(view, title)
        self.tabs = tabs
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("合计：%1 户，余额 %2 元，逾期 %3 元").replace("%1", str(len(rows)))
                             .replace("%2", f"{total.balance:,.2f}").replace("%3", f"{total.overdue:,.2f}"),
                             objectName="ageingTotal"), 1)
        printing = QPushButton(self.tr("打印…"), objectName="printOverview")
        printing.clicked.connect(lambda: self._tab_list(print_list))
        export = QPushButton(self.tr("导出 Excel…"), objectName="exportOverview")
        export.clicked.connect(lambda: self._tab_list(export_list))
        bar.addWidget(printing)
        bar.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(tabs, 1)
        self.resize(1200, 600)

    def _tab_list(self, out) -> None:
        """Print or export the list of the tab in sight."""
        if self.tabs.currentIndex() == 0:
            out(self, self.user, "ageing", title=self.tr("账龄分析"))
        else:
            out(self, self.user, "bad-customers", title=self.tr("不良客户候选"))
