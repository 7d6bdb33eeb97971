"""Passwords are kept only as slow, salted Argon2id hashes."""
from __future__ import annotations

from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# About 50 ms a check on the office machines: slow for guessing, unnoticeable at login.
_HASHER = PasswordHasher(time_cost=2, memory_cost=32 * 1024, parallelism=1)
MIN_LENGTH = 8


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _HASHER.hash("archive-desk-dummy")


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True when ``password`` matches; an unknown user (``None``) costs the same time as a known one."""
    try:
        return _HASHER.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def password_problem(password: str, confirm: str | None = None) -> str:
    """The message to show when a new password is not acceptable, else an empty string."""
    if len(password) < MIN_LENGTH:
        return f"密码至少需要{MIN_LENGTH}位，请重新设置。"
    if password.isdigit() or password.isalpha():
        return "密码不能只由数字或只由字母组成，请混合使用字母和数字。"
    if confirm is not None and confirm != password:
        return "两次输入的密码不一致，请重新输入。"
    return ""
