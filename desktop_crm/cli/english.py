"""The command line in English under ``--lang en``, from the same translation file as the window.

The command line may not load Qt, so the English texts are read from the Qt Linguist source
(``archive_desk_en.ts``, shipped beside the ``.qm``) with the standard library. Texts are marked where they
are written — ``QT_TRANSLATE_NOOP("Cli", "…")`` here, the services' own contexts there — and looked up by
context and Chinese template; a text without a translation is shown as written.
"""
from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from functools import cache
from typing import Any

from desktop_crm.domain.translatable import Text, rendered
from desktop_crm.resource_files import TRANSLATIONS

_language = {"current": "zh_CN"}


@cache
def _table() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    source = TRANSLATIONS / "archive_desk_en.ts"
    if not source.is_file():
        return found
    for context in ET.parse(source).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            found[(name, message.findtext("source") or "")] = translation.text or ""
    return found


def use(lang: str) -> None:
    _language["current"] = lang


def english() -> bool:
    return _language["current"] == "en"


def tr(value: Any) -> str:
    """``value`` in the language of this call: a marked text translated (its values too), else as it is."""
    if not english():
        return "" if value is None else str(value)
    return rendered(value, lambda context, template: _table().get((context, template), template))


def translate_parser(parser: argparse.ArgumentParser) -> None:
    """Every help, description and metavar of the parser and its sub-parsers, in the language in use."""
    parser.description = tr(parser.description) if parser.description else parser.description
    for action in parser._actions:
        if isinstance(action.help, Text):
            action.help = tr(action.help)
        if isinstance(action.metavar, Text):
            action.metavar = tr(action.metavar)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if isinstance(choice.help, Text):
                    choice.help = tr(choice.help)
            for sub in set(action.choices.values()):
                translate_parser(sub)


def error_text(error: BaseException) -> str:
    """A refusal of the services in the language in use: every problem of an input error, joined."""
    from desktop_crm.domain.errors import ArchiveError, InvalidInput

    if isinstance(error, InvalidInput):
        return ("; " if english() else "；").join(tr(m) for m in error.problems.values())
    if isinstance(error, ArchiveError):
        return tr(error.message)
    return str(error)
