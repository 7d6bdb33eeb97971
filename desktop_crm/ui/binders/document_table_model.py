"""The papers of one binder category and year, in catalogue order, for a table view."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_crm.domain.binder_categories import RETENTIONS
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.binders.papers import DocumentRow
from desktop_crm.ui.common.i18n import tr_domain

ID_ROLE = Qt.ItemDataRole.UserRole + 1

HEADERS = (QT_TRANSLATE_NOOP("DocumentTable", "序号"), QT_TRANSLATE_NOOP("DocumentTable", "种类"),
           QT_TRANSLATE_NOOP("DocumentTable", "题名"), QT_TRANSLATE_NOOP("DocumentTable", "文号"),
           QT_TRANSLATE_NOOP("DocumentTable", "责任者"), QT_TRANSLATE_NOOP("DocumentTable", "日期"),
           QT_TRANSLATE_NOOP("DocumentTable", "页数"), QT_TRANSLATE_NOOP("DocumentTable", "原件/复印件"),
           QT_TRANSLATE_NOOP("DocumentTable", "保管期限"), QT_TRANSLATE_NOOP("DocumentTable", "扫描件"),
           QT_TRANSLATE_NOOP("DocumentTable", "对应订单"), QT_TRANSLATE_NOOP("DocumentTable", "借出"))
_ORIGINAL = QT_TRANSLATE_NOOP("DocumentTable", "原件")
_COPY = QT_TRANSLATE_NOOP("DocumentTable", "复印件")


class DocumentTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentRow] = []

    def set_rows(self, rows: list[DocumentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, document_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == document_id), None)

    def document(self, row: int) -> DocumentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return tr_domain("DocumentTable", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        d = self._rows[index.row()]
        if role == ID_ROLE:
            return d.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 5, 6, 9):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return d.remarks or d.title
        if role == Qt.ItemDataRole.ForegroundRole and d.on_loan:
            return QBrush(QColor("#1a5fb4"))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return d.seq
        if column == 1:
            return tr_domain("Binder", d.kind_label)
        if column == 2:
            return d.title
        if column == 3:
            return d.doc_number
        if column == 4:
            return d.author
        if column == 5:
            return d.doc_date.strftime("%Y%m%d") if d.doc_date else ""
        if column == 6:
            return "" if d.pages is None else d.pages
        if column == 7:
            return tr_domain("DocumentTable", _ORIGINAL if d.is_original else _COPY)
        if column == 8:
            return tr_domain("Binder", RETENTIONS.get(d.retention, d.retention))
        if column == 9:
            return d.scans or ""
        if column == 10:
            return d.order_number
        return d.on_loan
