"""backup, restore, passwd and users reset-password from the command line, as a custodian would type them."""
import sqlite3
from pathlib import Path

import pytest

from desktop_crm import cli
from desktop_crm.store import sealed_file


@pytest.fixture
def live(demo_copy, monkeypatch) -> Path:
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    monkeypatch.setattr(sealed_file, "SCRYPT_LOG_N", 12)
    return demo_copy(40, 11, 10).parent


def _customers(folder: Path) -> int:
    with sqlite3.connect(folder / "archive.sqlite3") as raw:
        return raw.execute("SELECT count(*) FROM customer").fetchone()[0]


def test_backup_then_restore_into_a_new_folder(live, tmp_path, capsys, monkeypatch):
    out = tmp_path / "usb"
    assert cli.main(["--data-dir", str(live), "--user", "dangan", "backup", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "已备份并核对" in printed and "客户 40 户" in printed
    made = next(out.iterdir())
    target = tmp_path / "new-office"
    assert cli.main(["--data-dir", str(target), "--user", "dangan", "restore", str(made)]) == 0
    assert "已恢复到" in capsys.readouterr().out and _customers(target) == 40
    assert cli.main(["--data-dir", str(target), "check"]) == 0
    # not over an archive, unless --replace; then the old one is kept aside
    assert cli.main(["--data-dir", str(live), "--user", "dangan", "restore", str(made)]) == 2
    assert "已有档案库" in capsys.readouterr().err
    assert cli.main(["--data-dir", str(target), "--user", "dangan", "restore", str(made), "--replace"]) == 0
    assert "原档案库已改名保留" in capsys.readouterr().out
    assert len(list(tmp_path.glob("new-office.恢复前-*"))) == 1
    # a colleague who is not the custodian cannot back up or restore
    assert cli.main(["--data-dir", str(live), "--user", "kefu", "backup", "--out", str(out)]) == 3
    assert cli.main(["--data-dir", str(tmp_path / "n3"), "--user", "kefu", "restore", str(made)]) == 3


def test_an_encrypted_backup_needs_its_passphrase(live, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BACKUP_PASSPHRASE", "钱塘江 大潮 2026")
    sealed = tmp_path / "sealed.adbk"
    assert cli.main(["--data-dir", str(live), "--user", "dangan", "backup", "--out", str(sealed),
                     "--passphrase-env", "BACKUP_PASSPHRASE"]) == 0
    assert "已加密" in capsys.readouterr().out
    assert cli.main(["--data-dir", str(tmp_path / "r"), "--user", "dangan", "restore", str(sealed)]) == 2
    assert "口令" in capsys.readouterr().err
    monkeypatch.setenv("WRONG", "not the passphrase")
    assert cli.main(["--data-dir", str(tmp_path / "r"), "--user", "dangan", "restore", str(sealed),
                     "--passphrase-env", "WRONG"]) == 2
    assert "口令不正确" in capsys.readouterr().err and not (tmp_path / "r").exists()
    assert cli.main(["--data-dir", str(tmp_path / "r"), "--user", "dangan", "restore", str(sealed),
                     "--passphrase-env", "BACKUP_PASSPHRASE"]) == 0
    assert _customers(tmp_path / "r") == 40


def test_passwd_and_reset_password(live, capsys, monkeypatch):
    base = ["--data-dir", str(live)]
    assert cli.main(base + ["--user", "kefu", "customers", "list", "--limit", "1"]) == 0
    assert "演示密码" in capsys.readouterr().err                     # told to change the published password
    monkeypatch.setenv("DESKTOP_CRM_NEW_PASSWORD", "xihu-2026-kefu")
    assert cli.main(base + ["--user", "kefu", "passwd"]) == 0
    assert "密码已修改" in capsys.readouterr().out
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "xihu-2026-kefu")
    assert cli.main(base + ["--user", "kefu", "customers", "list", "--limit", "1"]) == 0
    assert "演示密码" not in capsys.readouterr().err
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    monkeypatch.delenv("DESKTOP_CRM_NEW_PASSWORD")
    assert cli.main(base + ["--user", "dangan", "users", "reset-password", "jingli"]) == 0
    temporary = capsys.readouterr().out.split("临时密码：")[1].strip()
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", temporary)
    assert cli.main(base + ["--user", "jingli", "customers", "list"]) == 3
    assert "passwd" in capsys.readouterr().err                       # told how to change it
    monkeypatch.setenv("DESKTOP_CRM_NEW_PASSWORD", "jingli-own-77")
    assert cli.main(base + ["--user", "jingli", "passwd"]) == 0
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "jingli-own-77")
    assert cli.main(base + ["--user", "jingli", "customers", "list", "--limit", "1"]) == 0
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    assert cli.main(base + ["--user", "kefu", "users", "reset-password", "jingli"]) == 3
