"""The archive's own store of scan files: each kept once, named by its SHA-256, never changed.

Files live under ``<data dir>/scans/ab/abcdef….pdf``. A file is checked (type by its content, page
count, not broken, not password-protected) before it is stored; storing copies to a temporary name
and renames it into place, then makes it read-only.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop_crm.domain.errors import ArchiveError

MAX_BYTES = 500 * 1024 * 1024
_root: Path | None = None


class InvalidScan(ArchiveError):
    pass


@dataclass(frozen=True)
class ScanInfo:
    sha256: str
    suffix: str
    media_type: str
    size: int
    pages: int


def configure(root: str | Path) -> None:
    global _root
    _root = Path(root)


def root() -> Path:
    if _root is None:
        raise ArchiveError("扫描件存放目录尚未设定。")
    return _root


def path_of(sha256: str, suffix: str) -> Path:
    return root() / sha256[:2] / f"{sha256}{suffix}"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _kind_of(head: bytes) -> tuple[str, str] | None:
    if head.startswith(b"%PDF-"):
        return ".pdf", "application/pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return ".jpg", "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return ".png", "image/png"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return ".tif", "image/tiff"
    return None


def _pdf_pages(path: Path, name: str) -> int:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise InvalidScan(f"“{name}”受密码保护，无法存档：请取得未加密的文件后再添加。")
        pages = len(reader.pages)
    except InvalidScan:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InvalidScan(f"“{name}”不是完好的PDF文件（{exc.__class__.__name__}），未存档：请重新扫描或导出。") from None
    if pages < 1:
        raise InvalidScan(f"“{name}”没有页面，未存档。")
    return pages


def _image_pages(path: Path, name: str) -> int:
    import warnings

    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            # an image claiming more pixels than any scan (Pillow's bomb limit, ~89 Mpx) is refused, not decoded
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                frames = getattr(image, "n_frames", 1)
                for frame in range(frames):
                    image.seek(frame)
                    image.load()          # decodes fully: a truncated file fails here
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InvalidScan(f"“{name}”的像素数大得不合理（可能是恶意构造的文件），未存档：请用正常分辨率（如 300 dpi）重新扫描。") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, MemoryError) as exc:
        raise InvalidScan(f"“{name}”不是完好的图像文件（{exc.__class__.__name__}），未存档：请重新扫描。") from None
    return frames


def inspect(path: str | Path) -> ScanInfo:
    """Check a file offered as a scan; raises :class:`InvalidScan` with the reason in Chinese."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise InvalidScan(f"找不到文件“{path}”。")
    size = path.stat().st_size
    if size == 0:
        raise InvalidScan(f"“{name}”是空文件，未存档。")
    if size > MAX_BYTES:
        raise InvalidScan(f"“{name}”超过 {MAX_BYTES // (1024 * 1024)} MB，请降低扫描分辨率后再添加。")
    with open(path, "rb") as handle:
        kind = _kind_of(handle.read(16))
    if kind is None:
        raise InvalidScan(f"“{name}”不是PDF、JPEG、PNG或TIFF文件，未存档。")
    suffix, media_type = kind
    pages = _pdf_pages(path, name) if suffix == ".pdf" else _image_pages(path, name)
    return ScanInfo(sha256_of(path), suffix, media_type, size, pages)


def store(path: str | Path, info: ScanInfo) -> Path:
    """Copy the file into the store unless the same content is there already; returns its place."""
    target = path_of(info.sha256, info.suffix)
    if target.exists():
        if target.stat().st_size == info.size and sha256_of(target) == info.sha256:
            return target                 # the same content is stored already: nothing to replace
        os.chmod(target, stat.S_IRUSR | stat.S_IWUSR)   # a damaged copy: Windows replaces no read-only file
    root().mkdir(mode=0o700, parents=True, exist_ok=True)      # the papers: the user's own
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".incoming-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out, open(path, "rb") as source:
            shutil.copyfileobj(source, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        if sha256_of(Path(tmp)) != info.sha256:
            raise InvalidScan(f"“{Path(path).name}”在复制过程中发生了变化，未存档，请重试。")
        os.chmod(tmp, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def verify(sha256: str, suffix: str) -> str:
    """'' when the stored file is there and unchanged, else 'missing' or 'altered'."""
    target = path_of(sha256, suffix)
    if not target.is_file():
        return "missing"
    return "" if sha256_of(target) == sha256 else "altered"
