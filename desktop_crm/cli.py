"""`desktop-crm`: the application's entry point and its commands, over the same services as the GUI.

Exit status: 0 done, 1 a problem reported, 2 bad input or usage, 3 refused by the rules of use.
"""
from __future__ import annotations

import argparse
import csv
import getpass
import json
import os
import sys
import time
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from peewee import DatabaseError

from desktop_crm import __version__
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import ArchiveError, InvalidInput, LoginFailed, PermissionDenied

EXIT_OK, EXIT_PROBLEM, EXIT_INPUT, EXIT_REFUSED = 0, 1, 2, 3
PASSWORD_ENV = "DESKTOP_CRM_PASSWORD"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("ArchiveDesk", appauthor=False))


def database_target(args: argparse.Namespace) -> str:
    """``--db`` as given, else ``archive.sqlite3`` in the data directory."""
    if args.db:
        return args.db
    return str(Path(args.data_dir or default_data_dir()) / "archive.sqlite3")


def data_directory(args: argparse.Namespace) -> Path:
    """Where the archive keeps its files (scans): ``--data-dir``, else beside an ``--db`` file, else the
    user data directory."""
    if args.data_dir:
        return Path(args.data_dir)
    if args.db and "://" not in args.db:
        return Path(args.db).expanduser().resolve().parent
    return default_data_dir()


def open_archive(args: argparse.Namespace, upgrade: bool = True) -> None:
    from desktop_crm.store import scan_files
    from desktop_crm.store.database import open_database

    open_database(database_target(args), upgrade=upgrade)
    scan_files.configure(data_directory(args) / "scans")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-crm", description="客户档案管理台 Archive Desk — 客户档案卡、五大类活页卷与年度固定卷。")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", help="SQLite 文件路径或 postgresql://用户@主机/库名（默认：数据目录中的 archive.sqlite3）")
    parser.add_argument("--data-dir", help="数据目录（默认：系统的用户数据目录）")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN", help="界面语言（默认 zh_CN）")
    parser.add_argument("--user", help=f"以该用户身份执行（密码取自环境变量 {PASSWORD_ENV}，否则提示输入）")
    commands = parser.add_subparsers(dest="command", metavar="命令")

    commands.add_parser("gui", help="打开图形界面（默认）")

    demo = commands.add_parser("demo", help="生成演示档案（各角色演示账号与客户档案卡）")
    demo.add_argument("--customers", type=int, default=2000, help="客户数量（默认 2000）")
    demo.add_argument("--seed", type=int, default=2024, help="随机种子，相同种子生成相同数据")
    demo.add_argument("--demo-password", default="demo1234", help="演示账号的密码（默认 demo1234）")
    demo.add_argument("--binders", type=int, default=2000,
                      help="为前多少户客户建立演示活页卷（文件、登记表，默认 2000）")

    customers = commands.add_parser("customers", help="客户档案卡")
    customer_commands = customers.add_subparsers(dest="customers_command", metavar="子命令", required=True)
    listing = customer_commands.add_parser("list", help="列出客户（与界面搜索框相同的检索）")
    listing.add_argument("--search", default="", help="名称任意片段、拼音首字母、登记编号、信用代码或电话")
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table")
    listing.add_argument("--limit", type=int, default=100, help="最多列出多少户（0 表示全部）")
    listing.add_argument("--include-cleared", action="store_true", help="包括已清除的客户")

    catalogue = commands.add_parser("catalogue", help="打印某客户某类别某年度的档案目录（PDF）")
    catalogue.add_argument("--customer", required=True, help="登记编号，例如 QY-000123")
    catalogue.add_argument("--category", required=True, type=int, choices=range(1, 6), help="类别 1..5")
    catalogue.add_argument("--year", required=True, type=int, help="归档年度，例如 2026")
    catalogue.add_argument("--out", required=True, help="输出的 PDF 文件")

    handout = commands.add_parser("handout", help="向同事发放客户资料（按接收人角色只含允许的字段）")
    handout.add_argument("--customer", required=True, help="登记编号")
    handout.add_argument("--to", required=True, help="接收人的登录名")
    handout.add_argument("--out", required=True, help="输出文件：.xlsx 或 .pdf")
    handout.add_argument("--consent-by", help="同意发放的客户经理（经理或业务经理）的登录名；经理本人办理时可省略")
    handout.add_argument("--purpose", default="业务联系", help="用途")
    handout.add_argument("--recall-date", help="收回日期 YYYY-MM-DD（客户服务等接收完整资料时；默认14天后）")

    bind = commands.add_parser("bind", help="年度立卷：把一年的文件装订为固定卷并输出 PDF")
    bind.add_argument("--year", required=True, type=int)
    bind.add_argument("--out", required=True, help="输出目录")
    bind.add_argument("--with-scans", action="store_true", help="把扫描件按目录顺序并入，并加盖卷内页号")
    bind.add_argument("--double-sided", action="store_true", help="双面打印：背面页号在左上角")
    bind.add_argument("--accept", default="", help="接受尚存问题（缺件、无页数、借出未还）的书面说明，写入备考表")
    bind.add_argument("--checked-by", default="", help="检查人")
    volumes = commands.add_parser("volumes", help="案卷")
    volume_commands = volumes.add_subparsers(dest="volumes_command", metavar="子命令", required=True)
    volumes_list = volume_commands.add_parser("list", help="列出某年度的案卷")
    volumes_list.add_argument("--year", required=True, type=int)
    volume = commands.add_parser("volume", help="单个案卷")
    volume_commands = volume.add_subparsers(dest="volume_command", metavar="子命令", required=True)
    volume_print = volume_commands.add_parser("print", help="打印一个案卷")
    volume_print.add_argument("code", help="档号")
    volume_print.add_argument("--out", required=True)
    volume_print.add_argument("--with-scans", action="store_true")
    volume_print.add_argument("--double-sided", action="store_true")
    settings = commands.add_parser("settings", help="档案库设置（全宗号、全宗名称、档号格式、每卷页数上限）")
    settings.add_argument("--fonds-code")
    settings.add_argument("--fonds-name")
    settings.add_argument("--template", choices=("bound", "dat13"))
    settings.add_argument("--page-limit", type=int)
    settings.add_argument("--enterprise-prefix", help="企业客户登记编号前缀，例如 QY")
    settings.add_argument("--individual-prefix", help="个人客户登记编号前缀，例如 GR")
    settings.add_argument("--loan-days", action="append", default=[], metavar="角色=天数",
                          help="某角色的默认借期，例如 customer_service=7（可重复）")
    settings.add_argument("--reviewers", help="审核信用审批的角色，逗号分隔，例如 business_manager,manager")
    settings.add_argument("--approvers", help="批准信用审批的角色，逗号分隔，例如 manager")
    settings.add_argument("--terms", action="append", default=[], metavar="等级=天数:额度上限",
                          help="信用等级对应的交易条件，例如 优秀=90:5000000（可重复）")

    report = commands.add_parser("report", help="信用报表")
    report_commands = report.add_subparsers(dest="report_command", metavar="报表", required=True)
    for name, text in (("ageing", "欠款账龄：每户余额、逾期和账龄分段，及全部合计"),
                       ("bad-customers", "不良客户候选及其符合的情形")):
        one = report_commands.add_parser(name, help=text)
        one.add_argument("--format", choices=("table", "csv", "json"), default="table")

    check = commands.add_parser("check", help="检查数据库完整性和结构版本")
    check.add_argument("--repair", action="store_true", help="重建检索索引")
    return parser


def acting_user(args: argparse.Namespace) -> ActingUser:
    """The user a command acts as: ``--user`` with a password, or the only account of the archive."""
    from desktop_crm.services.accounts import user_accounts

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


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _display_width(text))


def print_rows(headers: Sequence[str], rows: list[Sequence[str]], fmt: str, keys: Sequence[str]) -> None:
    if fmt == "json":
        json.dump([dict(zip(keys, r)) for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(headers)
        writer.writerows(rows)
    else:
        widths = [max([_display_width(h)] + [_display_width(r[i]) for r in rows]) for i, h in enumerate(headers)]
        print("  ".join(_pad(h, w) for h, w in zip(headers, widths)))
        for row in rows:
            print("  ".join(_pad(c, w) for c, w in zip(row, widths)))


def cmd_customers_list(args: argparse.Namespace) -> int:
    from desktop_crm.services.cards import customer_search

    user = acting_user(args)
    query = customer_search.CustomerQuery(text=args.search, include_cleared=args.include_cleared)
    total = customer_search.count(user, query)
    limit = total if args.limit <= 0 else min(args.limit, total)
    rows = []
    while len(rows) < limit:
        rows.extend(customer_search.page(user, query, len(rows), min(1000, limit - len(rows))))
    headers = ("登记编号", "名称", "客户名册", "等级", "信用", "重要性", "状态", "地区", "电话")
    keys = ("number", "name", "roster", "grade", "credit_rating", "importance", "state", "region", "phone")
    print_rows(headers, [tuple(str(getattr(r, k)) for k in keys) for r in rows], args.format, keys)
    if args.format == "table":
        print(f"共 {total} 户" + (f"，列出前 {limit} 户" if limit < total else ""), file=sys.stderr)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_crm.demo import demo_archive

    if args.customers < 0:
        raise InvalidInput({"customers": "客户数量不能为负数。"})
    custodian = demo_archive.prepare_demo_archive(args.demo_password)
    from desktop_crm.services.settings import volume_settings

    if volume_settings.code_settings().fonds_name == "本单位":   # the demo's own filing unit
        volume_settings.set_code_settings(custodian, fonds_code="0456", fonds_name="浙江华东机电集团有限公司")
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"\r已生成 {done}/{total} 户客户档案", end="", file=sys.stderr, flush=True)

    made = demo_archive.fill_demo_customers(custodian, args.customers, seed=args.seed, progress=progress)
    elapsed = time.perf_counter() - started
    rate = made / elapsed if elapsed > 0 else 0
    papers = 0
    if args.binders > 0:
        from desktop_crm.demo.binders import fill_demo_binders

        print(f"\n正在建立 {min(args.binders, made)} 户客户的演示活页卷…", end="", file=sys.stderr, flush=True)
        papers = fill_demo_binders(custodian, limit=args.binders, seed=args.seed)
        from desktop_crm.demo.loans import fill_demo_control

        fill_demo_control(custodian, data_directory(args) / "handouts", seed=args.seed)
        from desktop_crm.demo.scans import fill_demo_scans

        fill_demo_scans(custodian, seed=args.seed)
        from desktop_crm.demo.credit import fill_demo_credit

        fill_demo_credit(custodian, seed=args.seed)
    print(f"\n完成：{made} 户，用时 {elapsed:.1f} 秒（每秒 {rate:,.0f} 户）；活页卷文件 {papers} 份。"
          f"演示账号 dangan / jingli / yewujingli / kefu / yewuyuan，密码 {args.demo_password}。", file=sys.stderr)
    return EXIT_OK


def cmd_catalogue(args: argparse.Namespace) -> int:
    from desktop_crm.domain.binder_categories import Category
    from desktop_crm.services.binders import catalogue
    from desktop_crm.services.cards import customers

    user = acting_user(args)
    card = customers.find_by_number(user, args.customer)
    written = catalogue.write_catalogue(user, card.id, Category(args.category), args.year, args.out)
    print(f"已写出 {written}")
    return EXIT_OK


def cmd_handout(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop_crm.services.accounts import user_accounts
    from desktop_crm.services.cards import customers
    from desktop_crm.services.control import handouts

    user = acting_user(args)
    card = customers.find_by_number(user, args.customer, purpose="export")
    recipient = user_accounts.find_user(args.to)
    if recipient is None:
        raise InvalidInput({"to": f"没有登录名为 {args.to} 的用户。"})
    consent = None
    if args.consent_by:
        consenting = user_accounts.find_user(args.consent_by)
        if consenting is None:
            raise InvalidInput({"consent_by": f"没有登录名为 {args.consent_by} 的用户。"})
        consent = consenting.id
    try:
        recall = date.fromisoformat(args.recall_date) if args.recall_date else None
    except ValueError:
        raise InvalidInput({"recall_date": "收回日期请按 YYYY-MM-DD 填写。"}) from None
    record = handouts.hand_out(user, card.id, recipient.id, args.out, consent_by_id=consent, purpose=args.purpose,
                               recall_date=recall)
    back = f"，须于 {record.recall_date:%Y-%m-%d} 前收回" if record.recall_date else ""
    print(f"已发放 {record.number}：{record.customer} → {record.recipient}（{record.fields}）{back}。")
    return EXIT_OK


def cmd_bind(args: argparse.Namespace) -> int:
    from desktop_crm.services.year_end import closing, volume_output

    user = acting_user(args)
    check = closing.preview(user, args.year)
    print(f"{args.year}年度：应立卷 {check.volumes_planned} 卷（已立 {check.volumes_closed} 卷）；缺件 {len(check.gaps)} 处，"
          f"无页数 {len(check.without_pages)} 份，借出未还 {len(check.on_loan)} 份。", file=sys.stderr)

    def progress(done: int, total: int) -> None:
        print(f"\r立卷 {done}/{total}", end="", file=sys.stderr, flush=True)
    result = closing.close_year(user, args.year, accepted_note=args.accept, checked_by=args.checked_by,
                                 progress=progress)

    def printed(done: int, total: int) -> None:
        print(f"\r输出 PDF {done}/{total}", end="", file=sys.stderr, flush=True)
    files = volume_output.bind_to_folder(user, args.year, Path(args.out), with_scans=args.with_scans,
                                           double_sided=args.double_sided, progress=printed)
    print(f"\n立卷 {result.closed} 卷（此前已立 {result.skipped} 卷）；写出 {len(files)} 个文件到 {args.out}。", file=sys.stderr)
    return EXIT_OK


def cmd_volumes(args: argparse.Namespace) -> int:
    from desktop_crm.domain.binder_categories import RETENTIONS
    from desktop_crm.services.year_end import closing

    rows = closing.volumes(acting_user(args), args.year)
    print_rows(("档号", "案卷题名", "起止年月", "件数", "页数", "保管期限"),
               [(v.code, v.title, f"{v.start_ym}-{v.end_ym}", str(v.items), str(v.pages), RETENTIONS[v.retention])
                for v in rows], "table", ())
    print(f"共 {len(rows)} 卷", file=sys.stderr)
    return EXIT_OK


def cmd_volume_print(args: argparse.Namespace) -> int:
    from desktop_crm.printing.page_drawing import write_atomically
    from desktop_crm.services.year_end import closing, volume_output

    user = acting_user(args)
    volume = closing.find_volume(user, args.code)
    written = write_atomically(args.out, volume_output.volume_pdf(user, volume.id, args.with_scans,
                                                                     args.double_sided))
    print(f"已写出 {written}")
    return EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    from desktop_crm.domain.customer_card import CustomerKind
    from desktop_crm.domain.roles import Role
    from desktop_crm.services.control import lending
    from desktop_crm.services.settings import archive_settings, volume_settings

    changes = {k: v for k, v in (("fonds_code", args.fonds_code), ("fonds_name", args.fonds_name),
                                  ("template", args.template), ("page_limit", args.page_limit)) if v is not None}
    user = acting_user(args)
    current = volume_settings.set_code_settings(user, **changes) if changes else volume_settings.code_settings()
    for kind, prefix in ((CustomerKind.ENTERPRISE, args.enterprise_prefix), (CustomerKind.INDIVIDUAL,
                                                                            args.individual_prefix)):
        if prefix:
            archive_settings.set_number_prefix(user, kind, prefix)
    for item in args.loan_days:
        role, _, days = item.partition("=")
        try:
            lending.set_loan_days(user, Role(role.strip()), int(days))
        except ValueError:
            raise InvalidInput({"loan_days": f"“{item}”应写成 角色=天数，角色为 "
                                             f"{'、'.join(r.value for r in Role)} 之一。"}) from None
    from desktop_crm.services.credit import approvals

    try:
        if args.reviewers or args.approvers:
            approvals.set_authority(user, {Role(r.strip()) for r in (args.reviewers or "").split(",") if r.strip()}
                                    or approvals.reviewers(),
                                    {Role(r.strip()) for r in (args.approvers or "").split(",") if r.strip()}
                                    or approvals.approvers())
        for item in args.terms:
            grade, _, rest = item.partition("=")
            days, _, ceiling = rest.partition(":")
            approvals.set_trade_terms(user, grade.strip(), int(days), ceiling)
    except ValueError:
        raise InvalidInput({"settings": "角色请用 " + "、".join(r.value for r in Role)
                                        + "；交易条件请写成 等级=天数:额度上限。"}) from None
    for name, value in vars(current).items():
        print(f"{name} = {value}")
    print(f"approvals.reviewers = {','.join(sorted(r.value for r in approvals.reviewers()))}")
    print(f"approvals.approvers = {','.join(sorted(r.value for r in approvals.approvers()))}")
    for grade in ("优秀", "良好", "一般", "风险"):
        days, ceiling = approvals.trade_terms(grade)
        print(f"terms.{grade} = {days}天 / {ceiling:,.0f}元")
    for kind in CustomerKind:
        print(f"number_prefix.{kind.value} = {archive_settings.number_prefix(kind)}")
    for role in Role:
        if role != Role.SALES:
            print(f"loan_days.{role.value} = {lending.loan_days(role)}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from desktop_crm.domain.credit_rules import BUCKETS
    from desktop_crm.services.credit import bad_customers, ledger

    user = acting_user(args)
    if args.report_command == "ageing":
        rows, total = ledger.desk_ageing(user)
        headers = ("登记编号", "名称", "余额", "逾期", *BUCKETS)
        keys = ("number", "name", "balance", "overdue", "not_due", "d1_30", "d31_90", "d91_180", "d181_365",
                "over_365")
        lines = [(r.number, r.name, f"{r.ageing.balance:.2f}", f"{r.ageing.overdue:.2f}",
                  *(f"{b:.2f}" for b in r.ageing.buckets)) for r in rows]
        lines.append(("合计", f"{len(rows)} 户", f"{total.balance:.2f}", f"{total.overdue:.2f}",
                      *(f"{b:.2f}" for b in total.buckets)))
        print_rows(headers, lines, args.format, keys)
    else:
        found = bad_customers.candidates(user)
        print_rows(("登记编号", "名称", "情形"), [(c.number, c.name, c.reasons) for c in found], args.format,
                   ("number", "name", "criteria"))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_crm.services.upkeep import integrity

    if args.repair:
        integrity.repair_search_index()
        print("已重建检索索引。")
    report = integrity.check_archive()
    for line in report.ok_lines:
        print(f"✓ {line}")
    for line in report.problems:
        print(f"✗ {line}")
    print("检查通过。" if report.ok else f"发现 {len(report.problems)} 个问题。")
    return EXIT_OK if report.ok else EXIT_PROBLEM


def run_command(args: argparse.Namespace) -> int:
    from desktop_crm.store.database import close_database

    open_archive(args, upgrade=args.command != "check")
    try:
        if args.command == "demo":
            return cmd_demo(args)
        if args.command == "customers":
            return cmd_customers_list(args)
        if args.command == "check":
            return cmd_check(args)
        if args.command == "catalogue":
            return cmd_catalogue(args)
        if args.command == "handout":
            return cmd_handout(args)
        if args.command == "bind":
            return cmd_bind(args)
        if args.command == "volumes":
            return cmd_volumes(args)
        if args.command == "volume":
            return cmd_volume_print(args)
        if args.command == "settings":
            return cmd_settings(args)
        if args.command == "report":
            return cmd_report(args)
        raise AssertionError(args.command)
    finally:
        close_database()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command in (None, "gui"):
        from desktop_crm.ui.app import run_gui

        return run_gui(database_target(args), data_directory(args), args.lang, args.user)
    try:
        return run_command(args)
    except (PermissionDenied, LoginFailed) as exc:
        print(f"拒绝：{exc}", file=sys.stderr)
        return EXIT_REFUSED
    except InvalidInput as exc:
        print(f"输入有误：{exc}", file=sys.stderr)
        return EXIT_INPUT
    except ArchiveError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except DatabaseError as exc:
        print(f"数据库错误：{exc}。请运行 desktop-crm check 检查档案库，必要时从备份恢复。", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("\n已取消。", file=sys.stderr)
        return EXIT_PROBLEM
    except BrokenPipeError:   # the reader went away (… | head): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
