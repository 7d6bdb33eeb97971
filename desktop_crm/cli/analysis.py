"""``analysis``: 客户构成分析 of a period, as a PDF with its charts or as a workbook."""
from __future__ import annotations

import argparse
from pathlib import Path

from desktop_crm.cli.identity import acting_user
from desktop_crm.cli.output import say
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.analysis import composition
from desktop_crm.services.output_files import write_atomically


def add_commands(commands) -> None:
    command = commands.add_parser("analysis", help=QT_TRANSLATE_NOOP("Cli", "客户构成分析：销售、商品、地区、信用与客户增减（PDF 或 Excel）"))
    command.add_argument("--from", dest="start", required=True, help=QT_TRANSLATE_NOOP("Cli", "起始月份，如 2026-01"))
    command.add_argument("--to", dest="end", required=True, help=QT_TRANSLATE_NOOP("Cli", "截止月份，如 2026-12"))
    command.add_argument("--out", required=True, help=QT_TRANSLATE_NOOP("Cli", "输出文件：.pdf（表和图）或 .xlsx（表）"))
    command.set_defaults(run=write_analysis)


def write_analysis(args: argparse.Namespace) -> int:
    suffix = Path(args.out).suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise InvalidInput({"out": QT_TRANSLATE_NOOP("Cli", "输出文件名须以 .pdf 或 .xlsx 结尾，例如 客户构成分析.pdf。")})
    user = acting_user(args)
    made = (composition.analysis_pdf if suffix == ".pdf" else composition.analysis_workbook)(user, args.start, args.end)
    say(QT_TRANSLATE_NOOP("Cli", "已写出 {path}").format(path=str(write_atomically(args.out, made))))
    return 0
