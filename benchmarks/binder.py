"""Benchmark of the binder (issue: "Five-category binders").

    python benchmarks/binder.py

- opening a binder that holds 2,000 papers of the current year (the binder window built and shown
  offscreen, every category and register loaded, completeness checked), and the services alone;
- printing a 500-row catalogue (rows read, numbered and drawn into an A4 PDF), and the drawing alone.
Prints the figures as JSON.
"""
from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="archive-desk-bench-")

YEAR = date.today().year
KINDS = {1: ("background",), 2: ("contract",), 3: ("repayment_plan", "repayment_agreement"),
         4: ("goods_report", "other_trade"), 5: ("return_approval", "return_assessment")}


def build(folder: Path):
    from desktop_crm.domain.binder_categories import DEFAULT_RETENTION, Category
    from desktop_crm.domain.catalogue_order import Paper, place
    from desktop_crm.domain.customer_card import CustomerKind
    from desktop_crm.services.accounts import user_accounts
    from desktop_crm.services.binders import registers
    from desktop_crm.services.cards import customers
    from desktop_crm.store import scan_files
    from desktop_crm.store.binder_models import Document
    from desktop_crm.store.database import db, open_database

    open_database(folder / "bench.sqlite3")
    scan_files.configure(folder / "scans")
    user = user_accounts.create_first_custodian("wangfang", "王芳", "archive2024", "archive2024")
    big = customers.create_customer(user, CustomerKind.ENTERPRISE, {
        "name": "华为技术有限公司", "uscc": "914403001922038216", "roster": "交易伙伴", "importance": "重要",
        "state": "往来", "direct_export": True})
    orders = [registers.add_entry(user, "contracts", big.id, {
        "number": f"HT{YEAR}-{n:04d}", "signed_on": date(YEAR, 1, 1) + timedelta(days=n % 300),
        "subject": "光模块", "amount": "120000", "status": "执行中"}).id for n in range(100)]
    other = customers.create_customer(user, CustomerKind.ENTERPRISE, {
        "name": "深圳市腾讯计算机系统有限公司", "uscc": "9144030071526726XG", "roster": "普通公司",
        "importance": "一般", "state": "往来"})
    rows = []
    for i in range(2000):
        category = 1 + i % 5
        kind = KINDS[category][i % len(KINDS[category])]
        rows.append(dict(customer=big.id, category=category, kind=kind, year=YEAR,
                         title=f"第{i + 1}号文件：{kind}", doc_number=f"W-{i:05d}", author="业务部",
                         doc_date=date(YEAR, 1, 1) + timedelta(days=i % 300), pages=1 + i % 5,
                         retention=DEFAULT_RETENTION[Category(category)],
                         order=orders[i % 100] if kind == "contract" else None))
    for i in range(500):
        rows.append(dict(customer=other.id, category=4, kind="goods_report", year=YEAR,
                         title=f"{YEAR}年第{i + 1}批产品实际出货情况报告（含装箱明细）", doc_number=f"CH-{i:04d}",
                         author="储运部", doc_date=date(YEAR, 1, 1) + timedelta(days=i % 300), pages=1 + i % 4,
                         retention="D10"))
    groups: dict[tuple, list[int]] = {}
    for index, row in enumerate(rows):
        groups.setdefault((row["customer"], row["category"]), []).append(index)
    for members in groups.values():
        for p in place([Paper(i, rows[i]["kind"], rows[i]["doc_date"], rows[i]["pages"]) for i in members]):
            rows[p.id]["seq"] = p.seq
    with db.atomic():
        for start in range(0, len(rows), 500):
            Document.insert_many(rows[start:start + 500]).execute()
    return user, big.id, other.id


def timed(call, runs: int) -> list[float]:
    result = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        result.append((time.perf_counter() - started) * 1000)
    return result


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_crm.domain.binder_categories import Category
    from desktop_crm.printing.catalogue_pdf import render_catalogue
    from desktop_crm.services.binders import catalogue, completeness, papers, registers
    from desktop_crm.ui.app import make_application
    from desktop_crm.ui.binders.binder_window import BinderWindow

    folder = Path(tempfile.mkdtemp(prefix="archive-desk-binder-"))
    user, big, other = build(folder)
    app = make_application()

    def services_only():
        for category in Category:
            papers.binder_catalogue(user, big, category, YEAR)
        for code in ("contracts", "goods", "returns"):
            registers.entries(user, code, big, YEAR)
        completeness.binder_completeness(user, big)

    def open_window():
        window = BinderWindow(user, big)
        window.show()
        QApplication.processEvents()
        window.close()
        window.deleteLater()

    open_window()   # first construction loads Qt's widget plugins; not what a custodian waits for each time
    services = timed(services_only, 20)
    window = timed(open_window, 20)
    app.processEvents()
    sheet = catalogue.catalogue_sheet(user, other, Category.TRADE, YEAR)
    pdf = catalogue.catalogue_pdf(user, other, Category.TRADE, YEAR)
    whole = timed(lambda: catalogue.catalogue_pdf(user, other, Category.TRADE, YEAR), 10)
    drawing = timed(lambda: render_catalogue(sheet), 10)
    import io

    from pypdf import PdfReader
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    report = {
        "binder_2000_papers": {"services_median_ms": round(statistics.median(services), 1),
                               "window_median_ms": round(statistics.median(window), 1),
                               "window_max_ms": round(max(window), 1)},
        "catalogue_500_rows": {"pages": pages, "whole_median_ms": round(statistics.median(whole), 1),
                               "drawing_median_ms": round(statistics.median(drawing), 1),
                               "pages_per_s": round(pages / (statistics.median(drawing) / 1000))},
    }
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
