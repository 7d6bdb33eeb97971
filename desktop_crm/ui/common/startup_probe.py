"""For the start-up benchmark: report once the customer table has painted its first rows, then quit.

Enabled only by the environment variable ``DESKTOP_CRM_BENCH_FIRST_ROWS``; prints one line
``FIRST_ROWS rows=N maxrss_kb=M`` that the benchmark times from outside the process.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QTableView

ENV = "DESKTOP_CRM_BENCH_FIRST_ROWS"


class FirstRowsProbe(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._table.model().rowCount() > 0:
            rows = self._table.model().rowCount()
            # after this paint returns, the rows are on screen
            QCoreApplication.instance().processEvents()
            peak = _peak_kb()
            print(f"FIRST_ROWS rows={rows} maxrss_kb={peak}", flush=True)
            self._table.viewport().removeEventFilter(self)
            QCoreApplication.instance().quit()
            sys.stdout.flush()
        return False


def _peak_kb() -> int:
    try:
        import resource  # POSIX only; a Windows build reports 0
    except ImportError:
        return 0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
