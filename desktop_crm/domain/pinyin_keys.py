"""Pinyin forms of a name: the key that sorts names in pinyin order, and the initials people type."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def _syllables(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    # imported on first use: pypinyin's phrase dictionary takes ~130 ms to load, not needed at start-up
    from pypinyin import Style, lazy_pinyin

    full = lazy_pinyin(text, style=Style.NORMAL, errors=lambda s: list(s.lower()))
    initials = lazy_pinyin(text, style=Style.FIRST_LETTER, errors=lambda s: list(s.lower()))
    return tuple(full), tuple(initials)


def sort_key(name: str) -> str:
    """Lower-case pinyin syllables joined by spaces, then the name itself to keep homophones apart.

    Comparing these as plain strings (SQL's binary collation) gives dictionary (拼音) order:
    北京 < 长沙 < 上海, instead of the code-point order that puts 上 before 北.
    """
    full, _ = _syllables(name)
    return " ".join(s.lower() for s in full) + "\x01" + name


def initials(name: str) -> str:
    """First letters of the pinyin syllables: 华为技术 → hwjs; letters and digits kept as typed."""
    _, first = _syllables(name)
    return "".join(s.lower() for s in first if s.strip())


def keys_of_parts(parts: tuple[str, ...]) -> tuple[str, str]:
    """(sort key, initials) of the name ``"".join(parts)``, reading each part on its own.

    Used where many names are built from a few words (bulk loads): each word is read once and cached,
    which is ~50× faster than reading every whole name, and gives the reading of the word in context.
    """
    full: list[str] = []
    first: list[str] = []
    for part in parts:
        f, i = _syllables(part)
        full.extend(f)
        first.extend(i)
    name = "".join(parts)
    return (" ".join(s.lower() for s in full) + "\x01" + name,
            "".join(s.lower() for s in first if s.strip()))
