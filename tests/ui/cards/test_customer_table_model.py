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


def test_rows_arrive_page_by_page(model):
    assert model.total == 2 * PAGE_SIZE + 50
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == model.total and not model.canFetchMore()
    assert model.columnCount() == len(COLUMNS)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "名称"


def test_header_sort_runs_in_sql_in_pinyin_order(model):
    model.sort(0, Qt.SortOrder.DescendingOrder)
    numbers = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert numbers == sorted(numbers, reverse=True)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    from desktop_crm.domain.pinyin_keys import sort_key
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert names == sorted(names, key=sort_key)


def test_locate_loads_up_to_a_customer_far_down(model):
    while model.canFetchMore():
        model.fetchMore()
    last_id = model.index(model.rowCount() - 1, 0).data(ID_ROLE)
    model.set_query(model.query)          # back to one page
    assert model.rowCount() == PAGE_SIZE
    assert model.locate(last_id) == model.total - 1
    assert model.locate(10 ** 9) is None
