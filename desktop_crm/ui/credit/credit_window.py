"""A customer's credit desk: rating and its reason, limit and exposure, the debt register, approvals
and the bad-customer record — with the actions the user's role allows."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.credit_rules import BAD_CRITERIA, BUCKETS, MEASURES, CreditRating
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.domain.permissions import Action, may
from desktop_crm.services.binders import registers
from desktop_crm.services.cards import customers
from desktop_crm.services.credit import approvals, bad_customers, credit_status, export_terms, rating
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.i18n import tr_domain
from desktop_crm.ui.common.messages import error_text
from desktop_crm.ui.common.pdf_preview_dialog import PdfPreviewDialog
from desktop_crm.ui.common.reason_form import ReasonForm
from desktop_crm.ui.common.rows_table_model import ID_ROLE, RowsTableModel, read_only_table
from desktop_crm.ui.common.tab_widget import whole_tabs
from desktop_crm.ui.credit.approval_dialogs import DecisionDialog, RequestDialog
from desktop_crm.ui.credit.follow_up_dialog import FollowUpDialog
from desktop_crm.ui.credit.ledger_dialogs import (
    CollateralDialog,
    DebtDialog,
    ExportTermsDialog,
    PlanDialog,
    RepaymentDialog,
)


class CreditWindow(BaseDialog):
    def __init__(self, user: ActingUser, customer_id: int, parent: QWidget | None = None) -> None:
        self.user, self.customer_id = user, customer_id
        self.card = customers.get_card(user, customer_id)
        super().__init__(parent, "credit", self.tr("信用 — %1 %2").replace("%1", self.card.number)
                         .replace("%2", self.card.values["name"]))
        self.setModal(False)
        self.summary = QLabel(objectName="creditSummary", wordWrap=True)
        self.warning = QLabel(objectName="creditWarning", wordWrap=True)
        self.warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.debt_model = RowsTableModel([self.tr("编号"), self.tr("欠款日期"), self.tr("金额"), self.tr("未还"),
                                          self.tr("应还日期"), self.tr("原应还日期"), self.tr("说明")], self)
        self.approval_model = RowsTableModel([self.tr("单号"), self.tr("种类"), self.tr("状态"), self.tr("申请人"),
                                              self.tr("审核"), self.tr("批准"), self.tr("内容")], self)
        self.rating_model = RowsTableModel([self.tr("时间"), self.tr("等级"), self.tr("来源"), self.tr("依据")], self)
        self.bad_model = RowsTableModel([self.tr("时间"), self.tr("事项"), self.tr("情形"), self.tr("内容"),
                                         self.tr("部门"), self.tr("经办")], self)
        self.debts = read_only_table(self.debt_model, "debtTable")
        self.approvals_view = read_only_table(self.approval_model, "approvalTable")
        tabs = self.tabs = whole_tabs()
        tabs.addTab(self._page(self.debts, ((self.tr("登记欠款…"), self.add_debt, Action.FILE_PAPERS),
                                            (self.tr("登记还款…"), self.add_repayment, Action.FILE_PAPERS),
                                            (self.tr("还款计划…"), self.add_plan, Action.FILE_PAPERS))),
                    self.tr("欠款还款"))
        tabs.addTab(self._page(self.approvals_view, (
            (self.tr("申请信用额度…"), lambda: self.new_request("limit"), Action.QUERY_ARCHIVE),
            (self.tr("申请延期还款…"), lambda: self.new_request("deferral"), Action.QUERY_ARCHIVE),
            (self.tr("申请退赔折价…"), lambda: self.new_request("return"), Action.QUERY_ARCHIVE),
            (self.tr("提交"), self.submit, Action.QUERY_ARCHIVE),
            (self.tr("审核…"), self.review, user.role in approvals.reviewers()),
            (self.tr("审批…"), self.decide, user.role in approvals.approvers()),
            (self.tr("打印审批表"), self.print_form, Action.QUERY_ARCHIVE))), self.tr("审批"))
        tabs.addTab(self._page(read_only_table(self.rating_model, "ratingTable"), (
            (self.tr("人工调整…"), self.override_rating, Action.EDIT_CARDS),)), self.tr("信用等级"))
        tabs.addTab(self._page(read_only_table(self.bad_model, "badTable"), (
            (self.tr("认定不良…"), self.flag_bad, Action.EDIT_CARDS), (self.tr("处理措施…"), self.add_measure, Action.EDIT_CARDS),
            (self.tr("清除出档案…"), self.clear, Action.EDIT_CARDS), (self.tr("恢复…"), self.restore, Action.EDIT_CARDS),
            (self.tr("善后报告…"), self.follow_up, Action.EDIT_CARDS),
            (self.tr("打印事件分析报告"), self.print_follow_up, Action.QUERY_ARCHIVE))),
            self.tr("不良客户"))
        self.export_label = QLabel(objectName="exportTerms")
        self.collateral_model = RowsTableModel([self.tr("方式"), self.tr("内容"), self.tr("价值"), self.tr("保证人"),
                                                self.tr("登记日期"), self.tr("解除日期")], self)
        if self.card.values.get("direct_export"):
            page = self._page(read_only_table(self.collateral_model, "collateralTable"), (
                (self.tr("付款方式与信用金额…"), self.set_export_terms, Action.FILE_PAPERS),
                (self.tr("登记抵押保证…"), self.add_collateral, Action.FILE_PAPERS)))
            page.layout().insertWidget(0, self.export_label)
            tabs.addTab(page, self.tr("出口信用"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(tabs, 1)
        self.resize(1100, 640)
        self.reload()

    def _page(self, table: QTableView, buttons) -> QWidget:
        page = QWidget()
        bar = QHBoxLayout()
        for text, slot, allowed in buttons:
            button = QPushButton(text)
            button.setEnabled(may(self.user.role, allowed) if isinstance(allowed, Action) else bool(allowed))
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(table, 1)
        return page

    def reload(self) -> None:
        s = credit_status.status(self.user, self.customer_id)
        buckets = "　".join(f"{tr_domain('Credit', b)} {v:,.2f}" for b, v in zip(BUCKETS, s.ageing.buckets) if v)
        limit = f"{s.limit:,.2f}" if s.limit is not None else self.tr("未核定")
        self.summary.setText(self.tr("信用等级：%1（%2）\n信用额度：%3 元　占用：%4 元　欠款余额：%5 元　逾期：%6 元\n账龄：%7")
                             .replace("%1", s.rating).replace("%2", s.rating_reason).replace("%3", limit)
                             .replace("%4", f"{s.exposure:,.2f}").replace("%5", f"{s.ageing.balance:,.2f}")
                             .replace("%6", f"{s.ageing.overdue:,.2f}").replace("%7", buckets or "—"))
        missed = "；".join(f"{m.agreement} {m.due_on:%Y-%m-%d} 欠 {m.shortfall:,.2f} 元" for m in s.missed)
        self.warning.setText("　".join(x for x in (s.warning, self.tr("还款计划逾期：") + missed if missed else "") if x))
        today = clock.today()
        self.debt_lines = credit_status.debts(self.user, self.customer_id)
        self.debt_model.set_rows([(d.id, (d.id, d.incurred_on, f"{d.amount:,.2f}", f"{d.outstanding:,.2f}", d.due_date,
                                          d.original_due_date if d.original_due_date != d.due_date else "", d.note),
                                   d.outstanding > 0 and d.due_date < today)
                                  for d in self.debt_lines])
        self.approval_list = approvals.of_customer(self.user, self.customer_id)
        self.approval_model.set_rows([(a.id, (a.number, tr_domain("Credit", a.form_name), tr_domain("Credit", a.state_label),
                                              a.applicant, a.reviewer, a.approver, a.request.get("reason", "")),
                                       a.state == "rejected")
                                      for a in self.approval_list])
        if self.card.values.get("direct_export"):
            credit = export_terms.export_credit(self.user, self.customer_id)
            self.export_label.setText(self.tr("付款方式：%1　信用金额：%2 元").replace("%1", credit.payment_method or "—")
                                      .replace("%2", f"{credit.credit_amount:,.2f}" if credit.credit_amount else "—"))
            self.collateral_model.set_rows([(c.id, (c.kind, c.description, f"{c.value:,.2f}" if c.value else "",
                                                    c.guarantor, c.registered_on, c.released_on or ""), False)
                                            for c in credit.collateral])
        self.rating_model.set_rows([(i, (h.at.strftime("%Y-%m-%d %H:%M"), tr_domain("Card", h.rating),
                                         tr_domain("Credit", h.source_label), h.reason), False)
                                    for i, h in enumerate(rating.history(self.user, self.customer_id))])
        self.bad_model.set_rows([(r.id, (r.at.strftime("%Y-%m-%d"), tr_domain("Credit", r.action_label),
                                         tr_domain("Credit", r.criterion_label) if r.criterion else "", r.text,
                                         r.department, r.user_name), r.action == "flag")
            for r in bad_customers.record_of(self.user, self.customer_id)])

    def _run(self, call) -> None:
        try:
            call()
        except ArchiveError as exc:
            QMessageBox.warning(self, self.tr("未能办理"), error_text(exc))
        self.reload()

    def add_debt(self) -> None:
        orders = [(e.id, str(e.values.get("number", ""))) for e in registers.entries(self.user, "contracts", self.customer_id)]
        if DebtDialog(self.user, self.customer_id, orders, self).exec():
            self.reload()

    def add_repayment(self) -> None:
        if RepaymentDialog(self.user, self.customer_id, self.debt_lines, self).exec():
            self.reload()

    def add_plan(self) -> None:
        rows = self.debts.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("还款计划"), self.tr("请先在欠款表中选中一笔欠款。"))
            return
        debt = next(d for d in self.debt_lines if d.id == rows[0].data(ID_ROLE))
        if PlanDialog(self.user, debt, self).exec():
            self.reload()

    def set_export_terms(self) -> None:
        if ExportTermsDialog(self.user, self.customer_id, self).exec():
            self.reload()

    def add_collateral(self) -> None:
        if CollateralDialog(self.user, self.customer_id, export_terms.COLLATERAL_KINDS, self).exec():
            self.reload()

    def show_approval(self, approval_id: int) -> None:
        """Bring the approvals forward with this request selected (from 今日待办)."""
        self.tabs.setCurrentIndex(1)
        if approval_id in self.approval_model.ids:
            self.approvals_view.selectRow(self.approval_model.ids.index(approval_id))

    def _selected_approval(self):
        rows = self.approvals_view.selectionModel().selectedRows()
        return next((a for a in self.approval_list if a.id == rows[0].data(ID_ROLE)), None) if rows else None

    def new_request(self, kind: str) -> None:
        orders = [(e.id, str(e.values.get("number", ""))) for e in registers.entries(self.user, "contracts", self.customer_id)]
        if RequestDialog(self.user, self.customer_id, kind, self.debt_lines, orders, self).exec():
            self.reload()

    def submit(self) -> None:
        a = self._selected_approval()
        if a:
            self._run(lambda: approvals.submit(self.user, a.id))

    def review(self) -> None:
        a = self._selected_approval()
        if a:
            self._form(self.tr("审核 %1").replace("%1", a.number),
                       lambda _c, opinion: approvals.review(self.user, a.id, opinion), text_label=self.tr("审核意见"))

    def decide(self) -> None:
        a = self._selected_approval()
        if a and DecisionDialog(self.user, a, self).exec():
            self.reload()

    def print_form(self) -> None:
        a = self._selected_approval()
        if a:
            self.preview = PdfPreviewDialog(a.number, approvals.form_pdf(self.user, a.id), f"{a.number}.pdf", self)
            self.preview.show()

    def _form(self, title: str, action, **kwargs) -> None:
        """A ReasonForm for this customer; the desk is read again once the action has gone through."""
        if ReasonForm(self, title, action, **kwargs).exec():
            self.reload()

    def override_rating(self) -> None:
        options = [(tr_domain("Card", r.label), r.value) for r in CreditRating] + [(self.tr("（恢复按规则评定）"), None)]
        self._form(self.tr("人工调整信用等级"), lambda value, reason: rating.override(self.user, self.customer_id, value, reason),
                   choice_label=self.tr("信用等级"), choices=options, text_label=self.tr("理由"),
                   hint=self.tr("如：经理批示，担保充足，按良好对待"))

    def flag_bad(self) -> None:
        self._form(self.tr("认定不良客户"), lambda key, reason: bad_customers.flag(self.user, self.customer_id, key, reason),
                   choice_label=self.tr("情形"), choices=[(tr_domain("Credit", label), key) for key, label in BAD_CRITERIA.items()],
                   text_label=self.tr("事实和依据"), hint=self.tr("如：2025年3月起停止付款，经多次催收无果"))

    def add_measure(self) -> None:
        self._form(self.tr("处理措施"), lambda measure, department: bad_customers.record_measure(
                       self.user, self.customer_id, measure, department, clock.today()),
                   choice_label=self.tr("措施"), choices=[(tr_domain("Credit", m), str(m)) for m in MEASURES],
                   text_label=self.tr("执行部门"), hint=self.tr("如：财务部、法务部"))

    def clear(self) -> None:
        self._form(self.tr("清除出档案"), lambda _c, analysis: bad_customers.clear(self.user, self.customer_id, analysis),
                   intro=self.tr("客户不会被删除，可恢复。"), text_label=self.tr("原因分析"),
                   hint=self.tr("写给总经理的原因分析"))

    def follow_up(self) -> None:
        if FollowUpDialog(self.user, self.customer_id, self).exec():
            self.reload()

    def print_follow_up(self) -> None:
        try:
            pdf = bad_customers.follow_up_pdf(self.user, self.customer_id)
        except ArchiveError as exc:
            QMessageBox.warning(self, self.tr("打印事件分析报告"), error_text(exc))
            return
        self.preview = PdfPreviewDialog(self.tr("不良客户事件分析报告"), pdf,
                                        f"不良客户事件分析报告_{self.card.number}.pdf", self)
        self.preview.show()

    def restore(self) -> None:
        self._form(self.tr("恢复"), lambda _c, reason: bad_customers.restore(self.user, self.customer_id, reason),
                   text_label=self.tr("恢复理由"))
