"""Texts shown to a person, marked for Qt's translation tools without importing Qt.

``pyside6-lupdate`` collects every ``QT_TRANSLATE_NOOP(context, text)`` call by its name, so labels and
messages written in ``domain/`` and ``services/`` land in the .ts file. The marker returns a
:class:`Text`: an ordinary (Chinese) string that also remembers its context, its template and the
values put into it, so a window can show it in the user's language::

    raise InvalidInput({"title": QT_TRANSLATE_NOOP("Binder", "题名过长（{count}字）。").format(count=n)})

The services and the command line read it as the Chinese text it is; ``ui.common.messages`` translates.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Text(str):
    """A Chinese text with its translation template: ``str(text)`` is what it says in Chinese."""

    context: str
    template: str
    args: dict[str, Any]

    def __new__(cls, context: str, template: str, args: dict[str, Any] | None = None) -> Text:
        shown = str.format(template, **args) if args else template
        text = super().__new__(cls, shown)
        text.context, text.template, text.args = context, template, dict(args or {})
        return text

    def format(self, *positional: Any, **values: Any) -> Text:  # type: ignore[override]
        """Fill the named places of the template; the result keeps the template for translation."""
        if positional:
            raise TypeError("Text.format takes named values only, so translators can reorder them")
        return Text(self.context, self.template, {**self.args, **values})

    def __reduce__(self) -> tuple:
        return (Text, (self.context, self.template, self.args))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Text:  # noqa: N802 - the name lupdate looks for
    return Text(context, text)


def rendered(value: Any, translate: Callable[[str, str], str]) -> str:
    """``value`` as a person reads it: a marked text's template looked up by ``translate(context, template)``
    and its values (marked texts themselves, perhaps) put in; anything else as it is. The window passes Qt's
    translator, the command line its own reading of the same .ts file."""
    if not isinstance(value, Text):
        return "" if value is None else str(value)
    template = translate(value.context, value.template)
    if not value.args:
        return template
    args = {k: rendered(v, translate) if isinstance(v, str) else v for k, v in value.args.items()}
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):   # a translation that lost a placeholder
        return str(value)
