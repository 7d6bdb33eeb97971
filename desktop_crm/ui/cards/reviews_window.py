"""全面修订核查: the cards due this week and overdue, a review recorded for the selected card (after correcting
it in the card itself), and the printable review sheet of the batch."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.domain.permissions import Action, may
from desktop_crm.services.cards import reviews
from desktop_crm.services.cards.reviews import DueCard
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.messages import error_text
from desktop_crm.ui.common.pdf_preview_dialog import PdfPreviewDialog
from desktop_crm.ui.common.rows_table_model import RowsTableModel, read_only_table
from desktop_crm.ui.exchange.export_list import export_button, print_button


class RecordReviewDialog(BaseDialog):
    def __init__(self, user: ActingUser, card: DueCard, parent: QWidget | None = None) -> None:
        super().__init__(parent, "record_review", self.tr("登记核查"))
        self.user, self.card = user, card
        self.confirmed = QPlainTextEdit(objectName="confirmed", placeholderText=self.tr("核对确认的内容；留空为“全部内容核对无误”"))
        self.corrected = QPlainTextEdit(objectName="corrected", placeholderText=self.tr("在档案卡中更正后，写明更正了什么"))
        for box in (self.confirmed, self.corrected):
            box.setFixedHeight(64)
        self.message = self.error_label()
        form = QFormLayout()
        form.addRow(self.tr("档案卡"), QLabel(f"{card.number}  {card.name}"))
        form.addRow(self.tr("上次核查"), QLabel(f"{card.reviewed_on:%Y-%m-%d}"))
        form.addRow(self.tr("核对确认"), self.confirmed)
        form.addRow(self.tr("更正内容"), self.corrected)
        self.lay_out_form(form, self.tr("登记"), self.save)
        self.following: date | None = None

    def save(self) -> None:
        def call() -> None:
            self.following = reviews.record(self.user, self.card.number, self.confirmed.toPlainText(),
                                            self.corrected.toPlainText())
        if self.submitted(call, self.message):
            self.accept()


class ReviewsWindow(BaseDialog):
    open_card = Signal(int)

    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent, "reviews", self.tr("全面修订核查"))
        self.setModal(False)
        self.user = user
        self.model = RowsTableModel([self.tr("登记编号"), self.tr("名称"), self.tr("上次核查"), self.tr("应核查日"),
                                     self.tr("状态")], self)
        self.table = read_only_table(self.model, "reviewTable")
        for column, width in enumerate((110, 300, 100, 100)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self._open())
        self.status = QLabel(objectName="reviewStatus", wordWrap=True)
        bar = QHBoxLayout()
        for text, slot, enabled in ((self.tr("打开档案卡（更正）"), self._open, True),
                                    (self.tr("登记核查…"), self.record, may(user.role, Action.EDIT_CARDS)),
                                    (self.tr("打印核查表…"), self.print_sheet, True)):
            button = QPushButton(text, enabled=enabled)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(print_button(self, user, "reviews", self.tr("到期核查清单")))
        bar.addWidget(export_button(self, user, "reviews", self.tr("到期核查清单")))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("本周到期和已逾期的档案卡（红色为逾期）。先打开档案卡核对、更正，再登记核查。"), wordWrap=True))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.resize(800, 560)
        self.refresh()

    def refresh(self) -> None:
        today = clock.today()
        found = reviews.due(self.user, today)
        self.cards = list(found.cards)
        self.model.set_rows([(c.customer_id, (c.number, c.name, f"{c.reviewed_on:%Y-%m-%d}", f"{c.due_on:%Y-%m-%d}",
                                              self.tr("逾期") if c.overdue(today) else self.tr("本周到期")), c.overdue(today))
                             for c in self.cards])
        self.status.setText(self.tr("到期 %1 张，其中逾期 %2 张；列出等待最久的 %3 张。").replace("%1", str(found.total))
                            .replace("%2", str(found.overdue)).replace("%3", str(len(self.cards))))

    def _selected(self) -> DueCard | None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.status.setText(self.tr("请先在列表中选中一张档案卡。"))
            return None
        return self.cards[index.row()]

    def _open(self) -> None:
        card = self._selected()
        if card is not None:
            self.open_card.emit(card.customer_id)

    def record(self) -> None:
        card = self._selected()
        if card is None:
            return
        dialog = RecordReviewDialog(self.user, card, self)
        if dialog.exec():
            self.refresh()
            self.status.setText(self.tr("已登记 %1 的核查；下次核查：%2。").replace("%1", card.number)
                                .replace("%2", f"{dialog.following:%Y-%m-%d}"))

    def print_sheet(self) -> None:
        try:
            pdf = reviews.review_sheet_pdf(self.user)
        except ArchiveError as exc:
            self.status.setText(error_text(exc))
            return
        PdfPreviewDialog(self.tr("客户档案全面修订核查表"), pdf, "全面修订核查表.pdf", self).exec()
