"""``reviews due|record|sheet`` and ``today``: the two-month full review and today's work on the command line."""
from __future__ import annotations

import argparse
import json
import sys

from desktop_crm.cli import arguments
from desktop_crm.cli.english import tr
from desktop_crm.cli.identity import acting_user
from desktop_crm.cli.output import note, print_rows, say
from desktop_crm.domain import clock
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.cards import reviews
from desktop_crm.services.output_files import write_atomically
from desktop_crm.services.today import todays_work


def add_commands(commands) -> None:
    today = commands.add_parser("today", help=QT_TRANSLATE_NOOP("Cli", "今日待办：到期、逾期和等待您办理的事项"))
    today.add_argument("--format", choices=("table", "json"), default="table", help=QT_TRANSLATE_NOOP("Cli", "输出格式"))
    today.set_defaults(run=show_today)

    command = commands.add_parser("reviews", help=QT_TRANSLATE_NOOP("Cli", "档案卡定期全面修订核查"))
    sub = command.add_subparsers(dest="reviews_command", metavar=QT_TRANSLATE_NOOP("Cli", "子命令"), required=True)
    due = sub.add_parser("due", help=QT_TRANSLATE_NOOP("Cli", "本周到期和已逾期的核查"))
    due.add_argument("--as-of", type=arguments.iso_date, help=QT_TRANSLATE_NOOP("Cli", "以该日期计算（默认今天）"))
    due.add_argument("--format", choices=("table", "csv", "json"), default="table", help=QT_TRANSLATE_NOOP("Cli", "输出格式"))
    due.add_argument("--limit", type=arguments.count(10_000_000, QT_TRANSLATE_NOOP("Cli", "条数")), default=reviews.LISTED,
                     help=QT_TRANSLATE_NOOP("Cli", "最多列出多少张（等待最久的在前；默认 500）"))
    due.set_defaults(run=list_due)
    done = sub.add_parser("record", help=QT_TRANSLATE_NOOP("Cli", "登记一张档案卡的核查"))
    done.add_argument("number", help=QT_TRANSLATE_NOOP("Cli", "登记编号，例如 QY-000123"))
    done.add_argument("--note", default="", help=QT_TRANSLATE_NOOP("Cli", "核对确认的内容（默认：全部内容核对无误）"))
    done.add_argument("--corrected", default="", help=QT_TRANSLATE_NOOP("Cli", "更正的内容（在档案卡中更正后写明）"))
    done.set_defaults(run=record_review)
    sheet = sub.add_parser("sheet", help=QT_TRANSLATE_NOOP("Cli", "打印到期档案卡的核查表（PDF）"))
    sheet.add_argument("--out", required=True, help=QT_TRANSLATE_NOOP("Cli", "输出的 PDF 文件"))
    sheet.set_defaults(run=print_sheet)


def show_today(args: argparse.Namespace) -> int:
    items = todays_work.todays_work(acting_user(args))
    if args.format == "json":
        json.dump([{"kind": i.kind, "title": tr(i.title), "count": i.count, "opens": i.opens, "urgent": i.urgent,
                    "lines": [{"text": line.text, "opens": line.opens, "target": line.target} for line in i.lines]}
                   for i in items], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if not items:
        say(QT_TRANSLATE_NOOP("Cli", "今天没有待办事项。"))
    for item in items:
        say(f"{'！' if item.urgent else '·'} {tr(item.title)}：{item.count}")
        for line in item.lines:
            say(f"    {line.text}")
        if item.count > len(item.lines) and item.lines:
            say(QT_TRANSLATE_NOOP("Cli", "    … 另有 {count} 项").format(count=item.count - len(item.lines)))
    return 0


def list_due(args: argparse.Namespace) -> int:
    day = args.as_of or clock.today()
    found = reviews.due(acting_user(args), day, args.limit)
    rows = [(c.number, c.name, f"{c.reviewed_on:%Y-%m-%d}", f"{c.due_on:%Y-%m-%d}",
             QT_TRANSLATE_NOOP("Cli", "逾期") if c.overdue(day) else QT_TRANSLATE_NOOP("Cli", "本周到期"))
            for c in found.cards]
    print_rows((QT_TRANSLATE_NOOP("Cli", "登记编号"), QT_TRANSLATE_NOOP("Cli", "名称"), QT_TRANSLATE_NOOP("Cli", "上次核查"),
                QT_TRANSLATE_NOOP("Cli", "应核查日"), QT_TRANSLATE_NOOP("Cli", "状态")), rows, args.format,
               ("number", "name", "reviewed_on", "due_on", "state"))
    if args.format == "table":
        note(QT_TRANSLATE_NOOP("Cli", "到期 {total} 张，其中逾期 {overdue} 张").format(total=found.total, overdue=found.overdue))
    return 0


def record_review(args: argparse.Namespace) -> int:
    following = reviews.record(acting_user(args), args.number, args.note, args.corrected)
    say(QT_TRANSLATE_NOOP("Cli", "已登记 {number} 的核查；下次核查：{date}。").format(
        number=args.number.strip().upper(), date=f"{following:%Y-%m-%d}"))
    return 0


def print_sheet(args: argparse.Namespace) -> int:
    say(QT_TRANSLATE_NOOP("Cli", "已写出 {path}").format(path=str(write_atomically(args.out, reviews.review_sheet_pdf(acting_user(args))))))
    return 0
