"""Benchmark of the customer desk on a large demo archive (issue: "The desk opens").

    python benchmarks/customer_desk.py [--customers 100000] [--db PATH] [--reuse]

Measures, on an archive built by ``desktop-crm demo``:
- demo generation rate (customers per second, as the command reports it, and the whole process);
- process start → main window has painted its first rows (external clock, median of runs), peak RSS;
- search latency p50/p95 for 1-, 2-, 3-, 4-character Chinese queries and pinyin initials
  (count + first page, which is what the table model runs per keystroke);
- sorting by each column (count + first page), a page fetched deep in the list;
- opening a card (service read + history, and the editor dialog built and shown offscreen).
Prints a Markdown table and writes ``benchmarks/out/customer_desk.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# window sizes the benchmark's windows save must not land in the user's own settings
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="archive-desk-bench-")


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def build_archive(db: Path, customers: int) -> dict:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo",
                           "--customers", str(customers)], capture_output=True, text=True, check=True)
    whole = time.perf_counter() - started
    reported = re.search(r"每秒 ([\d,]+) 户", done.stderr)
    return {"customers": customers, "process_seconds": round(whole, 2),
            "rate_per_s": int(reported.group(1).replace(",", "")) if reported else None,
            "rate_including_start_per_s": int(customers / whole)}


def first_rows(db: Path, runs: int = 5) -> dict:
    env = dict(os.environ, DESKTOP_CRM_BENCH_FIRST_ROWS="1", DESKTOP_CRM_PASSWORD="demo1234",
               QT_QPA_PLATFORM="offscreen")
    times, peaks = [], []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(db), "--user", "dangan"],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        for line in proc.stdout:
            if line.startswith("FIRST_ROWS"):
                times.append(time.perf_counter() - started)
                peaks.append(int(re.search(r"maxrss_kb=(\d+)", line).group(1)))
                break
        proc.wait()
    return {"median_s": round(statistics.median(times), 3), "max_s": round(max(times), 3),
            "peak_rss_mb": round(max(peaks) / 1024, 1)}


def search_latency(user, rng: random.Random, samples: int) -> dict:
    from desktop_crm.services.cards import customer_search
    from desktop_crm.services.cards.customer_search import CustomerQuery
    from desktop_crm.store.models import Customer

    names = [r[0] for r in Customer.select(Customer.name).where(Customer.kind == "enterprise").tuples()]
    initials = [r[0] for r in Customer.select(Customer.initials).tuples()]
    queries: dict[str, list[str]] = {f"{n} 字": [] for n in (1, 2, 3, 4)}
    for n in (1, 2, 3, 4):
        for _ in range(samples):
            name = rng.choice(names)
            start = rng.randrange(0, len(name) - n + 1)
            queries[f"{n} 字"].append(name[start:start + n])
    queries["拼音首字母"] = [rng.choice(initials)[: rng.choice((2, 3, 4))] for _ in range(samples)]
    results = {}
    for label, texts in queries.items():
        timings, hits = [], []
        for text in texts:
            query = CustomerQuery(text=text)
            started = time.perf_counter()
            total = customer_search.count(user, query)
            customer_search.page(user, query, 0, 200)
            timings.append((time.perf_counter() - started) * 1000)
            hits.append(total)
        results[label] = {"p50_ms": round(percentile(timings, 50), 2), "p95_ms": round(percentile(timings, 95), 2),
                          "max_ms": round(max(timings), 2), "median_hits": int(statistics.median(hits))}
    return results


def sorting(user) -> dict:
    from desktop_crm.services.cards import customer_search
    from desktop_crm.services.cards.customer_search import CustomerQuery
    from desktop_crm.store.customer_listing import SORTABLE

    results = {}
    for key in SORTABLE:
        timings = []
        for descending in (False, True, False, True):
            query = CustomerQuery(sort=key, descending=descending)
            started = time.perf_counter()
            customer_search.count(user, query)
            customer_search.page(user, query, 0, 200)
            timings.append((time.perf_counter() - started) * 1000)
        results[key] = round(max(timings), 2)
    deep = CustomerQuery()
    started = time.perf_counter()
    customer_search.page(user, deep, 50_000, 200)
    results["page at row 50,000"] = round((time.perf_counter() - started) * 1000, 2)
    return results


def open_card(user, rng: random.Random, samples: int = 50) -> dict:
    from PySide6.QtWidgets import QApplication

    from desktop_crm.services.cards import customers
    from desktop_crm.store.models import Customer
    from desktop_crm.ui.app import make_application
    from desktop_crm.ui.cards.card_editor import CardEditorDialog

    app = make_application()
    ids = [r[0] for r in Customer.select(Customer.id).tuples()]
    used: dict[str, list[str]] = {}   # the app's CardDesk keeps completer values the same way

    def completions(field: str) -> list[str]:
        return used.setdefault(field, customers.used_values(user, field))

    service, dialog = [], []
    for _ in range(samples):
        customer_id = rng.choice(ids)
        started = time.perf_counter()
        card = customers.get_card(user, customer_id)
        history = customers.card_history(user, customer_id)
        middle = time.perf_counter()
        editor = CardEditorDialog(card.kind, card, history=history,
                                  completions=completions)
        editor.show()
        QApplication.processEvents()
        ended = time.perf_counter()
        editor._dirty = False
        editor.close()
        editor.deleteLater()
        service.append((middle - started) * 1000)
        dialog.append((ended - started) * 1000)
    app.processEvents()
    return {"service_p95_ms": round(percentile(service, 95), 2),
            "with_dialog_p50_ms": round(percentile(dialog, 50), 2),
            "with_dialog_p95_ms": round(percentile(dialog, 95), 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=ROOT / "benchmarks" / "out" / "bench.sqlite3")
    parser.add_argument("--reuse", action="store_true", help="use an existing archive at --db")
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(42)
    report: dict = {}
    if not args.reuse:
        report["demo"] = build_archive(args.db, args.customers)
    report["first_rows"] = first_rows(args.db)

    from desktop_crm.services.accounts import user_accounts
    from desktop_crm.store.database import open_database

    open_database(args.db)
    user = user_accounts.login("dangan", "demo1234")
    report["search"] = search_latency(user, rng, args.samples)
    report["sort_max_ms"] = sorting(user)
    report["open_card"] = open_card(user, rng)

    out = args.db.parent / "customer_desk.json"
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1))
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
