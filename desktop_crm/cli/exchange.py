"""``import customers|list|undo`` and ``export``: rosters in, lists out."""
from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from desktop_crm.cli import arguments
from desktop_crm.cli.identity import acting_user
from desktop_crm.cli.output import note, print_rows, say, tr
from desktop_crm.cli.progress import shown
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.import_columns import HEADINGS, IGNORED, field_label, normal_heading
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.exchange import customer_import, exports, list_print
from desktop_crm.services.exchange.spreadsheets import write_table
from desktop_crm.services.output_files import write_atomically

SHOWN_PROBLEMS = 200


def add_commands(commands) -> None:
    importing = commands.add_parser("import", help=QT_TRANSLATE_NOOP("Cli", "导入客户名册（.xlsx 或 .csv）"))
    sub = importing.add_subparsers(dest="import_command", metavar=QT_TRANSLATE_NOOP("Cli", "子命令"), required=True)
    cards = sub.add_parser("customers", help=QT_TRANSLATE_NOOP("Cli", "导入客户档案卡：先检查每一行，全部无误才写入，且可整批撤销"))
    cards.add_argument("file", help=QT_TRANSLATE_NOOP("Cli", "名册文件（.xlsx 的第一个工作表，或 UTF-8/GB18030 的 .csv）"))
    cards.add_argument("--dry-run", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "只检查，不写入"))
    cards.add_argument("--on-duplicate", choices=(customer_import.SKIP, customer_import.UPDATE), default=customer_import.SKIP,
                       help=QT_TRANSLATE_NOOP("Cli", "信用代码或身份证号已在档案中时：skip 跳过（默认），update 按名册更新"))
    cards.add_argument("--column", action="append", default=[], metavar=QT_TRANSLATE_NOOP("Cli", "列名=字段"),
                       help=QT_TRANSLATE_NOOP("Cli", "指定某列对应的字段，如 “客户全称=单位名称”；“列名=不导入” 忽略该列"))
    cards.add_argument("--report", metavar="FILE", help=QT_TRANSLATE_NOOP("Cli", "把问题清单写到 .xlsx 或 .csv 文件"))
    cards.set_defaults(run=import_customers)
    listing = sub.add_parser("list", help=QT_TRANSLATE_NOOP("Cli", "列出导入记录"))
    listing.set_defaults(run=list_imports)
    undo = sub.add_parser("undo", help=QT_TRANSLATE_NOOP("Cli", "整批撤销一次导入（其档案卡此后未被更正时）"))
    undo.add_argument("batch", type=arguments.number, help=QT_TRANSLATE_NOOP("Cli", "导入编号（见 import list）"))
    undo.add_argument("--reason", required=True, help=QT_TRANSLATE_NOOP("Cli", "撤销的原因"))
    undo.set_defaults(run=undo_import)

    out = commands.add_parser("export", help=QT_TRANSLATE_NOOP("Cli", "导出清单为 .xlsx 或 .csv，或打印为 .pdf（记入查询登记）"))
    out.add_argument("kind", choices=exports.EXPORTS, help=QT_TRANSLATE_NOOP("Cli", "要导出的清单"))
    out.add_argument("--out", required=True, help=QT_TRANSLATE_NOOP("Cli", "输出文件（.xlsx、.csv，或打印用的 .pdf）"))
    out.add_argument("--search", default="", help=QT_TRANSLATE_NOOP("Cli", "客户：与搜索框相同的检索词"))
    out.add_argument("--include-cleared", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "客户：含已清除的客户"))
    out.add_argument("--state", default="all", help=QT_TRANSLATE_NOOP("Cli", "借阅：open|overdue|all；发放：out|overdue|all"))
    out.add_argument("--since", type=arguments.iso_date, help=QT_TRANSLATE_NOOP("Cli", "查询登记：起始日期 YYYY-MM-DD"))
    out.add_argument("--until", type=arguments.iso_date, help=QT_TRANSLATE_NOOP("Cli", "查询登记：截止日期 YYYY-MM-DD"))
    out.add_argument("--year", type=int, help=QT_TRANSLATE_NOOP("Cli", "案卷目录：立卷年度（默认上一年）"))
    out.set_defaults(run=export_list)


def _columns(specs: Sequence[str], path: str) -> dict[int, str] | None:
    """--column 列名=字段 (a field's Chinese label or name; 不导入 to leave a column out) → index → field."""
    if not specs:
        return None
    from desktop_crm.services.exchange.spreadsheets import read_sheet

    sheet = read_sheet(path)
    start, columns = customer_import.mapping_of(sheet)
    by_heading = {normal_heading(c.heading): c.index for c in columns}
    chosen: dict[int, str] = {}
    for spec in specs:
        heading, _, target = spec.partition("=")
        if normal_heading(heading) not in by_heading:
            raise InvalidInput({"column": QT_TRANSLATE_NOOP("Cli", "名册中没有名为“{heading}”的列。").format(heading=heading)})
        target = target.strip()
        field = IGNORED if target in ("不导入", "", "-") else HEADINGS.get(normal_heading(target), target)
        chosen[by_heading[normal_heading(heading)]] = field
    return chosen


def _show_check(check: customer_import.ImportCheck) -> None:
    say(QT_TRANSLATE_NOOP("Cli", "文件：{name}（SHA-256 {sha}…）").format(name=check.file_name, sha=check.sha256[:16]))
    say(QT_TRANSLATE_NOOP("Cli", "列的对应：{columns}").format(columns="；".join(f"{c.heading or tr(QT_TRANSLATE_NOOP('Cli', '（空）'))} → {tr(field_label(c.field))}" for c in check.columns)))
    if check.file_problem:
        say("✗ " + tr(check.file_problem))
        return
    counts = dict(rows=check.rows, empty=check.empty_rows, new=check.new, duplicates=check.duplicates)
    if check.updates:
        say(QT_TRANSLATE_NOOP("Cli", "数据 {rows} 行（空行 {empty} 行）：新建 {new} 张，已在档案中 {duplicates} 张（其中 {updates} 张将更新）")
            .format(updates=check.updates, **counts))
    else:
        say(QT_TRANSLATE_NOOP("Cli", "数据 {rows} 行（空行 {empty} 行）：新建 {new} 张，已在档案中 {duplicates} 张").format(**counts))
    for problem in check.problems[:SHOWN_PROBLEMS]:
        where = tr(QT_TRANSLATE_NOOP("Cli", "第 {row} 行").format(row=problem.row)) + (tr(QT_TRANSLATE_NOOP("Cli", "“{column}”列").format(column=problem.column)) if problem.column else "")
        say(f"✗ {where}" + (f"（{problem.value}）" if problem.value else "") + f"：{tr(problem.message)}")
    if len(check.problems) > SHOWN_PROBLEMS:
        say(QT_TRANSLATE_NOOP("Cli", "… 另有 {count} 个问题，请用 --report 文件名 取得完整清单。").format(count=len(check.problems) - SHOWN_PROBLEMS))


def import_customers(args: argparse.Namespace) -> int:
    user = acting_user(args)
    fields = _columns(args.column, args.file)
    with shown(QT_TRANSLATE_NOOP("Cli", "检查") if args.dry_run else QT_TRANSLATE_NOOP("Cli", "检查并导入")) as tick:
        tick(0, 0)
        if args.dry_run:
            check, result = customer_import.check_file(user, args.file, fields, args.on_duplicate), None
        else:
            check, result = customer_import.check_and_import(user, args.file, fields, args.on_duplicate)
    _show_check(check)
    if args.report and check.problems:
        write_table(args.report, tr(QT_TRANSLATE_NOOP("Cli", "问题清单")), tuple(tr(h) for h in (QT_TRANSLATE_NOOP("Cli", "行"), QT_TRANSLATE_NOOP("Cli", "列"), QT_TRANSLATE_NOOP("Cli", "内容"), QT_TRANSLATE_NOOP("Cli", "问题"))),
                    [(p.row, p.column, p.value, str(p.message)) for p in check.problems])
        note(QT_TRANSLATE_NOOP("Cli", "问题清单已写到 {path}").format(path=args.report))
    if not check.ready:
        say(QT_TRANSLATE_NOOP("Cli", "没有导入任何档案卡。请改正上述问题后重新导入。"))
        return 2
    if result is None:
        say(QT_TRANSLATE_NOOP("Cli", "检查通过（--dry-run：没有写入）。"))
        return 0
    say(QT_TRANSLATE_NOOP("Cli", "已导入（导入编号 {batch}）：新建 {created} 张，更新 {updated} 张，跳过 {skipped} 张，用时 {seconds} 秒。可用 import undo {batch} --reason … 整批撤销。").format(
        batch=result.batch_id, created=result.created, updated=result.updated, skipped=result.skipped,
        seconds=f"{result.seconds:.1f}"))
    return 0


def list_imports(args: argparse.Namespace) -> int:
    rows: list[Sequence[str]] = [
        (str(b.id), f"{b.at:%Y-%m-%d %H:%M}", b.user_name, b.file_name, str(b.rows), str(b.created), str(b.updated),
         str(b.skipped), QT_TRANSLATE_NOOP("Cli", "已撤销 {date}").format(date=f"{b.undone_at:%Y-%m-%d}") if b.undone_at else (QT_TRANSLATE_NOOP("Cli", "可撤销") if b.undoable else QT_TRANSLATE_NOOP("Cli", "已有更正，不可撤销")))
        for b in customer_import.batches(acting_user(args))]
    print_rows((QT_TRANSLATE_NOOP("Cli", "编号"), QT_TRANSLATE_NOOP("Cli", "时间"), QT_TRANSLATE_NOOP("Cli", "导入人"), QT_TRANSLATE_NOOP("Cli", "文件"), QT_TRANSLATE_NOOP("Cli", "行数"), QT_TRANSLATE_NOOP("Cli", "新建"), QT_TRANSLATE_NOOP("Cli", "更新"), QT_TRANSLATE_NOOP("Cli", "跳过"), QT_TRANSLATE_NOOP("Cli", "状态")), rows, "table",
               ("id", "at", "user", "file", "rows", "created", "updated", "skipped", "state"))
    return 0


def undo_import(args: argparse.Namespace) -> int:
    count = customer_import.undo(acting_user(args), args.batch, args.reason)
    say(QT_TRANSLATE_NOOP("Cli", "已撤销导入 {batch}（{count} 张档案卡）。").format(batch=args.batch, count=count))
    return 0


def export_list(args: argparse.Namespace) -> int:
    filters = exports.ExportFilters(search=args.search, include_cleared=args.include_cleared, state=args.state,
                                    since=args.since, until=args.until, year=args.year)
    if Path(args.out).suffix.lower() == ".pdf":
        write_atomically(Path(args.out), list_print.list_pdf(acting_user(args), args.kind, filters))
        say(QT_TRANSLATE_NOOP("Cli", "已打印为 PDF → {path}").format(path=args.out))
        return 0
    result = exports.export(acting_user(args), args.kind, args.out, filters)
    say(QT_TRANSLATE_NOOP("Cli", "已导出{title} {rows} 行 → {path}").format(title=result.title, rows=result.rows, path=str(result.path)))
    return 0
