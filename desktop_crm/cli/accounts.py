"""``passwd`` and ``users list|reset-password``: passwords from the command line."""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence

from desktop_crm.cli import arguments
from desktop_crm.cli.identity import acting_user
from desktop_crm.cli.output import print_rows
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.services.accounts import user_accounts

NEW_PASSWORD_ENV = "DESKTOP_CRM_NEW_PASSWORD"


def add_commands(commands) -> None:
    passwd = commands.add_parser("passwd", help=f"修改自己的密码（新密码取自 {NEW_PASSWORD_ENV}，否则提示输入两次）")
    passwd.set_defaults(run=change_password)

    users = commands.add_parser("users", help="用户（档案管理员）")
    sub = users.add_subparsers(dest="users_command", metavar="子命令", required=True)
    listing = sub.add_parser("list", help="列出用户")
    listing.set_defaults(run=list_users)
    reset = sub.add_parser("reset-password", help=f"把同事的密码重置为临时密码（取自 {NEW_PASSWORD_ENV}，否则自动生成并显示）")
    reset.add_argument("username", help="同事的登录名")
    reset.set_defaults(run=reset_password)
    attempts = sub.add_parser("sign-ins", help="登录记录（成功与失败），最近的在前")
    attempts.add_argument("--failed", action="store_true", help="只列出失败的登录")
    attempts.add_argument("--limit", type=arguments.count(100_000, "条数"), default=50, help="最多列出多少条（默认 50）")
    attempts.set_defaults(run=list_sign_ins)


def _new_password() -> tuple[str, str | None]:
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is not None:
        return given, None
    if not sys.stdin.isatty():
        raise InvalidInput({"password": f"请在环境变量 {NEW_PASSWORD_ENV} 中提供新密码。"})
    return getpass.getpass("新密码：").strip("\n"), getpass.getpass("再输入一次：").strip("\n")


def change_password(args: argparse.Namespace) -> int:
    user = acting_user(args, changing_password=True)
    current = os.environ.get("DESKTOP_CRM_PASSWORD") or getpass.getpass("当前密码：")
    new, confirm = _new_password()
    user_accounts.change_own_password(user, current, new, confirm)
    print(f"{user.display_name}的密码已修改。")
    return 0


def list_users(args: argparse.Namespace) -> int:
    user = acting_user(args)
    rows: list[Sequence[str]] = [(u.username, u.display_name, u.role.label, department, "在用" if active else "停用")
            for u, department, active in user_accounts.list_users(user)]
    print_rows(("登录名", "姓名", "角色", "部门", "状态"), rows, "table", ("username", "name", "role", "department", "state"))
    return 0


def reset_password(args: argparse.Namespace) -> int:
    user = acting_user(args)
    given = os.environ.get(NEW_PASSWORD_ENV)
    temporary = user_accounts.reset_password(user, args.username, given)
    print(f"已把 {args.username} 的密码重置为临时密码，对方下次登录时须修改。")
    if given is None:
        print(f"临时密码：{temporary}")
    return 0


def list_sign_ins(args: argparse.Namespace) -> int:
    entries = user_accounts.sign_ins(acting_user(args), failed_only=args.failed, limit=args.limit)
    rows: list[Sequence[str]] = [(f"{e.at:%Y-%m-%d %H:%M:%S}", e.username, "成功" if e.succeeded else "失败")
                                 for e in entries]
    print_rows(("时间", "登录名", "结果"), rows, "table", ("at", "username", "result"))
    return 0
