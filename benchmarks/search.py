"""The customer search as the window runs it, beside the plain best SQLite index on the same rows (issue
"Instant at a million cards").

    python benchmarks/search.py --customers 100000 [--db PATH] [--reuse] [--queries 300] [--json OUT]

Builds (or reuses) an archive of N demo cards, copies its rows into a plain table with the plain indexes a
careful hand would add (the name in pinyin order, an FTS5 trigram index, a bigram table, a digits-only phone
column), then measures query by query, interleaved and alternating which goes first:

- the app: ``customer_search.count`` + ``page(…, 0, 200)`` — count, first page and the query-register write,
  exactly what the table model runs per keystroke;
- the plain probe: the first 200 matches in pinyin order from the plain indexes, the faster of two plain ways
  (gather every match and sort; walk the pinyin-order index and stop at the page).

Query classes are cut from real names (1, 2, 3–4 characters), their pinyin initials, their full pinyin and
phone numbers typed without separators. Prints a table and, with ``--json``, writes
``{"customers", "classes": {class: {app_p50_ms, app_p95_ms, limit_p95_ms, ratio_p95, app_hits, limit_hits}},
"sort": {app_ms, limit_ms, ratio}, "deep_jump_ms", "deep_jump_limit_ms"}``.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGE = 200


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def build_archive(db: Path, customers: int) -> float:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo", "--customers", str(customers)],
                   capture_output=True, text=True, check=True)
    return time.perf_counter() - started


def _pinyin(name_sort: str) -> str:
    return name_sort.split("\x01")[0].replace(" ", "")


def plain_copy(archive: Path, plain: Path) -> sqlite3.Connection:
    """The same rows in a plain table with the plain best indexes."""
    plain.unlink(missing_ok=True)
    con = sqlite3.connect(plain)
    con.execute(f"ATTACH DATABASE '{archive}' AS a")
    con.executescript("""
        CREATE TABLE c (id INTEGER PRIMARY KEY, name TEXT, name_sort TEXT, initials TEXT, pinyin TEXT,
                        search_text TEXT, phone_digits TEXT, region TEXT, state TEXT);
        CREATE INDEX c_name_sort ON c (name_sort, id);
        CREATE INDEX c_region ON c (region, id);
        CREATE TABLE bigram (gram TEXT, id INTEGER, PRIMARY KEY (gram, id)) WITHOUT ROWID;
    """)
    rows = con.execute("SELECT id, name, name_sort, initials, search_text, phone || ' ' || mobile || ' ' || tax_phone,"
                       " region, state FROM a.customer").fetchall()
    con.executemany("INSERT INTO c VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(i, n, s, ini, _pinyin(s), t, " ".join(re.sub(r"\D", "", p) for p in ph.split()), r, st)
                     for i, n, s, ini, t, ph, r, st in rows])
    con.executemany("INSERT OR IGNORE INTO bigram VALUES (?, ?)",
                    [(text[k:k + w], i) for i, n, _s, ini, *_ in rows for text in (n.lower(), ini)
                     for w in (1, 2) for k in range(len(text) - w + 1)])
    con.executescript("""
        CREATE VIRTUAL TABLE c_fts USING fts5(search_text, pinyin, phone_digits, content='c', content_rowid='id',
                                              tokenize='trigram');
        INSERT INTO c_fts (c_fts) VALUES ('rebuild');
        ANALYZE;
    """)
    con.commit()
    con.execute("DETACH DATABASE a")
    return con


def plain_first_page(con: sqlite3.Connection, kind: str, q: str) -> int:
    """The plain best way to the first page in pinyin order; returns how many rows it found. Two plain ways are
    timed and the faster one counts: gather every match from its index and sort (best when few match), or walk
    the pinyin-order index testing each row and stop at the page (best when many do)."""
    gathered = _timed(_plain_gathered, con, kind, q)
    walked = _timed(_plain_walked, con, kind, q)
    best = min(gathered, walked)
    _PLAIN_BEST.append(best[0])
    return best[1]


_PLAIN_BEST: list[float] = []


def _plain_gathered(con: sqlite3.Connection, kind: str, q: str) -> int:
    if len(q) < 3 and kind != "phone":
        sql = ("SELECT c.id, c.name FROM bigram b JOIN c ON c.id = b.id WHERE b.gram = ? "
               "ORDER BY c.name_sort, c.id LIMIT ?")
        return len(con.execute(sql, (q, PAGE)).fetchall())
    column = {"full_pinyin": "pinyin", "phone": "phone_digits"}.get(kind, "search_text")
    phrase = '"' + q.replace('"', '""') + '"'
    sql = (f"SELECT c.id, c.name FROM c WHERE c.id IN (SELECT rowid FROM c_fts WHERE {column} MATCH ?) "
           "ORDER BY c.name_sort, c.id LIMIT ?")
    return len(con.execute(sql, (phrase, PAGE)).fetchall())


def _plain_walked(con: sqlite3.Connection, kind: str, q: str) -> int:
    column = {"full_pinyin": "pinyin", "phone": "phone_digits", "initials": "initials"}.get(kind, "name")
    sql = f"SELECT id, name FROM c WHERE instr({column}, ?) > 0 ORDER BY name_sort, id LIMIT ?"
    return len(con.execute(sql, (q, PAGE)).fetchall())


def queries(con: sqlite3.Connection, rng: random.Random, n: int) -> dict[str, list[str]]:
    names = [r[0] for r in con.execute("SELECT name FROM c WHERE length(name) >= 6")]
    pinyins = [r[0] for r in con.execute("SELECT pinyin FROM c WHERE length(name) >= 6")]
    initials = [r[0] for r in con.execute("SELECT initials FROM c WHERE length(initials) >= 4")]
    phones = [r[0].split()[0] for r in con.execute("SELECT phone_digits FROM c WHERE length(phone_digits) > 20")]
    found: dict[str, list[str]] = {"1char": [], "2char": [], "3char": [], "initials": [], "full_pinyin": [],
                                   "phone": []}
    for _ in range(n):
        for key, width in (("1char", 1), ("2char", 2), ("3char", rng.choice((3, 4)))):
            name = rng.choice(names)
            start = rng.randrange(0, len(name) - width + 1)
            found[key].append(name[start:start + width])
        found["initials"].append(rng.choice(initials)[: rng.choice((2, 3, 4))])
        pinyin = rng.choice(pinyins)
        found["full_pinyin"].append(pinyin[: rng.randrange(5, min(14, len(pinyin)) + 1)])
        phone = rng.choice(phones)
        found["phone"].append(phone[: rng.randrange(7, len(phone) + 1)])
    return found


def app_first_page(user, text: str) -> int:
    """The window's keystroke: one search call (count, first page, register) where the app has it, else the
    count and the first page as the window ran them before (so older commits measure the same way)."""
    from desktop_crm.services.cards import customer_search
    from desktop_crm.services.cards.customer_search import CustomerQuery

    query = CustomerQuery(text=text)
    if hasattr(customer_search, "search"):
        return customer_search.search(user, query, PAGE).total
    total = customer_search.count(user, query)
    customer_search.page(user, query, 0, PAGE)
    return total


def _timed(call, *args) -> tuple[float, int]:
    started = time.perf_counter()
    hits = call(*args)
    return (time.perf_counter() - started) * 1000, hits


def measure_search(user, con: sqlite3.Connection, classes: dict[str, list[str]]) -> dict:
    results = {}
    for kind, texts in classes.items():
        app: list[tuple[float, int]] = []
        plain: list[tuple[float, int]] = []
        for i, text in enumerate(texts):
            if i % 2 == 0:
                app.append(_timed(app_first_page, user, text))
                plain.append((0.0, plain_first_page(con, kind, text)))
            else:
                plain.append((0.0, plain_first_page(con, kind, text)))
                app.append(_timed(app_first_page, user, text))
            plain[-1] = (_PLAIN_BEST[-1], plain[-1][1])
        app_ms, plain_ms = [t for t, _ in app], [t for t, _ in plain]
        results[kind] = {"app_p50_ms": round(percentile(app_ms, 50), 2), "app_p95_ms": round(percentile(app_ms, 95), 2),
                         "limit_p95_ms": round(percentile(plain_ms, 95), 2),
                         "ratio_p95": round(percentile(app_ms, 95) / max(percentile(plain_ms, 95), 0.01), 2),
                         "app_hits_median": int(percentile([h for _, h in app], 50)),
                         "limit_hits_median": int(percentile([h for _, h in plain], 50))}
    return results


def measure_sort(user, con: sqlite3.Connection, runs: int = 20) -> dict:
    from desktop_crm.services.cards import customer_search
    from desktop_crm.services.cards.customer_search import CustomerQuery

    app, plain = [], []
    for i in range(runs):
        descending = i % 2 == 1
        started = time.perf_counter()
        # a header click: the same customers in another order (the count is not read again where the app
        # knows better; older commits counted again)
        query = CustomerQuery(sort="region", descending=descending)
        if not hasattr(customer_search, "search"):
            customer_search.count(user, query)
        customer_search.page(user, query, 0, PAGE)
        app.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        con.execute(f"SELECT id, name FROM c ORDER BY region {'DESC' if descending else ''}, id "
                    f"{'DESC' if descending else ''} LIMIT ?", (PAGE,)).fetchall()
        plain.append((time.perf_counter() - started) * 1000)
    return {"app_ms": round(percentile(app, 95), 2), "limit_ms": round(percentile(plain, 95), 2),
            "ratio": round(percentile(app, 95) / max(percentile(plain, 95), 0.01), 2)}


def measure_deep_jump(user, con: sqlite3.Connection, customers: int, runs: int = 10) -> tuple[float, float]:
    """A page of the whole list in pinyin order, far down it (a scrollbar dragged to a row)."""
    from desktop_crm.services.cards import customer_search
    from desktop_crm.services.cards.customer_search import CustomerQuery

    rng = random.Random(7)
    app, plain = [], []
    for _ in range(runs):
        row = rng.randrange(customers // 4, customers - PAGE)
        started = time.perf_counter()
        customer_search.page(user, CustomerQuery(), row, PAGE)
        app.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        con.execute("SELECT id, name FROM c ORDER BY name_sort, id LIMIT ? OFFSET ?", (PAGE, row)).fetchall()
        plain.append((time.perf_counter() - started) * 1000)
    return round(percentile(app, 95), 2), round(percentile(plain, 95), 2)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--reuse", action="store_true", help="use the archive already at --db")
    parser.add_argument("--queries", type=int, default=300, help="queries per class")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    db = args.db or ROOT / "benchmarks" / "out" / f"search-{args.customers}.sqlite3"
    db.parent.mkdir(parents=True, exist_ok=True)
    report: dict = {"customers": args.customers}
    if not (args.reuse and db.exists()):
        report["demo_s"] = round(build_archive(db, args.customers), 1)
    plain = db.with_name(db.stem + "-plain.sqlite3")
    # --reuse keeps the plain copy too when it is there (it is rebuilt with the archive otherwise)
    con = sqlite3.connect(plain) if args.reuse and plain.exists() and plain.stat().st_size else plain_copy(db, plain)

    from desktop_crm.services.accounts import user_accounts
    from desktop_crm.store.database import open_database

    open_database(db)
    user = user_accounts.login("dangan", "demo1234")
    rng = random.Random(42)
    report["classes"] = measure_search(user, con, queries(con, rng, args.queries))
    report["sort"] = measure_sort(user, con)
    report["deep_jump_ms"], report["deep_jump_limit_ms"] = measure_deep_jump(user, con, args.customers)
    print(f"{'class':<12} {'app p50':>9} {'app p95':>9} {'plain p95':>10} {'ratio':>7} {'hits':>7}")
    for kind, r in report["classes"].items():
        print(f"{kind:<12} {r['app_p50_ms']:>9} {r['app_p95_ms']:>9} {r['limit_p95_ms']:>10} {r['ratio_p95']:>7}"
              f" {r['app_hits_median']:>7}")
    print(f"sort region: app {report['sort']['app_ms']} ms, plain {report['sort']['limit_ms']} ms, "
          f"ratio {report['sort']['ratio']}")
    print(f"deep jump: app {report['deep_jump_ms']} ms, plain OFFSET {report['deep_jump_limit_ms']} ms")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
