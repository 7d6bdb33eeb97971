"""The program's log: ``archive-desk.log`` in the user's log folder (platformdirs), rotated at 1 MB with five
old files kept. An error nobody foresaw goes there with its traceback — never onto the screen — and the
caller tells the user where it is."""
from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "archive-desk.log"
_logger = logging.getLogger("desktop_crm")


def log_folder() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("ArchiveDesk", appauthor=False))


def log_path() -> Path:
    return log_folder() / LOG_NAME


def configure(level: int = logging.INFO) -> Path | None:
    """Send the program's log records to the rotated file (once per process); None when it cannot be written."""
    path = log_path()
    for handler in _logger.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1 << 20, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in _logger.handlers if isinstance(h, RotatingFileHandler)]:
        _logger.removeHandler(old)
        old.close()
    _logger.addHandler(handler)
    _logger.setLevel(level)
    return path


def record(error: BaseException) -> Path:
    """Log ``error`` with its traceback; returns the log file's path."""
    path = configure()
    _logger.error("意外错误：%s", error, exc_info=(type(error), error, error.__traceback__))
    for handler in _logger.handlers:
        handler.flush()
    return path or Path("（日志无法写入）")
