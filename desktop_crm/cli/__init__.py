"""`desktop-crm`: the application's entry point and its commands, over the same services as the window.

One module per feature registers its commands (``add_commands``); each command's ``run`` takes the
parsed arguments and returns the exit status. Exit status: 0 done, 1 a problem reported, 2 bad input or
usage, 3 refused by the rules of use, 130 cancelled (Ctrl+C).
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from peewee import DatabaseError

from desktop_crm import __version__
from desktop_crm.cli import argparse_texts, english
from desktop_crm.cli.output import note
from desktop_crm.domain.errors import ArchiveError, InvalidInput, LoginFailed, PermissionDenied
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import crash_log, session
from desktop_crm.services.output_files import problem_with
from desktop_crm.services.transaction import BUSY, is_busy

EXIT_OK, EXIT_PROBLEM, EXIT_INPUT, EXIT_REFUSED, EXIT_CANCELLED = 0, 1, 2, 3, 130

__all__ = ["EXIT_INPUT", "EXIT_OK", "EXIT_PROBLEM", "EXIT_REFUSED", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    from desktop_crm.cli import (
        accounts,
        analysis,
        binders,
        cards,
        control,
        credit,
        demo,
        exchange,
        grades,
        retention,
        reviews,
        rosters,
        settings,
        shelves,
        upkeep,
        year_end,
    )

    parser = argparse.ArgumentParser(
        prog="desktop-crm", description=QT_TRANSLATE_NOOP("Cli", "客户档案管理台 Archive Desk — 客户档案卡、五大类活页卷与年度固定卷。"))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=argparse_texts.own_text("show program's version number and exit"))
    parser.add_argument("--db", help=QT_TRANSLATE_NOOP("Cli", "SQLite 文件路径或 postgresql://用户@主机/库名（默认：数据目录中的 archive.sqlite3）"))
    parser.add_argument("--data-dir", help=QT_TRANSLATE_NOOP("Cli", "数据目录（默认：系统的用户数据目录）"))
    parser.add_argument("--lang", choices=("zh_CN", "en"), default=None,
                        help=QT_TRANSLATE_NOOP("Cli", "界面语言（默认 zh_CN；窗口默认用“帮助 → 语言”中的选择）"))
    parser.add_argument("--user", help=QT_TRANSLATE_NOOP("Cli", "以该用户身份执行（密码取自环境变量 DESKTOP_CRM_PASSWORD，否则提示输入）"))
    commands = parser.add_subparsers(dest="command", metavar=QT_TRANSLATE_NOOP("Cli", "命令"))
    commands.add_parser("gui", help=QT_TRANSLATE_NOOP("Cli", "打开图形界面（默认）"))
    for feature in (reviews, demo, cards, grades, rosters, binders, control, year_end, shelves, retention, settings, credit,
                    analysis, exchange, upkeep, accounts):
        feature.add_commands(commands)
    return parser


def location(args: argparse.Namespace) -> session.ArchiveLocation:
    return session.locate(args.db, args.data_dir)


def run_command(args: argparse.Namespace) -> int:
    args.location = location(args)
    if not getattr(args, "opens_archive", True):      # restore: the target is made, not opened
        return args.run(args)
    warning = session.share_warning(args.location)
    if warning:
        note(QT_TRANSLATE_NOOP("Cli", "注意：{warning}").format(warning=warning))
    session.open_archive(args.location, upgrade=getattr(args, "upgrade", True))
    try:
        return args.run(args)
    finally:
        session.close_archive()


def _console_safe() -> None:
    """A console or file in another encoding (cp936 on a Chinese Windows) shows what it can of a character it
    lacks (✓, ✗) instead of ending the command with an error. The window started without a console
    (archive-desk on Windows) has no streams at all: what it would print goes nowhere rather than failing."""
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")   # noqa: SIM115 - lives as long as the program
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")   # noqa: SIM115
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _console_safe()
    lang = argparse_texts.language_of(sys.argv[1:] if argv is None else argv)
    argparse_texts.use(lang)
    english.use(lang)
    parser = build_parser()
    english.translate_parser(parser)
    args = parser.parse_args(argv)
    crash_log.configure()
    logging.getLogger("desktop_crm").info("desktop-crm %s：%s", __version__, args.command or "gui")
    if args.command in (None, "gui"):
        from desktop_crm.ui.app import run_gui

        return run_gui(location(args), args.lang, args.user)
    try:
        return run_command(args)
    except (PermissionDenied, LoginFailed) as exc:
        note(QT_TRANSLATE_NOOP("Cli", "拒绝：{reason}").format(reason=english.error_text(exc)))
        return EXIT_REFUSED
    except InvalidInput as exc:
        note(QT_TRANSLATE_NOOP("Cli", "输入有误：{reason}").format(reason=english.error_text(exc)))
        return EXIT_INPUT
    except ArchiveError as exc:
        note(QT_TRANSLATE_NOOP("Cli", "错误：{reason}").format(reason=english.error_text(exc)))
        return EXIT_PROBLEM
    except DatabaseError as exc:
        if is_busy(exc):
            note(QT_TRANSLATE_NOOP("Cli", "错误：{reason}").format(reason=BUSY))
        else:
            note(QT_TRANSLATE_NOOP("Cli", "数据库错误：{error}。请运行 desktop-crm check 检查档案库，必要时从备份恢复。").format(error=str(exc)))
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        note("\n" + english.tr(QT_TRANSLATE_NOOP("Cli", "已取消。")))
        return EXIT_CANCELLED
    except BrokenPipeError:   # the reader went away (… | head): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:     # a file or folder the command was given, or the archive's own
        where = Path(exc.filename) if exc.filename else Path(".")
        note(QT_TRANSLATE_NOOP("Cli", "输入有误：{reason}").format(reason=problem_with(where, exc)))
        return EXIT_INPUT
    except Exception as exc:  # noqa: BLE001 - the last line: a Chinese message and the details in the log
        log = crash_log.record(exc)
        note(QT_TRANSLATE_NOOP("Cli", "程序内部错误（{kind}）：{error}。已保存的内容没有改变；详情已写入 {log}，请把该文件交给维护人员。")
             .format(kind=type(exc).__name__, error=str(exc), log=str(log)))
        return EXIT_PROBLEM
