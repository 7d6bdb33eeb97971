"""Who may do what (DESIGN.md, "Control of use"). Services call :func:`require` with the acting user's
role before any work; the UI asks :func:`may` only to hide what would be refused anyway."""
from enum import Enum

from desktop_crm.domain.errors import PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP


class Action(str, Enum):
    QUERY_ARCHIVE = "query_archive"
    EDIT_CARDS = "edit_cards"
    FILE_PAPERS = "file_papers"
    LEND_PAPERS = "lend_papers"            # issue borrow slips, take papers back, renew
    APPROVE_LOAN = "approve_loan"
    CONSENT_HANDOUT = "consent_handout"
    HAND_OUT = "hand_out"                  # produce a hand-out once consent is given
    BIND_YEAR = "bind_year"
    MANAGE_USERS = "manage_users"
    VIEW_QUERY_LOG = "view_query_log"
    CHANGE_SETTINGS = "change_settings"
    KEEP_BACKUPS = "keep_backups"          # back up the archive and restore it from a backup
    IMPORT_CARDS = "import_cards"
    REPAIR_ARCHIVE = "repair_archive"      # check --repair: rebuild the index, remove scans attached to nothing
    SHELVE = "shelve"                      # keep the register of places and put binders and volumes there
    APPRAISE = "appraise"                  # appraise expired volumes and propose a destruction list
    APPROVE_DESTRUCTION = "approve_destruction"
    DESTROY = "destroy"                    # carry out an approved destruction list


ACTION_LABELS: dict[Action, str] = {
    Action.QUERY_ARCHIVE: QT_TRANSLATE_NOOP("Permissions", "查询客户档案"),
    Action.EDIT_CARDS: QT_TRANSLATE_NOOP("Permissions", "登记和修改客户档案卡"),
    Action.FILE_PAPERS: QT_TRANSLATE_NOOP("Permissions", "归档、更正或撤出档案文件"),
    Action.LEND_PAPERS: QT_TRANSLATE_NOOP("Permissions", "办理档案借阅和归还"),
    Action.APPROVE_LOAN: QT_TRANSLATE_NOOP("Permissions", "批准借阅"),
    Action.CONSENT_HANDOUT: QT_TRANSLATE_NOOP("Permissions", "同意发放客户资料"),
    Action.HAND_OUT: QT_TRANSLATE_NOOP("Permissions", "发放客户资料"),
    Action.BIND_YEAR: QT_TRANSLATE_NOOP("Permissions", "年度立卷装订"),
    Action.MANAGE_USERS: QT_TRANSLATE_NOOP("Permissions", "管理用户"),
    Action.VIEW_QUERY_LOG: QT_TRANSLATE_NOOP("Permissions", "查看查询登记"),
    Action.CHANGE_SETTINGS: QT_TRANSLATE_NOOP("Permissions", "修改档案库设置"),
    Action.KEEP_BACKUPS: QT_TRANSLATE_NOOP("Permissions", "备份和恢复档案库"),
    Action.IMPORT_CARDS: QT_TRANSLATE_NOOP("Permissions", "批量导入客户档案卡"),
    Action.REPAIR_ARCHIVE: QT_TRANSLATE_NOOP("Permissions", "修复档案库（重建检索索引、清除无主扫描件）"),
    Action.SHELVE: QT_TRANSLATE_NOOP("Permissions", "登记库房位置和上架"),
    Action.APPRAISE: QT_TRANSLATE_NOOP("Permissions", "鉴定到期案卷并提出销毁"),
    Action.APPROVE_DESTRUCTION: QT_TRANSLATE_NOOP("Permissions", "批准销毁清册"),
    Action.DESTROY: QT_TRANSLATE_NOOP("Permissions", "执行档案销毁"),
}

# Only 业务经理, 客户服务, 经理 and the custodian may query the archive; a 业务员 receives customer data only
# through a hand-out. The customer managers (经理, 业务经理) approve loans and consent to hand-outs (and may
# produce one on their own consent); the custodian produces hand-outs on a manager's recorded consent.
PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.CUSTODIAN: frozenset({Action.QUERY_ARCHIVE, Action.EDIT_CARDS, Action.FILE_PAPERS, Action.LEND_PAPERS,
                               Action.APPROVE_LOAN, Action.HAND_OUT, Action.BIND_YEAR, Action.MANAGE_USERS,
                               Action.VIEW_QUERY_LOG, Action.CHANGE_SETTINGS, Action.KEEP_BACKUPS,
                               Action.IMPORT_CARDS, Action.REPAIR_ARCHIVE, Action.SHELVE, Action.APPRAISE,
                               Action.DESTROY}),
    Role.BUSINESS_MANAGER: frozenset({Action.QUERY_ARCHIVE, Action.APPROVE_LOAN, Action.CONSENT_HANDOUT,
                                      Action.HAND_OUT}),
    Role.CUSTOMER_SERVICE: frozenset({Action.QUERY_ARCHIVE}),
    Role.MANAGER: frozenset({Action.QUERY_ARCHIVE, Action.APPROVE_LOAN, Action.CONSENT_HANDOUT, Action.HAND_OUT,
                             Action.APPRAISE, Action.APPROVE_DESTRUCTION}),
    Role.SALES: frozenset(),
}


def may(role: Role, action: Action) -> bool:
    return action in PERMISSIONS.get(role, frozenset())


def require(role: Role, action: Action) -> None:
    """Raise :class:`PermissionDenied` with a Chinese message unless ``role`` may do ``action``."""
    if not may(role, action):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Permissions", "您的角色（{label}）无权{value}。如确需办理，请联系档案管理员。").format(label=role.label, value=ACTION_LABELS[action])
        )
