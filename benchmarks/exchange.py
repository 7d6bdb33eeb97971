"""Benchmark of the archive coming in and going out, each beside the plain way of doing the same work on the
same data in the same run (interleaved, round by round).

    python benchmarks/exchange.py [--rows 10000] [--rounds 3] [--customers 100000] [--binders 4000] [--scans 10000]
                                 [--folder DIR]

Import: a roster of ``--rows`` customers (.xlsx, Chinese headings, valid codes) is
- checked (dry run) by the app, beside the plain read of the same file with openpyxl (read-only mode);
- imported by the app (every row checked, numbers given, pinyin keys, audit rows, one transaction; undone
  after each round), beside the plain script: the same file read with openpyxl and the very rows the app wrote
  inserted with one ``sqlite3`` ``executemany`` into a copy of the same database (same indexes, same search
  triggers), in one transaction. Goal: ≥ 0.4 of the plain rate.
Backup and restore: on a demo archive of ``--customers`` cards whose ``--binders`` binders hold the scans,
- the app's verified backup (online copy, every scan, manifest, read back, integrity check) and its encrypted
  one, beside the plain script: SQLite's backup API and a zip of the same members, no verification;
- the app's restore into a new folder (every SHA-256 checked, integrity check), beside a plain unzip and
  ``integrity_check``.
Prints JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
PASSWORD = "demo1234"


def demo(folder: Path, customers: int, binders: int) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder), "demo", "--customers",
                    str(customers), "--binders", str(binders)], check=True, capture_output=True)
    return time.perf_counter() - started


def plain_read(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in book.worksheets[0].iter_rows(min_row=2, values_only=True))
    book.close()
    return count


def plain_import(path: Path, copy: Path, rows: list[tuple], columns: list[str]) -> None:
    plain_read(path)
    connection = sqlite3.connect(copy, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(f'INSERT INTO customer ({", ".join(columns)}) VALUES ({", ".join("?" * len(columns))})',
                           rows)
    connection.execute("COMMIT")
    connection.close()


def import_rounds(args: argparse.Namespace, work: Path) -> dict:
    from benchmarks.roster import write_roster
    from desktop_crm.services import session
    from desktop_crm.services.accounts import user_accounts
    from desktop_crm.services.exchange import customer_import
    from desktop_crm.store.bulk_load import CUSTOMER_COLUMNS
    from desktop_crm.store.upkeep_models import ImportedCard

    folder = work / "import-archive"
    demo(folder, 1000, 0)
    roster = write_roster(work / "客户名册.xlsx", args.rows, seed=7)
    session.open_archive(session.locate(None, folder))
    user = user_accounts.login("dangan", PASSWORD)
    times: dict[str, list[float]] = {"app_check": [], "plain_read": [], "app_import": [], "plain_import": []}
    for _round in range(args.rounds):
        started = time.perf_counter()
        check = customer_import.check_file(user, roster)
        times["app_check"].append(time.perf_counter() - started)
        assert check.ready, check.problems[:3]
        started = time.perf_counter()
        assert plain_read(roster) == args.rows
        times["plain_read"].append(time.perf_counter() - started)

        copy = work / "plain-copy.sqlite3"
        session.close_archive()
        shutil.copyfile(folder / "archive.sqlite3", copy)          # checkpointed on close: the whole database
        session.open_archive(session.locate(None, folder))
        user = user_accounts.login("dangan", PASSWORD)
        started = time.perf_counter()
        result = customer_import.import_file(user, roster, expected_sha256=check.sha256)
        times["app_import"].append(time.perf_counter() - started)
        assert result.created == args.rows
        ids = [i.customer_id for i in ImportedCard.select().where(ImportedCard.batch == result.batch_id)]
        connection = sqlite3.connect(folder / "archive.sqlite3")
        written = []
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            written += connection.execute(f'SELECT {", ".join(CUSTOMER_COLUMNS)} FROM customer WHERE id IN '
                                          f'({", ".join("?" * len(chunk))})', chunk).fetchall()
        connection.close()
        started = time.perf_counter()
        plain_import(roster, copy, written, CUSTOMER_COLUMNS)
        times["plain_import"].append(time.perf_counter() - started)
        copy.unlink()
        customer_import.undo(user, result.batch_id, "基准测试：撤销")
    session.close_archive()
    best = {k: min(v) for k, v in times.items()}
    return {
        "rows": args.rows, "rounds": args.rounds,
        "check_rows_per_s": round(args.rows / best["app_check"]),
        "plain_read_rows_per_s": round(args.rows / best["plain_read"]),
        "check_ratio": round(best["plain_read"] / best["app_check"], 2),
        "import_rows_per_s": round(args.rows / best["app_import"]),
        "plain_import_rows_per_s": round(args.rows / best["plain_import"]),
        "import_ratio": round(best["plain_import"] / best["app_import"], 2),
        "seconds": {k: [round(x, 2) for x in v] for k, v in times.items()},
    }


def distinct_scans(count: int) -> int:
    """Give ``count`` demo papers a scan file of their own (the demo shares one file per kind and page count;
    a real archive has one scan per paper), so that the backup carries ``count`` distinct files."""
    import hashlib

    from desktop_crm.store import scan_files
    from desktop_crm.store.binder_models import DocumentScan, Scan
    from desktop_crm.store.database import db

    links = list(DocumentScan.select(DocumentScan.id, DocumentScan.scan).limit(count).tuples())
    samples = {sha: scan_files.path_of(sha, suffix).read_bytes()
               for sha, suffix in Scan.select(Scan.sha256, Scan.suffix).tuples()}
    with db.atomic():
        for number, (link_id, sha) in enumerate(links):
            data = samples[sha] + f"\n% 扫描件 {number}\n".encode()      # after %%EOF: the same pages, another file
            digest = hashlib.sha256(data).hexdigest()
            target = scan_files.path_of(digest, ".pdf")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            old = Scan.get_by_id(sha)
            Scan.insert(sha256=digest, suffix=".pdf", media_type=old.media_type, size=len(data),
                        pages=old.pages).on_conflict_ignore().execute()
            DocumentScan.update(scan=digest).where(DocumentScan.id == link_id).execute()
    return len(links)


def plain_backup(folder: Path, out: Path) -> None:
    copy = out.with_suffix(".db")
    source = sqlite3.connect(folder / "archive.sqlite3")
    target = sqlite3.connect(copy)
    source.backup(target)
    target.close()
    source.close()
    with zipfile.ZipFile(out, "w") as archive:
        archive.write(copy, "archive.sqlite3", compress_type=zipfile.ZIP_DEFLATED)
        for scan in sorted((folder / "scans").rglob("*")):
            if scan.is_file():
                archive.write(scan, str(scan.relative_to(folder)), compress_type=zipfile.ZIP_STORED)
    copy.unlink()


def plain_restore(backup: Path, target: Path) -> None:
    with zipfile.ZipFile(backup) as archive:
        archive.extractall(target)
    connection = sqlite3.connect(target / "archive.sqlite3")
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()


def backup_rounds(args: argparse.Namespace, work: Path) -> dict:
    from desktop_crm.services import session
    from desktop_crm.services.accounts import user_accounts
    from desktop_crm.services.upkeep import backup, restore

    folder = args.folder or work / "backup-archive"
    report: dict = {}
    if not (folder / "archive.sqlite3").exists():
        report["demo_seconds"] = round(demo(folder, args.customers, args.binders), 1)
    location = session.locate(None, folder)
    session.open_archive(location)
    user = user_accounts.login("dangan", PASSWORD)
    if "demo_seconds" in report:
        started = time.perf_counter()
        report["distinct_scans_made"] = distinct_scans(args.scans)
        report["distinct_scans_seconds"] = round(time.perf_counter() - started, 1)
    times: dict[str, list[float]] = {"app_backup": [], "plain_backup": [], "app_encrypted": [], "app_restore": [],
                                     "plain_restore": []}
    made = None
    for index in range(args.rounds):
        out = work / f"app-{index}.zip"
        started = time.perf_counter()
        made = backup.make_backup(user, location, out)
        times["app_backup"].append(time.perf_counter() - started)
        plain = work / f"plain-{index}.zip"
        started = time.perf_counter()
        plain_backup(folder, plain)
        times["plain_backup"].append(time.perf_counter() - started)
        if index == 0:
            started = time.perf_counter()
            sealed = backup.make_backup(user, location, work / "app-sealed.adbk", passphrase="西湖龙井 2026 春")
            times["app_encrypted"].append(time.perf_counter() - started)
            report["encrypted_size_mb"] = round(sealed.size / 2 ** 20, 1)
            sealed.path.unlink()
        target = work / f"restored-{index}"
        started = time.perf_counter()
        restore.restore_backup(session.locate(None, target), made.path, acting=user)
        times["app_restore"].append(time.perf_counter() - started)
        plain_target = work / f"plain-restored-{index}"
        started = time.perf_counter()
        plain_restore(plain, plain_target)
        times["plain_restore"].append(time.perf_counter() - started)
        report.setdefault("plain_size_mb", round(plain.stat().st_size / 2 ** 20, 1))
        for path in (target, plain_target):
            shutil.rmtree(path)
        plain.unlink()
        if index < args.rounds - 1:
            made.path.unlink()
    session.close_archive()
    assert made is not None
    best = {k: min(v) for k, v in times.items() if v}
    report.update({
        "customers": made.customers, "papers": made.papers, "scans": made.scans,
        "size_mb": round(made.size / 2 ** 20, 1),
        "backup_seconds": round(best["app_backup"], 2), "plain_backup_seconds": round(best["plain_backup"], 2),
        "backup_ratio": round(best["plain_backup"] / best["app_backup"], 2),
        "encrypted_backup_seconds": round(best["app_encrypted"], 2),
        "restore_seconds": round(best["app_restore"], 2), "plain_restore_seconds": round(best["plain_restore"], 2),
        "restore_ratio": round(best["plain_restore"] / best["app_restore"], 2),
        "seconds": {k: [round(x, 2) for x in v] for k, v in times.items()},
    })
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--customers", type=int, default=100000)
    parser.add_argument("--binders", type=int, default=4000)
    parser.add_argument("--scans", type=int, default=10000, help="distinct scan files in the archive")
    parser.add_argument("--folder", type=Path, default=None, help="a demo archive to reuse for backup and restore")
    parser.add_argument("--only", choices=("import", "backup"), default=None)
    args = parser.parse_args()
    os.environ.setdefault("DESKTOP_CRM_PASSWORD", PASSWORD)
    work = Path(tempfile.mkdtemp(prefix="archive-desk-exchange-"))
    report: dict = {}
    try:
        if args.only in (None, "import"):
            report["import"] = import_rounds(args, work)
        if args.only in (None, "backup"):
            report["backup"] = backup_rounds(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
