"""What the program does with an error nobody foresaw: the details go into a log file in the user's
log folder (never onto the screen as a traceback), and the caller prints where it is."""
from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path


def log_folder() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("ArchiveDesk", appauthor=False))


def record(error: BaseException) -> Path:
    """Append the error with its traceback to ``archive-desk.log``; returns the file's path."""
    folder = log_folder()
    path = folder / "archive-desk.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now():%Y-%m-%d %H:%M:%S}\n")
            log.write("".join(traceback.format_exception(error)))
    except OSError:
        return Path("（日志无法写入）")
    return path
