"""``passwd`` and ``users list|reset-password``: passwords from the command line."""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence

from desktop_crm.cli import arguments
from desktop_crm.cli.english import tr
from desktop_crm.cli.identity import acting_user
from desktop_crm.cli.output import print_rows, say
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.accounts import user_accounts

NEW_PASSWORD_ENV = "DESKTOP_CRM_NEW_PASSWORD"


def add_commands(commands) -> None:
    passwd = commands.add_parser("passwd", help=QT_TRANSLATE_NOOP("Cli", "修改自己的密码（新密码取自 {env}，否则提示输入两次）").format(env=NEW_PASSWORD_ENV))
    passwd.set_defaults(run=change_password)

    users = commands.add_parser("users", help=QT_TRANSLATE_NOOP("Cli", "用户（档案管理员）"))
    sub = users.add_subparsers(dest="users_command", metavar=QT_TRANSLATE_NOOP("Cli", "子命令"), required=True)
    listing = sub.add_parser("list", help=QT_TRANSLATE_NOOP("Cli", "列出用户"))
    listing.set_defaults(run=list_users)
    reset = sub.add_parser("reset-password", help=QT_TRANSLATE_NOOP("Cli", "把同事的密码重置为临时密码（取自 {env}，否则自动生成并显示）").format(env=NEW_PASSWORD_ENV))
    reset.add_argument("username", help=QT_TRANSLATE_NOOP("Cli", "同事的登录名"))
    reset.set_defaults(run=reset_password)
    attempts = sub.add_parser("sign-ins", help=QT_TRANSLATE_NOOP("Cli", "登录记录（成功与失败），最近的在前"))
    attempts.add_argument("--failed", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "只列出失败的登录"))
    attempts.add_argument("--limit", type=arguments.count(100_000, QT_TRANSLATE_NOOP("Cli", "条数")), default=50, help=QT_TRANSLATE_NOOP("Cli", "最多列出多少条（默认 50）"))
    attempts.set_defaults(run=list_sign_ins)


def _new_password() -> tuple[str, str | None]:
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is not None:
        return given, None
    if not sys.stdin.isatty():
        raise InvalidInput({"password": QT_TRANSLATE_NOOP("Cli", "请在环境变量 {env} 中提供新密码。").format(env=NEW_PASSWORD_ENV)})
    return getpass.getpass(tr(QT_TRANSLATE_NOOP("Cli", "新密码："))).strip("\n"), getpass.getpass(tr(QT_TRANSLATE_NOOP("Cli", "再输入一次："))).strip("\n")


def change_password(args: argparse.Namespace) -> int:
    user = acting_user(args, changing_password=True)
    current = os.environ.get("DESKTOP_CRM_PASSWORD") or getpass.getpass(tr(QT_TRANSLATE_NOOP("Cli", "当前密码：")))
    new, confirm = _new_password()
    user_accounts.change_own_password(user, current, new, confirm)
    say(QT_TRANSLATE_NOOP("Cli", "{name}的密码已修改。").format(name=user.display_name))
    return 0


def list_users(args: argparse.Namespace) -> int:
    user = acting_user(args)
    rows: list[Sequence[str]] = [(u.username, u.display_name, u.role.label, department, QT_TRANSLATE_NOOP("Cli", "在用") if active else QT_TRANSLATE_NOOP("Cli", "停用"))
            for u, department, active in user_accounts.list_users(user)]
    print_rows((QT_TRANSLATE_NOOP("Cli", "登录名"), QT_TRANSLATE_NOOP("Cli", "姓名"), QT_TRANSLATE_NOOP("Cli", "角色"), QT_TRANSLATE_NOOP("Cli", "部门"), QT_TRANSLATE_NOOP("Cli", "状态")), rows, "table", ("username", "name", "role", "department", "state"))
    return 0


def reset_password(args: argparse.Namespace) -> int:
    user = acting_user(args)
    given = os.environ.get(NEW_PASSWORD_ENV)
    temporary = user_accounts.reset_password(user, args.username, given)
    say(QT_TRANSLATE_NOOP("Cli", "已把 {user} 的密码重置为临时密码，对方下次登录时须修改。").format(user=args.username))
    if given is None:
        say(QT_TRANSLATE_NOOP("Cli", "临时密码：{password}").format(password=temporary))
    return 0


def list_sign_ins(args: argparse.Namespace) -> int:
    entries = user_accounts.sign_ins(acting_user(args), failed_only=args.failed, limit=args.limit)
    rows: list[Sequence[str]] = [(f"{e.at:%Y-%m-%d %H:%M:%S}", e.username, QT_TRANSLATE_NOOP("Cli", "成功") if e.succeeded else QT_TRANSLATE_NOOP("Cli", "失败"))
                                 for e in entries]
    print_rows((QT_TRANSLATE_NOOP("Cli", "时间"), QT_TRANSLATE_NOOP("Cli", "登录名"), QT_TRANSLATE_NOOP("Cli", "结果")), rows, "table", ("at", "username", "result"))
    return 0
