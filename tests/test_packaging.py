"""The wheel carries what the program needs: built from this checkout, installed outside it, it prints a
catalogue with the CJK font embedded and loads the English translation."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_folder_is_listed_for_the_wheel():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "desktop_crm").rglob("__init__.py")}
    assert listed == on_disk | {"desktop_crm.resources"}


def _run(*args: str, env: dict, cwd: Path) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=300)
    assert done.returncode == 0, done.stderr
    return done


@pytest.mark.skipif(bool(os.environ.get("DESKTOP_CRM_TEST_PG")), reason="once per CI run is enough")
@pytest.mark.timeout(600)
def test_the_wheel_installed_elsewhere_prints_with_its_font_and_speaks_english(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w",
                    str(tmp_path / "dist"), str(ROOT)], check=True, capture_output=True, timeout=300)
    wheel = next((tmp_path / "dist").glob("desktop_crm-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(tmp_path / "site"),
                    str(wheel)], check=True, capture_output=True, timeout=300)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    # the installed copy first on the path; its dependencies from this interpreter
    env = dict(os.environ, PYTHONPATH=str(tmp_path / "site"), DESKTOP_CRM_PASSWORD="demo1234",
               QT_QPA_PLATFORM="offscreen", PYTHONSAFEPATH="1")
    where = _run("-c", "import desktop_crm.resource_files as r; print(r.ROOT)", env=env, cwd=outside).stdout
    assert str(tmp_path / "site") in where and str(ROOT) not in where
    data = ["-m", "desktop_crm", "--data-dir", str(outside / "archive")]
    _run(*data, "demo", "--customers", "5", "--binders", "5", env=env, cwd=outside)
    _run(*data, "--user", "dangan", "catalogue", "--customer", "QY-000001", "--category", "1", "--year", "2026",
         "--out", str(outside / "目录.pdf"), env=env, cwd=outside)
    page = PdfReader(outside / "目录.pdf").pages[0]
    fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
    embedded = [str(f["/BaseFont"]) for f in fonts if "/FontFile2" in f["/FontDescriptor"].get_object()]
    assert any("UMing" in name for name in embedded), embedded        # the bundled Song font, embedded
    english = _run("-c", "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
                   "from desktop_crm.ui.common.i18n import install_language; assert install_language('en'); "
                   "from PySide6.QtCore import QCoreApplication; "
                   "print(QCoreApplication.translate('MainWindow', '导入客户名册…'))", env=env, cwd=outside).stdout
    assert english.strip() == "Import customer roster…"
