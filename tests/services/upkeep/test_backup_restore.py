"""Backup and verified restore: a consistent copy with every scan, read back before it gets its name; a restore
that checks everything before it touches anything; encryption that leaves nothing readable."""
import hashlib
import shutil
import sqlite3
import threading
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_crm.domain import clock
from desktop_crm.domain.backup_manifest import DATABASE_NAME, Manifest
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import ArchiveError, Cancelled, InvalidInput, PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.services import session
from desktop_crm.services.binders import papers, scans
from desktop_crm.services.cards import customers
from desktop_crm.services.settings import registry
from desktop_crm.services.upkeep import backup, restore
from desktop_crm.store import archive_copy, sealed_file
from desktop_crm.store.backup_file import BackupWriter
from desktop_crm.store.database import is_sqlite
from desktop_crm.store.upkeep_models import BackupRecord
from tests import scan_samples
from tests.conftest import PASSWORD
from tests.samples import TENCENT_USCC, enterprise, individual

PASSPHRASE = "西湖 断桥 2026 残雪"


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch):
    monkeypatch.setattr(sealed_file, "SCRYPT_LOG_N", 12)


@pytest.fixture
def filled(custodian, tmp_path):
    """Two cards, a paper with a two-page scan, and where the archive lives."""
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    customers.create_customer(custodian, CustomerKind.INDIVIDUAL, individual())
    paper = papers.file_document(custodian, card.id, {"category": 1, "kind": "business_licence", "year": 2026,
                                                       "title": "营业执照（副本）", "pages": 2, "retention": "D30",
                                                       "doc_date": date(2026, 3, 2)})
    scans.add_scan(custodian, paper.id, scan_samples.pdf(tmp_path / "licence.pdf", 2))
    from desktop_crm.store.database import db

    database = db.obj.database if is_sqlite() else str(tmp_path / "unused")
    return session.ArchiveLocation(database if is_sqlite() else _pg_url(), tmp_path)


def _pg_url() -> str:
    from desktop_crm.store.database import db

    params = db.obj.connect_params
    return f"postgresql://{params.get('user', 'postgres')}@{params.get('host')}:{params.get('port')}/{db.obj.database}"


def _credentials() -> restore.Credentials:
    return restore.Credentials("wangfang", PASSWORD)


def test_a_backup_holds_the_database_every_scan_and_a_manifest_and_restores_whole(custodian, filled, tmp_path):
    out = tmp_path / "backups"
    out.mkdir()
    made = backup.make_backup(custodian, filled, out)
    assert made.path.parent == out and made.path.suffix == ".zip" and made.scans == 1
    assert made.sha256 == hashlib.sha256(made.path.read_bytes()).hexdigest()
    assert not list(out.glob(".*partial"))
    if is_sqlite():
        assert made.path.stat().st_mode & 0o077 == 0          # only its owner may read a backup
    with zipfile.ZipFile(made.path) as z:
        names = set(z.namelist())
    assert "manifest.json" in names and any(n.startswith("scans/") for n in names)
    assert (DATABASE_NAME in names) == is_sqlite()
    record = BackupRecord.get()
    assert record.path == str(made.path) and record.sha256 == made.sha256

    target = tmp_path / "restored"
    result = restore.restore_backup(session.locate(None, target), made.path, credentials=_credentials())
    restored_scan = next((target / "scans").rglob("*.pdf"))
    assert hashlib.sha256(restored_scan.read_bytes()).hexdigest() == restored_scan.stem
    if is_sqlite():
        facts = archive_copy.facts_of(target / DATABASE_NAME)
        assert facts.whole and facts.customers == 2 and len(facts.scans) == 1 and result.customers == 2
        assert (target.stat().st_mode & 0o077) == 0


def test_the_copy_is_consistent_while_another_workstation_writes(custodian, filled, tmp_path):
    if not is_sqlite():
        pytest.skip("the PostgreSQL server backs up its own database")
    stop = threading.Event()
    written = []

    def writer():
        from desktop_crm.store.database import db

        db.connect(reuse_if_open=True)
        try:
            n = 0
            while not stop.is_set() and n < 200:
                code = f"11010519491231{n:03d}"
                from desktop_crm.store.models import Customer
                with db.atomic():
                    Customer.create(kind="individual", number=f"T-{n:05d}", name_sort="t", name_core="t", name=f"测试{n}",
                                    roster="个人顾客", importance="一般", state="往来", id_number=code)
                written.append(n)
                n += 1
        finally:
            db.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        made = backup.make_backup(custodian, filled, tmp_path / "during.zip")
    finally:
        stop.set()
        thread.join()
    target = tmp_path / "restored"
    restore.restore_backup(session.locate(None, target), made.path, credentials=_credentials())
    facts = archive_copy.facts_of(target / DATABASE_NAME)
    assert facts.whole and 2 <= facts.customers <= 2 + len(written)


def test_an_encrypted_backup_shows_nothing_without_its_passphrase(custodian, filled, tmp_path):
    made = backup.make_backup(custodian, filled, tmp_path / "sealed.adbk", passphrase=PASSPHRASE)
    data = made.path.read_bytes()
    assert made.encrypted and data.startswith(sealed_file.MAGIC)
    for readable in (b"SQLite format", b"manifest", b"scans/", "华为".encode(), b"PK\x03\x04"):
        assert readable not in data
    target = tmp_path / "restored"
    location = session.locate(None, target)
    with pytest.raises(InvalidInput, match="口令"):
        restore.restore_backup(location, made.path, credentials=_credentials())
    with pytest.raises(InvalidInput, match="口令不正确"):
        restore.restore_backup(location, made.path, passphrase="not it", credentials=_credentials())
    cut = tmp_path / "cut.adbk"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ArchiveError, match="截断"):
        restore.restore_backup(location, cut, passphrase=PASSPHRASE, credentials=_credentials())
    flipped = bytearray(data)
    flipped[len(data) // 3] ^= 0x01
    (tmp_path / "flipped.adbk").write_bytes(bytes(flipped))
    with pytest.raises(ArchiveError, match="损坏"):
        restore.restore_backup(location, tmp_path / "flipped.adbk", passphrase=PASSPHRASE, credentials=_credentials())
    assert not target.exists() and not list(tmp_path.glob(".restoring-*"))     # nothing touched, nothing left
    restore.restore_backup(location, made.path, passphrase=PASSPHRASE, credentials=_credentials())
    assert any((target / "scans").rglob("*.pdf"))


def test_a_damaged_or_cut_plain_backup_is_refused_and_touches_nothing(custodian, filled, tmp_path):
    made = backup.make_backup(custodian, filled, tmp_path / "plain.zip")
    data = made.path.read_bytes()
    target = tmp_path / "restored"
    location = session.locate(None, target)
    (tmp_path / "cut.zip").write_bytes(data[:-200])
    with pytest.raises(ArchiveError, match="不是完整的备份文件"):
        restore.restore_backup(location, tmp_path / "cut.zip", credentials=_credentials())
    with zipfile.ZipFile(made.path) as z:
        scan_name = next(n for n in z.namelist() if n.startswith("scans/"))
        info = z.getinfo(scan_name)
    altered = bytearray(data)
    altered[info.header_offset + 30 + len(info.filename.encode()) + 100] ^= 0xFF     # inside the stored scan
    (tmp_path / "altered.zip").write_bytes(bytes(altered))
    with pytest.raises(ArchiveError, match="损坏|不符"):
        restore.restore_backup(location, tmp_path / "altered.zip", credentials=_credentials())
    (tmp_path / "other.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18)
    with pytest.raises(ArchiveError):
        restore.restore_backup(location, tmp_path / "other.zip", credentials=_credentials())
    assert not target.exists()


def test_a_restore_never_lands_on_an_archive_unless_told_and_then_keeps_the_old_one(custodian, filled, tmp_path):
    if not is_sqlite():
        pytest.skip("PostgreSQL: the database is restored by the server")
    made = backup.make_backup(custodian, filled, tmp_path / "b.zip")
    target = tmp_path / "busy"
    target.mkdir()
    (target / "archive.sqlite3").write_bytes(b"an archive already here")
    location = session.locate(None, target)
    with pytest.raises(InvalidInput, match="已有档案库"):
        restore.restore_backup(location, made.path, credentials=_credentials())
    assert (target / "archive.sqlite3").read_bytes() == b"an archive already here"
    result = restore.restore_backup(location, made.path, replace=True, credentials=_credentials())
    assert result.kept_aside is not None and (result.kept_aside / "archive.sqlite3").read_bytes() == b"an archive already here"
    assert archive_copy.facts_of(target / "archive.sqlite3").customers == 2


def test_only_a_custodian_of_the_backed_up_archive_restores_it(staff, filled, tmp_path):
    made = backup.make_backup(staff[Role.CUSTODIAN], filled, tmp_path / "b.zip")
    location = session.locate(None, tmp_path / "restored")
    if is_sqlite():
        for wrong in (restore.Credentials("wangfang", "wrong password 1"), restore.Credentials("lijg", PASSWORD),
                      restore.Credentials("nobody", PASSWORD)):
            with pytest.raises(PermissionDenied):
                restore.restore_backup(location, made.path, credentials=wrong)
        with pytest.raises(PermissionDenied):
            restore.restore_backup(location, made.path)
    for role, person in staff.items():
        if role != Role.CUSTODIAN:
            with pytest.raises(PermissionDenied):
                backup.make_backup(person, filled, tmp_path / f"{role.value}.zip")
            with pytest.raises(PermissionDenied):
                restore.restore_backup(location, made.path, acting=person)
    assert not (tmp_path / "restored").exists()


def _hand_made_backup(tmp_path: Path, database: Path, schema: int) -> Path:
    """A backup as another release would write it: the given database file and a manifest."""
    target = tmp_path / f"schema-{schema}.zip"
    writer = BackupWriter(target, None)
    member = writer.add_file(database, DATABASE_NAME, compress=True)
    writer.finish(Manifest("0.1.0", schema, "2026-01-05T10:00:00", "王芳", "sqlite", True, 12, 355, 0, (member,)))
    return writer.commit()


def test_an_older_backup_is_upgraded_and_a_newer_one_refused(archive, tmp_path):
    if not is_sqlite():
        pytest.skip("SQLite files only")
    fixture = Path(__file__).resolve().parents[2] / "fixtures" / "release_0_1_0" / "archive.sqlite3"
    old = tmp_path / "old.sqlite3"
    shutil.copy(fixture, old)
    raw = sqlite3.connect(old)                 # the fixture's scans are not part of this backup
    raw.execute("DELETE FROM documentscan")
    raw.execute("DELETE FROM scan")
    raw.commit()
    raw.execute("PRAGMA journal_mode=DELETE")
    raw.close()
    made = _hand_made_backup(tmp_path, old, 5)
    target = tmp_path / "restored"
    location = session.locate(None, target)
    result = restore.restore_backup(location, made, credentials=restore.Credentials("dangan", "demo1234"))
    assert result.schema_version == 5
    from desktop_crm.store import migrations
    from desktop_crm.store.database import close_database, open_database

    close_database()
    database = open_database(location.database)
    assert migrations.current_version(database) == migrations.LATEST
    close_database()

    newer = _hand_made_backup(tmp_path, old, migrations.LATEST + 1)
    with pytest.raises(ArchiveError, match="较新版本"):
        restore.restore_backup(session.locate(None, tmp_path / "r2"), newer,
                               credentials=restore.Credentials("dangan", "demo1234"))
    assert not (tmp_path / "r2").exists()


def test_a_cancelled_backup_leaves_no_file(custodian, filled, tmp_path):
    with pytest.raises(Cancelled):
        backup.make_backup(custodian, filled, tmp_path / "stopped.zip", cancelled=lambda: True)
    assert [p.name for p in tmp_path.iterdir() if "stopped" in p.name] == []
    assert BackupRecord.select().count() == 0


def test_a_backup_is_never_written_over_a_file_or_into_the_archive_itself(custodian, filled, tmp_path):
    (tmp_path / "taken.zip").write_bytes(b"keep me")
    with pytest.raises(InvalidInput, match="已存在"):
        backup.make_backup(custodian, filled, tmp_path / "taken.zip")
    assert (tmp_path / "taken.zip").read_bytes() == b"keep me"
    with pytest.raises(InvalidInput, match="扫描件目录"):
        backup.make_backup(custodian, filled, tmp_path / "scans" / "inside.zip")


def test_automatic_backups_run_when_due_and_keep_the_last_n(custodian, filled, tmp_path):
    folder = tmp_path / "auto"
    assert not backup.automatic_due(on_exit=False)                 # no folder chosen: off
    registry.change(custodian, {"backup.folder": str(folder), "backup.schedule": "daily", "backup.keep": 2})
    assert backup.automatic_due(on_exit=False) and not backup.automatic_due(on_exit=True)
    assert backup.backup_state().overdue and backup.state_text(backup.backup_state()) == "尚无备份"
    hand_made = backup.make_backup(custodian, filled, tmp_path / "by-hand.zip")
    start = clock.now()
    made = []
    for day in range(4):
        with clock.frozen(start + timedelta(days=day, minutes=day)):
            made.append(backup.run_automatic(custodian, filled).path)
            assert not backup.automatic_due(on_exit=False)
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted(p.name for p in made[-2:])               # the two newest automatic ones stay
    assert hand_made.path.exists()                                 # a backup made by hand is never removed
    with clock.frozen(start + timedelta(days=3, hours=2)):
        state = backup.backup_state()
        assert not state.overdue and state.age_days == 0
    with clock.frozen(start + timedelta(days=11)):
        assert backup.backup_state().overdue                       # a week without one is flagged
        assert backup.automatic_due(on_exit=False)
    with clock.frozen(start + timedelta(days=11)):
        registry.change(custodian, {"backup.schedule": "exit"})
        assert backup.automatic_due(on_exit=True) and not backup.automatic_due(on_exit=False)
        registry.change(custodian, {"backup.schedule": "exit_daily"})
        assert backup.automatic_due(on_exit=True) and not backup.automatic_due(on_exit=False)
        registry.change(custodian, {"backup.schedule": "off"})
        assert not backup.automatic_due(on_exit=True) and not backup.automatic_due(on_exit=False)


def test_a_cut_or_killed_backup_file_never_restores(custodian, filled, tmp_path):
    made = backup.make_backup(custodian, filled, tmp_path / "whole.zip", passphrase=None)
    data = made.path.read_bytes()
    location = session.locate(None, tmp_path / "restored")
    for cut in (100, len(data) // 4, len(data) // 2, len(data) - 23):
        part = tmp_path / f"cut-{cut}.zip"              # a cut file, even under an ordinary name
        part.write_bytes(data[:cut])
        with pytest.raises(ArchiveError):
            restore.restore_backup(location, part, credentials=_credentials())
    whole_but_unnamed = tmp_path / ".whole.zip.k3x9.partial"   # killed after its checks, before the rename
    whole_but_unnamed.write_bytes(data)
    with pytest.raises(InvalidInput, match="未完成的备份"):
        restore.restore_backup(location, whole_but_unnamed, credentials=_credentials())
    assert not (tmp_path / "restored").exists()


def test_different_customers_survive_a_round_trip(custodian, filled, tmp_path):
    """What comes back is what went in: every card's values, field by field."""
    if not is_sqlite():
        pytest.skip("SQLite files only")
    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
        name="深圳市腾讯计算机系统有限公司", uscc=TENCENT_USCC, address="深圳市南山区科技中一路腾讯大厦"))
    made = backup.make_backup(custodian, filled, tmp_path / "b.adbk", passphrase=PASSPHRASE)
    target = tmp_path / "restored"
    restore.restore_backup(session.locate(None, target), made.path, passphrase=PASSPHRASE, credentials=_credentials())
    query = "SELECT number, name, uscc, id_number, address, details FROM customer ORDER BY id"
    with sqlite3.connect(filled.database) as live, sqlite3.connect(target / DATABASE_NAME) as back:
        assert live.execute(query).fetchall() == back.execute(query).fetchall()
