"""``demo``: a realistic archive to try the desk on (never written into an archive with real accounts)."""
from __future__ import annotations

import argparse
import time

from desktop_crm.cli import arguments
from desktop_crm.cli.output import note
from desktop_crm.cli.progress import Stopwatch, shown
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.settings import registry


def add_commands(commands) -> None:
    demo = commands.add_parser("demo", help=QT_TRANSLATE_NOOP("Cli", "生成演示档案（各角色演示账号与客户档案卡）"))
    demo.add_argument("--customers", type=arguments.count(arguments.MAX_CUSTOMERS, QT_TRANSLATE_NOOP("Cli", "客户数量")), default=2000, help=QT_TRANSLATE_NOOP("Cli", "客户数量（默认 2000）"))
    demo.add_argument("--seed", type=arguments.seed, default=2024, help=QT_TRANSLATE_NOOP("Cli", "随机种子，相同种子生成相同数据"))
    demo.add_argument("--demo-password", default="demo1234", help=QT_TRANSLATE_NOOP("Cli", "演示账号的密码（默认 demo1234）"))
    demo.add_argument("--binders", type=arguments.count(arguments.MAX_CUSTOMERS, QT_TRANSLATE_NOOP("Cli", "活页卷数量")), default=2000,
                      help=QT_TRANSLATE_NOOP("Cli", "为前多少户客户建立演示活页卷（文件、登记表，默认 2000）"))
    demo.set_defaults(run=make_demo)


def make_demo(args: argparse.Namespace) -> int:
    from desktop_crm.demo import binders, credit, demo_archive, loans, reviews, scans

    if args.customers < 0:
        raise InvalidInput({"customers": QT_TRANSLATE_NOOP("Cli", "客户数量不能为负数。")})
    custodian = demo_archive.prepare_demo_archive(args.demo_password)
    if registry.value("fonds.name") == registry.spec_default("fonds.name"):   # the demo's own filing unit
        registry.change(custodian, {"fonds.code": "0456", "fonds.name": "浙江华东机电集团有限公司"})
    whole = Stopwatch()
    started = time.perf_counter()
    with shown(QT_TRANSLATE_NOOP("Cli", "生成客户档案")) as tick:
        made = demo_archive.fill_demo_customers(custodian, args.customers, seed=args.seed, progress=tick)
        reviews.fill_demo_reviews(custodian, seed=args.seed)
    elapsed = time.perf_counter() - started
    rate = made / elapsed if elapsed > 0 else 0
    papers = 0
    if args.binders > 0:
        with shown(QT_TRANSLATE_NOOP("Cli", "建立 {count} 户的活页卷、借阅、扫描件和信用资料").format(count=min(args.binders, made))) as tick:
            tick(0, 0)
            papers = binders.fill_demo_binders(custodian, limit=args.binders, seed=args.seed)
            loans.fill_demo_control(custodian, args.location.data_dir / "handouts", seed=args.seed)
            scans.fill_demo_scans(custodian, seed=args.seed)
            credit.fill_demo_credit(custodian, seed=args.seed)
    note(QT_TRANSLATE_NOOP("Cli", "完成：{made} 户客户档案用时 {seconds} 秒（每秒 {rate} 户）；活页卷文件 {papers} 份；共用时 {whole}。演示账号 dangan / jingli / yewujingli / kefu / yewuyuan，密码 {password}。")
         .format(made=made, seconds=f"{elapsed:.1f}", rate=f"{rate:,.0f}", papers=papers, whole=str(whole),
                 password=args.demo_password))
    return 0
