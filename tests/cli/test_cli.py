import json
import sqlite3

import pytest

from desktop_crm import cli
from tests.samples import TEST_TODAY


@pytest.fixture
def demo_db(demo_copy):
    """This test's copy of the run's 300-customer demo archive."""
    return str(demo_copy(300, 3))


def test_default_archive_lives_in_the_data_directory(tmp_path):
    from desktop_crm.services import session

    args = cli.build_parser().parse_args(["--data-dir", str(tmp_path), "check"])
    assert cli.location(args).database == str(tmp_path / "archive.sqlite3")
    args = cli.build_parser().parse_args(["check"])
    assert cli.location(args).database.endswith("archive.sqlite3")
    assert str(session.default_data_dir()) in cli.location(args).database


def test_list_searches_like_the_search_box(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    assert cli.main(["--db", demo_db, "--user", "kefu", "customers", "list", "--search", "有限", "--format", "json",
                     "--limit", "0"]) == 0
    rows = json.loads(capsys.readouterr().out)
    with sqlite3.connect(demo_db) as raw:
        expected = raw.execute("SELECT count(*) FROM customer WHERE name LIKE '%有限%' AND state <> '已清除'").fetchone()[0]
    assert len(rows) == expected > 0
    assert all("有限" in r["name"] for r in rows)


def test_csv_and_table_formats(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    assert cli.main(["--db", demo_db, "--user", "jingli", "customers", "list", "--format", "csv", "--limit", "5"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("登记编号,名称") and len(lines) == 6
    assert cli.main(["--db", demo_db, "--user", "jingli", "customers", "list", "--limit", "3"]) == 0
    captured = capsys.readouterr()
    assert "共 " in captured.err and captured.out.count("\n") == 4


def test_refusals_exit_with_status_3(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    assert cli.main(["--db", demo_db, "--user", "yewuyuan", "customers", "list"]) == 3
    assert "业务员" in capsys.readouterr().err
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "wrong-password")
    assert cli.main(["--db", demo_db, "--user", "kefu", "customers", "list"]) == 3
    assert cli.main(["--db", demo_db, "customers", "list"]) == 3      # several users: must say who
    assert "--user" in capsys.readouterr().err


def test_check_reports_and_sets_the_status(demo_db, capsys):
    assert cli.main(["--db", demo_db, "check"]) == 0
    assert "检查通过" in capsys.readouterr().out
    with sqlite3.connect(demo_db) as raw:
        raw.execute("DELETE FROM schema_version WHERE version = (SELECT max(version) FROM schema_version)")
    assert cli.main(["--db", demo_db, "check"]) == 1
    assert "结构版本" in capsys.readouterr().out


def test_check_finds_a_damaged_search_index_and_repair_mends_it(demo_db, capsys, monkeypatch):
    with sqlite3.connect(demo_db) as raw:
        raw.execute("DELETE FROM customer_fts_data WHERE id > 10")  # damage the index, not the cards
    assert cli.main(["--db", demo_db, "check"]) == 1
    assert "repair" in capsys.readouterr().out
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    assert cli.main(["--db", demo_db, "check", "--repair"]) == 3           # a write: someone must sign in
    assert cli.main(["--db", demo_db, "--user", "kefu", "check", "--repair"]) == 3
    assert "无权修复档案库" in capsys.readouterr().err
    assert cli.main(["--db", demo_db, "--user", "dangan", "check", "--repair"]) == 0


def test_check_finds_scans_attached_to_nothing_and_repair_removes_them(demo_db, capsys, monkeypatch):
    import os
    import time
    from pathlib import Path

    loose = Path(demo_db).parent / "scans" / "ab" / ("ab" + "0" * 62 + ".pdf")
    loose.parent.mkdir(parents=True, exist_ok=True)
    loose.write_bytes(b"%PDF-1.4 left by a kill between copying and recording")
    os.utime(loose, (time.time() - 7200, time.time() - 7200))
    fresh = loose.with_name("ab" + "1" * 62 + ".pdf")          # perhaps being added right now: kept
    fresh.write_bytes(b"%PDF-1.4")
    assert cli.main(["--db", demo_db, "check"]) == 1
    assert "无主扫描件" in capsys.readouterr().out
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    assert cli.main(["--db", demo_db, "--user", "dangan", "check", "--repair"]) == 0
    assert "未登记的文件 1 个" in capsys.readouterr().out
    assert not loose.exists() and fresh.exists()
    assert cli.main(["--db", demo_db, "check"]) == 0


def test_demo_refuses_bad_count(tmp_path, capsys):
    with pytest.raises(SystemExit) as refused:
        cli.main(["--db", str(tmp_path / "x.sqlite3"), "demo", "--customers", "-5"])
    assert refused.value.code == 2 and "不是有效的客户数量" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["--db", str(tmp_path / "x.sqlite3"), "demo", "--customers", "1000001"])
    assert "1,000,000" in capsys.readouterr().err


def test_demo_fills_binders_and_the_catalogue_command_prints_one(demo_copy, tmp_path, capsys, monkeypatch):
    from pypdf import PdfReader

    db = demo_copy(40, 5)
    with sqlite3.connect(db) as raw:
        number, category, year, count = raw.execute(
            "SELECT c.number, d.category, d.year, count(*) FROM document d JOIN customer c ON c.id = d.customer_id"
            " GROUP BY d.customer_id, d.category, d.year ORDER BY count(*) DESC LIMIT 1").fetchone()
        kinds = {k for (k,) in raw.execute("SELECT DISTINCT kind FROM document")}
    assert {"business_licence", "contract", "goods_register", "background"} <= kinds
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    out = tmp_path / "目录.pdf"
    assert cli.main(["--db", str(db), "--user", "dangan", "catalogue", "--customer", number,
                     "--category", str(category), "--year", str(year), "--out", str(out)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert number in text and "客户档案目录" in text
    assert cli.main(["--db", str(db), "--user", "dangan", "catalogue", "--customer", "QY-999999",
                     "--category", "1", "--year", str(year), "--out", str(out)]) == 1
    assert "没有登记编号" in capsys.readouterr().err
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    assert cli.main(["--db", str(db), "--user", "yewuyuan", "catalogue", "--customer", number,
                     "--category", "1", "--year", str(year), "--out", str(out)]) == 3


def test_handout_command_gives_a_salesman_only_three_fields(demo_db, tmp_path, capsys, monkeypatch):
    from openpyxl import load_workbook

    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    out = tmp_path / "给刘洋.xlsx"
    assert cli.main(["--db", demo_db, "--user", "dangan", "handout", "--customer", "QY-000001", "--to", "yewuyuan",
                     "--out", str(out)]) == 3                       # the custodian needs a manager's consent
    assert "经理" in capsys.readouterr().err and not out.exists()
    assert cli.main(["--db", demo_db, "--user", "dangan", "handout", "--customer", "QY-000001", "--to", "yewuyuan",
                     "--consent-by", "jingli", "--out", str(out)]) == 0
    rows = list(load_workbook(out)["客户资料"].iter_rows(min_row=2, values_only=True))
    assert [label for label, _ in rows] == ["单位名称", "联系人姓名", "联系人职务"]
    assert cli.main(["--db", demo_db, "--user", "jingli", "handout", "--customer", "QY-000001", "--to", "kefu",
                     "--out", str(tmp_path / "给客服.xlsx")]) == 0
    assert "须于" in capsys.readouterr().out
    assert cli.main(["--db", demo_db, "--user", "kefu", "handout", "--customer", "QY-000001", "--to", "yewuyuan",
                     "--out", str(tmp_path / "x.xlsx")]) == 3


def test_demo_makes_loans_some_overdue_and_handouts(demo_db):
    with sqlite3.connect(demo_db) as raw:
        slips = raw.execute("SELECT count(*), sum(due_date < ?) FROM borrowslip", (TEST_TODAY.isoformat(),)).fetchone()
        handed = raw.execute("SELECT count(*) FROM handout").fetchone()[0]
    assert slips[0] > 5 and slips[1] >= 1 and handed >= 5


def test_settings_bind_and_volume_commands(demo_copy, tmp_path, capsys, monkeypatch):

    from pypdf import PdfReader

    db = str(demo_copy(12, 9))
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    assert cli.main(["--db", db, "--user", "dangan", "settings", "--template", "dat13", "--enterprise-prefix", "KH",
                     "--loan-days", "customer_service=10"]) == 0
    printed = capsys.readouterr().out
    assert "template = dat13" in printed and "number_prefix.enterprise = KH" in printed
    assert "loan_days.customer_service = 10" in printed
    assert cli.main(["--db", db, "--user", "dangan", "settings", "--loan-days", "boss=3"]) == 2
    assert cli.main(["--db", db, "--user", "dangan", "settings", "--approvers", "manager,business_manager",
                     "--terms", "优秀=120:8000000"]) == 0
    printed = capsys.readouterr().out
    assert "approvals.approvers = business_manager,manager" in printed and "terms.优秀 = 120:8000000.00" in printed
    year = TEST_TODAY.year - 1
    out = tmp_path / "volumes"
    assert cli.main(["--db", db, "--user", "dangan", "bind", "--year", str(year), "--out", str(out)]) == 2
    assert "--yes" in capsys.readouterr().err                      # the plan is shown and must be confirmed
    assert cli.main(["--db", db, "--user", "dangan", "bind", "--year", str(year), "--out", str(out), "--yes"]) == 2
    assert "写明" in capsys.readouterr().err                       # gaps need a written acceptance
    assert cli.main(["--db", db, "--user", "dangan", "bind", "--year", str(year), "--out", str(out), "--yes",
                     "--accept", "演示缺件", "--with-scans", "--double-sided"]) == 0
    files = sorted(p.name for p in out.iterdir())
    assert f"{year}年度案卷目录.pdf" in files and any(f.startswith(f"0456-KH·{year}-001") for f in files)
    assert cli.main(["--db", db, "--user", "kefu", "volumes", "list", "--year", str(year)]) == 0
    listed = capsys.readouterr().out
    assert f"0456-KH·{year}-001" in listed
    single = tmp_path / "one.pdf"
    assert cli.main(["--db", db, "--user", "kefu", "volume", "print", f"0456-KH·{year}-001", "--out", str(single)]) == 0
    assert "卷内备考表" in PdfReader(str(single)).pages[-1].extract_text()
    assert cli.main(["--db", db, "--user", "dangan", "volume", "verify", "--year", str(year)]) == 0
    assert cli.main(["--db", db, "--user", "dangan", "volume", "verify", f"0456-KH·{year}-001"]) == 0
    capsys.readouterr()
    with single.open("r+b") as damaged:                         # a printed file that no longer holds its pages
        damaged.truncate(single.stat().st_size // 2)
    assert cli.main(["--db", db, "--user", "dangan", "volume", "verify", f"0456-KH·{year}-001"]) == 1
    assert cli.main(["--db", db, "--user", "kefu", "bind", "--year", str(year), "--out", str(out)]) == 3


def test_credit_reports(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    assert cli.main(["--db", demo_db, "--user", "jingli", "report", "ageing", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    total = rows[-1]
    assert total["number"] == "合计" and float(total["balance"]) > 0
    assert abs(sum(float(r["balance"]) for r in rows[:-1]) - float(total["balance"])) < 0.01
    assert cli.main(["--db", demo_db, "--user", "jingli", "report", "bad-customers", "--format", "csv"]) == 0
    assert "破产" in capsys.readouterr().out
    assert cli.main(["--db", demo_db, "--user", "yewuyuan", "report", "ageing"]) == 3
