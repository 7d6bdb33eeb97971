"""Who a command acts as: ``--user`` with a password, or the only account of a one-person archive."""
from __future__ import annotations

import argparse
import getpass
import os
import sys

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import PermissionDenied
from desktop_crm.services.accounts import user_accounts

PASSWORD_ENV = "DESKTOP_CRM_PASSWORD"


def acting_user(args: argparse.Namespace) -> ActingUser:
    if args.user:
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            if not sys.stdin.isatty():
                raise PermissionDenied(f"请在环境变量 {PASSWORD_ENV} 中提供用户 {args.user} 的密码。")
            password = getpass.getpass(f"用户 {args.user} 的密码：")
        return user_accounts.login(args.user, password)
    only = user_accounts.only_user()
    if only is None:
        if user_accounts.needs_first_user():
            raise PermissionDenied("档案库中还没有用户：请先运行 desktop-crm 创建档案管理员账号，或运行 demo。")
        raise PermissionDenied("档案库中有多个用户：请用 --user 用户名 指明以谁的身份执行。")
    return only
