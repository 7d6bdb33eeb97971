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


def ensure_in_use(acting: ActingUser) -> None:
    """Refuse a user whose account has been disabled or whose role is no longer the one signed in with."""
    row = User.select(User.active, User.role).where(User.id == acting.id).tuples().first()
    if row is None or not row[0]:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Services", "您的账号已停用，不能再办理；如有疑问请联系档案管理员。"))
    if Role(row[1]) != acting.role:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Services", "您的角色已变更，请重新登录后再办理。"))
