"""Progress of a long command (demo, bind, backup, restore, import) on the terminal: a bar with the count,
the elapsed time and an estimate of what is left (rich), or a turning mark while the size is not known.
Nothing is drawn when the output is not a terminal (a log file, a pipe); the command's closing line then
carries the elapsed time alone."""
from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from desktop_crm.cli.english import tr
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP

Tick = Callable[[int, int], None]


@contextmanager
def shown(label: str) -> Iterator[Tick]:
    """``with shown("立卷") as tick: work(progress=tick)`` — ``tick(done, total)``; a total of 0 keeps the
    mark turning (the size is not known yet)."""
    if not sys.stderr.isatty():
        yield lambda _done, _total: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    label = tr(label)
    columns = (SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn(), TextColumn(tr(QT_TRANSLATE_NOOP("Cli", "已用"))),
               TimeElapsedColumn(), TextColumn(tr(QT_TRANSLATE_NOOP("Cli", "尚需"))), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None)

        def tick(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total or None)
        yield tick


class Stopwatch:
    """The honest elapsed time of the whole command, for its closing line."""

    def __init__(self) -> None:
        self.started = time.perf_counter()

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def __str__(self) -> str:
        seconds = self.seconds
        if seconds < 120:
            return tr(QT_TRANSLATE_NOOP("Cli", "{seconds} 秒").format(seconds=f"{seconds:.1f}"))
        return tr(QT_TRANSLATE_NOOP("Cli", "{minutes} 分 {seconds} 秒").format(minutes=int(seconds // 60), seconds=int(seconds % 60)))
