"""The command line in English under --lang en: argparse's texts, every help, the command's own lines, table
headings and the services' refusals; and every Chinese text of the command line marked for translation."""
import ast
import re
from pathlib import Path

import pytest

from desktop_crm import cli
from tests.samples import TEST_TODAY

CLI = Path(cli.__file__).parent
CJK = re.compile(r"[\u4e00-\u9fff]")
# data and keywords a person types, not texts shown: the demo's filing unit, the default purpose of a
# hand-out, the roster keyword for "do not import" and the Chinese "yes" accepted at the prompt
NOT_SHOWN = {"浙江华东机电集团有限公司", "业务联系", "不导入", "是"}


def test_every_chinese_text_of_the_command_line_is_marked():
    unmarked = []
    for path in sorted(CLI.glob("*.py")):
        if path.name == "argparse_texts.py":          # argparse's own texts, translated there
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        marked = {id(a) for n in ast.walk(tree) if isinstance(n, ast.Call)
                  and getattr(n.func, "id", "") == "QT_TRANSLATE_NOOP" for a in n.args}
        docs = {id(n.body[0].value) for n in ast.walk(tree)
                if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body
                and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        unmarked += [f"{path.name}:{n.lineno} {n.value}" for n in ast.walk(tree)
                     if isinstance(n, ast.Constant) and isinstance(n.value, str) and CJK.search(n.value)
                     and id(n) not in marked | docs and n.value not in NOT_SHOWN]
    assert unmarked == []


@pytest.fixture
def live(demo_copy, monkeypatch) -> list[str]:
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    return ["--data-dir", str(demo_copy(40, 11, 10).parent)]


def test_help_lines_and_refusals_in_english(live, capsys):
    with pytest.raises(SystemExit):
        cli.main(["--lang", "en", "locate", "binder", "--help"])
    shown = capsys.readouterr().out
    assert "usage:" in shown and "customer number, e.g. QY-000001" in shown and "客户" not in shown
    custodian = ["--lang", "en", *live, "--user", "dangan"]
    assert cli.main([*custodian, "locations", "add", "A-01-1", "--note", "东墙铁皮柜"]) == 0
    assert "Place A-01-1 registered" in capsys.readouterr().out
    assert cli.main([*custodian, "locations", "list"]) == 0
    listed = capsys.readouterr().out
    assert listed.startswith("Place") and "In use" in listed
    assert cli.main([*custodian, "locate", "binder", "QY-000001", "--at", "C-09-9"]) == 1
    assert "Error: Place C-09-9 is not registered" in capsys.readouterr().err      # a service's refusal
    assert cli.main([*custodian, "bind", "--year", str(TEST_TODAY.year - 1), "--out", str(Path(live[1]) / "vol"), "--yes",
                     "--accept", "演示档案：缺件已登记待补"]) == 0
    capsys.readouterr()
    assert cli.main([*custodian, "retention", "due", "--as-of", "1990-01-01"]) == 2
    assert "Bad input: The date 1990-01-01 is before the first volume was bound" in capsys.readouterr().err
    # and Chinese again without --lang
    assert cli.main([*live, "--user", "dangan", "locate", "binder", "QY-000001", "--at", "C-09-9"]) == 1
    assert "尚未登记" in capsys.readouterr().err
