"""The customer manager (客户经理) named on a card: who may be named, how a typed name is read, and who a
customer's consents and approvals go to first (the seeds: 必需经客户经理同意)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.permissions import Action, may
from desktop_crm.domain.roles import Role
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text
from desktop_crm.services.authority import authorise
from desktop_crm.store.models import Customer, User


@dataclass(frozen=True)
class AccountManager:
    username: str
    display_name: str
    role: Role

    @property
    def label(self) -> str:
        return f"{self.display_name}（{self.role.label}）"


def _eligible() -> list[AccountManager]:
    """Users in service whose role consents to hand-outs: the 经理 and 业务经理."""
    return [AccountManager(u.username, u.display_name, Role(u.role))
            for u in User.select(User.username, User.display_name, User.role).where(User.active == True)  # noqa: E712
            .order_by(User.display_name) if may(Role(u.role), Action.CONSENT_HANDOUT)]


def choices(acting: ActingUser) -> list[AccountManager]:
    """Whom the card editor offers as a customer's manager."""
    authorise(acting, Action.QUERY_ARCHIVE)
    return _eligible()


def reader() -> Callable[..., str]:
    """A function turning what was typed or imported (login name or display name) into the login name kept
    on the card; an unchanged value is kept even if its holder has since left, so other corrections go on."""
    managers = _eligible()
    by_login = {m.username.lower(): m.username for m in managers}
    by_name: dict[str, list[str]] = {}
    for m in managers:
        by_name.setdefault(m.display_name, []).append(m.username)

    def read(text: str, old: str = "") -> str:
        text = (text or "").strip()
        if not text or text == old:
            return text
        if text.lower() in by_login:
            return by_login[text.lower()]
        found = by_name.get(text, [])
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise InvalidInput({"account_manager": QT_TRANSLATE_NOOP("Cards", "有 {count} 位同事叫“{name}”：请填写其登录名。").format(
                count=len(found), name=text)})
        raise InvalidInput({"account_manager": QT_TRANSLATE_NOOP(
            "Cards", "“{name}”不是在职的经理或业务经理，不能作为客户经理：请从列表中选择，或先在用户管理中登记此人。").format(name=text)})
    return read


def everyone_named() -> list[AccountManager]:
    """Every account that may stand on a card as its manager, in service or not (a card keeps the name of a
    manager who has left until it is reassigned)."""
    return [AccountManager(u.username, u.display_name, Role(u.role))
            for u in User.select(User.username, User.display_name, User.role)]


def manager_of(customer_id: int) -> User | None:
    """The customer's manager if named and still in service."""
    username = Customer.select(Customer.account_manager).where(Customer.id == customer_id).scalar()
    if not username:
        return None
    return User.get_or_none((User.username == username) & (User.active == True))  # noqa: E712


def route_note(customer_id: int, who: User) -> Text:
    """How a consent or approval step reached ``who``: the customer's own manager, or the role-based fallback
    (recorded as such, with the manager it bypassed)."""
    manager = manager_of(customer_id)
    if manager is not None and manager.id == who.id:
        return QT_TRANSLATE_NOOP("Cards", "客户经理本人办理")
    if manager is not None:
        return QT_TRANSLATE_NOOP("Cards", "按角色办理（该客户的客户经理为{name}）").format(name=manager.display_name)
    return QT_TRANSLATE_NOOP("Cards", "按角色办理（该客户未指定客户经理或其已离职）")
