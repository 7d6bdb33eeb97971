"""Places in the archive room (库房位置): a cabinet, its shelf, its slot or box — written with the room's own
codes, such as ``A-03-2`` (柜 A, 第 03 层, 第 2 格). How many levels a code has and what each level is called
are the archive's settings (``shelf.levels``, default 柜,层,格)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text

DEFAULT_LEVELS = ("柜", "层", "格")
_PART = re.compile(r"[A-Z0-9]{1,6}")


@dataclass(frozen=True)
class PlaceCode:
    code: str                    # normalised: upper case, half-width, parts joined by "-"
    parts: tuple[str, ...]

    def spoken(self, levels: tuple[str, ...]) -> str:
        """The code in words, as on a label: 柜 A · 层 03 · 格 2."""
        return " · ".join(f"{name} {part}" for name, part in zip(levels, self.parts))


def parse_levels(text: str) -> tuple[str, ...] | Text:
    """The level names from the setting's text ("柜,层,格"); a problem is returned as its message."""
    names = tuple(n.strip() for n in re.split(r"[,，、]", unicodedata.normalize("NFKC", text or "")) if n.strip())
    if not 2 <= len(names) <= 4 or any(len(n) > 6 for n in names) or len(set(names)) != len(names):
        return QT_TRANSLATE_NOOP("Shelves", "库房位置须有2至4级，各级名称不同、不超过6个字，用逗号隔开，例如 柜,层,格。")
    return names


def parse_place(raw: str, levels: tuple[str, ...], field: str = "place") -> PlaceCode:
    """A place code as typed (full-width, lower case, spaces or "/" between parts are accepted)."""
    text = unicodedata.normalize("NFKC", raw or "").strip().upper()
    parts = tuple(p for p in re.split(r"[-/\s]+", text) if p)
    example = "-".join(("A", "03", "2", "1")[: len(levels)])
    if not parts:
        raise InvalidInput({field: QT_TRANSLATE_NOOP("Shelves", "请填写库房位置，例如 {example}。").format(example=example)})
    if len(parts) != len(levels) or not all(_PART.fullmatch(p) for p in parts):
        raise InvalidInput({field: QT_TRANSLATE_NOOP(
            "Shelves", "库房位置“{value}”不合格式：应为{count}级（{levels}），每级1至6位字母或数字，用“-”隔开，例如 {example}。")
            .format(value=raw.strip(), count=len(levels), levels="、".join(levels), example=example)})
    return PlaceCode("-".join(parts), parts)
