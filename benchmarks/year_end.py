"""Benchmark of the year-end binding, measured beside the plain way of making the same pages.

    python benchmarks/year_end.py [--customers 3000] [--volumes 300] [--folder DIR]

Builds (or reuses, with --folder) a demo archive with binders and scans, closes last year, then for a
sample of volumes makes — interleaved, volume by volume, in one process — (a) the app's front matter
(cover, catalogue, remarks) and (b) the plain ReportLab script's same pages with the same rows; (c) the
app's whole volume with its scans and (d) a plain pypdf merge + stamp of the same scan files. Reports
volumes/s of each, the ratios (goal ≥ 0.5 of each plain script), and the process's memory at each quarter
of the sample (it must stay flat). Prints JSON.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import plain_volumes  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=3000)
    parser.add_argument("--volumes", type=int, default=300)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="archive-desk-yearend-"))
    report: dict = {"customers": args.customers}
    if not (folder / "archive.sqlite3").exists():
        started = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder), "demo", "--customers",
                        str(args.customers), "--binders", str(args.customers)], check=True, capture_output=True)
        report["demo_seconds"] = round(time.perf_counter() - started, 1)

    from desktop_crm.domain import clock
    from desktop_crm.services import session
    from desktop_crm.services.accounts import user_accounts
    from desktop_crm.services.year_end import closing, volume_output, volumes
    from desktop_crm.store.volume_models import Volume

    session.open_archive(session.locate(None, folder))
    user = user_accounts.login("dangan", "demo1234")
    year = clock.today().year - 1
    started = time.perf_counter()
    result = closing.close_year(user, year, accepted_note="基准测试：问题已知", checked_by="李建国")
    elapsed = time.perf_counter() - started
    bound = volumes.volumes(user, year)
    report["close"] = {"volumes": len(bound), "closed_now": result.closed, "seconds": round(elapsed, 1),
                       "volumes_per_s": round(result.closed / elapsed) if result.closed else None}
    step = max(1, len(bound) // args.volumes)
    sample = bound[::step][: args.volumes]
    totals = {"app_front": 0.0, "plain_front": 0.0, "app_scans": 0.0, "plain_merge": 0.0}
    pages = {"app_front": 0, "app_scans": 0, "plain_merge": 0}
    memory = []
    import io

    from pypdf import PdfReader

    for index, row in enumerate(sample, start=1):
        volume = Volume.get_by_id(row.id)
        content = volume_output.content(volume)
        rows = [r.cells() for r in content.sheet.rows]
        scan_files = [s.path for p in content.papers for s in p.scans if s.media_type == "application/pdf"]

        started = time.perf_counter()
        front = volume_output.render(volume, with_scans=False, double_sided=False)
        totals["app_front"] += time.perf_counter() - started
        started = time.perf_counter()
        plain_volumes.front_matter(volume.code, volume.title, rows)
        totals["plain_front"] += time.perf_counter() - started
        started = time.perf_counter()
        whole = volume_output.render(volume, with_scans=True, double_sided=False)
        totals["app_scans"] += time.perf_counter() - started
        started = time.perf_counter()
        merged = plain_volumes.merge_and_stamp(scan_files)
        totals["plain_merge"] += time.perf_counter() - started
        pages["app_front"] += len(PdfReader(io.BytesIO(front)).pages)
        pages["app_scans"] += len(PdfReader(io.BytesIO(whole)).pages)
        pages["plain_merge"] += len(PdfReader(io.BytesIO(merged)).pages)
        if index % max(1, len(sample) // 4) == 0:
            memory.append(round(rss_mb(), 1))
    n = len(sample)
    rate = {k: round(n / v, 1) for k, v in totals.items()}
    report["sample_volumes"] = n
    report["volumes_per_s"] = rate
    report["pages"] = pages
    report["ratio_front_to_plain_reportlab"] = round(rate["app_front"] / rate["plain_front"], 2)
    report["ratio_scans_to_plain_pypdf"] = round(rate["app_scans"] / rate["plain_merge"], 2)
    report["rss_mb_at_quarters"] = memory
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
