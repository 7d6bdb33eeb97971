"""Showing texts written in domain/ and services/ in the user's language.

Those layers mark their messages and labels with ``QT_TRANSLATE_NOOP(...)`` and hand back a
:class:`~desktop_crm.domain.translatable.Text`: the Chinese text with its template and values. Here the
template is translated and the values — translated too, when they are marked texts themselves — put in.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_crm.domain.errors import ArchiveError, InvalidInput
from desktop_crm.domain.translatable import rendered


def translated(value: Any) -> str:
    """``value`` in the current language: a marked text translated, anything else as it is."""
    return rendered(value, QCoreApplication.translate)


def error_text(error: BaseException) -> str:
    """What to show for a refusal of the services: every problem of an input error, one per line."""
    if isinstance(error, InvalidInput):
        return "\n".join(translated(m) for m in error.problems.values())
    if isinstance(error, ArchiveError):
        return translated(error.message)
    return str(error)


def problems_text(problems: dict[str, Any]) -> dict[str, str]:
    return {k: translated(v) for k, v in problems.items()}
