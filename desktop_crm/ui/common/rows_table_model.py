"""A table model over rows already read by a service: display texts plus the id each row stands for."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop_crm.ui.common.workstation_settings import column_widths

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RowsTableModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[str, ...]] = []
        self.ids: list[int] = []
        self.alerts: list[bool] = []

    def set_rows(self, rows: Sequence[tuple[int, Sequence[Any], bool]]) -> None:
        """``rows`` of (id, cells, alert) — an alert row shows in red (overdue, refused …)."""
        self.beginResetModel()
        self.ids = [r[0] for r in rows]
        self.rows = [tuple("" if c is None else str(c) for c in r[1]) for r in rows]
        self.alerts = [bool(r[2]) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == ID_ROLE:
            return self.ids[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and self.alerts[index.row()]:
            return QBrush(QColor("#b00020"))
        return None


def read_only_table(model: QAbstractTableModel, name: str) -> QTableView:
    """The list view every register window uses: whole rows, one at a time, nothing edited in place; the
    columns resized by hand keep their width on this workstation (each cell's full text is its tooltip)."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    keep_column_widths(view, name)
    return view


def widen_to_contents(view: QTableView, columns: Iterable[int], most: int = 360) -> None:
    """No column narrower than its heading or the rows shown (up to ``most`` pixels; beyond, the tooltip holds
    the whole text): English words are longer than the Chinese the first widths were chosen for."""
    header = view.horizontalHeader()
    for column in columns:
        wanted = min(most, max(header.sectionSizeHint(column), view.sizeHintForColumn(column)))
        if wanted > view.columnWidth(column):
            view.setColumnWidth(column, wanted)


def keep_column_widths(view: QTableView, name: str) -> None:
    """Widths set by hand are saved as they change and put back when the window opens again (after the
    window's own first widths, which it sets right after making the view)."""
    header = view.horizontalHeader()

    def kept():               # by the list and its number of columns (a roster's columns depend on the roster)
        return column_widths(f"{name}/{header.count()}")

    def fit_once() -> None:   # a list never resized by hand: widths from its first rows (names were cut)
        model = view.model()
        if model is not None and model.rowCount() > 0:
            model.modelReset.disconnect(fit_once)
            widen_to_contents(view, range(header.count() - 1))

    def restore() -> None:
        saved = kept().get()
        if saved:
            header.restoreState(saved)
        elif view.model() is not None:
            view.model().modelReset.connect(fit_once)
            fit_once()
        header.sectionResized.connect(lambda *_args: kept().set(header.saveState()))
    QTimer.singleShot(0, header, restore)     # dropped if the window is closed before it runs
