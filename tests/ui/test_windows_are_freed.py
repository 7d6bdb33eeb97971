"""Closing a window frees it: opening and closing a register window three times leaves none alive."""
import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from desktop_crm.ui.main_window import MainWindow


def _live(cls) -> int:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return sum(1 for w in QApplication.topLevelWidgets() if type(w).__name__ == cls)


@pytest.mark.parametrize(("opener", "cls"), [("show_lending", "LendingDesk"), ("show_query_log", "QueryLogWindow"),
                                             ("show_year_end", "YearEndWindow"),
                                             ("show_handout_register", "HandoutRegister"),
                                             ("show_credit_overview", "CreditOverview"), ("show_gaps", "GapListWindow")])
def test_three_open_close_cycles_leave_no_window_behind(desk_app, custodian, qtbot, opener, cls):
    window = MainWindow(custodian, "测试档案库")
    qtbot.addWidget(window)
    for _ in range(3):
        getattr(window, opener)()
        assert _live(cls) == 1
        getattr(window, opener)()          # asked for again while open: the same window comes forward
        assert _live(cls) == 1
        window.windows.close_all()
        assert _live(cls) == 0
    assert len(window.windows) == 0
