"""``locate`` and ``locations``: the archive room from the command line — register places, put binders and
volumes there, list them, print the location index and the labels."""
from __future__ import annotations

import argparse

from desktop_crm.cli.identity import acting_user
from desktop_crm.cli.output import note, print_rows
from desktop_crm.services.output_files import write_atomically
from desktop_crm.services.shelves import location_index, placing
from desktop_crm.services.shelves.places import add_place, list_places


def add_commands(commands) -> None:
    locate = commands.add_parser("locate", help="把活页卷或固定卷放到库房位置（已有位置时为移动，并记录）")
    sub = locate.add_subparsers(dest="locate_command", metavar="子命令", required=True)
    binder = sub.add_parser("binder", help="某客户的活页卷（或其单独存放的某一类）")
    binder.add_argument("number", help="客户编号，如 QY-000001")
    binder.add_argument("--category", type=int, choices=range(1, 6), help="单独存放的类别（1–5）；不填为整个活页卷")
    binder.add_argument("--at", required=True, help="库房位置，如 A-03-2")
    binder.set_defaults(run=locate_binder)
    volume = sub.add_parser("volume", help="一个固定卷")
    volume.add_argument("code", help="档号，如 0456-2025-001")
    volume.add_argument("--at", required=True, help="库房位置，如 A-03-2")
    volume.set_defaults(run=locate_volume)

    places = commands.add_parser("locations", help="库房位置：登记、列表、移动记录、位置索引和标签")
    sub = places.add_subparsers(dest="locations_command", metavar="子命令", required=True)
    adding = sub.add_parser("add", help="登记一个库房位置")
    adding.add_argument("code", help="位置编号，按设置的分级写，如 A-03-2")
    adding.add_argument("--note", default="", help="位置说明，如 东墙铁皮柜")
    adding.set_defaults(run=add)
    listing = sub.add_parser("list", help="列出库房位置及各处存放的数量")
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table", help="输出格式")
    listing.set_defaults(run=list_all)
    history = sub.add_parser("moves", help="上架与移动记录（谁、何时、从何处到何处）")
    history.add_argument("--customer", help="只看该客户的活页卷和案卷")
    history.add_argument("--volume", help="只看该档号的案卷")
    history.set_defaults(run=list_moves)
    index = sub.add_parser("index", help="打印库房位置索引（PDF）")
    index.add_argument("--by", choices=("place", "customer"), default="place", help="按位置或按客户排列")
    index.add_argument("--out", required=True, help="输出的 PDF 文件")
    index.set_defaults(run=print_index)
    labels = sub.add_parser("labels", help="打印柜、架、盒的位置标签（PDF）")
    labels.add_argument("codes", nargs="*", help="只打这些位置（不填为全部）")
    labels.add_argument("--out", required=True, help="输出的 PDF 文件")
    labels.set_defaults(run=print_labels)
    unplaced = sub.add_parser("unplaced", help="列出尚未上架的活页卷和固定卷")
    unplaced.set_defaults(run=list_unplaced)


def _placed(done: placing.Placed) -> int:
    print(f"{done.what}：{done.from_code} → {done.to_code}" if done.from_code else f"{done.what}：已上架到 {done.to_code}")
    return 0


def locate_binder(args: argparse.Namespace) -> int:
    return _placed(placing.locate_binder(acting_user(args), args.number, args.at, args.category))


def locate_volume(args: argparse.Namespace) -> int:
    return _placed(placing.locate_volume(acting_user(args), args.code, args.at))


def add(args: argparse.Namespace) -> int:
    print(f"已登记库房位置 {add_place(acting_user(args), args.code, args.note)}")
    return 0


def list_all(args: argparse.Namespace) -> int:
    rows = list_places(acting_user(args))
    print_rows(("位置", "说明", "活页卷", "固定卷", "状态"),
               [(r.code, r.note, str(r.binders), str(r.volumes), "停用" if r.retired else "在用") for r in rows],
               args.format, ("code", "note", "binders", "volumes", "state"))
    note(f"共 {len(rows)} 个位置")
    return 0


def list_moves(args: argparse.Namespace) -> int:
    rows = placing.moves(acting_user(args), args.customer, args.volume)
    print_rows(("时间", "经办人", "对象", "原位置", "新位置"),
               [(f"{r.at:%Y-%m-%d %H:%M}", r.user_name, r.what, r.from_code or "（首次上架）", r.to_code) for r in rows],
               "table", ())
    note(f"共 {len(rows)} 条")
    return 0


def print_index(args: argparse.Namespace) -> int:
    pdf = location_index.index_pdf(acting_user(args), by_place=args.by == "place")
    print(f"已写出 {write_atomically(args.out, pdf)}")
    return 0


def print_labels(args: argparse.Namespace) -> int:
    pdf = location_index.labels_pdf(acting_user(args), args.codes or None)
    print(f"已写出 {write_atomically(args.out, pdf)}")
    return 0


def list_unplaced(args: argparse.Namespace) -> int:
    acting_user(args)
    missing = location_index.without_place()
    print(f"尚未上架的活页卷 {len(missing.binders)} 个：{'、'.join(missing.binders[:50]) or '无'}"
          + ("……" if len(missing.binders) > 50 else ""))
    print(f"尚未上架的固定卷 {len(missing.volumes)} 卷：{'、'.join(missing.volumes[:50]) or '无'}"
          + ("……" if len(missing.volumes) > 50 else ""))
    return 1 if missing.binders or missing.volumes else 0
