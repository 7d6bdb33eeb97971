"""``check``, ``backup`` and ``restore``: is the archive whole, and keeping it safe."""
from __future__ import annotations

import argparse
import getpass
import os
import sys

from desktop_crm.cli.identity import PASSWORD_ENV, acting_user
from desktop_crm.cli.output import note, say, tr
from desktop_crm.cli.progress import shown
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import session
from desktop_crm.services.upkeep import backup, integrity, restore


def add_commands(commands) -> None:
    check = commands.add_parser("check", help=QT_TRANSLATE_NOOP("Cli", "检查数据库完整性、结构版本和每一份扫描件"))
    check.add_argument("--repair", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "修复（档案管理员）：重建检索索引，清除无主扫描件"))
    check.set_defaults(run=check_archive, upgrade=False)

    making = commands.add_parser("backup", help=QT_TRANSLATE_NOOP("Cli", "备份档案库（数据库、全部扫描件和清单），写完后读回核对"))
    making.add_argument("--out", required=True, help=QT_TRANSLATE_NOOP("Cli", "备份文件名，或一个文件夹（自动取名）"))
    making.add_argument("--passphrase-env", metavar="VAR", help=QT_TRANSLATE_NOOP("Cli", "从该环境变量取加密口令"))
    making.add_argument("--encrypt", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "加密备份，口令在终端输入两次"))
    making.set_defaults(run=make_backup)

    back = commands.add_parser("restore", help=QT_TRANSLATE_NOOP("Cli", "从备份恢复到 --data-dir 指定的新文件夹"))
    back.add_argument("file", help=QT_TRANSLATE_NOOP("Cli", "备份文件"))
    back.add_argument("--passphrase-env", metavar="VAR", help=QT_TRANSLATE_NOOP("Cli", "从该环境变量取加密口令（否则在终端输入）"))
    back.add_argument("--replace", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "替换目标文件夹中已有的档案库（原档案库改名保留）"))
    back.set_defaults(run=restore_backup, opens_archive=False)


def check_archive(args: argparse.Namespace) -> int:
    if args.repair:
        for line in integrity.repair(acting_user(args)):
            print(line)
    report = integrity.check_archive()
    for line in report.ok_lines:
        say(f"✓ {tr(line)}")
    for line in report.notices:
        say(f"· {tr(line)}")
    for line in report.problems:
        say(f"✗ {tr(line)}")
    say(QT_TRANSLATE_NOOP("Cli", "检查通过。") if report.ok else QT_TRANSLATE_NOOP("Cli", "发现 {count} 个问题。").format(count=len(report.problems)))
    return 0 if report.ok else 1


def _passphrase(args: argparse.Namespace, *, new: bool) -> str | None:
    if args.passphrase_env:
        value = os.environ.get(args.passphrase_env)
        if not value:
            raise InvalidInput({"passphrase": QT_TRANSLATE_NOOP("Cli", "环境变量 {env} 中没有口令。").format(env=args.passphrase_env)})
        return value
    if new and not getattr(args, "encrypt", False):
        return None
    if not sys.stdin.isatty():
        raise InvalidInput({"passphrase": QT_TRANSLATE_NOOP("Cli", "需要口令：请用 --passphrase-env 变量名 提供。")})
    first = getpass.getpass(tr(QT_TRANSLATE_NOOP("Cli", "备份口令：")))
    if new:
        if len(first) < 8:
            raise InvalidInput({"passphrase": QT_TRANSLATE_NOOP("Cli", "口令至少8位；请牢记它，没有口令无法恢复备份。")})
        if getpass.getpass(tr(QT_TRANSLATE_NOOP("Cli", "再输入一次："))) != first:
            raise InvalidInput({"passphrase": QT_TRANSLATE_NOOP("Cli", "两次输入的口令不一致。")})
    return first


def make_backup(args: argparse.Namespace) -> int:
    user = acting_user(args)
    passphrase = _passphrase(args, new=True)
    with shown(QT_TRANSLATE_NOOP("Cli", "备份并核对")) as tick:
        result = backup.make_backup(user, args.location, args.out, passphrase=passphrase, progress=tick)
    say(QT_TRANSLATE_NOOP("Cli", "已备份并核对：{path}").format(path=str(result.path)))
    say(QT_TRANSLATE_NOOP("Cli", "  客户 {customers} 户，文件 {papers} 份，扫描件 {scans} 份；{size} MB，{sealed}，用时 {seconds} 秒").format(
        customers=result.customers, papers=result.papers, scans=result.scans, size=f"{result.size / 1048576:.1f}",
        sealed=QT_TRANSLATE_NOOP("Cli", "已加密") if result.encrypted else QT_TRANSLATE_NOOP("Cli", "未加密"), seconds=f"{result.seconds:.1f}"))
    print(f"  SHA-256 {result.sha256}")
    if not result.database_included:
        say(QT_TRANSLATE_NOOP("Cli", "  PostgreSQL 数据库不在此备份中：请由服务器备份，例如 pg_dump -Fc 库名 > 库名.dump。"))
    for problem in result.problems:
        say(f"  ✗ {tr(problem)}")
    return 0 if not result.problems else 1


def restore_backup(args: argparse.Namespace) -> int:
    passphrase = None
    if restore.needs_passphrase(args.file):
        passphrase = _passphrase(args, new=False)
    if not args.location.is_file:     # PostgreSQL: the scans come back; the person is known to the server's archive
        session.open_archive(args.location)
        try:
            with shown(QT_TRANSLATE_NOOP("Cli", "核对并恢复")) as tick:
                result = restore.restore_backup(args.location, args.file, passphrase=passphrase,
                                                acting=acting_user(args), progress=tick)
        finally:
            session.close_archive()
    else:
        credentials = None
        if args.user:
            password = os.environ.get(PASSWORD_ENV)
            if password is None:
                if not sys.stdin.isatty():
                    raise InvalidInput({"password": QT_TRANSLATE_NOOP("Cli", "请在环境变量 {env} 中提供用户 {user} 的密码。").format(env=PASSWORD_ENV, user=args.user)})
                password = getpass.getpass(tr(QT_TRANSLATE_NOOP("Cli", "备份中用户 {user} 的密码：").format(user=args.user)))
            credentials = restore.Credentials(args.user, password)
        with shown(QT_TRANSLATE_NOOP("Cli", "核对并恢复")) as tick:
            result = restore.restore_backup(args.location, args.file, passphrase=passphrase, replace=args.replace,
                                            credentials=credentials, progress=tick)
    say(QT_TRANSLATE_NOOP("Cli", "已恢复到：{path}（备份时间 {at}）").format(path=str(result.data_dir), at=str(result.created_at)))
    say(QT_TRANSLATE_NOOP("Cli", "  客户 {customers} 户，文件 {papers} 份，扫描件 {scans} 份").format(customers=result.customers, papers=result.papers, scans=result.scans))
    if result.kept_aside:
        say(QT_TRANSLATE_NOOP("Cli", "  原档案库已改名保留为：{path}").format(path=str(result.kept_aside)))
    if not result.database_included:
        say(QT_TRANSLATE_NOOP("Cli", "  备份中没有数据库（PostgreSQL 模式）：请用 pg_restore 从服务器的备份恢复数据库。"))
        return 0
    session.open_archive(args.location)          # brings an older backup up to this program's schema
    try:
        report = integrity.check_archive()
    finally:
        session.close_archive()
    for line in report.problems:
        say(f"  ✗ {tr(line)}")
    note(QT_TRANSLATE_NOOP("Cli", "恢复后的检查通过。") if report.ok else QT_TRANSLATE_NOOP("Cli", "恢复后的检查发现 {count} 个问题。").format(count=len(report.problems)))
    return 0 if report.ok and not result.problems else 1
