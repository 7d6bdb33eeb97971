"""``retention``: the appraisal of expired volumes and the destruction list from the command line."""
from __future__ import annotations

import argparse
import json
import sys

from desktop_crm.cli import arguments
from desktop_crm.cli.identity import acting_user
from desktop_crm.cli.output import note, print_rows, say
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.output_files import write_atomically
from desktop_crm.services.retention import appraisal, destruction


def add_commands(commands) -> None:
    retention = commands.add_parser("retention", help=QT_TRANSLATE_NOOP("Cli", "保管期限：到期鉴定、销毁清册的提出、批准和执行"))
    sub = retention.add_subparsers(dest="retention_command", metavar=QT_TRANSLATE_NOOP("Cli", "子命令"), required=True)
    due = sub.add_parser("due", help=QT_TRANSLATE_NOOP("Cli", "保管期限已满、待鉴定的案卷"))
    due.add_argument("--as-of", type=arguments.iso_date, help=QT_TRANSLATE_NOOP("Cli", "截至日期（默认今天），如 2036-01-10"))
    due.add_argument("--format", choices=("table", "csv", "json"), default="table", help=QT_TRANSLATE_NOOP("Cli", "输出格式"))
    due.set_defaults(run=list_due)
    appraise = sub.add_parser("appraise", help=QT_TRANSLATE_NOOP("Cli", "鉴定一卷：继续保存（新期限）或销毁"))
    appraise.add_argument("code", help=QT_TRANSLATE_NOOP("Cli", "档号"))
    decision = appraise.add_mutually_exclusive_group(required=True)
    decision.add_argument("--keep", metavar=QT_TRANSLATE_NOOP("Cli", "期限"), help=QT_TRANSLATE_NOOP("Cli", "继续保存：10年、30年 或 永久（从今年年底起算）"))
    decision.add_argument("--destroy", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "拟销毁（之后列入销毁清册，经经理批准后执行）"))
    appraise.add_argument("--reason", required=True, help=QT_TRANSLATE_NOOP("Cli", "鉴定理由"))
    appraise.set_defaults(run=appraise_one)
    propose = sub.add_parser("propose", help=QT_TRANSLATE_NOOP("Cli", "把鉴定为销毁的案卷列入一份销毁清册"))
    propose.add_argument("codes", nargs="*", help=QT_TRANSLATE_NOOP("Cli", "只列这些档号（不填为全部鉴定为销毁、尚未列入清册的案卷）"))
    propose.add_argument("--reason", required=True, help=QT_TRANSLATE_NOOP("Cli", "鉴定意见，印在清册上"))
    propose.set_defaults(run=propose_list)
    approve = sub.add_parser("approve", help=QT_TRANSLATE_NOOP("Cli", "（经理）批准销毁清册；提出人不能自己批准"))
    approve.add_argument("number", help=QT_TRANSLATE_NOOP("Cli", "清册编号，如 XH-2036-0001"))
    approve.add_argument("--note", default="", help=QT_TRANSLATE_NOOP("Cli", "批准意见"))
    approve.set_defaults(run=approve_list, approve=True)
    reject = sub.add_parser("reject", help=QT_TRANSLATE_NOOP("Cli", "（经理）不批准销毁清册，须写明理由"))
    reject.add_argument("number", help=QT_TRANSLATE_NOOP("Cli", "清册编号"))
    reject.add_argument("--reason", required=True, help=QT_TRANSLATE_NOOP("Cli", "不批准的理由"))
    reject.set_defaults(run=approve_list, approve=False)
    carry = sub.add_parser("carry-out", help=QT_TRANSLATE_NOOP("Cli", "（档案管理员）执行已批准的销毁：标记已销毁并删除扫描件"))
    carry.add_argument("number", help=QT_TRANSLATE_NOOP("Cli", "清册编号"))
    carry.add_argument("--witnesses", required=True, help=QT_TRANSLATE_NOOP("Cli", "两名监销人姓名，用逗号隔开，如 张伟,李娜"))
    carry.set_defaults(run=carry_out)
    lists = sub.add_parser("lists", help=QT_TRANSLATE_NOOP("Cli", "列出销毁清册"))
    lists.set_defaults(run=list_lists)
    printing = sub.add_parser("print", help=QT_TRANSLATE_NOOP("Cli", "打印销毁清册（PDF）"))
    printing.add_argument("number", help=QT_TRANSLATE_NOOP("Cli", "清册编号"))
    printing.add_argument("--out", required=True, help=QT_TRANSLATE_NOOP("Cli", "输出的 PDF 文件"))
    printing.set_defaults(run=print_list)


def list_due(args: argparse.Namespace) -> int:
    rows = appraisal.due(acting_user(args), args.as_of)
    if args.format == "json":
        json.dump([{"code": r.code, "title": r.title, "customer": r.customer_number, "retention": r.retention,
                    "expires": r.expires.isoformat(), "pages": r.pages, "place": r.place, "appraised": r.appraised,
                    "on_list": r.on_list} for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print_rows((QT_TRANSLATE_NOOP("Cli", "档号"), QT_TRANSLATE_NOOP("Cli", "案卷题名"), QT_TRANSLATE_NOOP("Cli", "保管期限"), QT_TRANSLATE_NOOP("Cli", "到期日"), QT_TRANSLATE_NOOP("Cli", "页数"), QT_TRANSLATE_NOOP("Cli", "位置"), QT_TRANSLATE_NOOP("Cli", "鉴定"), QT_TRANSLATE_NOOP("Cli", "清册")),
                   [(r.code, r.title, r.retention, r.expires.isoformat(), str(r.pages), r.place, r.appraised, r.on_list)
                    for r in rows], args.format, ())
    note(QT_TRANSLATE_NOOP("Cli", "到期待鉴定 {count} 卷").format(count=len(rows)))
    return 0


def appraise_one(args: argparse.Namespace) -> int:
    user = acting_user(args)
    if args.destroy:
        appraisal.appraise(user, args.code, "destroy", args.reason)
        say(QT_TRANSLATE_NOOP("Cli", "已鉴定 {code}：拟销毁。").format(code=args.code))
    else:
        appraisal.appraise(user, args.code, "keep", args.reason, period=args.keep)
        say(QT_TRANSLATE_NOOP("Cli", "已鉴定 {code}：继续保存{period}。").format(code=args.code, period=args.keep))
    return 0


def propose_list(args: argparse.Namespace) -> int:
    number = destruction.propose(acting_user(args), args.reason, args.codes or None)
    say(QT_TRANSLATE_NOOP("Cli", "已提出销毁清册 {number}，待经理批准。").format(number=number))
    return 0


def approve_list(args: argparse.Namespace) -> int:
    note_text = args.note if args.approve else args.reason
    destruction.decide(acting_user(args), args.number, args.approve, note_text)
    say(QT_TRANSLATE_NOOP("Cli", "销毁清册 {number}：已批准。").format(number=args.number) if args.approve
        else QT_TRANSLATE_NOOP("Cli", "销毁清册 {number}：未批准。").format(number=args.number))
    return 0


def carry_out(args: argparse.Namespace) -> int:
    names = [n for n in args.witnesses.replace("，", ",").replace("、", ",").split(",")]
    removed = destruction.carry_out(acting_user(args), args.number, names)
    say(QT_TRANSLATE_NOOP("Cli", "销毁清册 {number} 已执行；从档案库删除扫描件 {count} 份。案卷目录与清册留存。").format(number=args.number, count=removed))
    return 0


def list_lists(args: argparse.Namespace) -> int:
    rows = destruction.lists(acting_user(args))
    print_rows((QT_TRANSLATE_NOOP("Cli", "编号"), QT_TRANSLATE_NOOP("Cli", "状态"), QT_TRANSLATE_NOOP("Cli", "卷数"), QT_TRANSLATE_NOOP("Cli", "提出人"), QT_TRANSLATE_NOOP("Cli", "提出日期"), QT_TRANSLATE_NOOP("Cli", "批准人"), QT_TRANSLATE_NOOP("Cli", "销毁日期")),
               [(r.number, r.state, str(r.volumes), r.proposed_by, f"{r.proposed_at:%Y-%m-%d}", r.decided_by,
                 r.carried_out_on.isoformat() if r.carried_out_on else "") for r in rows], "table", ())
    return 0


def print_list(args: argparse.Namespace) -> int:
    say(QT_TRANSLATE_NOOP("Cli", "已写出 {path}").format(path=str(write_atomically(args.out, destruction.list_pdf(acting_user(args), args.number)))))
    return 0
