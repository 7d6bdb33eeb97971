"""The bundled fonts registered with ReportLab, so every PDF carries (a subset of) its Chinese font."""
from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_crm.resources import CJK_FONT, PRINT_FONT

SONG = "ArchiveSong"   # AR PL UMing: titles and tables of printed forms (宋体/仿宋 style)
SANS = "ArchiveSans"   # WenQuanYi Micro Hei


def register_fonts() -> None:
    """Idempotent; a .ttc needs the index of the face inside it."""
    registered = pdfmetrics.getRegisteredFontNames()
    if SONG not in registered:
        pdfmetrics.registerFont(TTFont(SONG, str(PRINT_FONT), subfontIndex=0))
    if SANS not in registered:
        pdfmetrics.registerFont(TTFont(SANS, str(CJK_FONT), subfontIndex=0))
