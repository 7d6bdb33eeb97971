"""Checked argument types for every command: a bad value is refused by argparse with a Chinese message and
exit status 2, before anything is opened or written."""
from __future__ import annotations

import argparse
from datetime import date

from desktop_crm.cli.english import tr
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP

FIRST_YEAR, LAST_YEAR = 1900, 2200
MAX_CUSTOMERS = 1_000_000


def year(text: str) -> int:
    """A year of the archive (1900–2200)."""
    if not text.strip().isascii() or not text.strip().isdigit() or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise argparse.ArgumentTypeError(tr(QT_TRANSLATE_NOOP("Cli", "“{text}”不是有效的年度：请写四位年份，如 2025（{first}–{last}）。").format(text=text, first=FIRST_YEAR, last=LAST_YEAR)))
    return int(text)


def _whole(text: str, lowest: int, highest: int, what: str) -> int:
    stripped = text.strip()
    if not stripped.isascii() or not stripped.lstrip("-").isdigit() or len(stripped) > 12 \
            or not lowest <= int(stripped) <= highest:
        raise argparse.ArgumentTypeError(tr(QT_TRANSLATE_NOOP("Cli", "“{text}”不是有效的{what}：应为 {lowest} 到 {highest} 之间的整数。").format(text=text, what=tr(what), lowest=lowest, highest=f"{highest:,}")))
    return int(stripped)


def count(highest: int = MAX_CUSTOMERS, what: str = QT_TRANSLATE_NOOP("Cli", "数量")):
    """A count from 0 to ``highest``."""
    def parse(text: str) -> int:
        return _whole(text, 0, highest, what)
    parse.__name__ = what
    return parse


def number(text: str) -> int:
    """A positive record number (an import, a volume's place)."""
    return _whole(text, 1, 10 ** 9, QT_TRANSLATE_NOOP("Cli", "编号"))


def seed(text: str) -> int:
    return _whole(text, 0, 2 ** 31, QT_TRANSLATE_NOOP("Cli", "随机种子"))


def iso_date(text: str) -> date:
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(tr(QT_TRANSLATE_NOOP("Cli", "“{text}”不是有效日期：请按 2026-03-15 的格式填写。").format(text=text))) from None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(tr(QT_TRANSLATE_NOOP("Cli", "“{text}”的年份不合理（{first}–{last}）。").format(text=text, first=FIRST_YEAR, last=LAST_YEAR)))
    return value
