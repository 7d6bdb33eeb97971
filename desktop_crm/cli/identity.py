"""Who a command acts as: ``--user`` with a password, or the only account of a one-person archive."""
from __future__ import annotations

import argparse
import getpass
import os
import sys

from desktop_crm.cli.english import tr
from desktop_crm.cli.output import note
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import PermissionDenied
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.accounts import user_accounts

PASSWORD_ENV = "DESKTOP_CRM_PASSWORD"


def acting_user(args: argparse.Namespace, *, changing_password: bool = False) -> ActingUser:
    """The signed-in user. One still on a temporary password is told to change it (the services refuse
    everything else until then); one on the published demo password is reminded."""
    if args.user:
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            if not sys.stdin.isatty():
                raise PermissionDenied(QT_TRANSLATE_NOOP("Cli", "请在环境变量 {env} 中提供用户 {user} 的密码。").format(env=PASSWORD_ENV, user=args.user))
            password = getpass.getpass(tr(QT_TRANSLATE_NOOP("Cli", "用户 {user} 的密码：").format(user=args.user)))
        user = user_accounts.login(args.user, password)
        state = user_accounts.password_state(user)
        if state == user_accounts.TEMPORARY and not changing_password:
            raise PermissionDenied(QT_TRANSLATE_NOOP("Cli", "{name}正在使用临时密码：请先运行 desktop-crm --user {user} passwd 修改密码。").format(name=user.display_name, user=user.username))
        if state == user_accounts.DEMO and not changing_password:
            note(QT_TRANSLATE_NOOP("Cli", "提示：{name}仍在使用公开的演示密码，请用 passwd 修改。").format(name=user.display_name))
        return user
    only = user_accounts.only_user()
    if only is None:
        if user_accounts.needs_first_user():
            raise PermissionDenied(QT_TRANSLATE_NOOP("Cli", "档案库中还没有用户：请先运行 desktop-crm 创建档案管理员账号，或运行 demo。"))
        raise PermissionDenied(QT_TRANSLATE_NOOP("Cli", "档案库中有多个用户：请用 --user 用户名 指明以谁的身份执行。"))
    return only
