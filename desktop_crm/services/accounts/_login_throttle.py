"""Slows down repeated wrong logins: after a few failures each further try must wait a little longer.

The attempts are stored in the archive, so the wait holds for every program on it — the window, each
command-line call, another workstation — and survives a restart; and every failure is on record."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop_crm.domain import clock as archive_clock
from desktop_crm.services.transaction import writing
from desktop_crm.store.database import tuples
from desktop_crm.store.models import SignInAttempt

FREE_TRIES = 3
MAX_WAIT = 60.0
_LOOKBACK = 12            # enough attempts to know the wait: it stops growing after a few


def _wall_clock() -> float:
    return archive_clock.now().timestamp()


@dataclass
class LoginThrottle:
    clock: Callable[[], float] = _wall_clock

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self.clock())

    def seconds_to_wait(self, username: str) -> float:
        recent = tuples(SignInAttempt.select(SignInAttempt.at, SignInAttempt.succeeded)
                        .where(SignInAttempt.username == _key(username))
                        .order_by(SignInAttempt.at.desc(), SignInAttempt.id.desc()).limit(_LOOKBACK))
        failures = 0
        for _at, succeeded in recent:
            if succeeded:
                break
            failures += 1
        if failures < FREE_TRIES:
            return 0.0
        wait = min(MAX_WAIT, 2.0 ** (failures - FREE_TRIES + 1))      # 2, 4, 8 … 60 seconds
        left = (recent[0][0] + timedelta(seconds=wait) - self._now()).total_seconds()
        return max(0.0, left)

    def failed(self, username: str) -> None:
        self._record(username, False)

    def succeeded(self, username: str) -> None:
        self._record(username, True)

    def _record(self, username: str, succeeded: bool) -> None:
        with writing():
            SignInAttempt.create(at=self._now(), username=_key(username), succeeded=succeeded)


def _key(username: str) -> str:
    return (username or "").strip().lower()[:40]
