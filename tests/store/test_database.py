import sqlite3

import pytest

from desktop_crm.domain.errors import ArchiveTooNew
from desktop_crm.store import migrations
from desktop_crm.store.database import close_database, is_sqlite, open_database
from desktop_crm.store.models import Customer, SchemaVersion


def test_sqlite_is_opened_with_wal_foreign_keys_and_busy_timeout(archive):
    if not is_sqlite():
        pytest.skip("SQLite settings")
    pragma = lambda name: archive.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") >= 1000


def test_a_new_archive_is_at_the_latest_schema(archive):
    assert migrations.current_version(archive) == migrations.LATEST
    assert [r.version for r in SchemaVersion.select()] == [s[0] for s in migrations.STEPS]


def test_reopening_keeps_data_and_applies_only_missing_steps(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    open_database(path)
    SchemaVersion.delete().where(SchemaVersion.version > 1).execute()
    close_database()
    ran = []
    extra = (migrations.LATEST + 1, "测试步骤", lambda db: ran.append(db))
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS + [extra])
    monkeypatch.setattr(migrations, "LATEST", extra[0])
    database = open_database(path)
    assert len(ran) == 1 and migrations.current_version(database) == extra[0]
    close_database()
    open_database(path)          # a second open runs nothing again
    assert len(ran) == 1
    close_database()


def test_an_archive_from_a_newer_release_is_refused(tmp_path):
    path = tmp_path / "newer.sqlite3"
    open_database(path)
    SchemaVersion.create(version=migrations.LATEST + 5, description="未来版本")
    close_database()
    with pytest.raises(ArchiveTooNew, match="升级"):
        open_database(path)
    close_database()
    # nothing was changed by the refused open
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT max(version) FROM schema_version").fetchone()[0] == migrations.LATEST + 5


def test_unknown_url_scheme_is_refused_in_chinese():
    with pytest.raises(ValueError, match="不支持"):
        open_database("mysql://user@host/db")


def test_models_bind_to_the_opened_database(archive):
    assert Customer.select().count() == 0
