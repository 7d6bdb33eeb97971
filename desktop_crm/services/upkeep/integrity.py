"""`desktop-crm check`: is the archive database whole and at the schema this program expects?"""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
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
        report.ok_lines.append(QT_TRANSLATE_NOOP("Upkeep", "数据库结构版本 {version}，与本程序一致。").format(version=version))
    else:
        report.problems.append(QT_TRANSLATE_NOOP("Upkeep", "数据库结构版本为 {version}，本程序需要 {latest}。").format(
            version=version, latest=migrations.LATEST))
    if is_sqlite():
        rows = [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall()]
        if rows == ["ok"]:
            report.ok_lines.append(QT_TRANSLATE_NOOP("Upkeep", "SQLite 完整性检查通过。"))
        else:
            report.problems.extend(QT_TRANSLATE_NOOP("Upkeep", "完整性检查：{row}").format(row=r) for r in rows[:50])
        broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            report.problems.append(QT_TRANSLATE_NOOP("Upkeep", "有 {count} 条记录引用了不存在的记录（外键检查）。").format(count=len(broken)))
        else:
            report.ok_lines.append(QT_TRANSLATE_NOOP("Upkeep", "外键检查通过。"))
        try:
            db.execute_sql("INSERT INTO customer_fts (customer_fts, rank) VALUES ('integrity-check', 1)")
            report.ok_lines.append(QT_TRANSLATE_NOOP("Upkeep", "检索索引与客户档案一致。"))
        except Exception:  # noqa: BLE001 - sqlite reports a corrupt index as a generic error
            report.problems.append(QT_TRANSLATE_NOOP("Upkeep", "检索索引与客户档案不一致：请运行 desktop-crm check --repair 重建索引。"))
    else:
        db.execute_sql("SELECT 1")
        report.ok_lines.append(QT_TRANSLATE_NOOP("Upkeep", "PostgreSQL 连接正常。"))
    if version >= 2:
        from desktop_crm.services.binders.scans import orphans, verify_store

        checked, problems = verify_store()
        if problems:
            report.problems.extend(problems)
        else:
            report.ok_lines.append(QT_TRANSLATE_NOOP("Upkeep", "扫描件 {count} 份，均与登记的 SHA-256 一致。").format(count=checked))
        loose = orphans()
        if loose:
            report.problems.append(QT_TRANSLATE_NOOP("Upkeep", "无主扫描件：扫描件目录中 {files} 个文件没有登记，{records} 份登记的扫描件"
                                      "不属于任何文件（多见于中断的添加）。请运行 desktop-crm check --repair 清除。").format(
                files=len(loose.files), records=len(loose.records)))
    if version >= 9:
        from desktop_crm.services.shelves.location_index import without_place

        missing = without_place()
        if missing.binders or missing.volumes:
            report.notices.append(QT_TRANSLATE_NOOP(
                "Upkeep", "尚未上架：活页卷 {binders} 个、固定卷 {volumes} 卷没有库房位置"
                "（desktop-crm locations unplaced 列出，locate 上架）。").format(
                binders=len(missing.binders), volumes=len(missing.volumes)))
    if version >= 6:
        from desktop_crm.services.year_end.verification import verify_known_prints

        checks = verify_known_prints()
        for check in checks:
            report.problems.extend(QT_TRANSLATE_NOOP("Upkeep", "案卷 {code}（{source}）：{problem}").format(
                code=check.code, source=check.source, problem=p) for p in check.problems)
        if checks and all(c.ok for c in checks):
            report.ok_lines.append(QT_TRANSLATE_NOOP("Upkeep", "已打印的案卷文件 {count} 个，页号、页数和档号均核对无误。").format(count=len(checks)))
    return report


def repair(acting: ActingUser) -> list[str]:
    """``check --repair`` (custodian): rebuild the search index, remove scans attached to nothing."""
    from desktop_crm.services.binders.scans import remove_orphans

    authorise(acting, Action.REPAIR_ARCHIVE)
    done: list[str] = []
    with writing():
        search_index.rebuild(db.obj)
    done.append(QT_TRANSLATE_NOOP("Upkeep", "已重建检索索引。"))
    if migrations.current_version(db.obj) >= 2:
        removed = remove_orphans(acting)
        if removed:
            done.append(QT_TRANSLATE_NOOP("Upkeep", "已清除无主扫描件：未登记的文件 {files} 个，不属于任何文件的扫描件 {records} 份。").format(
                files=len(removed.files), records=len(removed.records)))
    return done
