"""Numbered schema steps, applied in order, each in its own transaction.

``schema_version`` holds one row per applied step, so a later release opens an older archive and
brings it up to date without losing anything. A new step is appended here; existing steps never
change once released. An archive written by a newer release is refused, not guessed at.
"""
from __future__ import annotations

from collections.abc import Callable

from peewee import Database

from desktop_crm.domain.errors import ArchiveTooNew
from desktop_crm.store import search_index
from desktop_crm.store.models import (
    CardDraft,
    ChangeRecord,
    Customer,
    NumberSeries,
    SchemaVersion,
    Setting,
    User,
)


def _step_1_cards_and_users(database: Database) -> None:
    database.create_tables([Setting, User, NumberSeries, Customer, ChangeRecord, CardDraft])
    search_index.create_search_index(database)


def _step_2_binders(database: Database) -> None:
    from desktop_crm.store.binder_models import BINDER_MODELS

    database.create_tables(BINDER_MODELS)


def _step_3_control_of_use(database: Database) -> None:
    from desktop_crm.store.control_models import CONTROL_MODELS

    database.create_tables(CONTROL_MODELS)


def _step_4_fixed_volumes(database: Database) -> None:
    from desktop_crm.store.volume_models import VOLUME_MODELS

    database.create_tables(VOLUME_MODELS)


def _step_5_credit_desk(database: Database) -> None:
    from desktop_crm.store.credit_models import CREDIT_MODELS

    database.create_tables(CREDIT_MODELS)


STEPS: list[tuple[int, str, Callable[[Database], None]]] = [
    (1, "用户、客户档案卡、更正记录、草稿、检索索引", _step_1_cards_and_users),
    (2, "五大类活页卷：文件、扫描件、合同订单/进出货/退赔折价登记表", _step_2_binders),
    (3, "利用控制：查询登记、借阅单、发放登记", _step_3_control_of_use),
    (4, "年度固定卷：案卷、卷内文件、更正记录", _step_4_fixed_volumes),
    (5, "信用管理：欠款还款、还款计划、审批、信用额度、信用等级、不良客户", _step_5_credit_desk),
]
LATEST = STEPS[-1][0]


def current_version(database: Database) -> int:
    if not database.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = SchemaVersion.select(SchemaVersion.version).order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


def migrate(database: Database) -> int:
    """Apply every step the archive lacks; returns the version it is at afterwards."""
    with database.atomic():
        database.create_tables([SchemaVersion], safe=True)
    version = current_version(database)
    if version > LATEST:
        raise ArchiveTooNew(
            f"此档案库由较新版本的程序创建（结构版本 {version}，本程序支持到 {LATEST}）。"
            "请升级档案管理台后再打开，以免损坏数据。")
    for number, description, step in STEPS:
        if number <= version:
            continue
        with database.atomic():
            step(database)
            SchemaVersion.create(version=number, description=description)
        version = number
    return version
