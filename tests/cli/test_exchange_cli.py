"""import and export from the command line."""
import sqlite3

from openpyxl import load_workbook

from desktop_crm import cli
from tests.samples import HUAWEI_USCC, TENCENT_USCC


def _count(db) -> int:
    with sqlite3.connect(db) as raw:
        return raw.execute("SELECT count(*) FROM customer").fetchone()[0]


def test_import_dry_run_then_import_list_and_undo(demo_copy, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    db = str(demo_copy(30, 4))
    base = ["--db", db, "--user", "dangan"]
    roster = tmp_path / "名册.csv"
    roster.write_text(f"单位名称,统一社会信用代码,电话\n华为技术有限公司,{HUAWEI_USCC},0755-28780808\n"
                      f"深圳市腾讯计算机系统有限公司,{TENCENT_USCC},12345\n", encoding="gb18030")
    assert cli.main(base + ["import", "customers", str(roster), "--dry-run", "--report", str(tmp_path / "问题.xlsx")]) == 2
    printed = capsys.readouterr().out
    assert "第 3 行“电话”列" in printed and "没有导入任何档案卡" in printed
    assert load_workbook(tmp_path / "问题.xlsx").active["A2"].value == 3
    roster.write_text(f"客户全称,代码,电话\n华为技术有限公司,{HUAWEI_USCC},0755-28780808\n"
                      f"深圳市腾讯计算机系统有限公司,{TENCENT_USCC},0755-86013388\n", encoding="utf-8-sig")
    assert cli.main(base + ["import", "customers", str(roster)]) == 2          # no heading it knows for the name
    assert "名称" in capsys.readouterr().out
    before = _count(db)
    assert cli.main(base + ["import", "customers", str(roster), "--column", "客户全称=单位名称",
                            "--column", "代码=统一社会信用代码", "--dry-run"]) == 0
    assert _count(db) == before and "检查通过" in capsys.readouterr().out
    assert cli.main(base + ["import", "customers", str(roster), "--column", "客户全称=单位名称",
                            "--column", "代码=统一社会信用代码"]) == 0
    assert "新建 2 张" in capsys.readouterr().out and _count(db) == before + 2
    assert cli.main(base + ["import", "list"]) == 0
    assert "名册.csv" in capsys.readouterr().out
    assert cli.main(base + ["import", "undo", "1", "--reason", "名册有误"]) == 0
    assert _count(db) == before
    assert cli.main(["--db", db, "--user", "kefu", "import", "customers", str(roster)]) == 3


def test_export_every_list(demo_copy, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    db = str(demo_copy(300, 3))
    for kind in ("customers", "ageing", "bad-customers", "loans", "handouts", "gaps", "query-register"):
        out = tmp_path / f"{kind}.xlsx"
        assert cli.main(["--db", db, "--user", "dangan", "export", kind, "--out", str(out)]) == 0, kind
        rows = int(capsys.readouterr().out.split(" 行")[0].split()[-1])
        assert load_workbook(out).active.max_row == rows + 1, kind
    assert cli.main(["--db", db, "--user", "kefu", "export", "loans", "--out", str(tmp_path / "x.csv")]) == 3
    assert cli.main(["--db", db, "--user", "kefu", "export", "customers", "--search", "杭州",
                     "--out", str(tmp_path / "杭州.csv")]) == 0
    assert (tmp_path / "杭州.csv").read_bytes().startswith(b"\xef\xbb\xbf")
