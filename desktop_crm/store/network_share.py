"""Whether a file lies on a network share (SMB/CIFS, NFS …): SQLite's locking is not reliable there, so two
workstations writing one archive file through a share can damage it. A shared archive belongs on PostgreSQL."""
from __future__ import annotations

import os
from pathlib import Path

NETWORK_FILE_SYSTEMS = {"cifs", "smb3", "smbfs", "nfs", "nfs4", "afs", "9p", "fuse.sshfs", "davfs", "ncpfs"}
_DRIVE_REMOTE = 4          # GetDriveTypeW's answer for a mapped network drive


def mounts() -> list[tuple[str, str]]:
    """(mount point, file-system type) of every mount (Linux; empty elsewhere)."""
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as table:
            return [(fields[1].replace("\\040", " "), fields[2]) for fields in (line.split() for line in table)
                    if len(fields) >= 3]
    except OSError:
        return []


def on_network_share(path: str | Path) -> bool:
    path = Path(path).expanduser().absolute()
    if os.name == "nt":
        text = str(path)
        if text.startswith("\\\\"):                       # \\server\share\…
            return True
        import ctypes

        return ctypes.windll.kernel32.GetDriveTypeW(f"{path.drive}\\") == _DRIVE_REMOTE  # type: ignore[attr-defined]
    text = str(path)
    best, kind = "", ""
    for point, fs_type in mounts():
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, fs_type
    return kind in NETWORK_FILE_SYSTEMS
