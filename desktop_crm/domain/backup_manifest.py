"""What a backup says of itself (its manifest), and whether this program may restore it.

The manifest lists every member of the backup with its size and SHA-256, the schema version and the
program version that made it, and what it holds. A restore trusts nothing the manifest does not vouch for.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import PurePosixPath

from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text

FORMAT = "archive-desk-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
DATABASE_NAME = "archive.sqlite3"
# the folders of the data directory a backup carries: the scan store (files named by their SHA-256)
FOLDERS = ("scans",)


@dataclass(frozen=True)
class Member:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    program_version: str
    schema_version: int
    created_at: str                 # ISO time, local
    created_by: str
    backend: str                    # sqlite | postgresql
    database_included: bool
    customers: int
    papers: int
    scans: int
    members: tuple[Member, ...]
    problems: tuple[str, ...] = ()  # what could not be backed up (a scan missing or altered in the archive)
    automatic: bool = False
    format: str = FORMAT
    format_version: int = FORMAT_VERSION
    notes: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")

    @property
    def member_names(self) -> set[str]:
        return {m.name for m in self.members}


class ManifestProblem(ValueError):
    """The manifest cannot be trusted; ``str()`` is the message to show."""


def read_manifest(data: bytes) -> Manifest:
    try:
        raw = json.loads(data.decode("utf-8"))
        if raw.get("format") != FORMAT:
            raise ManifestProblem(QT_TRANSLATE_NOOP("Backup", "这不是档案管理台的备份文件。"))
        members = tuple(Member(str(m["name"]), int(m["size"]), str(m["sha256"])) for m in raw["members"])
        return Manifest(
            program_version=str(raw["program_version"]), schema_version=int(raw["schema_version"]),
            created_at=str(raw["created_at"]), created_by=str(raw["created_by"]), backend=str(raw["backend"]),
            database_included=bool(raw["database_included"]), customers=int(raw["customers"]),
            papers=int(raw["papers"]), scans=int(raw["scans"]), members=members,
            problems=tuple(str(p) for p in raw.get("problems", ())), automatic=bool(raw.get("automatic", False)),
            format_version=int(raw["format_version"]), notes=dict(raw.get("notes", {})))
    except ManifestProblem:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise ManifestProblem(QT_TRANSLATE_NOOP("Backup", "备份的清单（manifest.json）已损坏，无法确认备份内容。")) from None


def safe_member_name(name: str) -> bool:
    """A member may only name a file inside the data directory's own folders (no absolute path, no ..)."""
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or "\\" in name or ":" in name:
        return False
    return name == DATABASE_NAME or (len(path.parts) >= 2 and path.parts[0] in FOLDERS)


def restorable(manifest: Manifest, latest_schema: int) -> Text | None:
    """Why this program cannot restore ``manifest``'s backup, or None when it can."""
    if manifest.format_version > FORMAT_VERSION:
        return QT_TRANSLATE_NOOP("Backup", "此备份由较新版本的程序制作（备份格式 {version}），请升级档案管理台后再恢复。").format(
            version=manifest.format_version)
    if manifest.schema_version > latest_schema:
        return QT_TRANSLATE_NOOP(
            "Backup", "此备份由较新版本的程序制作（结构版本 {version}，本程序支持到 {latest}）。请升级档案管理台后再恢复。"
        ).format(version=manifest.schema_version, latest=latest_schema)
    bad = [m.name for m in manifest.members if not safe_member_name(m.name)]
    if bad:
        return QT_TRANSLATE_NOOP("Backup", "备份中含有不属于档案库的文件名（{name}），已拒绝恢复。").format(name=bad[0])
    if manifest.database_included and DATABASE_NAME not in manifest.member_names:
        return QT_TRANSLATE_NOOP("Backup", "备份清单说含有数据库，但备份中没有数据库文件。")
    return None
