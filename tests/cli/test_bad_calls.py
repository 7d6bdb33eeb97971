"""Bad command lines end with a Chinese message and a non-zero status — never a traceback, never a write."""
import sqlite3
import sys

import pytest

from desktop_crm import cli


@pytest.fixture
def demo_db(demo_copy, monkeypatch):
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    return str(demo_copy(300, 3))


def run(argv: list[str]) -> int:
    try:
        return cli.main(argv)
    except SystemExit as exc:          # argparse's own refusal of a bad value
        return int(exc.code or 0)


def rows(db: str) -> tuple[int, int]:
    with sqlite3.connect(db) as raw:
        return (raw.execute("SELECT count(*) FROM customer").fetchone()[0],
                raw.execute("SELECT count(*) FROM changerecord").fetchone()[0])


BAD = [
    (["bind", "--year", "9" * 20, "--out", "{tmp}/v"], 2, "不是有效的年度"),
    (["bind", "--year", "٢٠٢٥", "--out", "{tmp}/v"], 2, "不是有效的年度"),
    (["volumes", "list", "--year", "-1"], 2, "不是有效的年度"),
    (["customers", "list", "--limit", "-5"], 2, "不是有效的条数"),
    (["customers", "list", "--limit", "abc"], 2, "不是有效的条数"),
    (["demo", "--customers", "5000000"], 2, "客户数量"),
    (["settings", "--terms", "优秀=90:abc"], 2, "不符合格式"),
    (["settings", "--terms", "优秀"], 2, "键=值"),
    (["settings", "--page-limit", "99999999999999999999"], 2, "页数上限"),
    (["settings", "--loan-days", "kefu=abc"], 2, "角色"),
    (["export", "customers", "--out", "{tmp}"], 2, "结尾"),
    (["export", "customers", "--out", "{tmp}/x.xlsx", "--since", "2025-13-01"], 2, "不是有效日期"),
    (["catalogue", "--customer", "QY-000001", "--category", "1", "--year", "2025", "--out", "{tmp}"], 2, "文件夹"),
    (["catalogue", "--customer", "无此客户", "--category", "1", "--year", "2025", "--out", "{tmp}/c.pdf"], 1, "没有登记编号为"),
    (["import", "customers", "{tmp}/none.xlsx"], 2, "找不到文件"),
    (["import", "undo", "0", "--reason", "x"], 2, "编号"),
    (["restore", "{tmp}/none.zip"], 2, "备份文件"),
    (["volume", "verify", "NO-SUCH-CODE"], 1, "没有档号为"),
]


@pytest.mark.parametrize(("argv", "status", "said"), BAD, ids=[" ".join(b[0][:3]) for b in BAD])
def test_a_bad_call_is_refused_in_chinese_without_a_trace(demo_db, tmp_path, capsys, argv, status, said):
    before = rows(demo_db)
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    user = [] if argv[0] in ("demo",) else ["--user", "dangan"]
    data = ["--data-dir", str(tmp_path / "restored")] if argv[0] == "restore" else ["--db", demo_db]
    got = run([*data, *user, *argv])
    err = capsys.readouterr().err
    assert got == status, err
    assert "Traceback" not in err and said in err
    assert rows(demo_db) == before


def test_an_unknown_database_address_is_refused_in_chinese(capsys):
    assert run(["--db", "mysql://root@localhost/crm", "check"]) == 2
    assert "不支持的数据库地址" in capsys.readouterr().err


def test_an_unforeseen_error_is_logged_not_shown(demo_db, capsys, monkeypatch, tmp_path):
    from desktop_crm.services import crash_log

    monkeypatch.setattr(crash_log, "log_folder", lambda: tmp_path / "log")

    def broken(_args):
        raise RuntimeError("模拟的意外错误")
    monkeypatch.setattr(cli, "run_command", broken)
    assert run(["--db", demo_db, "customers", "list"]) == 1
    err = capsys.readouterr().err
    assert "程序内部错误" in err and "Traceback" not in err
    log = tmp_path / "log" / "archive-desk.log"
    assert str(log) in err and "模拟的意外错误" in log.read_text(encoding="utf-8")


def test_ctrl_c_ends_with_130(demo_db, capsys, monkeypatch):
    def interrupted(_args):
        raise KeyboardInterrupt
    monkeypatch.setattr(cli, "run_command", interrupted)
    assert run(["--db", demo_db, "check"]) == 130
    assert "已取消" in capsys.readouterr().err


def test_output_redirected_in_a_chinese_windows_encoding_does_not_crash(demo_db, tmp_path):
    import subprocess
    import sys

    env = dict(__import__("os").environ, PYTHONIOENCODING="cp936")
    with open(tmp_path / "log.txt", "wb") as out:
        done = subprocess.run([sys.executable, "-m", "desktop_crm", "--db", demo_db, "check"], stdout=out,
                              stderr=subprocess.PIPE, env=env, timeout=120)
    assert done.returncode == 0, done.stderr.decode("cp936", "replace")
    text = (tmp_path / "log.txt").read_bytes().decode("cp936")
    assert "检查通过" in text and "?" in text                    # ✓ has no cp936 form: shown as ?


def test_argparse_speaks_chinese_and_english_under_lang_en(capsys):
    assert run(["--help"]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("用法：") and "选项" in shown and "显示本帮助并退出" in shown
    assert "显示程序版本并退出" in shown
    assert run(["--lang", "en", "--help"]) == 0
    assert "show program's version number and exit" in capsys.readouterr().out
    assert run(["bind"]) == 2
    assert "错误：缺少必需的参数：--year, --out" in capsys.readouterr().err
    assert run(["--lang", "en", "bind"]) == 2
    assert "error: the following arguments are required" in capsys.readouterr().err
    assert run(["bind"]) == 2                          # and back: each call decides for itself
    assert "缺少必需的参数" in capsys.readouterr().err


def test_a_program_without_a_console_prints_into_nothing(monkeypatch, capsys):
    """archive-desk on Windows starts with no stdout or stderr; its reminders must not end it."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    cli._console_safe()
    print("提示：王芳仍在使用公开的演示密码")
    print("注意", file=sys.stderr)
    assert sys.stdout is not None and sys.stderr is not None
