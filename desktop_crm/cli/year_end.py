"""``bind``, ``volumes list|labels|verify`` and ``volume print|verify``: the year-end binding from the command line."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_crm.cli import arguments
from desktop_crm.cli.identity import acting_user
from desktop_crm.cli.output import note, print_rows, say, tr
from desktop_crm.cli.progress import Stopwatch, shown
from desktop_crm.domain.binder_categories import RETENTIONS
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.output_files import write_atomically
from desktop_crm.services.year_end import closing, verification, volume_output, volumes


def add_commands(commands) -> None:
    bind = commands.add_parser("bind", help=QT_TRANSLATE_NOOP("Cli", "年度立卷：把已结束年度的文件装订为固定卷并输出 PDF"))
    bind.add_argument("--year", required=True, type=arguments.year, help=QT_TRANSLATE_NOOP("Cli", "立卷的年度（须已结束）"))
    bind.add_argument("--out", required=True, help=QT_TRANSLATE_NOOP("Cli", "输出目录"))
    bind.add_argument("--with-scans", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "把扫描件按目录顺序并入，并加盖卷内页号"))
    bind.add_argument("--double-sided", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "双面打印：背面页号在左上角"))
    bind.add_argument("--accept", default="", help=QT_TRANSLATE_NOOP("Cli", "接受尚存问题（缺件、无页数、页数不符、借出未还）的书面说明，写入有问题各卷的备考表"))
    bind.add_argument("--checked-by", default="", help=QT_TRANSLATE_NOOP("Cli", "检查人"))
    bind.add_argument("--yes", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "确认立卷（不再询问）；立卷后该年度文件不能再更改"))
    bind.set_defaults(run=bind_year)

    listing = commands.add_parser("volumes", help=QT_TRANSLATE_NOOP("Cli", "某年度的案卷"))
    sub = listing.add_subparsers(dest="volumes_command", metavar=QT_TRANSLATE_NOOP("Cli", "子命令"), required=True)
    one_year = sub.add_parser("list", help=QT_TRANSLATE_NOOP("Cli", "列出某年度的案卷"))
    one_year.add_argument("--year", required=True, type=arguments.year, help=QT_TRANSLATE_NOOP("Cli", "年度"))
    one_year.set_defaults(run=list_volumes)
    labels = sub.add_parser("labels", help=QT_TRANSLATE_NOOP("Cli", "打印脊背标签（可选卷号范围）"))
    labels.add_argument("--year", required=True, type=arguments.year, help=QT_TRANSLATE_NOOP("Cli", "年度"))
    labels.add_argument("--out", required=True, help=QT_TRANSLATE_NOOP("Cli", "输出的 PDF 文件"))
    labels.add_argument("--width", type=int, choices=volume_output.SPINE_WIDTHS, default=20, help=QT_TRANSLATE_NOOP("Cli", "脊背宽度（毫米）"))
    labels.add_argument("--from", dest="first", type=arguments.number, help=QT_TRANSLATE_NOOP("Cli", "从第几卷起"))
    labels.add_argument("--to", dest="last", type=arguments.number, help=QT_TRANSLATE_NOOP("Cli", "到第几卷止"))
    labels.set_defaults(run=print_labels)
    checking = sub.add_parser("verify", help=QT_TRANSLATE_NOOP("Cli", "读回某年度打印的案卷，核对页号、页数和档号"))
    checking.add_argument("--year", required=True, type=arguments.year, help=QT_TRANSLATE_NOOP("Cli", "年度"))
    checking.set_defaults(run=verify_year)

    volume = commands.add_parser("volume", help=QT_TRANSLATE_NOOP("Cli", "单个案卷"))
    sub = volume.add_subparsers(dest="volume_command", metavar=QT_TRANSLATE_NOOP("Cli", "子命令"), required=True)
    printing = sub.add_parser("print", help=QT_TRANSLATE_NOOP("Cli", "打印一个案卷"))
    printing.add_argument("code", help=QT_TRANSLATE_NOOP("Cli", "档号"))
    printing.add_argument("--out", required=True, help=QT_TRANSLATE_NOOP("Cli", "输出的 PDF 文件"))
    printing.add_argument("--with-scans", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "并入扫描件并加盖页号"))
    printing.add_argument("--double-sided", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "双面打印"))
    printing.set_defaults(run=print_volume)
    one = sub.add_parser("verify", help=QT_TRANSLATE_NOOP("Cli", "读回打印出的案卷文件，核对每个页号、页数和档号"))
    which = one.add_mutually_exclusive_group(required=True)
    which.add_argument("code", nargs="?", help=QT_TRANSLATE_NOOP("Cli", "档号"))
    which.add_argument("--year", type=arguments.year, help=QT_TRANSLATE_NOOP("Cli", "核对该年度打印过的全部案卷"))
    one.set_defaults(run=verify_volume)


def _confirm(check: closing.ClosePreview, yes: bool) -> None:
    others = len(check.problems) - len(check.gaps) - len(check.without_pages) - len(check.on_loan)
    note(QT_TRANSLATE_NOOP("Cli", "{year}年度将立卷 {planned} 卷{codes}，此前已立 {closed} 卷；问题：缺件 {gaps} 处，无页数 {no_pages} 份，借出未还 {on_loan} 份，其他 {others} 项。").format(
        year=check.year, planned=check.volumes_planned,
        codes=tr(QT_TRANSLATE_NOOP("Cli", "（档号 {first} 至 {last}）").format(first=check.code_from, last=check.code_to)) if check.planned else "",
        closed=check.volumes_closed, gaps=len(check.gaps), no_pages=len(check.without_pages), on_loan=len(check.on_loan),
        others=others))
    for problem in check.problems[:20]:
        note(f"  · {tr(problem.text)}")
    if len(check.problems) > 20:
        note(QT_TRANSLATE_NOOP("Cli", "  … 另有 {count} 项").format(count=len(check.problems) - 20))
    if yes or not check.planned:
        return
    if not sys.stdin.isatty():
        raise InvalidInput({"yes": QT_TRANSLATE_NOOP("Cli", "立卷后该年度的文件将不能再归入或更改。确认无误后请加 --yes 再运行。")})
    answer = input(tr(QT_TRANSLATE_NOOP("Cli", "确认立卷吗？立卷后该年度的文件不能再更改。输入 y 确认："))).strip().lower()
    if answer not in ("y", "yes", "是"):
        raise InvalidInput({"yes": QT_TRANSLATE_NOOP("Cli", "未确认，没有立卷。")})


def bind_year(args: argparse.Namespace) -> int:
    user = acting_user(args)
    check = closing.preview(user, args.year)
    _confirm(check, args.yes)

    clock = Stopwatch()
    with shown(QT_TRANSLATE_NOOP("Cli", "立卷")) as tick:
        result = closing.close_year(user, args.year, accepted_note=args.accept, checked_by=args.checked_by,
                                    progress=tick)
    with shown(QT_TRANSLATE_NOOP("Cli", "输出 PDF")) as tick:
        files = volume_output.bind_to_folder(user, args.year, Path(args.out), with_scans=args.with_scans,
                                             double_sided=args.double_sided, progress=tick)
    bound = len(volumes.volumes(user, args.year))
    note(QT_TRANSLATE_NOOP("Cli", "本次立卷 {closed} 卷（此前已立 {skipped} 卷，本年度共 {bound} 卷）；写出 {files} 个文件（{bound} 个案卷、案卷目录和脊背标签）到 {out}；用时 {elapsed}。").format(
        closed=result.closed, skipped=result.skipped, bound=bound, files=len(files), out=args.out, elapsed=str(clock)))
    return 0


def list_volumes(args: argparse.Namespace) -> int:
    rows = volumes.volumes(acting_user(args), args.year)
    print_rows((QT_TRANSLATE_NOOP("Cli", "档号"), QT_TRANSLATE_NOOP("Cli", "案卷题名"), QT_TRANSLATE_NOOP("Cli", "起止年月"), QT_TRANSLATE_NOOP("Cli", "件数"), QT_TRANSLATE_NOOP("Cli", "页数"), QT_TRANSLATE_NOOP("Cli", "保管期限"), QT_TRANSLATE_NOOP("Cli", "位置"), QT_TRANSLATE_NOOP("Cli", "备注")),
               [(v.code, v.title, f"{v.start_ym}-{v.end_ym}", str(v.items), str(v.pages), RETENTIONS[v.retention],
                 v.place or QT_TRANSLATE_NOOP("Cli", "未上架"), v.remark) for v in rows], "table", ())
    note(QT_TRANSLATE_NOOP("Cli", "共 {count} 卷").format(count=len(rows)))
    return 0


def print_labels(args: argparse.Namespace) -> int:
    pdf = volume_output.spine_labels_pdf(acting_user(args), args.year, args.width, args.first, args.last)
    say(QT_TRANSLATE_NOOP("Cli", "已写出 {path}").format(path=str(write_atomically(args.out, pdf))))
    return 0


def print_volume(args: argparse.Namespace) -> int:
    user = acting_user(args)
    volume = volumes.find_volume(user, args.code)
    written = volume_output.write_volume(user, volume.id, args.out, with_scans=args.with_scans,
                                         double_sided=args.double_sided)
    say(QT_TRANSLATE_NOOP("Cli", "已写出 {path}").format(path=str(written)))
    return 0


def _report(checks: list[verification.VolumeCheck]) -> int:
    bad = [c for c in checks if not c.ok]
    for check in checks:
        mark = "✓" if check.ok else "✗"
        say(f"{mark} {check.code}  {check.source}  " + tr(QT_TRANSLATE_NOOP("Cli", "（{count} 页加盖页号）").format(count=check.stamped_pages)))
        for problem in check.problems:
            say(f"    {tr(problem)}")
    say(QT_TRANSLATE_NOOP("Cli", "核对 {count} 个文件，{bad} 个有问题。").format(count=len(checks), bad=len(bad)))
    return 1 if bad else 0


def verify_volume(args: argparse.Namespace) -> int:
    if args.year is not None:
        return verify_year(args)
    return _report(verification.verify_volume(acting_user(args), args.code))


def verify_year(args: argparse.Namespace) -> int:
    return _report(verification.verify_year(acting_user(args), args.year))
