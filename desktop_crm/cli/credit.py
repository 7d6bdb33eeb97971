"""``report ageing`` and ``report bad-customers``: the credit desk's desk-wide lists."""
from __future__ import annotations

import argparse

from desktop_crm.cli.identity import acting_user
from desktop_crm.cli.output import print_rows
from desktop_crm.domain.credit_rules import BUCKETS
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.credit import bad_customers, ledger


def add_commands(commands) -> None:
    report = commands.add_parser("report", help=QT_TRANSLATE_NOOP("Cli", "信用报表"))
    sub = report.add_subparsers(dest="report_command", metavar=QT_TRANSLATE_NOOP("Cli", "报表"), required=True)
    for name, text, run in (("ageing", QT_TRANSLATE_NOOP("Cli", "欠款账龄：每户余额、逾期和账龄分段，及全部合计"), ageing),
                            ("bad-customers", QT_TRANSLATE_NOOP("Cli", "不良客户候选及其符合的情形"), bad)):
        one = sub.add_parser(name, help=text)
        one.add_argument("--format", choices=("table", "csv", "json"), default="table", help=QT_TRANSLATE_NOOP("Cli", "输出格式"))
        one.set_defaults(run=run)


def ageing(args: argparse.Namespace) -> int:
    rows, total = ledger.desk_ageing(acting_user(args))
    headers = (QT_TRANSLATE_NOOP("Cli", "登记编号"), QT_TRANSLATE_NOOP("Cli", "名称"), QT_TRANSLATE_NOOP("Cli", "余额"), QT_TRANSLATE_NOOP("Cli", "逾期"), *BUCKETS)
    keys = ("number", "name", "balance", "overdue", "not_due", "d1_30", "d31_90", "d91_180", "d181_365", "over_365")
    lines = [(r.number, r.name, f"{r.ageing.balance:.2f}", f"{r.ageing.overdue:.2f}",
              *(f"{b:.2f}" for b in r.ageing.buckets)) for r in rows]
    lines.append((QT_TRANSLATE_NOOP("Cli", "合计"), QT_TRANSLATE_NOOP("Cli", "{count} 户").format(count=len(rows)), f"{total.balance:.2f}", f"{total.overdue:.2f}",
                  *(f"{b:.2f}" for b in total.buckets)))
    print_rows(headers, lines, args.format, keys)
    return 0


def bad(args: argparse.Namespace) -> int:
    found = bad_customers.candidates(acting_user(args))
    print_rows((QT_TRANSLATE_NOOP("Cli", "登记编号"), QT_TRANSLATE_NOOP("Cli", "名称"), QT_TRANSLATE_NOOP("Cli", "情形")), [(c.number, c.name, c.reasons) for c in found], args.format,
               ("number", "name", "criteria"))
    return 0
