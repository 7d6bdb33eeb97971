"""Smoke test of the frozen app built by archive_desk.spec: the programs in dist/ArchiveDesk run the
custodian's day on a fresh archive without Python or the source checkout behind them.

    python packaging/smoke_test.py dist/ArchiveDesk

Runs: --version, demo --customers 50, check, a catalogue (its CJK font embedded), the year-end binding with
scans and its read-back verification, English help, and the window painting its first rows (start-up timed
against the same window started from the source checkout). Prints one line per step; exits 1 on the first
failure, with what the program said.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent


def _fail(step: str, done: subprocess.CompletedProcess | None = None, why: str = "") -> None:
    print(f"FAILED {step}: {why}")
    if done is not None:
        print(done.stdout[-3000:])
        print(done.stderr[-3000:])
    sys.exit(1)


def _run(step: str, program: Path, *args: str, env: dict, cwd: Path, status: int = 0) -> subprocess.CompletedProcess:
    started = time.perf_counter()
    done = subprocess.run([str(program), *args], capture_output=True, text=True, encoding="utf-8",
                          errors="replace", env=env, cwd=cwd, timeout=600)
    if done.returncode != status:
        _fail(step, done, f"exit {done.returncode}")
    print(f"ok {step} ({time.perf_counter() - started:.1f} s)")
    return done


def _embedded_fonts(pdf: Path) -> list[str]:
    page = PdfReader(pdf).pages[0]
    fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
    return [str(f["/BaseFont"]) for f in fonts
            if "/FontDescriptor" in f and "/FontFile2" in f["/FontDescriptor"].get_object()]


def _first_rows_seconds(command: list[str], env: dict, cwd: Path, runs: int = 3) -> float:
    """Process start → the main window has painted its first customer rows (median of runs)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                env=dict(env, DESKTOP_CRM_BENCH_FIRST_ROWS="1"), cwd=cwd)
        assert proc.stdout is not None
        painted = any(line.startswith("FIRST_ROWS") for line in proc.stdout)
        proc.wait(timeout=120)
        if not painted:
            _fail("window", why=f"{command[0]} never painted its first rows")
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", type=Path, help="the one-folder app (dist/ArchiveDesk)")
    args = parser.parse_args()
    exe = ".exe" if os.name == "nt" else ""
    app = args.app.resolve()          # the steps run in a folder of their own
    cli, window = app / f"desktop-crm{exe}", app / f"archive-desk{exe}"
    for program in (cli, window):
        if not program.is_file():
            _fail("layout", why=f"{program} is missing")
    size_mb = sum(p.stat().st_size for p in app.rglob("*")
                  if p.is_file() and not p.is_symlink()) / 2**20
    print(f"frozen app: {app} ({size_mb:.0f} MB)")

    work = Path(tempfile.mkdtemp(prefix="archive-desk-smoke-"))
    # no PYTHONPATH or checkout: the frozen program must carry everything itself
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(DESKTOP_CRM_PASSWORD="demo1234", QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CONFIG_HOME=str(work / "config"), XDG_STATE_HOME=str(work / "state"))
    data = ["--data-dir", str(work / "archive")]

    version = _run("--version", cli, "--version", env=env, cwd=work).stdout
    if "desktop-crm" not in version:
        _fail("--version", why=version)
    _run("demo --customers 50", cli, *data, "demo", "--customers", "50", env=env, cwd=work)
    checked = _run("check", cli, *data, "check", env=env, cwd=work).stdout
    if "检查通过" not in checked:
        _fail("check", why=checked)

    year = date.today().year
    catalogue = work / "目录.pdf"
    _run("catalogue", cli, *data, "--user", "dangan", "catalogue", "--customer", "QY-000001", "--category", "1",
         "--year", str(year), "--out", str(catalogue), env=env, cwd=work)
    if not any("UMing" in name for name in _embedded_fonts(catalogue)):
        _fail("catalogue", why=f"the bundled Song font is not embedded: {_embedded_fonts(catalogue)}")

    volumes = work / "volumes"
    _run("bind --with-scans", cli, *data, "--user", "dangan", "bind", "--year", str(year - 1), "--out",
         str(volumes), "--with-scans", "--yes", "--accept", "冒烟测试：演示档案的缺件已登记待补",
         "--checked-by", "王芳", env=env, cwd=work)
    bound = sorted(volumes.glob("0456-*.pdf"))
    if not bound:
        _fail("bind", why="no volume written")
    verified = _run("volumes verify", cli, *data, "--user", "dangan", "volumes", "verify", "--year",
                    str(year - 1), env=env, cwd=work).stdout
    if f"核对 {len(bound)} 个文件，0 个有问题" not in verified:
        _fail("volumes verify", why=verified[-500:])

    english = _run("--lang en --help", cli, "--lang", "en", "--help", env=env, cwd=work).stdout
    if not english.startswith("usage:") or "customer cards" not in english:
        _fail("--lang en", why=english[:400])
    refused = _run("--lang en refusal", cli, "--lang", "en", *data, "--user", "dangan", "locate", "binder", "QY-000001",
                   "--at", "Z-9-9", env=env, cwd=work, status=1).stderr
    if "Place Z-9-9 is not registered" not in refused:
        _fail("--lang en refusal", why=refused[-400:])

    # On Windows the window's own program has no console to report through; the command line's `gui` is the
    # same program with one.
    starter = [str(cli), *data, "--user", "dangan", "gui"] if os.name == "nt" else [str(window), *data, "--user", "dangan"]
    frozen = _first_rows_seconds(starter, env, work)
    source = _first_rows_seconds([sys.executable, str(ROOT / "main.py"), *data, "--user", "dangan"],
                                 dict(os.environ, **{k: env[k] for k in ("DESKTOP_CRM_PASSWORD", "QT_QPA_PLATFORM")}),
                                 work)
    print(f"ok window: first rows painted {frozen:.2f} s after start (from source: {source:.2f} s, "
          f"ratio {frozen / source:.2f})")
    print(f"frozen app smoke test: every step passed ({size_mb:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
