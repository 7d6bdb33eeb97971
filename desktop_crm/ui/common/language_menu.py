"""帮助 → 语言 / Language: the choice is kept for this archive on this workstation and used from the next start."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop_crm.ui.common.i18n import current_language
from desktop_crm.ui.common.workstation_settings import LANGUAGE

# each language named in itself, so a user who cannot read the current one still finds theirs
LANGUAGES = (("zh_CN", "中文（简体）"), ("en", "English"))


def language_at_start(option: str | None) -> str:
    """``--lang`` wins for this run; otherwise the language chosen here, else Chinese."""
    chosen = option or LANGUAGE.get()
    return chosen if chosen in dict(LANGUAGES) else "zh_CN"


def language_menu(parent: QWidget) -> QMenu:
    menu = QMenu(QCoreApplication.translate("LanguageMenu", "语言 / Language"), parent)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu, exclusive=True)
    current = current_language()
    for code, name in LANGUAGES:
        action = QAction(name, menu, checkable=True, checked=code == current, objectName=f"language_{code}")
        action.triggered.connect(lambda _checked=False, c=code: choose(parent, c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def choose(parent: QWidget, code: str) -> None:
    LANGUAGE.set(code)
    if code != current_language():
        QMessageBox.information(parent, "语言 / Language",
                                "下次启动程序时界面将使用所选语言。\n"
                                "The window will use the chosen language from the next start.")
