"""``catalogue``: a category's printed catalogue for one year."""
from __future__ import annotations

import argparse

from desktop_crm.cli import arguments
from desktop_crm.cli.identity import acting_user
from desktop_crm.cli.output import say
from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.binders import catalogue
from desktop_crm.services.cards import customers


def add_commands(commands) -> None:
    command = commands.add_parser("catalogue", help=QT_TRANSLATE_NOOP("Cli", "打印某客户某类别某年度的档案目录（PDF）"))
    command.add_argument("--customer", required=True, help=QT_TRANSLATE_NOOP("Cli", "登记编号，例如 QY-000123"))
    command.add_argument("--category", required=True, type=int, choices=range(1, 6), help=QT_TRANSLATE_NOOP("Cli", "类别 1..5"))
    command.add_argument("--year", required=True, type=arguments.year, help=QT_TRANSLATE_NOOP("Cli", "归档年度，例如 2026"))
    command.add_argument("--out", required=True, help=QT_TRANSLATE_NOOP("Cli", "输出的 PDF 文件"))
    command.set_defaults(run=print_catalogue)


def print_catalogue(args: argparse.Namespace) -> int:
    user = acting_user(args)
    card = customers.find_by_number(user, args.customer)
    written = catalogue.write_catalogue(user, card.id, Category(args.category), args.year, args.out)
    say(QT_TRANSLATE_NOOP("Cli", "已写出 {path}").format(path=str(written)))
    return 0
