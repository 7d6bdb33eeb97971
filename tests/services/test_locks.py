"""The archive's named locks (one close at a time): held while their program runs, free at once when that
program on this computer is gone (kill -9, power cut), and after two minutes when it was elsewhere."""
import os
import socket
import subprocess
import sys

import pytest

from desktop_crm.services import locks
from desktop_crm.store.volume_models import ArchiveLock


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.skipif(os.name != "posix", reason="asks the operating system whether a process runs")
def test_a_lock_of_a_program_that_is_gone_is_free_at_once(archive):
    host = socket.gethostname()
    ArchiveLock.create(name="close", holder=f"王芳 @ {host} pid {_dead_pid()} #abc123",
                       acquired_at=locks.now(), renewed_at=locks.now())
    assert locks.held_by("close") == ""
    assert locks.try_acquire("close", locks.holder_name("李建国")) == ""


def test_a_lock_of_a_running_program_or_another_workstation_is_held(archive):
    running = f"王芳 @ {socket.gethostname()} pid {os.getppid()} #abc123"
    ArchiveLock.create(name="close", holder=running, acquired_at=locks.now(), renewed_at=locks.now())
    assert locks.try_acquire("close", locks.holder_name("李建国")) == running
    elsewhere = f"王芳 @ 档案室-PC2 pid {_dead_pid()} #def456"
    ArchiveLock.update(holder=elsewhere).execute()
    assert locks.held_by("close") == elsewhere
