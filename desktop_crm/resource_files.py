"""Where the program's own files are: the fonts and translations under the repository's top-level
``resources/`` folder, shipped inside the wheel as the package ``desktop_crm.resources``.

Found with ``importlib.resources``, so the same code finds them in an installed wheel, an editable install and
a frozen app; a plain source checkout run without installing (``python main.py``) falls back to the folder
beside the package."""
from __future__ import annotations

from importlib import resources
from pathlib import Path


def _root() -> Path:
    try:
        found = resources.files("desktop_crm.resources")
        path = Path(str(found))
        if (path / "fonts").is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parent.parent / "resources"


ROOT = _root()
FONT_DIR = ROOT / "fonts"
CJK_FONT = FONT_DIR / "wqy-microhei.ttc"   # sans-serif, for the screen (and embeddable by ReportLab)
PRINT_FONT = FONT_DIR / "uming.ttc"        # Ming/Song style, for printed forms
TRANSLATIONS = ROOT / "translations"
