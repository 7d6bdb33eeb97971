"""Long commands show a bar on a terminal and nothing in a log; their closing line gives the whole time."""
import io
import sys

from desktop_crm.cli import progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_nothing_is_drawn_into_a_file_or_pipe(monkeypatch):
    captured = io.StringIO()
    monkeypatch.setattr(sys, "stderr", captured)
    with progress.shown("立卷") as tick:
        for done in range(5):
            tick(done, 5)
    assert captured.getvalue() == ""


def test_a_terminal_gets_a_bar_that_counts(monkeypatch):
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with progress.shown("立卷") as tick:
        tick(3, 10)
    assert "立卷" in terminal.getvalue() and "3/10" in terminal.getvalue()


def test_the_stopwatch_says_minutes_past_two(monkeypatch):
    watch = progress.Stopwatch()
    monkeypatch.setattr(progress.time, "perf_counter", lambda: watch.started + 185.2)
    assert str(watch) == "3 分 5 秒"
