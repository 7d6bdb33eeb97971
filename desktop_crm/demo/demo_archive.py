"""`desktop-crm demo`: a realistic archive to try the desk on — colleagues in every role and customers."""
from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from desktop_crm.demo.people import enterprise, individual
from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.domain.permissions import Action, require
from desktop_crm.domain.pinyin_keys import keys_of_parts
from desktop_crm.domain.registration_number import format_number
from desktop_crm.domain.roles import Role
from desktop_crm.services import audit
from desktop_crm.services.accounts import user_accounts
from desktop_crm.services.cards.card_storage import bulk_row
from desktop_crm.services.settings import registry
from desktop_crm.store import search_index
from desktop_crm.store.bulk_load import insert_audit, insert_customers, reserve_serials
from desktop_crm.store.database import db, is_sqlite
from desktop_crm.store.models import Customer, User, now

DEMO_PASSWORD = "demo1234"
DEMO_USERS = (
    ("dangan", "王芳", Role.CUSTODIAN, "档案室"),
    ("jingli", "李建国", Role.MANAGER, "总经理办公室"),
    ("yewujingli", "陈志强", Role.BUSINESS_MANAGER, "业务部"),
    ("kefu", "赵雪梅", Role.CUSTOMER_SERVICE, "客户服务部"),
    ("yewuyuan", "刘洋", Role.SALES, "业务部"),
)
BATCH = 5000
INDIVIDUAL_SHARE = 0.15


def prepare_demo_archive(password: str = DEMO_PASSWORD) -> ActingUser:
    """The demo custodian, after making sure this is an empty or demo archive.

    Demo accounts have a published password, so they are never added to a real archive.
    """
    demo_names = {username for username, *_ in DEMO_USERS}
    others = User.select().where(User.username.not_in(demo_names)).count()
    if others:
        raise ArchiveError("演示数据只能写入空的或演示用的档案库，以免在正式档案中留下公开密码的账号。"
                           "请用 --db 指定一个新的数据库文件。")
    existing = Customer.select().count()
    if existing:   # a second run (or one resumed after an interruption) would mix two demo archives
        raise ArchiveError(f"这个档案库中已有 {existing} 户客户档案（也许上次生成演示数据时中断了）：演示数据只在空档案库中生成。"
                           "请用新的 --data-dir（或 --db）重新生成，或删除该档案库后重试。")
    return ensure_demo_users(password)


def ensure_demo_users(password: str = DEMO_PASSWORD) -> ActingUser:
    """One account per role (dangan, jingli, yewujingli, kefu, yewuyuan); returns the custodian."""
    from desktop_crm.services.accounts.passwords import hash_password

    with db.atomic():
        hashed = hash_password(password)
        for username, name, role, department in DEMO_USERS:
            if not User.select().where(User.username == username).exists():
                row = User.create(username=username, display_name=name, role=role.value,
                                  department=department, password_hash=hashed, password_state="demo")
                acting = ActingUser(row.id, username, name, role)
                audit.record(acting, "user", row.id, "create", [audit.Change("role", None, role.label)],
                             note="演示账号")
    return user_accounts.find_user("dangan")


def fill_demo_customers(acting: ActingUser, count: int, seed: int = 2024,
                        progress: Callable[[int, int], None] | None = None,
                        today: date | None = None) -> int:
    """Add ``count`` sample customers in batches, each batch one transaction with its audit rows."""
    require(acting.role, Action.EDIT_CARDS)
    rng = random.Random(seed)
    today = today or clock.today()
    sqlite = is_sqlite()
    stamp = now()
    made = 0
    while made < count:
        size = min(BATCH, count - made)
        individuals = sum(rng.random() < INDIVIDUAL_SHARE for _ in range(size))
        with db.atomic(), search_index.bulk_insert(db, deferred=True) as inserted:
            rows = []
            for kind, n in ((CustomerKind.ENTERPRISE, size - individuals), (CustomerKind.INDIVIDUAL, individuals)):
                if not n:
                    continue
                first = reserve_serials(kind.value, n)
                prefix = registry.value(f"number_prefix.{kind.value}")
                make = enterprise if kind == CustomerKind.ENTERPRISE else individual
                for i in range(n):
                    parts, values = make(rng, today)
                    rows.append(bulk_row(kind, format_number(prefix, first + i), values, acting, stamp, sqlite,
                                        keys_of_parts(parts)))
            first_id, last_id = insert_customers(rows)
            inserted.append((first_id, last_id))
            at = stamp.isoformat(sep=" ") if sqlite else stamp
            insert_audit((at, acting.id, acting.display_name, "customer", cid, "create", "", "", "", "演示数据")
                         for cid in range(first_id, last_id + 1))
        made += size
        if progress:
            progress(made, count)
    search_index.rebuild(db)      # ranked and indexed once, after the load
    if sqlite:   # sampled statistics, so the planner knows the new sizes straight away
        db.execute_sql("PRAGMA analysis_limit = 1000")
        db.execute_sql("ANALYZE")
    return made
