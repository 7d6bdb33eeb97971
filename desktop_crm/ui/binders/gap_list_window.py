"""Desk-wide list of customers whose binders lack papers; opens a binder at the gap."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.binders import completeness
from desktop_crm.services.binders.completeness import CustomerGaps
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.i18n import tr_domain
from desktop_crm.ui.common.rows_table_model import read_only_table
from desktop_crm.ui.exchange.export_list import export_button, print_button

HEADERS = (QT_TRANSLATE_NOOP("GapTable", "登记编号"), QT_TRANSLATE_NOOP("GapTable", "名称"),
           QT_TRANSLATE_NOOP("GapTable", "缺件数"), QT_TRANSLATE_NOOP("GapTable", "缺少或过期的文件"))
_SORT_KEYS = (lambda g: g.number, lambda g: g.name, lambda g: len(g.gaps), lambda g: g.first_category)


class GapTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[CustomerGaps] = []

    def set_rows(self, rows: list[CustomerGaps]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return tr_domain("GapTable", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.number, row.name, len(row.gaps), "；".join(g.text for g in row.gaps))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(g.text for g in row.gaps)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The list is small and already in memory: sorted here, on the gap rows themselves."""
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=_SORT_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class GapListWindow(BaseDialog):
    open_binder = Signal(int, int)   # customer id, category

    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent, "gap_list", self.tr("缺件清单"))
        self.setModal(False)
        self.model = GapTableModel()
        self.model.set_rows(completeness.desk_gaps(user))
        self.table = read_only_table(self.model, "gapTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((100, 260, 60)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._open)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("共 %1 户客户的活页卷缺少或有过期文件。双击打开活页卷并定位到缺件类别。")
                             .replace("%1", str(len(self.model.rows)))), 1)
        bar.addWidget(print_button(self, user, "gaps", self.tr("缺件清单")))
        bar.addWidget(export_button(self, user, "gaps", self.tr("缺件清单")))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.resize(1000, 640)

    def _open(self, index: QModelIndex) -> None:
        row = self.model.rows[index.row()]
        self.open_binder.emit(row.customer_id, row.first_category)
