"""``check``: is the archive whole — database, schema, search index and every stored scan."""
from __future__ import annotations

import argparse

from desktop_crm.services.upkeep import integrity


def add_commands(commands) -> None:
    check = commands.add_parser("check", help="检查数据库完整性、结构版本和每一份扫描件")
    check.add_argument("--repair", action="store_true", help="重建检索索引")
    check.set_defaults(run=check_archive, upgrade=False)


def check_archive(args: argparse.Namespace) -> int:
    if args.repair:
        integrity.repair_search_index()
        print("已重建检索索引。")
    report = integrity.check_archive()
    for line in report.ok_lines:
        print(f"✓ {line}")
    for line in report.problems:
        print(f"✗ {line}")
    print("检查通过。" if report.ok else f"发现 {len(report.problems)} 个问题。")
    return 0 if report.ok else 1
