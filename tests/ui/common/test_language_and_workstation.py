"""帮助 → 语言 is remembered and used at the next start; workstation settings are kept with the archive
(``--data-dir`` on a shared folder gives each computer its own file), not in the user's global config."""
import socket

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_crm.ui.common import workstation_settings
from desktop_crm.ui.common.i18n import current_language
from desktop_crm.ui.common.language_menu import language_at_start, language_menu
from desktop_crm.ui.common.workstation_settings import LANGUAGE, SEARCH_DELAY_MS, keep_beside
from desktop_crm.ui.main_window import MainWindow


@pytest.fixture
def beside(tmp_path):
    yield keep_beside(tmp_path / "archive")
    workstation_settings._file.clear()


def test_settings_are_kept_per_archive_and_computer(desk_app, beside, tmp_path):
    SEARCH_DELAY_MS.set(300)
    assert beside.parent == tmp_path / "archive" / "workstation" and beside.stem == socket.gethostname()
    assert beside.exists() and "300" in beside.read_text()
    keep_beside(tmp_path / "another archive")
    assert SEARCH_DELAY_MS.get() == 120                   # the other archive's own (default) value
    keep_beside(tmp_path / "archive")
    assert SEARCH_DELAY_MS.get() == 300
    assert not (tmp_path / "settings").exists()           # nothing went to the user's global settings


def test_the_language_chosen_is_used_from_the_next_start(desk_app, beside, custodian, qtbot, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    assert language_at_start(None) == "zh_CN" and current_language() == "zh_CN"
    window = MainWindow(custodian, "test.sqlite3")
    qtbot.addWidget(window)
    menu = language_menu(window)
    english = next(a for a in menu.actions() if a.objectName() == "language_en")
    chinese = next(a for a in menu.actions() if a.objectName() == "language_zh_CN")
    assert chinese.isChecked() and not english.isChecked()
    english.trigger()
    assert LANGUAGE.get() == "en" and english.isChecked() and "next start" in told[0]
    assert language_at_start(None) == "en"                # the next start, without --lang
    assert language_at_start("zh_CN") == "zh_CN"          # --lang still wins for one run
    chinese.trigger()
    assert language_at_start(None) == "zh_CN" and len(told) == 1   # back to what is shown: nothing to say
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "帮助(&H)")
    assert any(a.menu() and a.menu().objectName() == "languageMenu" for a in help_menu.actions())
