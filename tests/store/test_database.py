import os
import sqlite3
from types import SimpleNamespace

import pytest

from desktop_crm.domain.errors import ArchiveTooNew, InvalidInput
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
    assert [r.version for r in SchemaVersion.select()] == [s.number for s in migrations.STEPS]


def test_reopening_keeps_data_and_applies_only_missing_steps(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    database = open_database(path, upgrade=False)
    migrations.migrate(database, migrations.STEPS[:1])          # an archive of the first release step only
    assert migrations.current_version(database) == 1
    close_database()
    ran = []
    extra = migrations.Step(migrations.LATEST + 1, "测试步骤",
                            SimpleNamespace(apply=lambda db: ran.append(db), DESCRIPTION="测试步骤"))
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS + [extra])
    database = open_database(path)
    assert len(ran) == 1 and migrations.current_version(database) == extra.number
    assert [r.version for r in SchemaVersion.select()] == list(range(1, extra.number + 1))
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
    with pytest.raises(InvalidInput, match="不支持"):
        open_database("mysql://user@host/db")


def test_models_bind_to_the_opened_database(archive):
    assert Customer.select().count() == 0


def test_the_frozen_steps_build_exactly_the_tables_the_models_describe(archive):
    """A model changed without a new schema step is caught here, not in a custodian's archive."""
    from peewee import Model

    from desktop_crm.store import (
        binder_models,
        control_models,
        credit_models,
        models,
        retention_models,
        roster_models,
        shelf_models,
        upkeep_models,
        visit_models,
        volume_models,
    )

    live = [m for module in (models, binder_models, control_models, credit_models, volume_models,
                             upkeep_models, shelf_models, retention_models, visit_models, roster_models)
            for m in vars(module).values()
            if isinstance(m, type) and issubclass(m, Model) and m.__module__ == module.__name__
            and m is not models.BaseModel]
    assert len(live) > 20
    for model in live:
        columns = {c.name: c for c in archive.get_columns(model._meta.table_name)}
        assert columns, model
        for field in model._meta.sorted_fields:
            assert field.column_name in columns, (model, field.column_name)
            assert columns[field.column_name].null == field.null or field.primary_key, (model, field.column_name)
        assert set(columns) == {f.column_name for f in model._meta.sorted_fields}, model


def test_the_customer_columns_named_for_the_type_checker_are_the_field_table():
    from desktop_crm.domain.customer_card import COLUMN_FIELDS

    assert list(Customer.__annotations__) == [f.name for f in COLUMN_FIELDS]


@pytest.mark.skipif(os.name != "posix" or bool(os.environ.get("DESKTOP_CRM_TEST_PG")), reason="POSIX file modes")
def test_the_archive_and_its_folder_are_private_to_the_user(tmp_path):
    from desktop_crm.services import session

    location = session.locate(None, tmp_path / "数据")
    session.open_archive(location)
    try:
        assert (tmp_path / "数据" / "archive.sqlite3").stat().st_mode & 0o777 == 0o600
        assert (tmp_path / "数据").stat().st_mode & 0o777 == 0o700
    finally:
        session.close_archive()
    os.chmod(tmp_path / "数据" / "archive.sqlite3", 0o644)      # an archive made by an older release
    os.chmod(tmp_path / "数据", 0o755)
    session.open_archive(location)
    session.close_archive()
    assert (tmp_path / "数据" / "archive.sqlite3").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "数据").stat().st_mode & 0o777 == 0o700


def test_an_archive_on_a_network_share_is_warned_about(tmp_path, monkeypatch):
    from desktop_crm.services import session
    from desktop_crm.store import network_share

    monkeypatch.setattr(network_share, "mounts", lambda: [("/", "ext4"), (str(tmp_path / "share"), "cifs")])
    on_share = session.locate(None, tmp_path / "share" / "档案")
    assert "网络共享" in str(session.share_warning(on_share)) and "PostgreSQL" in str(session.share_warning(on_share))
    assert session.share_warning(session.locate(None, tmp_path / "local")) is None
    assert session.share_warning(session.locate("postgresql://user@db/archive")) is None


def test_every_step_file_is_in_the_release_list():
    """A step file added without naming it would never run (and a frozen app would not carry it)."""
    from pathlib import Path

    on_disk = sorted(p.stem for p in Path(migrations.__file__).parent.glob("step_*.py"))
    assert list(migrations._STEP_MODULES) == on_disk
