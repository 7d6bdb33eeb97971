"""客户名册: one roster's customers with the columns it needs; print it (A4 landscape) or save it as a workbook,
and run its update round — open it, mark each entry confirmed or corrected, close it with the counts."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.customer_card import Roster
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.domain.permissions import Action, may
from desktop_crm.services.output_files import write_atomically
from desktop_crm.services.rosters import rosters
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.i18n import tr_domain
from desktop_crm.ui.common.messages import error_text
from desktop_crm.ui.common.pdf_preview_dialog import PdfPreviewDialog
from desktop_crm.ui.common.rows_table_model import RowsTableModel, read_only_table


class CorrectionDialog(BaseDialog):
    def __init__(self, user: ActingUser, roster: str, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, "roster_correction", self.tr("登记更正"))
        self.user, self.roster, self.number = user, roster, number
        self.note = QLineEdit(objectName="correction", placeholderText=self.tr("已在档案卡中更正的内容，如 电话更正为 0571-88886666"))
        self.message = self.error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 的更正（先在档案卡中更正）").replace("%1", number)))
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.answer_buttons(self.tr("登记"), self.save))
        self.resize(460, 150)

    def save(self) -> None:
        if not self.note.text().strip():
            self.message.setText(self.tr("请写明更正的内容；核对无误的请用“核对无误”。"))
            return
        if self.submitted(lambda: rosters.record_entry(self.user, self.roster, self.number, self.note.text()), self.message):
            self.accept()


class RostersWindow(BaseDialog):
    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent, "rosters", self.tr("客户名册"))
        self.setModal(False)
        self.user = user
        self.roster = QComboBox(objectName="rosterChoice")
        for roster in Roster:
            self.roster.addItem(tr_domain("Card", roster.label), roster.value)
        self.roster.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = RowsTableModel([], self)
        self.table = read_only_table(self.model, "rosterTable")
        self.round = QLabel(objectName="roundState", wordWrap=True)
        self.status = QLabel(objectName="rosterStatus", wordWrap=True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("名册")))
        top.addWidget(self.roster)
        top.addStretch(1)
        edits = may(user.role, Action.EDIT_CARDS)
        for text, slot, enabled in ((self.tr("打印…"), self.print_roster, True), (self.tr("导出 Excel…"), self.export, True)):
            button = QPushButton(text, enabled=enabled)
            button.clicked.connect(slot)
            top.addWidget(button)
        rounds = QHBoxLayout()
        for text, slot in ((self.tr("开始增补调整"), self.open_round), (self.tr("核对无误"), self.confirm),
                           (self.tr("已更正…"), self.correct), (self.tr("结束增补调整"), self.close_round)):
            button = QPushButton(text, enabled=edits)
            button.clicked.connect(slot)
            rounds.addWidget(button)
        rounds.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.round)
        layout.addLayout(rounds)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.resize(1100, 640)
        self.refresh()

    def current(self) -> str:
        return self.roster.currentData()

    def refresh(self) -> None:
        sheet = rosters.roster_sheet(self.user, self.current())
        self.model.beginResetModel()
        self.model.headers = list(sheet.headings)
        self.model.endResetModel()
        self.model.set_rows([(cid, row, row[-1].startswith("更正")) for cid, row in zip(sheet.customer_ids, sheet.rows)])
        self.table.setColumnWidth(1, 240)         # the name, read in full
        state = rosters.round_state(self.user, self.current())
        if state is None:
            self.round.setText(self.tr("还没有做过增补调整（客户名册原则上两年增补或调整一次）。"))
        else:
            words = self.tr("进行中") if state.closed_on is None else self.tr("%1 结束").replace("%1", f"{state.closed_on:%Y-%m-%d}")
            self.round.setText(self.tr("%1 开始的增补调整（%2）：核对无误 %3 户，更正 %4 户，尚余 %5 户。")
                               .replace("%1", f"{state.opened_on:%Y-%m-%d}").replace("%2", words)
                               .replace("%3", str(state.confirmed)).replace("%4", str(state.corrected))
                               .replace("%5", str(state.left)))

    def _run(self, call) -> bool:
        try:
            call()
        except ArchiveError as exc:
            self.status.setText(error_text(exc))
            return False
        self.status.clear()
        self.refresh()
        return True

    def _selected_number(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.status.setText(self.tr("请先在名册中选中一户。"))
            return None
        return self.model.rows[index.row()][0]

    def open_round(self) -> None:
        self._run(lambda: rosters.open_round(self.user, self.current()))

    def confirm(self) -> None:
        number = self._selected_number()
        if number:
            self._run(lambda: rosters.record_entry(self.user, self.current(), number))

    def correct(self) -> None:
        number = self._selected_number()
        if number and CorrectionDialog(self.user, self.current(), number, self).exec():
            self.refresh()

    def close_round(self) -> None:
        self._run(lambda: rosters.close_round(self.user, self.current()))

    def print_roster(self) -> None:
        try:
            pdf = rosters.roster_pdf(self.user, self.current())
        except ArchiveError as exc:
            self.status.setText(error_text(exc))
            return
        PdfPreviewDialog(self.tr("客户名册"), pdf, f"客户名册-{self.current()}.pdf", self).exec()

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), f"客户名册-{self.current()}.xlsx", "Excel (*.xlsx)")
        if path and self._run(lambda: write_atomically(path, rosters.roster_workbook(self.user, self.current()))):
            self.status.setText(self.tr("已导出 %1").replace("%1", path))
