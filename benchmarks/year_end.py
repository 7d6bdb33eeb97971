"""Benchmark of the year-end binding (issue: "Year-end binding").

    python benchmarks/year_end.py [--customers 10000] [--volumes 400]

Builds a demo archive (customers, binders, scans), closes last year, then prints a sample of the
volumes catalogue-only and with scans, one file each, measuring volumes/s, pages/s and the process's
memory as the count grows (it must stay flat). Beside it, ``plain_reportlab_volumes.py`` draws the same
pages with ReportLab alone — the reference the issue asks for. Prints JSON.
"""
from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--volumes", type=int, default=400)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="archive-desk-yearend-"))
    db = folder / "archive.sqlite3"
    report: dict = {"customers": args.customers}
    if not db.exists():
        started = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo", "--customers",
                        str(args.customers), "--binders", str(args.customers)], check=True, capture_output=True)
        report["demo_seconds"] = round(time.perf_counter() - started, 1)

    from pypdf import PdfReader

    from desktop_crm.services.accounts import user_accounts
    from desktop_crm.services.year_end import closing, volume_output, volumes
    from desktop_crm.store import scan_files
    from desktop_crm.store.database import open_database

    open_database(db)
    scan_files.configure(folder / "scans")
    user = user_accounts.login("dangan", "demo1234")
    year = date.today().year - 1
    started = time.perf_counter()
    result = closing.close_year(user, year, accepted_note="基准测试：缺件已知")
    elapsed = time.perf_counter() - started
    bound = volumes.volumes(user, year)
    report["close"] = {"volumes": len(bound), "closed_now": result.closed, "seconds": round(elapsed, 1),
                       "volumes_per_s": round(result.closed / elapsed) if result.closed else None}
    sample = bound[: args.volumes]
    out = folder / "out"
    out.mkdir(exist_ok=True)
    for with_scans in (False, True):
        pages = 0
        memory = []
        started = time.perf_counter()
        for index, volume in enumerate(sample, start=1):
            pdf = volume_output.volume_pdf(user, volume.id, with_scans)
            (out / f"{volume.code}{'-scans' if with_scans else ''}.pdf").write_bytes(pdf)
            pages += len(PdfReader(io.BytesIO(pdf)).pages)
            if index % max(1, len(sample) // 4) == 0:
                memory.append(round(rss_mb(), 1))
        elapsed = time.perf_counter() - started
        report["with_scans" if with_scans else "catalogue_only"] = {
            "volumes": len(sample), "pages": pages, "volumes_per_s": round(len(sample) / elapsed, 1),
            "pages_per_s": round(pages / elapsed), "rss_mb_at_quarters": memory}
    plain = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "plain_reportlab_volumes.py"),
                            "--volumes", str(len(sample)), "--out", str(folder / "plain")],
                           capture_output=True, text=True, check=True)
    report["plain_reportlab"] = json.loads(plain.stdout)
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
