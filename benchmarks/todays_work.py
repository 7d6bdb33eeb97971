"""Benchmark of today's work at sign-in and of the review due list, beside the plain indexed query.

    python benchmarks/todays_work.py [--customers 100000] [--folder DIR] [--runs 20]

Builds (or reuses, with --folder) a demo archive — its cards' last reviews spread over the last 75 days, so
about a third are due — and measures, interleaved run by run in one process:
(a) the review due list as the window asks for it (both counts and the first 500 cards, longest waiting first)
    against (b) the plain best way: the same two COUNTs and the same ORDER BY … LIMIT 500 in raw SQL on the
    same connection, on the same index;
(c) today's work of the custodian and of a business manager, as the window runs it at sign-in (every list
    read, registered in the query register), and the gaps of the kept binders that the window adds once the
    list is shown;
(d) the composition analysis of the current year as a report (every part, the ledger's ageing included) against
    (e) the plain best way of its sales parts: three GROUP BY sums over the same goods register in raw SQL.
Prints JSON with medians and the ratio (goals: the due list ≤ 100 ms, its ratio to the plain query reported;
today's work ≤ 200 ms; the analysis of a year ≤ 2 s).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="archive-desk-today-"))
    report: dict = {"customers": args.customers}
    if not (folder / "archive.sqlite3").exists():
        started = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder), "demo", "--customers",
                        str(args.customers), "--binders", "2000"], check=True, capture_output=True)
        report["demo_seconds"] = round(time.perf_counter() - started, 1)

    from desktop_crm.domain import clock
    from desktop_crm.services import session
    from desktop_crm.services.accounts import user_accounts
    from desktop_crm.services.cards import reviews
    from desktop_crm.services.settings import registry
    from desktop_crm.services.today import todays_work
    from desktop_crm.store.database import db

    session.open_archive(session.locate(None, folder))
    custodian = user_accounts.login("dangan", "demo1234")
    manager = user_accounts.login("yewujingli", "demo1234")
    today = clock.today()
    cycle = timedelta(days=registry.value("review.cycle_days"))
    by, late = today + timedelta(days=7) - cycle, today - cycle - timedelta(days=1)
    connection = db.obj.connection()

    def plain() -> tuple[int, int, list]:
        total = connection.execute("SELECT COUNT(*) FROM customer WHERE state != '已清除' AND reviewed_on <= ?",
                                   (by.isoformat(),)).fetchone()[0]
        overdue = connection.execute("SELECT COUNT(*) FROM customer WHERE state != '已清除' AND reviewed_on <= ?",
                                     (late.isoformat(),)).fetchone()[0]
        rows = connection.execute("SELECT id, number, name, reviewed_on FROM customer WHERE state != '已清除' "
                                  "AND reviewed_on <= ? ORDER BY reviewed_on LIMIT 500", (by.isoformat(),)).fetchall()
        return total, overdue, rows

    from desktop_crm.services.analysis import composition

    year_from, year_to = f"{today.year}-01", f"{today.year}-12"

    def plain_sales() -> None:
        for key in ("c.grade", "c.region", "g.product"):
            connection.execute(f"SELECT {key}, SUM(g.amount), COUNT(DISTINCT g.customer_id) FROM goodsmovement g "
                               "JOIN customer c ON c.id = g.customer_id WHERE g.direction = '出货' AND g.removed = 0 "
                               "AND g.amount IS NOT NULL AND g.moved_on BETWEEN ? AND ? GROUP BY 1",
                               (f"{today.year}-01-01", f"{today.year}-12-31")).fetchall()

    timings: dict[str, list[float]] = {"due_app": [], "due_plain": [], "today_custodian": [], "today_manager": [],
                                       "today_gaps_after": [], "analysis_year": [], "analysis_plain_sales": []}
    for _ in range(args.runs):
        for name, call in (("due_app", lambda: reviews.due(custodian, today)), ("due_plain", plain),
                           ("today_custodian", lambda: todays_work.todays_work(custodian, today, with_gaps=False)),
                           ("today_manager", lambda: todays_work.todays_work(manager, today, with_gaps=False)),
                           ("today_gaps_after", lambda: todays_work.gaps_item(custodian, today)),
                           ("analysis_year", lambda: composition.composition(custodian, year_from, year_to)),
                           ("analysis_plain_sales", plain_sales)):
            started = time.perf_counter()
            call()
            timings[name].append((time.perf_counter() - started) * 1000)
    found = reviews.due(custodian, today)
    report["due_cards"] = {"total": found.total, "overdue": found.overdue, "listed": len(found.cards)}
    report["ms"] = {k: round(statistics.median(v), 1) for k, v in timings.items()}
    report["ms_p95"] = {k: round(sorted(v)[int(len(v) * 0.95) - 1], 1) for k, v in timings.items()}
    report["due_ratio"] = round(report["ms"]["due_app"] / report["ms"]["due_plain"], 2)
    report["analysis_ratio"] = round(report["ms"]["analysis_year"] / report["ms"]["analysis_plain_sales"], 2)
    session.close_archive()
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
