"""The desk's non-modal windows (lending desk, registers, a customer's binder or credit …): one per kind
(or per customer), brought to the front when asked for again, and freed when the user closes it."""
from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget


class OpenWindows(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open: dict[Hashable, QWidget] = {}

    def show(self, key: Hashable, make: Callable[[], QWidget]) -> QWidget:
        """The live window for ``key`` raised, or a new one made by ``make`` and shown."""
        window = self._open.get(key)
        if window is None:
            window = make()
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self._open[key] = window
            window.destroyed.connect(lambda *_args, k=key: self._open.pop(k, None))
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def get(self, key: Hashable) -> QWidget | None:
        return self._open.get(key)

    def __len__(self) -> int:
        return len(self._open)

    def close_all(self) -> None:
        for window in list(self._open.values()):
            window.close()
