"""档案 → 备份 and 从备份恢复 in the window: off the GUI thread, with progress, and the state shown."""
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.roles import Role
from desktop_crm.services import session
from desktop_crm.services.binders import papers, scans
from desktop_crm.services.cards import customers
from desktop_crm.services.settings import registry
from desktop_crm.store import sealed_file
from desktop_crm.store.upkeep_models import BackupRecord
from tests import scan_samples
from tests.conftest import PG_URL
from tests.samples import enterprise

pytestmark = pytest.mark.skipif(bool(PG_URL), reason="the window's backup of a file archive")


@pytest.fixture
def location(custodian, tmp_path, monkeypatch):
    monkeypatch.setattr(sealed_file, "SCRYPT_LOG_N", 12)
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    paper = papers.file_document(custodian, card.id, {"category": 1, "kind": "business_licence", "year": 2026,
                                                       "title": "营业执照（副本）", "pages": 1, "retention": "D30",
                                                       "doc_date": date(2026, 3, 2)})
    scans.add_scan(custodian, paper.id, scan_samples.pdf(tmp_path / "licence.pdf", 1))
    return session.locate(str(tmp_path / "archive.sqlite3"), tmp_path)


def test_a_backup_made_in_the_window_is_verified_and_shown(desk_app, custodian, location, qtbot, tmp_path):
    from desktop_crm.ui.upkeep.backup_dialog import BackupDialog

    dialog = BackupDialog(custodian, location)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "usb" / "档案备份.zip"))
    dialog.encrypt.setChecked(True)
    assert dialog.path.text().endswith(".adbk")
    dialog.passphrase.setText("short")
    dialog.start.click()
    assert "至少8位" in dialog.message.text() and dialog.job is None
    dialog.passphrase.setText("西湖龙井 2026")
    dialog.confirm.setText("西湖龙井 2026")
    dialog.start.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    assert "已备份并核对" in dialog.status.text() and "已加密" in dialog.status.text()
    assert (tmp_path / "usb" / "档案备份.adbk").read_bytes().startswith(sealed_file.MAGIC)
    dialog.show()
    dialog.grab().save(str(tmp_path / "backup_dialog.png"))


def test_a_restore_in_the_window_checks_first_and_offers_to_open_it(desk_app, custodian, location, qtbot,
                                                                    tmp_path, monkeypatch):
    from desktop_crm.services.upkeep import backup
    from desktop_crm.ui.upkeep.restore_dialog import RestoreDialog

    made = backup.make_backup(custodian, location, tmp_path / "b.zip")
    dialog = RestoreDialog(custodian, location)
    qtbot.addWidget(dialog)
    dialog.file.setText(str(tmp_path / "missing.zip"))
    dialog._file_chosen()
    assert "无法读取" in dialog.message.text()
    dialog.file.setText(str(made.path))
    dialog._file_chosen()
    assert not dialog.passphrase.isEnabled()
    dialog.target.setText(str(tmp_path))              # the live archive's own folder: refused
    dialog.start.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    assert "已有档案库" in dialog.message.text()
    opened = []
    dialog.open_restored.connect(opened.append)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.target.setText(str(tmp_path / "restored"))
    dialog.start.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    assert "已恢复到" in dialog.status.text() and opened == [str(tmp_path / "restored")]
    assert (tmp_path / "restored" / "archive.sqlite3").exists()


def test_the_main_window_shows_the_backup_age_and_backs_up_at_exit(desk_app, staff, location, qtbot, tmp_path):
    from desktop_crm.ui.main_window import MainWindow

    custodian = staff[Role.CUSTODIAN]
    window = MainWindow(custodian, "archive.sqlite3", location)
    qtbot.addWidget(window)
    assert "尚无备份" in window.backup_label.text() and "请备份" in window.backup_label.text()
    registry.change(custodian, {"backup.folder": str(tmp_path / "auto"), "backup.schedule": "exit"})
    window.start_automatic_backup()                  # not due at start-up with this schedule
    assert window.automatic_backup.job is None
    window.close()                                   # … but at exit
    record = BackupRecord.get()
    assert record.automatic and (tmp_path / "auto").exists() and list((tmp_path / "auto").iterdir())
    window.show_backup_state()
    assert "今天" in window.backup_label.text()
    colleague = MainWindow(staff[Role.MANAGER], "archive.sqlite3", location)
    qtbot.addWidget(colleague)
    assert not colleague.backup_action.isEnabled() and colleague.backup_label.text() == ""


def test_the_daily_backup_runs_in_the_background_at_start(desk_app, custodian, location, qtbot, tmp_path):
    from desktop_crm.ui.main_window import MainWindow

    registry.change(custodian, {"backup.folder": str(tmp_path / "daily"), "backup.schedule": "daily"})
    window = MainWindow(custodian, "archive.sqlite3", location)
    qtbot.addWidget(window)
    window.start_automatic_backup()
    assert window.automatic_backup.job is not None          # the window is not blocked meanwhile
    qtbot.waitUntil(lambda: window.automatic_backup.job is None, timeout=20000)
    assert "今天" in window.backup_label.text() and BackupRecord.select().count() == 1
