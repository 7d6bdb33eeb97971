"""Files the desk writes for people (PDFs, workbooks, backups): written whole or not at all.

Each file is written to a temporary name in its folder and renamed into place, so a crash or a full disk
never leaves a half-written file under the real name. A file the user cannot write (a folder given as
the file, a file open in another program, no permission) is refused with a Chinese message naming it.
"""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP


class FileProblem(InvalidInput):
    """The output (or input) file cannot be used; ``problems["file"]`` says why and what to do."""

    def __init__(self, message) -> None:
        super().__init__({"file": message})


def problem_with(path: Path, error: OSError) -> FileProblem:
    """The Chinese message for an operating-system error on ``path``."""
    if isinstance(error, IsADirectoryError) or path.is_dir():
        return FileProblem(QT_TRANSLATE_NOOP("Files", "“{path}”是一个文件夹，请给出文件名，例如 {example}。").format(
            path=str(path), example=str(path / "输出.pdf")))
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM, errno.EBUSY) \
            or getattr(error, "winerror", None) in (5, 32, 33):
        return FileProblem(QT_TRANSLATE_NOOP(
            "Files", "无法写入“{path}”：文件可能正被其他程序（如 WPS、Acrobat）打开，或没有写入权限。请关闭该文件或换一个位置后重试。"
        ).format(path=str(path)))
    if error.errno == errno.ENOSPC:
        return FileProblem(QT_TRANSLATE_NOOP("Files", "磁盘空间不足，未能写入“{path}”。请腾出空间后重试。").format(
            path=str(path)))
    if isinstance(error, FileNotFoundError):
        return FileProblem(QT_TRANSLATE_NOOP("Files", "找不到“{path}”或它所在的文件夹，请检查路径。").format(path=str(path)))
    return FileProblem(QT_TRANSLATE_NOOP("Files", "无法使用文件“{path}”：{reason}").format(
        path=str(path), reason=error.strerror or str(error)))


def _normal_permissions(path: Path) -> None:
    """Temporary files are created private (0600); a finished output gets the user's usual permissions."""
    if os.name == "posix":
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(path, 0o666 & ~mask)


def write_atomically(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole: a temporary name in the same folder, then renamed into place."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise problem_with(path, IsADirectoryError(errno.EISDIR, "is a directory"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise problem_with(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _normal_permissions(Path(tmp))
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise problem_with(path, exc) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
