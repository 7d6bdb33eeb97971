"""locate, locations and retention from the command line, as the custodian and the manager type them."""
import json

import pytest
from pypdf import PdfReader

from desktop_crm import cli
from tests.samples import TEST_TODAY

YEAR = TEST_TODAY.year - 1


@pytest.fixture
def live(demo_copy, monkeypatch) -> list[str]:
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    return ["--data-dir", str(demo_copy(40, 11, 10).parent)]


def test_places_binders_and_volumes(live, tmp_path, capsys):
    custodian = [*live, "--user", "dangan"]
    assert cli.main([*custodian, "bind", "--year", str(YEAR), "--out", str(tmp_path / "vol"), "--yes",
                     "--accept", "演示档案：缺件已登记待补"]) == 0
    assert cli.main([*custodian, "locations", "add", "A-01-1", "--note", "东墙铁皮柜"]) == 0
    assert cli.main([*custodian, "locations", "add", "B-02-3"]) == 0
    assert cli.main([*custodian, "locations", "add", "B-02-3"]) == 2                  # a place given twice
    assert "已经登记过" in capsys.readouterr().err
    assert cli.main([*custodian, "locate", "binder", "QY-000001", "--at", "A-01-1"]) == 0
    assert cli.main([*custodian, "locate", "binder", "QY-000001", "--at", "B-02-3"]) == 0
    assert "A-01-1 → B-02-3" in capsys.readouterr().out
    code = f"0456-{YEAR}-001"
    assert cli.main([*custodian, "locate", "volume", code, "--at", "C-09-9"]) == 1      # an unknown place
    assert "尚未登记" in capsys.readouterr().err
    assert cli.main([*custodian, "locate", "volume", code, "--at", "A-01-1"]) == 0
    capsys.readouterr()
    assert cli.main([*custodian, "locations", "list", "--format", "json"]) == 0
    listed = {p["code"]: p for p in json.loads(capsys.readouterr().out)}
    assert (listed["A-01-1"]["volumes"], listed["B-02-3"]["binders"]) == ("1", "1")
    assert cli.main([*custodian, "volumes", "list", "--year", str(YEAR)]) == 0
    assert f"{code}" in (shown := capsys.readouterr().out) and "A-01-1" in shown and "未上架" in shown
    assert cli.main([*custodian, "locations", "index", "--out", str(tmp_path / "索引.pdf")]) == 0
    text = PdfReader(tmp_path / "索引.pdf").pages[0].extract_text()
    assert "A-01-1" in text and code in text
    assert cli.main([*custodian, "check"]) == 0
    assert "尚未上架" in capsys.readouterr().out
    assert cli.main([*live, "--user", "kefu", "locate", "binder", "QY-000002", "--at", "A-01-1"]) == 3


def test_retention_from_due_to_destroyed(live, tmp_path, capsys):
    custodian, manager = [*live, "--user", "dangan"], [*live, "--user", "jingli"]
    assert cli.main([*custodian, "bind", "--year", str(YEAR), "--out", str(tmp_path / "vol"), "--yes",
                     "--accept", "演示档案：缺件已登记待补"]) == 0
    capsys.readouterr()
    assert cli.main([*custodian, "retention", "due", "--as-of", f"{YEAR + 11}-01-10", "--format", "json"]) == 0
    due = json.loads(capsys.readouterr().out)
    assert due and all(d["retention"] == "10年" and d["expires"] == f"{YEAR + 10}-12-31" for d in due)
    assert cli.main([*custodian, "retention", "due", "--as-of", "1990-01-01"]) == 2
    assert "早于最早一卷的立卷日期" in capsys.readouterr().err
    # not yet expired on the real (test) day
    assert cli.main([*custodian, "retention", "appraise", due[0]["code"], "--destroy", "--reason", "无查考价值"]) == 2
    assert "保管期限未满" in capsys.readouterr().err
    assert cli.main([*manager, "retention", "propose", "--reason", "到期鉴定"]) == 2
    assert "没有鉴定为销毁" in capsys.readouterr().err
    assert cli.main([*custodian, "retention", "lists"]) == 0
    assert cli.main([*custodian, "retention", "approve", "XH-2036-0001"]) == 3         # not a manager's role
