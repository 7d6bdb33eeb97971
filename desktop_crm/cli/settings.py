"""``settings``: the archive-wide settings, read and changed through the one registry."""
from __future__ import annotations

import argparse
import getpass
import os
import sys

from desktop_crm.cli.identity import acting_user
from desktop_crm.cli.output import say, tr
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.roles import Role
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.accounts import user_accounts
from desktop_crm.services.settings import registry

SIGNOFF_PASSWORD_ENV = "DESKTOP_CRM_SIGNOFF_PASSWORD"

_SIMPLE = (("fonds_code", "fonds.code"), ("fonds_name", "fonds.name"), ("template", "volume.template"),
           ("page_limit", "volume.page_limit"), ("enterprise_prefix", "number_prefix.enterprise"),
           ("individual_prefix", "number_prefix.individual"), ("reviewers", "approvals.reviewers"),
           ("approvers", "approvals.approvers"), ("near_share", "credit.near_share"),
           ("max_renewals", "loan.max_renewals"), ("recall_days", "handout.recall_days"),
           ("review_days", "review.cycle_days"))


def add_commands(commands) -> None:
    command = commands.add_parser("settings", help=QT_TRANSLATE_NOOP("Cli", "档案库设置：不带参数时列出全部设置"))
    command.add_argument("--fonds-code", help=QT_TRANSLATE_NOOP("Cli", "全宗号，例如 0456"))
    command.add_argument("--fonds-name", help=QT_TRANSLATE_NOOP("Cli", "全宗名称（立档单位全称）"))
    command.add_argument("--template", choices=("bound", "dat13"), help=QT_TRANSLATE_NOOP("Cli", "档号格式"))
    command.add_argument("--page-limit", help=QT_TRANSLATE_NOOP("Cli", "每卷页数上限（20–2000）"))
    command.add_argument("--enterprise-prefix", help=QT_TRANSLATE_NOOP("Cli", "企业客户登记编号前缀，例如 QY"))
    command.add_argument("--individual-prefix", help=QT_TRANSLATE_NOOP("Cli", "个人客户登记编号前缀，例如 GR"))
    command.add_argument("--loan-days", action="append", default=[], metavar=QT_TRANSLATE_NOOP("Cli", "角色=天数"),
                         help=QT_TRANSLATE_NOOP("Cli", "某角色的默认借期，例如 customer_service=7（可重复）"))
    command.add_argument("--max-renewals", help=QT_TRANSLATE_NOOP("Cli", "续借次数上限"))
    command.add_argument("--recall-days", help=QT_TRANSLATE_NOOP("Cli", "发放资料收回期限（天）"))
    command.add_argument("--reviewers", help=QT_TRANSLATE_NOOP("Cli", "审核信用审批的角色，逗号分隔，例如 business_manager,manager"))
    command.add_argument("--approvers", help=QT_TRANSLATE_NOOP("Cli", "批准信用审批的角色，逗号分隔，例如 manager"))
    command.add_argument("--terms", action="append", default=[], metavar=QT_TRANSLATE_NOOP("Cli", "等级=天数:额度上限"),
                         help=QT_TRANSLATE_NOOP("Cli", "信用等级对应的交易条件，例如 优秀=90:5000000（可重复）"))
    command.add_argument("--near-share", help=QT_TRANSLATE_NOOP("Cli", "接近信用额度的提示比例，例如 0.9"))
    command.add_argument("--review-days", help=QT_TRANSLATE_NOOP("Cli", "全面修订核查周期（天）"))
    command.add_argument("--set", action="append", default=[], metavar=QT_TRANSLATE_NOOP("Cli", "键=值"),
                         help=QT_TRANSLATE_NOOP("Cli", "按设置的键修改，例如 volume.catalogue={year}（可重复）"))
    command.add_argument("--signed-off-by", metavar=QT_TRANSLATE_NOOP("Cli", "经理登录名"),
                         help=QT_TRANSLATE_NOOP("Cli", "授予自己角色默认没有的审批权限时，签认的经理（密码取自 DESKTOP_CRM_SIGNOFF_PASSWORD，否则提示输入）"))
    command.set_defaults(run=settings)


def _pairs(items: list[str], what: str) -> list[tuple[str, str]]:
    pairs = []
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InvalidInput({what: QT_TRANSLATE_NOOP("Cli", "“{item}”应写成 键=值。").format(item=item)})
        pairs.append((key.strip(), value.strip()))
    return pairs


def _sign_off(username: str | None):
    """The manager signing off a change, signed in here with their own password."""
    if not username:
        return None
    password = os.environ.get(SIGNOFF_PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise InvalidInput({"signed_off_by": QT_TRANSLATE_NOOP("Cli", "请在环境变量 {env} 中提供签认经理的密码。").format(env=SIGNOFF_PASSWORD_ENV)})
        password = getpass.getpass(tr(QT_TRANSLATE_NOOP("Cli", "{user} 的密码：").format(user=username)))
    return user_accounts.login(username, password)


def settings(args: argparse.Namespace) -> int:
    changes: dict[str, str] = {}
    for option, key in _SIMPLE:
        if getattr(args, option) is not None:
            changes[key] = getattr(args, option)
    for role, days in _pairs(args.loan_days, "loan_days"):
        if role not in {r.value for r in Role} - {Role.SALES.value}:
            raise InvalidInput({"loan_days": QT_TRANSLATE_NOOP("Cli", "“{role}”不是可借阅的角色，应为 {roles} 之一。").format(
                role=role, roles="、".join(r.value for r in Role if r != Role.SALES))})
        changes[f"loan_days.{role}"] = days
    for rating, terms in _pairs(args.terms, "terms"):
        changes[f"terms.{rating}"] = terms
    changes.update(_pairs(args.set, "set"))
    user = acting_user(args)
    if changes:
        registry.change(user, changes, signed_off_by=_sign_off(args.signed_off_by))
    for view in registry.listing():
        say(f"{view.key} = {view.stored}    # {tr(view.label)}：{view.shown}")
    return 0
