"""A file sealed with a passphrase: AES-256-GCM over 1 MiB chunks, the key derived with scrypt.

Layout: a header (magic, scrypt cost, salt, nonce prefix, a key check) and then records of
``final flag (1 byte) | length (4 bytes) | ciphertext + tag``. Each chunk's nonce is the prefix and the
chunk's number, and its associated data is the header, the number and the final flag — so chunks cannot
be reordered, dropped or cut off at the end without the reader noticing, and nothing of the content
(not even the names inside) can be read without the passphrase.

Why not an AES zip that 7-Zip opens: zip encryption leaves the member names and sizes readable and
the common implementation authenticates each member with HMAC-SHA1 only; this keeps the whole backup
dark and is authenticated end to end by a library (``cryptography``) that is widely reviewed.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import struct
from collections.abc import Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop_crm.domain.errors import ArchiveError, InvalidInput
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP

MAGIC = b"ADSEAL01"
CHUNK = 1 << 20
_HEADER = struct.Struct(">8sBBB16s8s32s")     # magic, log2 n, r, p, salt, nonce prefix, key check
_RECORD = struct.Struct(">BI")
# scrypt cost: n = 2**15, r = 8 takes 32 MB and a tenth of a second; a test may lower it
SCRYPT_LOG_N = 15


class WrongPassphrase(InvalidInput):
    def __init__(self, message: str) -> None:
        super().__init__({"passphrase": message})


class DamagedSeal(ArchiveError):
    pass


def is_sealed(head: bytes) -> bool:
    return head.startswith(MAGIC)


def _key(passphrase: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=1 << log_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _key_check(key: bytes) -> bytes:
    return hmac.new(key, b"archive-desk key check", hashlib.sha256).digest()


def _nonce(prefix: bytes, number: int) -> bytes:
    return prefix + struct.pack(">I", number)


class SealedWriter:
    """A write-only stream (for ``zipfile`` and ``shutil.copyfileobj``) that seals what it is given."""

    def __init__(self, out: BinaryIO, passphrase: str) -> None:
        if not passphrase:
            raise ValueError("passphrase")
        salt, prefix = os.urandom(16), os.urandom(8)
        key = _key(passphrase, salt, SCRYPT_LOG_N, 8, 1)
        self._header = _HEADER.pack(MAGIC, SCRYPT_LOG_N, 8, 1, salt, prefix, _key_check(key))
        self._aead = AESGCM(key)
        self._prefix = prefix
        self._out = out
        self._pending = bytearray()
        self._number = 0
        self._closed = False
        out.write(self._header)

    def _seal(self, data: bytes, final: bool) -> None:
        flag = 1 if final else 0
        aad = self._header + struct.pack(">IB", self._number, flag)
        sealed = self._aead.encrypt(_nonce(self._prefix, self._number), data, aad)
        self._out.write(_RECORD.pack(flag, len(sealed)))
        self._out.write(sealed)
        self._number += 1

    def write(self, data: bytes) -> int:
        self._pending += data
        while len(self._pending) >= CHUNK * 2:   # keep one chunk back: the last one must carry the flag
            self._seal(bytes(self._pending[:CHUNK]), final=False)
            del self._pending[:CHUNK]
        return len(data)

    def flush(self) -> None:
        self._out.flush()

    def close(self) -> None:
        """Seal what is left as the final chunk. Until this runs the file is incomplete by construction."""
        if self._closed:
            return
        if len(self._pending) > CHUNK:
            self._seal(bytes(self._pending[:CHUNK]), final=False)
            del self._pending[:CHUNK]
        self._seal(bytes(self._pending), final=True)
        self._pending.clear()
        self._closed = True
        self._out.flush()


def open_sealed(source: BinaryIO, passphrase: str) -> Iterator[bytes]:
    """The plain content of a sealed stream, chunk by chunk; raises :class:`WrongPassphrase` or
    :class:`DamagedSeal` (the stream altered, cut short or with data after its end)."""
    header = source.read(_HEADER.size)
    if len(header) < _HEADER.size or not is_sealed(header):
        raise DamagedSeal(QT_TRANSLATE_NOOP("Backup", "文件开头已损坏，不是完整的加密备份。"))
    _magic, log_n, r, p, salt, prefix, check = _HEADER.unpack(header)
    if not (10 <= log_n <= 22 and 1 <= r <= 32 and 1 <= p <= 16):
        raise DamagedSeal(QT_TRANSLATE_NOOP("Backup", "文件开头已损坏，不是完整的加密备份。"))
    key = _key(passphrase or "", salt, log_n, r, p)
    if not hmac.compare_digest(_key_check(key), check):
        raise WrongPassphrase(QT_TRANSLATE_NOOP("Backup", "口令不正确：请输入备份时设定的口令。"))
    return _chunks(source, header, AESGCM(key), prefix)


def _chunks(source: BinaryIO, header: bytes, aead: AESGCM, prefix: bytes) -> Iterator[bytes]:
    number = 0
    while True:
        record = source.read(_RECORD.size)
        if len(record) < _RECORD.size:
            raise DamagedSeal(QT_TRANSLATE_NOOP("Backup", "加密备份不完整（文件被截断），无法使用。"))
        flag, length = _RECORD.unpack(record)
        if flag not in (0, 1) or length > CHUNK + 16:
            raise DamagedSeal(QT_TRANSLATE_NOOP("Backup", "加密备份已损坏，无法使用。"))
        sealed = source.read(length)
        if len(sealed) < length:
            raise DamagedSeal(QT_TRANSLATE_NOOP("Backup", "加密备份不完整（文件被截断），无法使用。"))
        try:
            plain = aead.decrypt(_nonce(prefix, number), sealed, header + struct.pack(">IB", number, flag))
        except InvalidTag:
            raise DamagedSeal(QT_TRANSLATE_NOOP("Backup", "加密备份已损坏（第 {number} 段校验不符），无法使用。").format(
                number=number + 1)) from None
        yield plain
        number += 1
        if flag == 1:
            if source.read(1):
                raise DamagedSeal(QT_TRANSLATE_NOOP("Backup", "加密备份末尾有多余的数据，文件已被改动。"))
            return
