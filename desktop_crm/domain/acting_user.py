"""The person on whose behalf a service acts; every service call receives one."""
from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.domain.roles import Role


@dataclass(frozen=True)
class ActingUser:
    id: int
    username: str
    display_name: str
    role: Role

    @property
    def label(self) -> str:
        return f"{self.display_name}（{self.role.label}）"
