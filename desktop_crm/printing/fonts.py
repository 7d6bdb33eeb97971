"""The bundled fonts registered with ReportLab, so every PDF carries (a subset of) its Chinese font."""
from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_crm.resource_files import CJK_FONT, PRINT_FONT

SONG = "ArchiveSong"   # AR PL UMing: titles and tables of printed forms (宋体/仿宋 style)
SANS = "ArchiveSans"   # WenQuanYi Micro Hei


_registered = False


def register_fonts() -> None:
    """The Song face every printed form uses; idempotent (a .ttc needs the index of the face inside it)."""
    global _registered
    if not _registered:
        if SONG not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(SONG, str(PRINT_FONT), subfontIndex=0))
        _registered = True


def register_sans() -> None:
    """The sans-serif face, loaded only by what draws with it (charts); parsing a CJK face takes ~0.7 s."""
    if SANS not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(SANS, str(CJK_FONT), subfontIndex=0))
