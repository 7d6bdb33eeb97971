"""Where the files under the top-level ``resources/`` folder are."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "resources"
FONT_DIR = ROOT / "fonts"
CJK_FONT = FONT_DIR / "wqy-microhei.ttc"   # sans-serif, for the screen (and embeddable by ReportLab)
PRINT_FONT = FONT_DIR / "uming.ttc"        # Ming/Song style, for printed forms
TRANSLATIONS = ROOT / "translations"
