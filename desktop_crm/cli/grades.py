"""``grades``: 客户等级 from the sales figures, and grades set by hand with a reason."""
from __future__ import annotations

import argparse

from desktop_crm.cli.identity import acting_user
from desktop_crm.cli.output import say
from desktop_crm.domain.customer_card import GRADES
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.cards import grading


def add_commands(commands) -> None:
    grades = commands.add_parser("grades", help=QT_TRANSLATE_NOOP("Cli", "客户等级：按近12个月销售额评定，或手定并写明理由"))
    sub = grades.add_subparsers(dest="grades_command", metavar=QT_TRANSLATE_NOOP("Cli", "子命令"), required=True)
    sub.add_parser("recompute", help=QT_TRANSLATE_NOOP("Cli", "按销售额重新评定全部在用档案卡的等级（手定的保留）")).set_defaults(run=recompute)
    by_hand = sub.add_parser("set", help=QT_TRANSLATE_NOOP("Cli", "手定某客户的等级"))
    by_hand.add_argument("number", help=QT_TRANSLATE_NOOP("Cli", "登记编号，例如 QY-000123"))
    by_hand.add_argument("--grade", required=True, choices=GRADES, help=QT_TRANSLATE_NOOP("Cli", "等级"))
    by_hand.add_argument("--reason", required=True, help=QT_TRANSLATE_NOOP("Cli", "手定的理由"))
    by_hand.set_defaults(run=set_grade)
    clear = sub.add_parser("clear", help=QT_TRANSLATE_NOOP("Cli", "取消手定，此后按销售额评定"))
    clear.add_argument("number", help=QT_TRANSLATE_NOOP("Cli", "登记编号，例如 QY-000123"))
    clear.set_defaults(run=clear_grade)


def recompute(args: argparse.Namespace) -> int:
    run = grading.recompute(acting_user(args))
    say(QT_TRANSLATE_NOOP("Cli", "已评定：改变 {changed} 户，不变 {unchanged} 户，手定保留 {kept} 户。").format(
        changed=run.changed, unchanged=run.unchanged, kept=run.kept_by_hand))
    return 0


def set_grade(args: argparse.Namespace) -> int:
    grading.set_by_hand(acting_user(args), args.number, args.grade, args.reason)
    say(QT_TRANSLATE_NOOP("Cli", "{number} 的等级手定为 {grade}。").format(number=args.number.upper(), grade=args.grade))
    return 0


def clear_grade(args: argparse.Namespace) -> int:
    grading.clear_by_hand(acting_user(args), args.number)
    say(QT_TRANSLATE_NOOP("Cli", "{number} 的等级此后按销售额评定。").format(number=args.number.upper()))
    return 0
