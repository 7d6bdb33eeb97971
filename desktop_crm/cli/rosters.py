"""``roster`` and ``route``: the printed rosters with their update rounds, and the visiting routes."""
from __future__ import annotations

import argparse
from pathlib import Path

from desktop_crm.cli.identity import acting_user
from desktop_crm.cli.output import say
from desktop_crm.domain.customer_card import Roster
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.output_files import write_atomically
from desktop_crm.services.rosters import rosters
from desktop_crm.services.visits import routes


def add_commands(commands) -> None:
    roster = commands.add_parser("roster", help=QT_TRANSLATE_NOOP("Cli", "客户名册：打印（PDF 或 Excel）与两年一次的增补调整"))
    roster.add_argument("--roster", required=True, choices=Roster.values(), help=QT_TRANSLATE_NOOP("Cli", "名册"))
    roster.add_argument("--out", help=QT_TRANSLATE_NOOP("Cli", "输出文件：.pdf（A4 横向）或 .xlsx"))
    action = roster.add_mutually_exclusive_group()
    action.add_argument("--open-round", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "开始一轮增补调整"))
    action.add_argument("--confirm", metavar=QT_TRANSLATE_NOOP("Cli", "登记编号"), help=QT_TRANSLATE_NOOP("Cli", "该客户核对无误"))
    action.add_argument("--correct", nargs=2, metavar=(QT_TRANSLATE_NOOP("Cli", "登记编号"), QT_TRANSLATE_NOOP("Cli", "更正内容")),
                        help=QT_TRANSLATE_NOOP("Cli", "该客户已在档案卡中更正，写明更正内容"))
    action.add_argument("--close-round", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "结束增补调整并计数"))
    roster.set_defaults(run=run_roster)

    route = commands.add_parser("route", help=QT_TRANSLATE_NOOP("Cli", "打印某路线区域的客户拜访路线表（PDF）"))
    route.add_argument("--region", required=True, help=QT_TRANSLATE_NOOP("Cli", "路线区域（档案卡中的“路线区域”）"))
    route.add_argument("--out", required=True, help=QT_TRANSLATE_NOOP("Cli", "输出的 PDF 文件"))
    route.set_defaults(run=print_route)


def _round_line(state: rosters.RoundState | None) -> None:
    if state is None:
        return
    say(QT_TRANSLATE_NOOP("Cli", "{roster}：已核对 {confirmed} 户，已更正 {corrected} 户，尚余 {left} 户。").format(
        roster=state.roster, confirmed=state.confirmed, corrected=state.corrected, left=state.left))


def run_roster(args: argparse.Namespace) -> int:
    user = acting_user(args)
    if args.open_round:
        _round_line(rosters.open_round(user, args.roster))
    elif args.confirm:
        rosters.record_entry(user, args.roster, args.confirm)
        _round_line(rosters.round_state(user, args.roster))
    elif args.correct:
        rosters.record_entry(user, args.roster, args.correct[0], args.correct[1])
        _round_line(rosters.round_state(user, args.roster))
    elif args.close_round:
        state = rosters.close_round(user, args.roster)
        say(QT_TRANSLATE_NOOP("Cli", "增补调整已结束。"))
        _round_line(state)
    if args.out:
        suffix = Path(args.out).suffix.lower()
        if suffix not in (".pdf", ".xlsx"):
            raise InvalidInput({"out": QT_TRANSLATE_NOOP("Cli", "输出文件名须以 .pdf 或 .xlsx 结尾，例如 交易伙伴名册.pdf。")})
        made = (rosters.roster_pdf if suffix == ".pdf" else rosters.roster_workbook)(user, args.roster)
        say(QT_TRANSLATE_NOOP("Cli", "已写出 {path}").format(path=str(write_atomically(args.out, made))))
    elif not (args.open_round or args.confirm or args.correct or args.close_round):
        raise InvalidInput({"out": QT_TRANSLATE_NOOP("Cli", "请用 --out 指定输出文件，或指明增补调整的一步。")})
    return 0


def print_route(args: argparse.Namespace) -> int:
    pdf = routes.route_sheet_pdf(acting_user(args), args.region)
    say(QT_TRANSLATE_NOOP("Cli", "已写出 {path}").format(path=str(write_atomically(args.out, pdf))))
    return 0
