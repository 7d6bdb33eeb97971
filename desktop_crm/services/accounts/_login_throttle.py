"""Slows down repeated wrong logins: after a few failures each further try must wait a little longer."""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

FREE_TRIES = 3
MAX_WAIT = 60.0


@dataclass
class LoginThrottle:
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, int] = field(default_factory=dict)
    _blocked_until: dict[str, float] = field(default_factory=dict)

    def seconds_to_wait(self, username: str) -> float:
        left = self._blocked_until.get(username.lower(), 0.0) - self.clock()
        return max(0.0, left)

    def failed(self, username: str) -> None:
        key = username.lower()
        count = self._failures.get(key, 0) + 1
        self._failures[key] = count
        if count >= FREE_TRIES:
            wait = min(MAX_WAIT, 2.0 ** (count - FREE_TRIES + 1))   # 2, 4, 8 … 60 seconds
            self._blocked_until[key] = self.clock() + wait

    def succeeded(self, username: str) -> None:
        self._failures.pop(username.lower(), None)
        self._blocked_until.pop(username.lower(), None)
