"""`desktop-crm check`: is the archive database whole and at the schema this program expects?"""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.permissions import Action
from desktop_crm.services.authority import authorise
from desktop_crm.services.transaction import writing
from desktop_crm.store import migrations, search_index
from desktop_crm.store.database import db, is_sqlite


@dataclass
class CheckReport:
    ok_lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)     # work to do, not faults: the check still passes

    @property
    def ok(self) -> bool:
        return not self.problems


def check_archive() -> CheckReport:
    report = CheckReport()
    version = migrations.current_version(db.obj)
    if version == migrations.LATEST:
        report.ok_lines.append(f"数据库结构版本 {version}，与本程序一致。")
    else:
        report.problems.append(f"数据库结构版本为 {version}，本程序需要 {migrations.LATEST}。")
    if is_sqlite():
        rows = [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall()]
        if rows == ["ok"]:
            report.ok_lines.append("SQLite 完整性检查通过。")
        else:
            report.problems.extend(f"完整性检查：{r}" for r in rows[:50])
        broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            report.problems.append(f"有 {len(broken)} 条记录引用了不存在的记录（外键检查）。")
        else:
            report.ok_lines.append("外键检查通过。")
        try:
            db.execute_sql("INSERT INTO customer_fts (customer_fts, rank) VALUES ('integrity-check', 1)")
            report.ok_lines.append("检索索引与客户档案一致。")
        except Exception:  # noqa: BLE001 - sqlite reports a corrupt index as a generic error
            report.problems.append("检索索引与客户档案不一致：请运行 desktop-crm check --repair 重建索引。")
    else:
        db.execute_sql("SELECT 1")
        report.ok_lines.append("PostgreSQL 连接正常。")
    if version >= 2:
        from desktop_crm.services.binders.scans import orphans, verify_store

        checked, problems = verify_store()
        if problems:
            report.problems.extend(problems)
        else:
            report.ok_lines.append(f"扫描件 {checked} 份，均与登记的 SHA-256 一致。")
        loose = orphans()
        if loose:
            report.problems.append(f"无主扫描件：扫描件目录中 {len(loose.files)} 个文件没有登记，{len(loose.records)} 份登记的扫描件"
                                   "不属于任何文件（多见于中断的添加）。请运行 desktop-crm check --repair 清除。")
    if version >= 9:
        from desktop_crm.services.shelves.location_index import without_place

        missing = without_place()
        if missing.binders or missing.volumes:
            report.notices.append(
                f"尚未上架：活页卷 {len(missing.binders)} 个、固定卷 {len(missing.volumes)} 卷没有库房位置"
                f"（desktop-crm locations unplaced 列出，locate 上架）。")
    if version >= 6:
        from desktop_crm.services.year_end.verification import verify_known_prints

        checks = verify_known_prints()
        for check in checks:
            report.problems.extend(f"案卷 {check.code}（{check.source}）：{p}" for p in check.problems)
        if checks and all(c.ok for c in checks):
            report.ok_lines.append(f"已打印的案卷文件 {len(checks)} 个，页号、页数和档号均核对无误。")
    return report


def repair(acting: ActingUser) -> list[str]:
    """``check --repair`` (custodian): rebuild the search index, remove scans attached to nothing."""
    from desktop_crm.services.binders.scans import remove_orphans

    authorise(acting, Action.REPAIR_ARCHIVE)
    done = []
    with writing():
        search_index.rebuild(db.obj)
    done.append("已重建检索索引。")
    if migrations.current_version(db.obj) >= 2:
        removed = remove_orphans(acting)
        if removed:
            done.append(f"已清除无主扫描件：未登记的文件 {len(removed.files)} 个，不属于任何文件的扫描件 {len(removed.records)} 份。")
    return done
