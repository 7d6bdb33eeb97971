"""Where the files under the top-level ``resources/`` folder are."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "resources"
FONT_DIR = ROOT / "fonts"
CJK_FONT = FONT_DIR / "wqy-microhei.ttc"   # TrueType outlines: usable by Qt and embeddable by ReportLab
TRANSLATIONS = ROOT / "translations"
