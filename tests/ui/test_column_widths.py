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
