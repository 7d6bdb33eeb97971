"""The roles of the people who use the archive (DESIGN.md, "Control of use")."""
from enum import Enum

from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP


class Role(str, Enum):
    CUSTODIAN = "custodian"
    BUSINESS_MANAGER = "business_manager"
    CUSTOMER_SERVICE = "customer_service"
    MANAGER = "manager"
    SALES = "sales"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.CUSTODIAN: QT_TRANSLATE_NOOP("Role", "档案管理员"),
    Role.BUSINESS_MANAGER: QT_TRANSLATE_NOOP("Role", "业务经理"),
    Role.CUSTOMER_SERVICE: QT_TRANSLATE_NOOP("Role", "客户服务"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Role", "经理"),
    Role.SALES: QT_TRANSLATE_NOOP("Role", "业务员"),
}
