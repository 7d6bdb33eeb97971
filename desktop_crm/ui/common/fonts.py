"""Registers the bundled CJK font with Qt, so Chinese never shows as boxes on machines without one."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop_crm.resource_files import CJK_FONT

FALLBACK_FAMILY = "WenQuanYi Micro Hei"


def install_cjk_font(app: QApplication, point_size: int = 10) -> str:
    """Load the bundled font and make it the application font; returns its family name."""
    font_id = QFontDatabase.addApplicationFont(str(CJK_FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else FALLBACK_FAMILY
    font = QFont(family, point_size)
    app.setFont(font)
    return family
