"""Taking a whole import back: what it was, and why it is taken back (the reason goes into every card's history)."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.services.exchange import customer_import
from desktop_crm.services.exchange.customer_import import BatchView
from desktop_crm.ui.common.base_dialog import BaseDialog


class UndoImportDialog(BaseDialog):
    def __init__(self, user: ActingUser, batch: BatchView, parent: QWidget | None = None) -> None:
        super().__init__(parent, "undo_import", self.tr("撤销导入"))
        self.user, self.batch = user, batch
        self.undone = 0
        what = QLabel(self.tr("导入 %1：%2，%3 于 %4 导入。新建的 %5 张档案卡将删除，更新的 %6 张恢复为导入前的内容。")
                      .replace("%1", str(batch.id)).replace("%2", batch.file_name).replace("%3", batch.user_name)
                      .replace("%4", f"{batch.at:%Y-%m-%d %H:%M}").replace("%5", str(batch.created))
                      .replace("%6", str(batch.updated)), wordWrap=True)
        self.reason = QLineEdit(objectName="undoReason")
        self.reason.setPlaceholderText(self.tr("例如：导入了错误的名册"))
        form = QFormLayout()
        form.addRow(self.tr("撤销原因"), self.reason)
        self.message = self.error_label()
        buttons = self.answer_buttons(self.tr("撤销这次导入"), self.submit, self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 200)

    def submit(self) -> None:
        def undo() -> None:
            self.undone = customer_import.undo(self.user, self.batch.id, self.reason.text())
        if self.submitted(undo, self.message):
            self.accept()
