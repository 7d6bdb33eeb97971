"""Numbered schema steps, applied in order, each in its own transaction.

Each step is a module ``step_NNNN_name.py`` holding the exact statements it runs, for SQLite and for
PostgreSQL — written out, not derived from today's models, so a released step can never change by
accident when a model does. A new release appends a step; ``schema_version`` holds one row per step
applied, so a newer program upgrades an older archive on open and an older program refuses a newer one.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

from peewee import Database

from desktop_crm.domain.errors import ArchiveTooNew
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.store.database import is_sqlite
from desktop_crm.store.models import SchemaVersion

_SCHEMA_VERSION_SQL = ('CREATE TABLE IF NOT EXISTS "schema_version" ("version" INTEGER NOT NULL PRIMARY KEY, '
                       '"description" VARCHAR(200) NOT NULL, "applied_at" {stamp} NOT NULL)')


@dataclass(frozen=True)
class Step:
    number: int
    description: str
    module: ModuleType

    def apply(self, database: Database) -> None:
        if hasattr(self.module, "apply"):       # a step that also moves data
            self.module.apply(database)
            return
        statements = self.module.SQLITE if is_sqlite(database) else self.module.POSTGRES
        for statement in statements:
            database.execute_sql(statement)
        if not is_sqlite(database):
            for statement in getattr(self.module, "POSTGRES_OPTIONAL", ()):
                try:
                    with database.atomic():          # a savepoint: a refused extension leaves the step intact
                        database.execute_sql(statement)
                except Exception:  # noqa: BLE001 - no right to add extensions: the step works without it
                    pass


# Named here rather than discovered from the folder: the list is part of each release, and a frozen app
# (PyInstaller) neither lists a package's modules nor collects the ones imported by name only.
_STEP_MODULES = (
    "step_0001_cards_and_users",
    "step_0002_binders",
    "step_0003_control_of_use",
    "step_0004_fixed_volumes",
    "step_0005_credit_desk",
    "step_0006_exact_volumes",
    "step_0007_safekeeping",
    "step_0008_sign_in_attempts",
    "step_0009_shelves_and_retention",
    "step_0010_card_reviews",
    "step_0011_visits_rosters_grades",
    "step_0012_account_managers",
    "step_0013_name_ranks",
)


def _steps() -> list[Step]:
    found = []
    for name in _STEP_MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        found.append(Step(int(name.split("_")[1]), module.DESCRIPTION, module))
    if [s.number for s in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("schema steps must be numbered 1, 2, 3 … without gaps")
    return found


STEPS: list[Step] = _steps()
LATEST = STEPS[-1].number


def current_version(database: Database) -> int:
    if not database.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = SchemaVersion.select(SchemaVersion.version).order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


def migrate(database: Database, steps: list[Step] | None = None) -> int:
    """Apply every step the archive lacks; returns the version it is at afterwards."""
    steps = STEPS if steps is None else steps
    latest = steps[-1].number
    with database.atomic():
        database.execute_sql(_SCHEMA_VERSION_SQL.format(stamp="DATETIME" if is_sqlite(database) else "TIMESTAMP"))
    version = current_version(database)
    if version > latest:
        raise ArchiveTooNew(QT_TRANSLATE_NOOP(
            "Store", "此档案库由较新版本的程序创建（结构版本 {version}，本程序支持到 {latest}）。"
                     "请升级档案管理台后再打开，以免损坏数据。").format(version=version, latest=latest))
    for step in steps:
        if step.number <= version:
            continue
        with database.atomic():
            step.apply(database)
            SchemaVersion.create(version=step.number, description=step.description)
        version = step.number
    return version
