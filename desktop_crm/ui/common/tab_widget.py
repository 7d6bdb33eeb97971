"""Tabs that are all in sight: no scroll arrows hiding a tab, the window widens to hold them (English labels
are longer than the Chinese ones the windows were first sized for)."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget


def whole_tabs(name: str = "") -> QTabWidget:
    tabs = QTabWidget(objectName=name)
    tabs.setUsesScrollButtons(False)
    return tabs
