"""An archive made by release 0.1.0 (tests/fixtures/release_0_1_0: 12 demo customers with binders, loans,
credit and the year 2025 bound) opens in today's program, is upgraded and keeps every row."""
import shutil
import sqlite3
from pathlib import Path

from desktop_crm.store import migrations
from desktop_crm.store.database import close_database, open_database

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "release_0_1_0" / "archive.sqlite3"
# Row counts of the fixture as release 0.1.0 wrote it.
ROWS = {"user": 5, "customer": 12, "changerecord": 715, "contractorder": 79, "document": 355, "scan": 26,
        "documentscan": 315, "goodsmovement": 79, "returndiscount": 12, "borrowslip": 7, "borrowitem": 21,
        "handout": 1, "querylog": 43, "volume": 41, "volumeitem": 113, "badcustomerrecord": 6, "collateral": 1,
        "creditapproval": 6, "creditlimit": 1, "debt": 30, "exportterms": 1, "ratingrecord": 51, "repayment": 29,
        "settlement": 29, "setting": 2, "numberseries": 6}


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as raw:
        return {t: raw.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in ROWS}


def test_the_fixture_is_what_release_0_1_0_wrote():
    assert _counts(FIXTURE) == ROWS
    with sqlite3.connect(FIXTURE) as raw:
        assert raw.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 5


def test_an_archive_of_release_0_1_0_is_upgraded_and_keeps_every_row(tmp_path):
    copy = tmp_path / "archive.sqlite3"
    shutil.copy(FIXTURE, copy)
    database = open_database(copy)
    try:
        assert migrations.current_version(database) == migrations.LATEST
        assert [r[0] for r in database.execute_sql("PRAGMA integrity_check").fetchall()] == ["ok"]
        assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        from desktop_crm.services.accounts import user_accounts
        from desktop_crm.services.cards import customer_search

        kefu = user_accounts.login("kefu", "demo1234")          # the old accounts still sign in
        assert customer_search.count(kefu, customer_search.CustomerQuery(text="有限")) > 0
    finally:
        close_database()
    after = _counts(copy)
    for table, before in ROWS.items():
        # every row is kept; reading the archive adds query-register and history rows, never removes any
        assert after[table] >= before, table
    assert {t: after[t] for t in ROWS if t not in ("querylog", "changerecord", "setting")} == \
        {t: n for t, n in ROWS.items() if t not in ("querylog", "changerecord", "setting")}
