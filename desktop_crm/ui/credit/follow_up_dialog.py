"""善后报告 of a bad customer: causes and countermeasures for the general manager, the internal review and who
answers for it; saved as the customer's record and filed in its binder as the 事件分析报告."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QPlainTextEdit, QWidget

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.credit import bad_customers
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.date_entry import DateEntry


class FollowUpDialog(BaseDialog):
    help_text = QT_TRANSLATE_NOOP("Help", "按不良客户处理规定的善后工作：分析不良客户产生的原因、提出预防对策，呈总经理审阅；"
                                  "做内部检讨，并写明负有责任或处理有功的人员。保存后本报告作为“不良客户事件分析报告”"
                                  "归入该客户档案第四类，可打印呈总经理签阅。")

    def __init__(self, user: ActingUser, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, "follow_up", self.tr("不良客户善后报告"))
        self.user, self.customer_id = user, customer_id
        self.fields: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        for name, label, hint, height in (
                ("causes", self.tr("原因分析 *"), self.tr("如：签约前未做资信调查，对方经营严重亏损后仍继续供货"), 90),
                ("prevention", self.tr("预防对策 *"), self.tr("如：新客户先做资信调查；逾期30天即停止发货"), 72),
                ("review", self.tr("内部检讨"), self.tr("业务部内部检讨的经过和结论"), 64),
                ("responsibility", self.tr("责任人员及奖惩"), self.tr("负有责任的人员及处理；处理有方、挽回损失的人员及奖励"), 64)):
            edit = QPlainTextEdit(objectName=name, placeholderText=hint)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(height)
            edit.textChanged.connect(lambda e=edit: e.setStyleSheet(""))
            self.fields[name] = edit
            form.addRow(label, edit)
        self.reported_on = DateEntry(clock.today(), objectName="reportedOn")
        form.addRow(self.tr("报告日期"), self.reported_on)
        self.message = self.error_label()
        self.lay_out_form(form, self.tr("保存并归档"), self.save)
        self.resize(640, 520)

    def follow_up(self) -> bad_customers.FollowUp:
        text = {name: edit.toPlainText() for name, edit in self.fields.items()}
        return bad_customers.FollowUp(text["causes"], text["prevention"], text["review"], text["responsibility"],
                                      self.reported_on.day())

    def save(self) -> None:
        if self.submitted(lambda: bad_customers.report_follow_up(self.user, self.customer_id, self.follow_up()),
                          self.message, self.fields):
            self.accept()
