"""``locate`` and ``locations``: the archive room from the command line — register places, put binders and
volumes there, list them, print the location index and the labels."""
from __future__ import annotations

import argparse

from desktop_crm.cli.identity import acting_user
from desktop_crm.cli.output import note, print_rows, say, tr
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.output_files import write_atomically
from desktop_crm.services.shelves import location_index, placing
from desktop_crm.services.shelves.places import add_place, list_places


def add_commands(commands) -> None:
    locate = commands.add_parser("locate", help=QT_TRANSLATE_NOOP("Cli", "把活页卷或固定卷放到库房位置（已有位置时为移动，并记录）"))
    sub = locate.add_subparsers(dest="locate_command", metavar=QT_TRANSLATE_NOOP("Cli", "子命令"), required=True)
    binder = sub.add_parser("binder", help=QT_TRANSLATE_NOOP("Cli", "某客户的活页卷（或其单独存放的某一类）"))
    binder.add_argument("number", help=QT_TRANSLATE_NOOP("Cli", "客户编号，如 QY-000001"))
    binder.add_argument("--category", type=int, choices=range(1, 6), help=QT_TRANSLATE_NOOP("Cli", "单独存放的类别（1–5）；不填为整个活页卷"))
    binder.add_argument("--at", required=True, help=QT_TRANSLATE_NOOP("Cli", "库房位置，如 A-03-2"))
    binder.set_defaults(run=locate_binder)
    volume = sub.add_parser("volume", help=QT_TRANSLATE_NOOP("Cli", "一个固定卷"))
    volume.add_argument("code", help=QT_TRANSLATE_NOOP("Cli", "档号，如 0456-2025-001"))
    volume.add_argument("--at", required=True, help=QT_TRANSLATE_NOOP("Cli", "库房位置，如 A-03-2"))
    volume.set_defaults(run=locate_volume)

    places = commands.add_parser("locations", help=QT_TRANSLATE_NOOP("Cli", "库房位置：登记、列表、移动记录、位置索引和标签"))
    sub = places.add_subparsers(dest="locations_command", metavar=QT_TRANSLATE_NOOP("Cli", "子命令"), required=True)
    adding = sub.add_parser("add", help=QT_TRANSLATE_NOOP("Cli", "登记一个库房位置"))
    adding.add_argument("code", help=QT_TRANSLATE_NOOP("Cli", "位置编号，按设置的分级写，如 A-03-2"))
    adding.add_argument("--note", default="", help=QT_TRANSLATE_NOOP("Cli", "位置说明，如 东墙铁皮柜"))
    adding.set_defaults(run=add)
    listing = sub.add_parser("list", help=QT_TRANSLATE_NOOP("Cli", "列出库房位置及各处存放的数量"))
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table", help=QT_TRANSLATE_NOOP("Cli", "输出格式"))
    listing.set_defaults(run=list_all)
    history = sub.add_parser("moves", help=QT_TRANSLATE_NOOP("Cli", "上架与移动记录（谁、何时、从何处到何处）"))
    history.add_argument("--customer", help=QT_TRANSLATE_NOOP("Cli", "只看该客户的活页卷和案卷"))
    history.add_argument("--volume", help=QT_TRANSLATE_NOOP("Cli", "只看该档号的案卷"))
    history.set_defaults(run=list_moves)
    index = sub.add_parser("index", help=QT_TRANSLATE_NOOP("Cli", "打印库房位置索引（PDF）"))
    index.add_argument("--by", choices=("place", "customer"), default="place", help=QT_TRANSLATE_NOOP("Cli", "按位置或按客户排列"))
    index.add_argument("--out", required=True, help=QT_TRANSLATE_NOOP("Cli", "输出的 PDF 文件"))
    index.set_defaults(run=print_index)
    labels = sub.add_parser("labels", help=QT_TRANSLATE_NOOP("Cli", "打印柜、架、盒的位置标签（PDF）"))
    labels.add_argument("codes", nargs="*", help=QT_TRANSLATE_NOOP("Cli", "只打这些位置（不填为全部）"))
    labels.add_argument("--out", required=True, help=QT_TRANSLATE_NOOP("Cli", "输出的 PDF 文件"))
    labels.set_defaults(run=print_labels)
    unplaced = sub.add_parser("unplaced", help=QT_TRANSLATE_NOOP("Cli", "列出尚未上架的活页卷和固定卷"))
    unplaced.set_defaults(run=list_unplaced)


def _placed(done: placing.Placed) -> int:
    say(f"{done.what}：{done.from_code} → {done.to_code}" if done.from_code
        else QT_TRANSLATE_NOOP("Cli", "{what}：已上架到 {place}").format(what=done.what, place=done.to_code))
    return 0


def locate_binder(args: argparse.Namespace) -> int:
    return _placed(placing.locate_binder(acting_user(args), args.number, args.at, args.category))


def locate_volume(args: argparse.Namespace) -> int:
    return _placed(placing.locate_volume(acting_user(args), args.code, args.at))


def add(args: argparse.Namespace) -> int:
    say(QT_TRANSLATE_NOOP("Cli", "已登记库房位置 {code}").format(code=add_place(acting_user(args), args.code, args.note)))
    return 0


def list_all(args: argparse.Namespace) -> int:
    rows = list_places(acting_user(args))
    print_rows((QT_TRANSLATE_NOOP("Cli", "位置"), QT_TRANSLATE_NOOP("Cli", "说明"), QT_TRANSLATE_NOOP("Cli", "活页卷"), QT_TRANSLATE_NOOP("Cli", "固定卷"), QT_TRANSLATE_NOOP("Cli", "状态")),
               [(r.code, r.note, str(r.binders), str(r.volumes), QT_TRANSLATE_NOOP("Cli", "停用") if r.retired else QT_TRANSLATE_NOOP("Cli", "在用")) for r in rows],
               args.format, ("code", "note", "binders", "volumes", "state"))
    note(QT_TRANSLATE_NOOP("Cli", "共 {count} 个位置").format(count=len(rows)))
    return 0


def list_moves(args: argparse.Namespace) -> int:
    rows = placing.moves(acting_user(args), args.customer, args.volume)
    print_rows((QT_TRANSLATE_NOOP("Cli", "时间"), QT_TRANSLATE_NOOP("Cli", "经办人"), QT_TRANSLATE_NOOP("Cli", "对象"), QT_TRANSLATE_NOOP("Cli", "原位置"), QT_TRANSLATE_NOOP("Cli", "新位置")),
               [(f"{r.at:%Y-%m-%d %H:%M}", r.user_name, r.what, r.from_code or QT_TRANSLATE_NOOP("Cli", "（首次上架）"), r.to_code) for r in rows],
               "table", ())
    note(QT_TRANSLATE_NOOP("Cli", "共 {count} 条").format(count=len(rows)))
    return 0


def print_index(args: argparse.Namespace) -> int:
    pdf = location_index.index_pdf(acting_user(args), by_place=args.by == "place")
    say(QT_TRANSLATE_NOOP("Cli", "已写出 {path}").format(path=str(write_atomically(args.out, pdf))))
    return 0


def print_labels(args: argparse.Namespace) -> int:
    pdf = location_index.labels_pdf(acting_user(args), args.codes or None)
    say(QT_TRANSLATE_NOOP("Cli", "已写出 {path}").format(path=str(write_atomically(args.out, pdf))))
    return 0


def list_unplaced(args: argparse.Namespace) -> int:
    acting_user(args)
    missing = location_index.without_place()
    none = tr(QT_TRANSLATE_NOOP("Cli", "无"))
    say(QT_TRANSLATE_NOOP("Cli", "尚未上架的活页卷 {count} 个：{items}").format(
        count=len(missing.binders), items="、".join(missing.binders[:50]) + ("……" if len(missing.binders) > 50 else "") or none))
    say(QT_TRANSLATE_NOOP("Cli", "尚未上架的固定卷 {count} 卷：{items}").format(
        count=len(missing.volumes), items="、".join(missing.volumes[:50]) + ("……" if len(missing.volumes) > 50 else "") or none))
    return 1 if missing.binders or missing.volumes else 0
