import pytest
from PySide6.QtCore import Qt

from desktop_crm.demo import demo_archive
from desktop_crm.services.cards.customer_search import CustomerQuery
from desktop_crm.ui.cards.customer_table_model import COLUMNS, ID_ROLE, PAGE_SIZE, CustomerTableModel
from desktop_crm.ui.main_window import BoundSearch


@pytest.fixture
def model(desk_app, archive):
    custodian = demo_archive.prepare_demo_archive()
    demo_archive.fill_demo_customers(custodian, 2 * PAGE_SIZE + 50, seed=5)
    model = CustomerTableModel(BoundSearch(custodian))
    model.set_query(CustomerQuery(include_cleared=True))
    return model


def test_every_row_is_there_and_pages_are_read_as_the_view_reaches_them(model):
    assert model.total == 2 * PAGE_SIZE + 50
    assert model.rowCount() == model.total and not model.canFetchMore() and model.pages_held == 1
    last = model.index(model.rowCount() - 1, 0).data()          # a jump to the end reads that page alone
    assert last and model.pages_held == 2
    middle = model.index(PAGE_SIZE, 0).data()                  # …and the one between, read on from its neighbour
    assert middle and model.pages_held == 3
    numbers = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert len(set(numbers)) == model.total                     # no row twice, none missing
    assert model.columnCount() == len(COLUMNS)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "名称"


def test_only_the_pages_near_the_view_are_kept(model, monkeypatch):
    monkeypatch.setattr(model, "MAX_PAGES", 2)
    for row in (0, PAGE_SIZE, 2 * PAGE_SIZE, 0):
        assert model.index(row, 0).data()
    assert model.pages_held == 2


def test_header_sort_runs_in_sql_in_pinyin_order(model):
    model.sort(0, Qt.SortOrder.DescendingOrder)
    numbers = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert numbers == sorted(numbers, reverse=True)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    from desktop_crm.domain.pinyin_keys import sort_key
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert names == sorted(names, key=sort_key)


def test_locate_reads_only_the_page_of_a_customer_far_down(model):
    last_id = model.index(model.rowCount() - 1, 0).data(ID_ROLE)
    model.set_query(model.query)          # back to one page
    assert model.pages_held == 1
    assert model.locate(last_id) == model.total - 1 and model.pages_held == 2
    assert model.locate(10 ** 9) is None


class Counting(BoundSearch):
    """The service as the window binds it, counting how often the list asks for what."""

    def __init__(self, user) -> None:
        super().__init__(user)
        self.calls: list[str] = []

    def search(self, query, limit):
        self.calls.append("search")
        return super().search(query, limit)

    def page(self, query, offset, limit, after=None):
        self.calls.append("page after" if after is not None else f"page {offset}")
        return super().page(query, offset, limit, after)


def test_a_header_click_reads_one_page_and_never_counts_again(desk_app, archive, monkeypatch):
    from desktop_crm.store import search_index

    custodian = demo_archive.prepare_demo_archive()
    demo_archive.fill_demo_customers(custodian, 2 * PAGE_SIZE + 50, seed=5)
    source = Counting(custodian)
    model = CustomerTableModel(source)
    monkeypatch.setattr(search_index, "COUNT_CAP", PAGE_SIZE + 10)
    model.set_query(CustomerQuery(text="有限"))
    model.sort(2, Qt.SortOrder.AscendingOrder)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert source.calls == ["search", "page 0", "page 0"], source.calls
    from desktop_crm.store.database import is_sqlite

    if not is_sqlite():       # PostgreSQL counts exactly: nothing to read on for
        assert not model.capped
        return
    assert model.capped and model.total == PAGE_SIZE + 10        # "210+": the count stopped
    while model.canFetchMore():                                   # read on from the last row, not by OFFSET
        model.fetchMore()
    assert set(source.calls[3:]) == {"page after"}
    assert not model.capped and model.total == model.rowCount() > PAGE_SIZE + 10
