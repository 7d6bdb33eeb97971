"""Whether the acting user may do something now: the role's permission, and an account still in use.

Every service calls :func:`authorise` before any work, so a colleague whose account was disabled (or
whose role changed) is refused on their next action, even in a window opened before.
"""
from __future__ import annotations

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import PermissionDenied
from desktop_crm.domain.permissions import Action, require
from desktop_crm.domain.roles import Role
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.store.models import User


def authorise(acting: ActingUser, action: Action) -> None:
    require(acting.role, action)
    ensure_in_use(acting)


def ensure_in_use(acting: ActingUser, *, changing_password: bool = False) -> None:
    """Refuse a user whose account has been disabled, whose role is no longer the one signed in with, or
    who still has the temporary password the custodian gave (it must be changed first)."""
    row = User.select(User.active, User.role, User.password_state).where(User.id == acting.id).tuples().first()
    if row is None or not row[0]:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Services", "您的账号已停用，不能再办理；如有疑问请联系档案管理员。"))
    if Role(row[1]) != acting.role:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Services", "您的角色已变更，请重新登录后再办理。"))
    if row[2] == "temporary" and not changing_password:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Services", "您正在使用档案管理员给的临时密码：请先修改密码，再办理其他事项。"))
