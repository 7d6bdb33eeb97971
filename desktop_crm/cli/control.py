"""``handout``: customer data for a colleague, redacted by the recipient's role."""
from __future__ import annotations

import argparse
from datetime import date

from desktop_crm.cli.identity import acting_user
from desktop_crm.cli.output import say
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.accounts import user_accounts
from desktop_crm.services.cards import customers
from desktop_crm.services.control import handouts


def add_commands(commands) -> None:
    command = commands.add_parser("handout", help=QT_TRANSLATE_NOOP("Cli", "向同事发放客户资料（按接收人角色只含允许的字段）"))
    command.add_argument("--customer", required=True, help=QT_TRANSLATE_NOOP("Cli", "登记编号"))
    command.add_argument("--to", required=True, help=QT_TRANSLATE_NOOP("Cli", "接收人的登录名"))
    command.add_argument("--out", required=True, help=QT_TRANSLATE_NOOP("Cli", "输出文件：.xlsx 或 .pdf"))
    command.add_argument("--consent-by", help=QT_TRANSLATE_NOOP("Cli", "同意发放的客户经理（经理或业务经理）的登录名；经理本人办理时可省略"))
    command.add_argument("--purpose", default="业务联系", help=QT_TRANSLATE_NOOP("Cli", "用途"))
    command.add_argument("--recall-date", help=QT_TRANSLATE_NOOP("Cli", "收回日期 YYYY-MM-DD（客户服务等接收完整资料时；默认14天后）"))
    command.set_defaults(run=hand_out)


def hand_out(args: argparse.Namespace) -> int:
    user = acting_user(args)
    card = customers.find_by_number(user, args.customer, purpose=QueryAction.HANDOUT)
    recipient = user_accounts.find_user(args.to)
    if recipient is None:
        raise InvalidInput({"to": QT_TRANSLATE_NOOP("Cli", "没有登录名为 {user} 的用户。").format(user=args.to)})
    consent = None
    if args.consent_by:
        consenting = user_accounts.find_user(args.consent_by)
        if consenting is None:
            raise InvalidInput({"consent_by": QT_TRANSLATE_NOOP("Cli", "没有登录名为 {user} 的用户。").format(user=args.consent_by)})
        consent = consenting.id
    try:
        recall = date.fromisoformat(args.recall_date) if args.recall_date else None
    except ValueError:
        raise InvalidInput({"recall_date": QT_TRANSLATE_NOOP("Cli", "收回日期请按 YYYY-MM-DD 填写。")}) from None
    record = handouts.hand_out(user, card.id, recipient.id, args.out, consent_by_id=consent, purpose=args.purpose,
                               recall_date=recall)
    if record.recall_date:
        say(QT_TRANSLATE_NOOP("Cli", "已发放 {number}：{customer} → {recipient}（{fields}），须于 {date} 前收回。").format(
            number=record.number, customer=record.customer, recipient=record.recipient, fields=record.fields,
            date=f"{record.recall_date:%Y-%m-%d}"))
    else:
        say(QT_TRANSLATE_NOOP("Cli", "已发放 {number}：{customer} → {recipient}（{fields}）。").format(
            number=record.number, customer=record.customer, recipient=record.recipient, fields=record.fields))
    return 0
