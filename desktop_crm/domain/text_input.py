"""Text as it may enter the archive: what was typed, pasted or imported, free of the characters that break a
database or a printed page — NUL (PostgreSQL refuses it, SQLite cuts text at it), other control characters,
and lone surrogates (half of a character, left by a broken copy and paste) — with the field named."""
from __future__ import annotations

import re

from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class UnsafeText(ValueError):
    """``args[0]`` is the marked message naming the field."""


def problem_in(text: str) -> str | None:
    """What is wrong with ``text`` ('nul', 'control', 'surrogate'), or None."""
    if "\x00" in text:
        return "nul"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "surrogate"
    if _CONTROLS.search(text):
        return "control"
    return None


def clean_text(label: object, raw: object) -> str:
    """``raw`` as text, stripped; refused (UnsafeText, a ValueError) when it holds what cannot be stored."""
    text = str(raw).strip()
    problem = problem_in(text)
    if problem == "surrogate":
        raise UnsafeText(QT_TRANSLATE_NOOP(
            "Text", "{label}中有残缺的字符（多见于复制粘贴出错），请删去后重新输入。").format(label=label))
    if problem:
        raise UnsafeText(QT_TRANSLATE_NOOP(
            "Text", "{label}中有看不见的控制字符（如 NUL），请删去后重新输入。").format(label=label))
    return text


def checked_text(field: str, label: object, raw: object, limit: int) -> str:
    """One free-text field of a form: cleaned, at most ``limit`` characters; refused as InvalidInput naming
    ``field`` so the form can show the message beside it."""
    try:
        text = clean_text(label, raw or "")
    except UnsafeText as exc:
        raise InvalidInput({field: exc.args[0]}) from None
    if len(text) > limit:
        raise InvalidInput({field: QT_TRANSLATE_NOOP("Text", "{label}过长（{count}字），请不超过{limit}字。")
                            .format(label=label, count=len(text), limit=limit)})
    return text
