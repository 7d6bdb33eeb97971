"""Shared fixtures: a fresh archive on a temporary SQLite file (or PostgreSQL when asked) and its users."""
from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the program's log (services/crash_log) goes to a folder of the run's own, not the user's log folder
os.environ["XDG_STATE_HOME"] = __import__("tempfile").mkdtemp(prefix="archive-desk-test-log-")

from desktop_crm.domain import clock  # noqa: E402
from desktop_crm.domain.acting_user import ActingUser  # noqa: E402
from desktop_crm.domain.roles import Role  # noqa: E402
from desktop_crm.services.accounts import user_accounts  # noqa: E402
from desktop_crm.services.accounts._login_throttle import LoginThrottle  # noqa: E402
from desktop_crm.store import scan_files  # noqa: E402
from desktop_crm.store.database import close_database, open_database  # noqa: E402
from tests.samples import TEST_TODAY  # noqa: E402

PASSWORD = "archive2024"
# Set DESKTOP_CRM_TEST_PG=postgresql://user@host/db to run the same tests on PostgreSQL.
PG_URL = os.environ.get("DESKTOP_CRM_TEST_PG")


@pytest.fixture
def archive(tmp_path):
    """An empty, migrated archive bound to the models; closed afterwards."""
    if PG_URL:
        schema_db = _fresh_pg_database()
        database = open_database(schema_db)
    else:
        database = open_database(tmp_path / "archive.sqlite3")
    user_accounts.throttle = LoginThrottle()
    scan_files.configure(tmp_path / "scans")
    yield database
    close_database()


def _fresh_pg_database() -> str:
    import psycopg2

    name = "archive_test_" + uuid.uuid4().hex[:10]
    conn = psycopg2.connect(PG_URL)
    conn.autocommit = True
    conn.cursor().execute(f"CREATE DATABASE {name}")
    conn.close()
    return PG_URL.rsplit("/", 1)[0] + "/" + name


@pytest.fixture
def custodian(archive) -> ActingUser:
    return user_accounts.create_first_custodian("wangfang", "王芳", PASSWORD, PASSWORD)


@pytest.fixture
def staff(custodian) -> dict[Role, ActingUser]:
    """One user per role, the custodian included."""
    people = {Role.CUSTODIAN: custodian}
    names = {Role.BUSINESS_MANAGER: ("chenzq", "陈志强"), Role.CUSTOMER_SERVICE: ("zhaoxm", "赵雪梅"),
             Role.MANAGER: ("lijg", "李建国"), Role.SALES: ("liuyang", "刘洋")}
    for role, (username, name) in names.items():
        people[role] = user_accounts.add_user(custodian, username, name, role, PASSWORD)
    return people


@pytest.fixture(autouse=True, scope="session")
def quick_password_hashes():
    """Argon2id with the smallest cost while testing (the archive's own cost is ~50 ms a hash, by design);
    hashes carry their parameters, so archives made either way verify the same."""
    from argon2 import PasswordHasher

    from desktop_crm.services.accounts import passwords

    real = passwords._HASHER
    passwords._HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    passwords._HASHER = real


@pytest.fixture(autouse=True, scope="session")
def fixed_day():
    """Every test runs on TEST_TODAY, whatever day it really is (the clock keeps running)."""
    with clock.moved_to(TEST_TODAY):
        yield


_DEMO_ARCHIVES: dict[tuple, Path] = {}


@pytest.fixture(scope="session")
def demo_archives(tmp_path_factory, fixed_day):
    """Demo archives made once per test run (by the ``demo`` command) and copied for each test that asks."""
    from desktop_crm import cli

    def make(customers: int, seed: int, binders: int | None = None) -> Path:
        key = (customers, seed, binders)
        if key not in _DEMO_ARCHIVES:
            folder = tmp_path_factory.mktemp(f"demo-{customers}-{seed}")
            args = ["--data-dir", str(folder), "demo", "--customers", str(customers), "--seed", str(seed)]
            if binders is not None:
                args += ["--binders", str(binders)]
            assert cli.main(args) == 0
            _DEMO_ARCHIVES[key] = folder
        return _DEMO_ARCHIVES[key]
    return make


@pytest.fixture
def demo_copy(demo_archives, tmp_path):
    """``demo_copy(customers, seed)`` → the path of this test's own copy of a shared demo archive."""
    def copy(customers: int = 300, seed: int = 3, binders: int | None = None) -> Path:
        source = demo_archives(customers, seed, binders)
        target = tmp_path / f"demo-{customers}-{seed}"
        shutil.copytree(source, target)
        return target / "archive.sqlite3"
    return copy
