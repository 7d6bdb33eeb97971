"""Registered numbers (登记编号): each kind of customer has its own series, QY-000123 / GR-000045."""
from __future__ import annotations

import re

from desktop_crm.domain.customer_card import CustomerKind

DEFAULT_PREFIXES = {CustomerKind.ENTERPRISE: "QY", CustomerKind.INDIVIDUAL: "GR"}
DIGITS = 6
_PREFIX_RE = re.compile(r"^[A-Z]{1,6}$")


def format_number(prefix: str, serial: int) -> str:
    return f"{prefix}-{serial:0{DIGITS}d}"


def check_prefix(prefix: str) -> str:
    """An empty string when the prefix is usable, else the message to show."""
    if not _PREFIX_RE.match(prefix or ""):
        return "编号前缀须为1至6个大写英文字母，例如 QY。"
    return ""
