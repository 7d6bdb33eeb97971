"""A list's columns resized by hand keep their width the next time the window opens on this workstation."""
from PySide6.QtWidgets import QApplication

from desktop_crm.ui.common.rows_table_model import RowsTableModel, read_only_table


def _table(qtbot):
    model = RowsTableModel(["登记编号", "名称", "余额"])
    model.set_rows([(1, ("QY-000001", "杭州西湖精密机械有限公司", "120,000.00"), False)])
    view = read_only_table(model, "ageingTable")
    qtbot.addWidget(view)
    view.setColumnWidth(1, 100)                  # the window's own first width
    QApplication.processEvents()                  # the kept widths are put back after it
    return view


def test_widths_set_by_hand_are_kept(desk_app, qtbot):
    first = _table(qtbot)
    first.setColumnWidth(1, 320)                  # widened by hand to read the full name
    second = _table(qtbot)
    assert second.columnWidth(1) == 320
    assert second.model().index(0, 1).data(3) == "杭州西湖精密机械有限公司"     # the tooltip: the full text


def test_a_list_never_resized_by_hand_fits_its_first_rows(desk_app, qtbot):
    model = RowsTableModel(["登记编号", "名称", "余额"])
    view = read_only_table(model, "badCandidates")
    qtbot.addWidget(view)
    view.setColumnWidth(1, 100)                   # the window's first width: about 8 characters
    QApplication.processEvents()
    model.set_rows([(1, ("QY-000001", "深圳市腾讯计算机系统有限公司", "120,000.00"), False)])   # rows come later
    assert view.columnWidth(1) >= view.sizeHintForColumn(1) > 100
    model.set_rows([(2, ("QY-000002", "内蒙古伊利实业集团股份有限公司呼和浩特分公司销售部", "1.00"), False)])
    assert view.columnWidth(1) < view.sizeHintForColumn(1)         # fitted once only; then the tooltip
