"""``import customers|list|undo`` and ``export``: rosters in, lists out."""
from __future__ import annotations

import argparse
from collections.abc import Sequence

from desktop_crm.cli import arguments
from desktop_crm.cli.identity import acting_user
from desktop_crm.cli.output import note, print_rows
from desktop_crm.cli.progress import shown
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.import_columns import HEADINGS, IGNORED, field_label, normal_heading
from desktop_crm.services.exchange import customer_import, exports
from desktop_crm.services.exchange.spreadsheets import write_table

SHOWN_PROBLEMS = 200


def add_commands(commands) -> None:
    importing = commands.add_parser("import", help="导入客户名册（.xlsx 或 .csv）")
    sub = importing.add_subparsers(dest="import_command", metavar="子命令", required=True)
    cards = sub.add_parser("customers", help="导入客户档案卡：先检查每一行，全部无误才写入，且可整批撤销")
    cards.add_argument("file", help="名册文件（.xlsx 的第一个工作表，或 UTF-8/GB18030 的 .csv）")
    cards.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    cards.add_argument("--on-duplicate", choices=(customer_import.SKIP, customer_import.UPDATE), default=customer_import.SKIP,
                       help="信用代码或身份证号已在档案中时：skip 跳过（默认），update 按名册更新")
    cards.add_argument("--column", action="append", default=[], metavar="列名=字段",
                       help="指定某列对应的字段，如 “客户全称=单位名称”；“列名=不导入” 忽略该列")
    cards.add_argument("--report", metavar="FILE", help="把问题清单写到 .xlsx 或 .csv 文件")
    cards.set_defaults(run=import_customers)
    listing = sub.add_parser("list", help="列出导入记录")
    listing.set_defaults(run=list_imports)
    undo = sub.add_parser("undo", help="整批撤销一次导入（其档案卡此后未被更正时）")
    undo.add_argument("batch", type=arguments.number, help="导入编号（见 import list）")
    undo.add_argument("--reason", required=True, help="撤销的原因")
    undo.set_defaults(run=undo_import)

    out = commands.add_parser("export", help="导出清单为 .xlsx 或 .csv（记入查询登记）")
    out.add_argument("kind", choices=exports.EXPORTS, help="要导出的清单")
    out.add_argument("--out", required=True, help="输出文件（.xlsx 或 .csv）")
    out.add_argument("--search", default="", help="客户：与搜索框相同的检索词")
    out.add_argument("--include-cleared", action="store_true", help="客户：含已清除的客户")
    out.add_argument("--state", default="all", help="借阅：open|overdue|all；发放：out|overdue|all")
    out.add_argument("--since", type=arguments.iso_date, help="查询登记：起始日期 YYYY-MM-DD")
    out.add_argument("--until", type=arguments.iso_date, help="查询登记：截止日期 YYYY-MM-DD")
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
            raise InvalidInput({"column": f"名册中没有名为“{heading}”的列。"})
        target = target.strip()
        field = IGNORED if target in ("不导入", "", "-") else HEADINGS.get(normal_heading(target), target)
        chosen[by_heading[normal_heading(heading)]] = field
    return chosen


def _show_check(check: customer_import.ImportCheck) -> None:
    print(f"文件：{check.file_name}（SHA-256 {check.sha256[:16]}…）")
    print("列的对应：" + "；".join(f"{c.heading or '（空）'} → {field_label(c.field)}" for c in check.columns))
    if check.file_problem:
        print(f"✗ {check.file_problem}")
        return
    print(f"数据 {check.rows} 行（空行 {check.empty_rows} 行）：新建 {check.new} 张，已在档案中 {check.duplicates} 张"
          + (f"（其中 {check.updates} 张将更新）" if check.updates else ""))
    for problem in check.problems[:SHOWN_PROBLEMS]:
        where = f"第 {problem.row} 行" + (f"“{problem.column}”列" if problem.column else "")
        print(f"✗ {where}" + (f"（{problem.value}）" if problem.value else "") + f"：{problem.message}")
    if len(check.problems) > SHOWN_PROBLEMS:
        print(f"… 另有 {len(check.problems) - SHOWN_PROBLEMS} 个问题，请用 --report 文件名 取得完整清单。")


def import_customers(args: argparse.Namespace) -> int:
    user = acting_user(args)
    fields = _columns(args.column, args.file)
    with shown("检查" if args.dry_run else "检查并导入") as tick:
        tick(0, 0)
        if args.dry_run:
            check, result = customer_import.check_file(user, args.file, fields, args.on_duplicate), None
        else:
            check, result = customer_import.check_and_import(user, args.file, fields, args.on_duplicate)
    _show_check(check)
    if args.report and check.problems:
        write_table(args.report, "问题清单", ("行", "列", "内容", "问题"),
                    [(p.row, p.column, p.value, str(p.message)) for p in check.problems])
        note(f"问题清单已写到 {args.report}")
    if not check.ready:
        print("没有导入任何档案卡。请改正上述问题后重新导入。")
        return 2
    if result is None:
        print("检查通过（--dry-run：没有写入）。")
        return 0
    print(f"已导入（导入编号 {result.batch_id}）：新建 {result.created} 张，更新 {result.updated} 张，跳过 {result.skipped} 张，"
          f"用时 {result.seconds:.1f} 秒。可用 import undo {result.batch_id} --reason … 整批撤销。")
    return 0


def list_imports(args: argparse.Namespace) -> int:
    rows: list[Sequence[str]] = [
        (str(b.id), f"{b.at:%Y-%m-%d %H:%M}", b.user_name, b.file_name, str(b.rows), str(b.created), str(b.updated),
         str(b.skipped), f"已撤销 {b.undone_at:%Y-%m-%d}" if b.undone_at else ("可撤销" if b.undoable else "已有更正，不可撤销"))
        for b in customer_import.batches(acting_user(args))]
    print_rows(("编号", "时间", "导入人", "文件", "行数", "新建", "更新", "跳过", "状态"), rows, "table",
               ("id", "at", "user", "file", "rows", "created", "updated", "skipped", "state"))
    return 0


def undo_import(args: argparse.Namespace) -> int:
    count = customer_import.undo(acting_user(args), args.batch, args.reason)
    print(f"已撤销导入 {args.batch}（{count} 张档案卡）。")
    return 0


def export_list(args: argparse.Namespace) -> int:
    filters = exports.ExportFilters(search=args.search, include_cleared=args.include_cleared, state=args.state,
                                    since=args.since, until=args.until)
    result = exports.export(acting_user(args), args.kind, args.out, filters)
    print(f"已导出{result.title} {result.rows} 行 → {result.path}")
    return 0
