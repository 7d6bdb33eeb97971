"""When two customer names are near enough to be the same customer typed twice."""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

# Legal-form words that do not tell two customers apart.
_LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "分公司", "厂", "商行")
_NOISE = re.compile(r"[\s\-_·.,，。、()（）\[\]【】\"'“”‘’]+")


def name_core(name: str) -> str:
    """The distinguishing part of a name: full-width folded, punctuation and legal form removed."""
    text = unicodedata.normalize("NFKC", name or "").lower()
    text = _NOISE.sub("", text)
    changed = True
    while changed:
        changed = False
        for form in _LEGAL_FORMS:
            if text.endswith(form) and len(text) > len(form):
                text = text[: -len(form)]
                changed = True
    return text


def names_look_alike(a: str, b: str, threshold: float = 0.85) -> bool:
    ca, cb = name_core(a), name_core(b)
    if not ca or not cb:
        return False
    return ca == cb or SequenceMatcher(None, ca, cb).ratio() >= threshold


_SHORT_FORMS = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司")


def short_name(name: str, limit: int = 12) -> str:
    """A customer's name short enough for a spine: the legal form dropped, then cut at ``limit``
    characters with an ellipsis — never in the middle of a run of Latin letters or digits."""
    text = (name or "").strip()
    for form in _SHORT_FORMS:
        if text.endswith(form) and len(text) > len(form) + 1:
            text = text[: -len(form)]
            break
    if len(text) <= limit:
        return text
    cut = limit - 1
    while cut > 1 and text[cut - 1].isascii() and text[cut - 1].isalnum() and text[cut].isascii() and text[cut].isalnum():
        cut -= 1
    return text[:cut] + "…"
