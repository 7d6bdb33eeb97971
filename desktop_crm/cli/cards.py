"""``customers list``: the search box of the window, on the command line."""
from __future__ import annotations

import argparse

from desktop_crm.cli import arguments
from desktop_crm.cli.identity import acting_user
from desktop_crm.cli.output import note, print_rows
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.cards import customer_search


def add_commands(commands) -> None:
    customers = commands.add_parser("customers", help=QT_TRANSLATE_NOOP("Cli", "客户档案卡"))
    sub = customers.add_subparsers(dest="customers_command", metavar=QT_TRANSLATE_NOOP("Cli", "子命令"), required=True)
    listing = sub.add_parser("list", help=QT_TRANSLATE_NOOP("Cli", "列出客户（与界面搜索框相同的检索）"))
    listing.add_argument("--search", default="", help=QT_TRANSLATE_NOOP("Cli", "名称任意片段、拼音首字母、登记编号、信用代码或电话"))
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table", help=QT_TRANSLATE_NOOP("Cli", "输出格式"))
    listing.add_argument("--limit", type=arguments.count(10_000_000, QT_TRANSLATE_NOOP("Cli", "条数")), default=100, help=QT_TRANSLATE_NOOP("Cli", "最多列出多少户（0 表示全部）"))
    listing.add_argument("--include-cleared", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "包括已清除的客户"))
    listing.set_defaults(run=list_customers)


def list_customers(args: argparse.Namespace) -> int:
    user = acting_user(args)
    query = customer_search.CustomerQuery(text=args.search, include_cleared=args.include_cleared)
    total, rows = customer_search.listing(user, query, args.limit)
    limit = len(rows)
    headers = (QT_TRANSLATE_NOOP("Cli", "登记编号"), QT_TRANSLATE_NOOP("Cli", "名称"), QT_TRANSLATE_NOOP("Cli", "客户名册"), QT_TRANSLATE_NOOP("Cli", "等级"), QT_TRANSLATE_NOOP("Cli", "信用"), QT_TRANSLATE_NOOP("Cli", "重要性"), QT_TRANSLATE_NOOP("Cli", "状态"), QT_TRANSLATE_NOOP("Cli", "地区"), QT_TRANSLATE_NOOP("Cli", "电话"))
    keys = ("number", "name", "roster", "grade", "credit_rating", "importance", "state", "region", "phone")
    print_rows(headers, [tuple(str(getattr(r, k)) for k in keys) for r in rows], args.format, keys)
    if args.format == "table":
        note(QT_TRANSLATE_NOOP("Cli", "共 {total} 户，列出前 {limit} 户").format(total=total, limit=limit) if limit < total
             else QT_TRANSLATE_NOOP("Cli", "共 {total} 户").format(total=total))
    return 0
