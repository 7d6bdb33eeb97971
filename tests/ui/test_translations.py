import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_crm.resource_files import TRANSLATIONS
from desktop_crm.ui.common.i18n import install_language

SOURCES = sorted(str(p) for d in ("desktop_crm/ui", "desktop_crm/domain", "desktop_crm/services", "desktop_crm/cli")
                 for p in (Path(__file__).resolve().parents[2] / d).rglob("*.py"))


def test_english_is_loaded_on_request_and_chinese_is_the_default(desk_app):
    try:
        assert install_language("en")
        assert QCoreApplication.translate("MainWindow", "新建企业客户") == "New enterprise customer"
        assert QCoreApplication.translate("Card", "统一社会信用代码") == "Unified social credit code"
    finally:
        install_language("zh_CN")
    assert QCoreApplication.translate("MainWindow", "新建企业客户") == "新建企业客户"


def test_every_ui_text_has_an_english_translation(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate not installed")
    ts = tmp_path / "check.ts"
    shutil.copy(TRANSLATIONS / "archive_desk_en.ts", ts)
    subprocess.run([lupdate, *SOURCES, "-ts", str(ts)], check=True, capture_output=True)
    unfinished = [m.find("source").text for m in ET.parse(ts).getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == [], "run pyside6-lupdate and translate these in Qt Linguist"


def test_a_refusal_written_in_the_services_is_shown_in_english(desk_app, archive):
    from desktop_crm.domain.errors import InvalidInput
    from desktop_crm.services.accounts import user_accounts
    from desktop_crm.ui.common.messages import error_text

    try:
        assert install_language("en")
        with pytest.raises(InvalidInput) as caught:
            user_accounts.create_first_custodian("1x", "", "short", "other")
        shown = error_text(caught.value)
        assert "The user name must start with a letter" in shown and "用户" not in shown
        from desktop_crm.domain.card_values import clean_card
        from desktop_crm.domain.customer_card import CustomerKind
        with pytest.raises(InvalidInput) as caught:
            clean_card(CustomerKind.ENTERPRISE, {"name": "华为技术有限公司", "uscc": "91440300192203821", "roster": "普通公司",
                                                 "importance": "一般", "state": "往来"})
        assert "must have 18 characters, not 17" in error_text(caught.value)
    finally:
        install_language("zh_CN")
    assert "登录名须以英文字母开头" in error_text(caught.value) or "统一社会信用代码" in error_text(caught.value)
