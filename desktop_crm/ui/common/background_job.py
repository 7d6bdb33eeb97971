"""A long job (a close, a backup, a restore, an import) run off the window's thread, with progress and
cancel: the window stays responsive, and the job's own database connection is released when it ends."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from desktop_crm.domain.errors import ArchiveError
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import session

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]   # work(progress, cancelled) → result


class BackgroundJob(QObject):
    progress = Signal(int, int)
    done = Signal(object)       # the job's result
    failed = Signal(object)     # the refusal (an ArchiveError), or a marked text saying what broke
    ended = Signal()            # after done or failed, once the thread has stopped

    def __init__(self, work: Work, interrupted: str = "") -> None:
        super().__init__()
        self._work = work
        self._interrupted = interrupted or QT_TRANSLATE_NOOP("BackgroundJob", "操作中断：{error}。")
        self.cancel_requested = False
        self._thread: QThread | None = None

    def start(self, parent: QObject) -> None:
        self._thread = QThread(parent)
        self.moveToThread(self._thread)
        self._thread.started.connect(self._run)
        self.done.connect(self._thread.quit)
        self.failed.connect(self._thread.quit)
        self._thread.finished.connect(self._finished)
        self._thread.start()

    def cancel(self) -> None:
        self.cancel_requested = True

    def _run(self) -> None:
        try:
            result = self._work(self.progress.emit, lambda: self.cancel_requested)
            self.done.emit(result)
        except ArchiveError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - shown to the user in the window, never as a traceback
            self.failed.emit(self._interrupted.format(error=str(exc)))
        finally:
            session.release_thread_connection()   # this thread's own connection

    def _finished(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
            self._thread = None
        self.ended.emit()

    def wait(self, ms: int = 30000) -> None:
        if self._thread is not None:
            self._thread.wait(ms)
