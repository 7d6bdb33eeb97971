"""The customer list model: rows come page by page from SQL, already filtered and sorted there."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.cards.customer_search import CustomerQuery, CustomerRow, SearchPage
from desktop_crm.ui.common.i18n import tr_domain

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomerSource(Protocol):
    """What the model needs from the services, already bound to the acting user."""

    def search(self, query: CustomerQuery, limit: int) -> SearchPage: ...
    def page(self, query: CustomerQuery, offset: int, limit: int,
             after: CustomerRow | None = None) -> list[CustomerRow]: ...
    def position(self, query: CustomerQuery, customer_id: int) -> int | None: ...
    def manager_names(self) -> dict[str, str]: ...


# (attribute of CustomerRow, sort key understood by the service, header)
COLUMNS: tuple[tuple[str, str | None, str], ...] = (
    ("number", "number", QT_TRANSLATE_NOOP("CustomerTable", "登记编号")),
    ("name", "name", QT_TRANSLATE_NOOP("CustomerTable", "名称")),
    ("kind", "kind", QT_TRANSLATE_NOOP("CustomerTable", "类型")),
    ("roster", "roster", QT_TRANSLATE_NOOP("CustomerTable", "客户名册")),
    ("grade", "grade", QT_TRANSLATE_NOOP("CustomerTable", "等级")),
    ("credit_rating", "credit_rating", QT_TRANSLATE_NOOP("CustomerTable", "信用等级")),
    ("importance", "importance", QT_TRANSLATE_NOOP("CustomerTable", "重要性")),
    ("state", "state", QT_TRANSLATE_NOOP("CustomerTable", "状态")),
    ("region", "region", QT_TRANSLATE_NOOP("CustomerTable", "地区")),
    ("industry", "industry", QT_TRANSLATE_NOOP("CustomerTable", "行业")),
    ("contact_name", "contact_name", QT_TRANSLATE_NOOP("CustomerTable", "联系人")),
    ("phone", "phone", QT_TRANSLATE_NOOP("CustomerTable", "电话")),
    ("account_manager", "account_manager", QT_TRANSLATE_NOOP("CustomerTable", "客户经理")),
    ("updated_at", "updated_at", QT_TRANSLATE_NOOP("CustomerTable", "最近更正")),
    ("place", None, QT_TRANSLATE_NOOP("CustomerTable", "库房位置")),
)
_TRANSLATED_VALUES = {"kind", "roster", "credit_rating", "importance", "state"}


class CustomerTableModel(QAbstractTableModel):
    def __init__(self, source: CustomerSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._query = CustomerQuery()
        self._rows: list[CustomerRow] = []
        self._total = 0
        self._capped = False        # more than the count shows ("10,000+"): pages are read until one is short
        self._managers: dict[str, str] | None = None     # login → display name, read once per query
        self._fetching = False

    # --- the query -------------------------------------------------------------------------------
    @property
    def query(self) -> CustomerQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many customers match, loaded or not (for the status bar); see :attr:`capped`."""
        return self._total

    @property
    def capped(self) -> bool:
        """The count stopped at its cap: at least :attr:`total` match."""
        return self._capped

    def set_query(self, query: CustomerQuery) -> None:
        """Run ``query`` in SQL and show its first page (one call: the page, the count, the register)."""
        found = self._source.search(query, PAGE_SIZE)
        self._managers = None          # read again when first drawn: a colleague may have been added
        self._show(query, found.rows, found.total, found.capped)

    def _show(self, query: CustomerQuery, rows: list[CustomerRow], total: int, capped: bool) -> None:
        self._fetching = True        # no page is fetched from inside the reset's own signals
        try:
            self.beginResetModel()
            self._query, self._rows, self._total, self._capped = query, rows, total, capped
            self.endResetModel()
        finally:
            self._fetching = False

    def refresh(self) -> None:
        self.set_query(self._query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The same customers in another order: only the first page is read again, never the count."""
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        query = replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        if query == self._query:
            return
        rows = self._source.page(query, 0, PAGE_SIZE) if self._total else []
        self._show(query, rows, self._total, self._capped)

    # --- paging ----------------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and (len(self._rows) < self._total or (self._capped and bool(self._rows)))

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or self._fetching or not self.canFetchMore():
            return       # a view (or the model tester) asking again from inside the insertion's signals
        # read on from the last row in the sort's index (not counted down to with OFFSET)
        more = self._source.page(self._query, len(self._rows), PAGE_SIZE, self._rows[-1] if self._rows else None)
        if len(more) < PAGE_SIZE and self._capped:
            self._total, self._capped = len(self._rows) + len(more), False     # the true count, now known
        if not more:
            self._total = len(self._rows)   # rows went away meanwhile
            return
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        finally:
            self._fetching = False

    def locate(self, customer_id: int) -> int | None:
        """The row showing ``customer_id``, loading pages up to it; None when the query excludes it."""
        for row, item in enumerate(self._rows):
            if item.id == customer_id:
                return row
        where = self._source.position(self._query, customer_id)
        if where is None:
            return None
        while len(self._rows) <= where and self.canFetchMore():
            self.fetchMore()
        return where if where < len(self._rows) and self._rows[where].id == customer_id else None

    def customer_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    # --- Qt model interface ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(COLUMNS):
                return tr_domain("CustomerTable", COLUMNS[section][2])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            attr = COLUMNS[index.column()][0]
            value = getattr(item, attr)
            if attr == "kind":
                return tr_domain("Card", CustomerKind(value).label)
            if attr == "updated_at":     # formatted here, when drawn, not for every row read
                return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else str(value or "")[:16]
            if attr == "account_manager":
                if self._managers is None:
                    self._managers = self._source.manager_names()
                return self._managers.get(value, value)
            if attr in _TRANSLATED_VALUES:
                return tr_domain("Card", value)
            return value
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.state == "不良":
                return QBrush(QColor("#b00020"))
            if item.state == "已清除":
                return QBrush(QColor("#888888"))
        return None
