"""Opening the archive database: an SQLite file by default, PostgreSQL when given a URL.

All models bind to :data:`db`, a proxy initialised by :func:`open_database`, so the same code runs on
either backend. SQLite-only SQL lives behind :func:`is_sqlite` (see ``search_index``).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from peewee import Database, DatabaseProxy, PostgresqlDatabase, SqliteDatabase
from playhouse.db_url import connect as connect_url

from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP

db = DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",      # readers never block the writer; survives power loss with the WAL
    "foreign_keys": 1,
    "busy_timeout": 5000,       # ms to wait for another process's write lock before failing
    "synchronous": "normal",    # safe with WAL; a committed transaction survives an application crash
    "cache_size": -32000,       # 32 MB page cache
    "temp_store": "memory",
}


def is_url(target: str) -> bool:
    return "://" in target


def connect_target(target: str | Path) -> Database:
    """A peewee database for a file path or a ``postgresql://`` URL, not yet bound to the models."""
    target = str(target)
    if is_url(target):
        scheme = target.split("://", 1)[0]
        if scheme.startswith("sqlite"):
            return connect_url(target, pragmas=SQLITE_PRAGMAS)
        if not scheme.startswith("postgres"):
            raise InvalidInput({"db": QT_TRANSLATE_NOOP(
                "Store", "不支持的数据库地址“{scheme}://”：请使用 SQLite 文件路径或 postgresql:// 地址。").format(scheme=scheme)})
        return connect_url(target)
    path = Path(target).expanduser()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    private_file(path)
    return SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS)


def private_file(path: Path) -> None:
    """The archive file readable by its user only (POSIX 0600; SQLite gives its -wal and -shm files the
    same). Created so before SQLite opens it, so it is never readable by others, not even for a moment."""
    if os.name != "posix":
        return
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    for member in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if member.exists() and member.stat().st_mode & 0o077:
            os.chmod(member, 0o600)


def open_database(target: str | Path, *, upgrade: bool = True) -> Database:
    """Connect, bind the models and bring the schema up to date (see ``migrations``).

    ``upgrade=False`` opens the archive as it is, for ``check`` to report on.
    """
    from desktop_crm.store.migrations import migrate

    database = connect_target(target)
    db.initialize(database)
    database.connect(reuse_if_open=True)
    if upgrade:
        migrate(database)
    return database


def close_database() -> None:
    if db.obj is not None and not db.is_closed():
        if is_sqlite():
            db.execute_sql("PRAGMA optimize")   # keeps the planner's statistics fresh, as SQLite advises
        db.close()


def _unwrap(database: Database | DatabaseProxy | None) -> Database | None:
    database = db if database is None else database
    return database.obj if isinstance(database, DatabaseProxy) else database


def is_sqlite(database: Database | DatabaseProxy | None = None) -> bool:
    return isinstance(_unwrap(database), SqliteDatabase)


def is_postgres(database: Database | DatabaseProxy | None = None) -> bool:
    return isinstance(_unwrap(database), PostgresqlDatabase)


def locked(query: Any) -> Any:
    """``query`` taking row locks until the transaction ends (PostgreSQL ``FOR UPDATE``): a second desk
    checking the same rows waits for the first to commit, then sees what it wrote. SQLite needs none: a
    write transaction there holds the whole database from its first statement (``BEGIN IMMEDIATE``)."""
    return query if is_sqlite() else query.for_update()


def tuples(query) -> list[tuple[Any, ...]]:
    """The rows of ``query`` as plain tuples (typed as such, which peewee's own stubs do not say)."""
    return list(query.tuples())


def raw_rows(query) -> list[tuple[Any, ...]]:
    """The rows of ``query`` as the database driver returns them, without peewee's per-value conversion: for
    the few reads that walk tens of thousands of rows and convert only what they use."""
    return list(db.obj.execute(query).fetchall())
