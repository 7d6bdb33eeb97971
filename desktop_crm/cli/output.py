"""Writing results to the console or a file: tables that line up in Chinese, CSV and JSON."""
from __future__ import annotations

import csv
import json
import sys
import unicodedata
from collections.abc import Sequence

from desktop_crm.cli.english import tr


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def print_rows(headers: Sequence[str], rows: Sequence[Sequence[str]], fmt: str, keys: Sequence[str]) -> None:
    headers = [tr(h) for h in headers]
    rows = [[tr(cell) for cell in row] for row in rows]      # marked values (states, words) in the language too
    if fmt == "json":
        json.dump([dict(zip(keys, r)) for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(headers)
        writer.writerows(rows)
    else:
        widths = [max([display_width(h)] + [display_width(r[i]) for r in rows]) for i, h in enumerate(headers)]
        print("  ".join(pad(h, w) for h, w in zip(headers, widths)))
        for row in rows:
            print("  ".join(pad(c, w) for c, w in zip(row, widths)))


def note(text: str) -> None:
    """A line for the person at the console (progress, counts, refusals), kept out of the command's output;
    in English under --lang en when the text is marked."""
    print(tr(text), file=sys.stderr)


def say(text: str) -> None:
    """A line of the command's own output, in English under --lang en when the text is marked."""
    print(tr(text))
