"""A copy of the SQLite archive taken while it is in use, and what such a copy holds.

The copy uses SQLite's backup API in one step: it reads one consistent snapshot while the window and
other programs go on reading and writing (WAL), and the copy is switched to a single file (no -wal).
Facts about a copy are read with plain ``sqlite3`` in read-only mode, so no model is bound to it.
"""
from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from desktop_crm.store.database import db


@dataclass(frozen=True)
class DatabaseFacts:
    integrity: tuple[str, ...]            # ("ok",) when whole
    foreign_key_problems: int
    schema_version: int
    customers: int
    papers: int
    scans: tuple[tuple[str, str], ...]    # (sha256, suffix) of every stored scan
    accounts: tuple[tuple[str, str, str, bool], ...]   # username, role, password hash, active

    @property
    def whole(self) -> bool:
        return self.integrity == ("ok",) and self.foreign_key_problems == 0


def copy_open_database(target: Path) -> None:
    """A consistent copy of the open SQLite archive at ``target`` (which must not exist)."""
    source = db.connection()
    with closing(sqlite3.connect(str(target))) as copy:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
        copy.commit()


def _count(connection: sqlite3.Connection, table: str) -> int:
    try:
        return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    except sqlite3.DatabaseError:
        return 0


def facts_of(path: Path) -> DatabaseFacts:
    """What the SQLite file at ``path`` holds; raises ``sqlite3.DatabaseError`` if it is not a database."""
    with closing(sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)) as connection:
        integrity = tuple(r[0] for r in connection.execute("PRAGMA integrity_check(20)").fetchall())
        foreign = len(connection.execute("PRAGMA foreign_key_check").fetchall())
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = 0
        if "schema_version" in tables:
            version = connection.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
        scans: tuple[tuple[str, str], ...] = ()
        if "scan" in tables:
            scans = tuple(connection.execute("SELECT sha256, suffix FROM scan ORDER BY sha256").fetchall())
        accounts: tuple[tuple[str, str, str, bool], ...] = ()
        if "user" in tables:
            accounts = tuple((u, r, h, bool(a)) for u, r, h, a in connection.execute(
                'SELECT username, role, password_hash, active FROM "user" ORDER BY id'))
        return DatabaseFacts(integrity, foreign, int(version), _count(connection, "customer"),
                             _count(connection, "document"), scans, accounts)
