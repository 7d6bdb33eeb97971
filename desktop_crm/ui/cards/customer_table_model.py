"""The customer list model: rows come page by page from SQL, already filtered and sorted there."""
from __future__ import annotations

from collections import OrderedDict
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
    """When the count is exact the list has all its rows from the start, and pages are read as the view
    reaches them — from the page before's last row where it is in hand, else counted down to in the sort's
    index — keeping only the pages near the view (MAX_PAGES). When the count stopped at its cap ("2,000+"),
    pages are appended as the view scrolls until one comes back short."""

    MAX_PAGES = 40

    def __init__(self, source: CustomerSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._query = CustomerQuery()
        self._pages: OrderedDict[int, list[CustomerRow]] = OrderedDict()
        self._total = 0
        self._capped = False        # more than the count shows: pages are appended until one is short
        self._loaded = 0            # rows shown while appending
        self._fetching = False
        self._managers: dict[str, str] | None = None     # login → display name, read once per query

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

    @property
    def pages_held(self) -> int:
        return len(self._pages)

    def set_query(self, query: CustomerQuery) -> None:
        """Run ``query`` in SQL and show its first page (one call: the page, the count, the register)."""
        found = self._source.search(query, PAGE_SIZE)
        self._managers = None          # read again when first drawn: a colleague may have been added
        self._show(query, found.rows, found.total, found.capped)

    def _show(self, query: CustomerQuery, rows: list[CustomerRow], total: int, capped: bool) -> None:
        self._fetching = True        # no page is fetched from inside the reset's own signals
        try:
            self.beginResetModel()
            self._query, self._total, self._capped = query, total, capped
            self._pages = OrderedDict([(0, rows)])
            self._loaded = len(rows)
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

    # --- pages -----------------------------------------------------------------------------------
    def _page(self, number: int) -> list[CustomerRow]:
        """Page ``number``, read now if it is not held; the pages furthest back in use are let go."""
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        before = self._pages.get(number - 1)
        after = before[-1] if before and len(before) == PAGE_SIZE else None
        rows = self._source.page(self._query, number * PAGE_SIZE, PAGE_SIZE, after)
        self._pages[number] = rows
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _row(self, row: int) -> CustomerRow | None:
        if not 0 <= row < self.rowCount():
            return None
        rows = self._page(row // PAGE_SIZE)
        return rows[row % PAGE_SIZE] if row % PAGE_SIZE < len(rows) else None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._capped and self._loaded > 0

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        """Append the next page of a list whose count was capped, read on from its last row."""
        if parent.isValid() or self._fetching or not self.canFetchMore():
            return       # a view (or the model tester) asking again from inside the insertion's signals
        last = self._row(self._loaded - 1)
        more = self._source.page(self._query, self._loaded, PAGE_SIZE, last)
        if more:
            self._fetching = True
            try:
                self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + len(more) - 1)
                self._pages[self._loaded // PAGE_SIZE] = more
                self._loaded += len(more)
                self._total = max(self._total, self._loaded)
                self.endInsertRows()
            finally:
                self._fetching = False
        if len(more) < PAGE_SIZE:        # the end: the true count is now known (the rows are all shown)
            self._total, self._capped = self._loaded, False

    def locate(self, customer_id: int) -> int | None:
        """The row showing ``customer_id`` (its page read, nothing before it); None when the query excludes it."""
        for number, rows in self._pages.items():
            for i, held in enumerate(rows):
                if held.id == customer_id:
                    return number * PAGE_SIZE + i
        where = self._source.position(self._query, customer_id)
        if where is None:
            return None
        while self._capped and where >= self._loaded and self.canFetchMore():
            self.fetchMore()
        item = self._row(where)
        return where if item is not None and item.id == customer_id else None

    def customer_id(self, row: int) -> int | None:
        item = self._row(row)
        return item.id if item else None

    # --- Qt model interface ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return self._loaded if self._capped else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(COLUMNS):
                return tr_domain("CustomerTable", COLUMNS[section][2])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._row(index.row()) if index.isValid() else None
        if item is None:
            return None
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
