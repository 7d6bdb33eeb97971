"""今日待办: what is due today for the person signed in, grouped, the most urgent first; a double-click on a line
(or on its heading) opens the place where that work is done."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.services.today import todays_work
from desktop_crm.services.today.todays_work import WorkItem
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.messages import translated

OPENS_ROLE = Qt.ItemDataRole.UserRole + 1
TARGET_ROLE = Qt.ItemDataRole.UserRole + 2


class TodaysWorkWindow(BaseDialog):
    open_work = Signal(str, object)      # where (lending, card, approval …), and the WorkLine (None: the heading)

    def __init__(self, user: ActingUser, parent: QWidget | None = None, items: list[WorkItem] | None = None) -> None:
        super().__init__(parent, "todays_work", self.tr("今日待办"))
        self.setModal(False)
        self.user = user
        self.tree = QTreeWidget(objectName="workTree")
        self.tree.setHeaderHidden(True)
        self.tree.itemActivated.connect(self._open)
        self.summary = QLabel(objectName="workSummary", wordWrap=True)
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(lambda: self.refresh())
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(refresh)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("双击一行，打开办理它的地方。"), objectName="workHint"))
        layout.addWidget(self.tree, 1)
        layout.addLayout(bar)
        self.resize(820, 560)
        self.refresh(items)
        if items is not None:            # read at sign-in without the binders' gaps: they follow in a moment
            QTimer.singleShot(0, self.add_gaps)

    def refresh(self, items: list[WorkItem] | None = None) -> None:
        """Show ``items`` (already read at sign-in), else read today's work again."""
        self.items = items if items is not None else todays_work.todays_work(self.user)
        self.show_items()

    def add_gaps(self) -> None:
        if any(item.kind == "gaps" for item in self.items):
            return
        found = todays_work.gaps_item(self.user)
        if found is not None:
            self.items = [*self.items, found]
            self.show_items()

    def show_items(self) -> None:
        self.tree.clear()
        red = QBrush(QColor("#b00020"))
        for item in self.items:
            head = QTreeWidgetItem([f"{translated(item.title)}（{item.count}）"])
            head.setData(0, OPENS_ROLE, item.opens)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            if item.urgent:
                head.setForeground(0, red)
            for line in item.lines:
                child = QTreeWidgetItem([translated(line.text)])   # most lines are data; some are marked texts
                child.setData(0, OPENS_ROLE, line.opens)
                child.setData(0, TARGET_ROLE, line)
                child.setToolTip(0, line.text)
                head.addChild(child)
            if item.count > len(item.lines) and item.lines:
                more = QTreeWidgetItem([self.tr("…… 另有 %1 项，双击打开").replace("%1", str(item.count - len(item.lines)))])
                more.setData(0, OPENS_ROLE, item.opens)
                head.addChild(more)
            self.tree.addTopLevelItem(head)
            head.setExpanded(item.urgent or len(self.items) == 1)      # the urgent open, the rest one click away
        self.summary.setText(self.tr("今天没有待办事项。") if not self.items else
                             self.tr("共 %1 类待办。").replace("%1", str(len(self.items))))

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.open_work.emit(item.data(0, OPENS_ROLE), item.data(0, TARGET_ROLE))
