"""The archive's text columns: every value written is checked once more, whatever service wrote it, so that
a NUL or half a character never reaches the database (other control characters are the typed-input rules'
business: the archive's own sort keys use one as a separator) (PostgreSQL refuses NUL outright; SQLite stores it and
cuts the text there when it is read)."""
from __future__ import annotations

from typing import Any

from peewee import CharField as _CharField
from peewee import TextField as _TextField

from desktop_crm.domain.customer_card import FIELDS_BY_NAME
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.text_input import clean_text, problem_in


def _checked(field: Any, value: Any) -> Any:
    if isinstance(value, str) and problem_in(value) in ("nul", "surrogate"):   # what a database cannot hold
        spec = FIELDS_BY_NAME.get(field.name)
        try:
            clean_text(spec.label if spec else field.name, value)
        except ValueError as exc:
            raise InvalidInput({field.name: exc.args[0]}) from None
    return value


class CharField(_CharField):
    def db_value(self, value: Any) -> Any:
        return super().db_value(_checked(self, value))


class TextField(_TextField):
    def db_value(self, value: Any) -> Any:
        return super().db_value(_checked(self, value))
