"""Who may do what. Services call :func:`require` with the acting user before any work.

The table is deliberately small for now; the control-of-use rules extend it in one place.
"""
from enum import Enum

from desktop_crm.domain.errors import PermissionDenied
from desktop_crm.domain.roles import Role


class Action(str, Enum):
    QUERY_ARCHIVE = "query_archive"
    EDIT_CARDS = "edit_cards"
    FILE_PAPERS = "file_papers"
    MANAGE_USERS = "manage_users"


ACTION_LABELS: dict[Action, str] = {
    Action.QUERY_ARCHIVE: "查询客户档案",
    Action.EDIT_CARDS: "登记和修改客户档案卡",
    Action.FILE_PAPERS: "归档、更正或撤出档案文件",
    Action.MANAGE_USERS: "管理用户",
}

# Only 业务经理, 客户服务, 经理 and the custodian may query the archive (DESIGN.md); the custodian
# alone keeps the cards and the accounts.
PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.CUSTODIAN: frozenset(Action),
    Role.BUSINESS_MANAGER: frozenset({Action.QUERY_ARCHIVE}),
    Role.CUSTOMER_SERVICE: frozenset({Action.QUERY_ARCHIVE}),
    Role.MANAGER: frozenset({Action.QUERY_ARCHIVE}),
    Role.SALES: frozenset(),
}


def may(role: Role, action: Action) -> bool:
    return action in PERMISSIONS.get(role, frozenset())


def require(role: Role, action: Action) -> None:
    """Raise :class:`PermissionDenied` with a Chinese message unless ``role`` may do ``action``."""
    if not may(role, action):
        raise PermissionDenied(
            f"您的角色（{role.label}）无权{ACTION_LABELS[action]}。如确需办理，请联系档案管理员。"
        )
