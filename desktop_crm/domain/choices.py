"""Enumerated values (states, ratings, rosters …) with a translatable label each.

A value is stored as it has always been (the Chinese word, or a code such as ``draft``); ``.label`` is
what a person reads, marked for translation where the enum is declared. The members hash and compare
as their stored text, so ``"往来" == CardState.ACTIVE`` and a dict keyed by members finds a stored value.
"""
from __future__ import annotations

from enum import Enum

from desktop_crm.domain.translatable import Text


class Choice(str, Enum):
    __hash__ = str.__hash__      # Enum hashes by name; as text, hash by value like the str it equals

    def __str__(self) -> str:
        return str(self.value)

    @property
    def label(self) -> Text:
        return self.labels()[self]

    @classmethod
    def labels(cls) -> dict[Choice, Text]:
        raise NotImplementedError

    @classmethod
    def values(cls) -> tuple[str, ...]:
        return tuple(m.value for m in cls)

    @classmethod
    def label_of(cls, value: str) -> str:
        """The label of a stored value; an unknown value (from an older archive) is shown as stored."""
        try:
            return cls(value).label
        except ValueError:
            return value
