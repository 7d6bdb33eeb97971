"""``bind``, ``volumes list`` and ``volume print``: the year-end binding from the command line."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_crm.cli.identity import acting_user
from desktop_crm.cli.output import note, print_rows
from desktop_crm.domain.binder_categories import RETENTIONS
from desktop_crm.services.output_files import write_atomically
from desktop_crm.services.year_end import closing, volume_output, volumes


def add_commands(commands) -> None:
    bind = commands.add_parser("bind", help="年度立卷：把一年的文件装订为固定卷并输出 PDF")
    bind.add_argument("--year", required=True, type=int, help="立卷的年度")
    bind.add_argument("--out", required=True, help="输出目录")
    bind.add_argument("--with-scans", action="store_true", help="把扫描件按目录顺序并入，并加盖卷内页号")
    bind.add_argument("--double-sided", action="store_true", help="双面打印：背面页号在左上角")
    bind.add_argument("--accept", default="", help="接受尚存问题（缺件、无页数、借出未还）的书面说明，写入备考表")
    bind.add_argument("--checked-by", default="", help="检查人")
    bind.set_defaults(run=bind_year)

    listing = commands.add_parser("volumes", help="案卷")
    sub = listing.add_subparsers(dest="volumes_command", metavar="子命令", required=True)
    one_year = sub.add_parser("list", help="列出某年度的案卷")
    one_year.add_argument("--year", required=True, type=int, help="年度")
    one_year.set_defaults(run=list_volumes)

    volume = commands.add_parser("volume", help="单个案卷")
    sub = volume.add_subparsers(dest="volume_command", metavar="子命令", required=True)
    printing = sub.add_parser("print", help="打印一个案卷")
    printing.add_argument("code", help="档号")
    printing.add_argument("--out", required=True, help="输出的 PDF 文件")
    printing.add_argument("--with-scans", action="store_true", help="并入扫描件并加盖页号")
    printing.add_argument("--double-sided", action="store_true", help="双面打印")
    printing.set_defaults(run=print_volume)


def bind_year(args: argparse.Namespace) -> int:
    user = acting_user(args)
    check = closing.preview(user, args.year)
    note(f"{args.year}年度：应立卷 {check.volumes_planned} 卷（已立 {check.volumes_closed} 卷）；缺件 {len(check.gaps)} 处，"
         f"无页数 {len(check.without_pages)} 份，借出未还 {len(check.on_loan)} 份。")

    def progress(done: int, total: int) -> None:
        print(f"\r立卷 {done}/{total}", end="", file=sys.stderr, flush=True)
    result = closing.close_year(user, args.year, accepted_note=args.accept, checked_by=args.checked_by,
                                progress=progress)

    def printed(done: int, total: int) -> None:
        print(f"\r输出 PDF {done}/{total}", end="", file=sys.stderr, flush=True)
    files = volume_output.bind_to_folder(user, args.year, Path(args.out), with_scans=args.with_scans,
                                         double_sided=args.double_sided, progress=printed)
    note(f"\n立卷 {result.closed} 卷（此前已立 {result.skipped} 卷）；写出 {len(files)} 个文件到 {args.out}。")
    return 0


def list_volumes(args: argparse.Namespace) -> int:
    rows = volumes.volumes(acting_user(args), args.year)
    print_rows(("档号", "案卷题名", "起止年月", "件数", "页数", "保管期限"),
               [(v.code, v.title, f"{v.start_ym}-{v.end_ym}", str(v.items), str(v.pages), RETENTIONS[v.retention])
                for v in rows], "table", ())
    note(f"共 {len(rows)} 卷")
    return 0


def print_volume(args: argparse.Namespace) -> int:
    user = acting_user(args)
    volume = volumes.find_volume(user, args.code)
    written = write_atomically(args.out, volume_output.volume_pdf(user, volume.id, args.with_scans,
                                                                   args.double_sided))
    print(f"已写出 {written}")
    return 0
