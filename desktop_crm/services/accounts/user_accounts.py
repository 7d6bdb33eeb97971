"""Accounts: the custodian's first account, logging in, adding colleagues, and passwords — each person
changes their own; the custodian resets a colleague's to a temporary one that must be changed at the next
sign-in. Every change is recorded (who, when), never the password."""
from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import InvalidInput, LoginFailed, PermissionDenied
from desktop_crm.domain.permissions import Action, may
from desktop_crm.domain.roles import Role
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import audit
from desktop_crm.services.accounts._login_throttle import LoginThrottle
from desktop_crm.services.accounts.passwords import hash_password, password_problem, verify_password
from desktop_crm.services.authority import authorise, ensure_in_use
from desktop_crm.services.transaction import writing
from desktop_crm.store.database import tuples
from desktop_crm.store.models import SignInAttempt, User, now

_USERNAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_.]{1,39}$")
throttle = LoginThrottle()

WRONG_LOGIN = "用户名或密码不正确，请重新输入。"
OWN, TEMPORARY, DEMO = "own", "temporary", "demo"
# letters and digits that cannot be mistaken for one another when read out or copied from paper
_TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _acting(row: User) -> ActingUser:
    return ActingUser(row.id, row.username, row.display_name, Role(row.role))


def needs_first_user() -> bool:
    """True on an empty archive: the custodian's account must be created before anything else."""
    return not User.select().exists()


def user_count() -> int:
    return User.select().where(User.active == True).count()  # noqa: E712 - peewee expression


def _check_new_account(username: str, display_name: str, password: str, confirm: str | None) -> None:
    problems: dict[str, str] = {}
    if not _USERNAME_RE.match(username or ""):
        problems["username"] = QT_TRANSLATE_NOOP("Accounts", "登录名须以英文字母开头，由2至40位字母、数字、下划线或点组成，例如 zhangli。")
    elif User.select().where(User.username == username).exists():
        problems["username"] = QT_TRANSLATE_NOOP("Accounts", "登录名“{username}”已被使用，请换一个。").format(username=username)
    if not (display_name or "").strip():
        problems["display_name"] = QT_TRANSLATE_NOOP("Accounts", "请填写姓名，它将出现在更正记录和借阅单上。")
    message = password_problem(password or "", confirm)
    if message:
        problems["password"] = message
    if problems:
        raise InvalidInput(problems)


def create_first_custodian(username: str, display_name: str, password: str, confirm: str) -> ActingUser:
    """The first account of an empty archive; always a custodian. Refused once any account exists."""
    with writing():
        if not needs_first_user():
            raise LoginFailed(QT_TRANSLATE_NOOP("Accounts", "档案库中已有用户，请用已有账号登录。"))
        _check_new_account(username, display_name, password, confirm)
        row = User.create(username=username, display_name=display_name.strip(), role=Role.CUSTODIAN.value,
                          password_hash=hash_password(password))
        acting = _acting(row)
        audit.record(acting, "user", row.id, "create", [audit.Change("role", None, Role.CUSTODIAN.label)],
                     note="首次启动创建档案管理员账号")
    return acting


def login(username: str, password: str) -> ActingUser:
    """The user for a correct name and password. The refusal never says which of the two was wrong."""
    username = (username or "").strip()
    wait = throttle.seconds_to_wait(username)
    if wait > 0:
        raise LoginFailed(QT_TRANSLATE_NOOP("Accounts", "登录失败次数过多，请 {value} 秒后再试。").format(value=int(wait + 0.999)))
    row = User.get_or_none((User.username == username) & (User.active == True))  # noqa: E712
    if not verify_password(row.password_hash if row else None, password or ""):
        throttle.failed(username)
        raise LoginFailed(WRONG_LOGIN)
    throttle.succeeded(username)
    return _acting(row)


@dataclass(frozen=True)
class SignIn:
    at: datetime
    username: str
    succeeded: bool


def sign_ins(acting: ActingUser, failed_only: bool = False, limit: int = 200) -> list[SignIn]:
    """The record of sign-ins, newest first (custodian): who tried, when, and whether it worked."""
    authorise(acting, Action.MANAGE_USERS)
    query = SignInAttempt.select(SignInAttempt.at, SignInAttempt.username, SignInAttempt.succeeded)
    if failed_only:
        query = query.where(SignInAttempt.succeeded == False)  # noqa: E712
    return [SignIn(*row) for row in tuples(query.order_by(SignInAttempt.at.desc(), SignInAttempt.id.desc()).limit(limit))]


def add_user(acting: ActingUser, username: str, display_name: str, role: Role, password: str,
             department: str = "") -> ActingUser:
    authorise(acting, Action.MANAGE_USERS)
    with writing():
        _check_new_account(username, display_name, password, None)
        row = User.create(username=username, display_name=display_name.strip(), role=Role(role).value,
                          department=department.strip(), password_hash=hash_password(password))
        audit.record(acting, "user", row.id, "create",
                     [audit.Change("username", None, username), audit.Change("role", None, Role(role).label)])
    return _acting(row)


def list_users(acting: ActingUser) -> list[tuple[ActingUser, str, bool]]:
    """Every account with its department and whether it is active."""
    authorise(acting, Action.MANAGE_USERS)
    return [(_acting(r), r.department, r.active) for r in User.select().order_by(User.id)]


def set_active(acting: ActingUser, user_id: int, active: bool, reason: str) -> None:
    """Disable (or enable again) a colleague's account; accounts are never deleted, so the trail keeps
    their name. The custodian cannot disable their own account."""
    authorise(acting, Action.MANAGE_USERS)
    if not (reason or "").strip():
        raise InvalidInput({"reason": QT_TRANSLATE_NOOP("Accounts", "请写明停用或启用的原因，例如 调离本部门。")})
    if user_id == acting.id and not active:
        raise InvalidInput({"user": QT_TRANSLATE_NOOP("Accounts", "不能停用自己的账号。")})
    with writing():
        row = User.get_or_none(User.id == user_id)
        if row is None:
            raise InvalidInput({"user": QT_TRANSLATE_NOOP("Accounts", "该用户不存在。")})
        if row.active != active:
            User.update(active=active).where(User.id == user_id).execute()
            audit.record(acting, "user", user_id, "update", [audit.Change("在用", row.active, active)],
                         note=reason.strip())


def colleagues(acting: ActingUser) -> list[ActingUser]:
    """Active accounts, for choosing a borrower, an approver or a recipient (names and roles only)."""
    if not (may(acting.role, Action.LEND_PAPERS) or may(acting.role, Action.HAND_OUT)):
        raise PermissionDenied(QT_TRANSLATE_NOOP("Accounts", "您的角色无需选择同事办理借阅或发放。"))
    return [_acting(r) for r in User.select().where(User.active == True).order_by(User.id)]  # noqa: E712


def only_user() -> ActingUser | None:
    """The single account of a one-person archive (the command line may act as it without a name)."""
    rows = list(User.select().where(User.active == True).limit(2))  # noqa: E712
    return _acting(rows[0]) if len(rows) == 1 else None


def find_user(username: str) -> ActingUser | None:
    row = User.get_or_none(User.username == username)
    return _acting(row) if row else None


def password_state(acting: ActingUser) -> str:
    """own, temporary (set by the custodian: must be changed before anything else) or demo (published)."""
    return User.select(User.password_state).where(User.id == acting.id).scalar() or OWN


def change_own_password(acting: ActingUser, current: str, new: str, confirm: str | None) -> None:
    """Any user changes their own password, giving the current one."""
    ensure_in_use(acting, changing_password=True)
    row = User.get_by_id(acting.id)
    if not verify_password(row.password_hash, current or ""):
        raise InvalidInput({"current": QT_TRANSLATE_NOOP("Accounts", "当前密码不正确，请重新输入。")})
    problem = password_problem(new or "", confirm)
    if not problem and new == current:
        problem = QT_TRANSLATE_NOOP("Accounts", "新密码不能与当前密码相同。")
    if problem:
        raise InvalidInput({"password": problem})
    with writing():
        User.update(password_hash=hash_password(new), password_state=OWN, password_changed_at=now()).where(
            User.id == acting.id).execute()
        audit.record(acting, "user", acting.id, "password", [audit.Change("密码", "", "已修改")],
                     note="本人修改密码")


def temporary_password() -> str:
    while True:
        candidate = "".join(secrets.choice(_TEMPORARY_ALPHABET) for _ in range(10))
        if not password_problem(candidate):
            return candidate


def reset_password(acting: ActingUser, username: str, temporary: str | None = None) -> str:
    """The custodian gives a colleague a temporary password (``temporary``, or one generated); the
    colleague must change it at the next sign-in. Returns the temporary password to hand over."""
    authorise(acting, Action.MANAGE_USERS)
    row = User.get_or_none(User.username == (username or "").strip())
    if row is None:
        raise InvalidInput({"user": QT_TRANSLATE_NOOP("Accounts", "没有登录名为“{username}”的用户。").format(username=username)})
    if row.id == acting.id:
        raise InvalidInput({"user": QT_TRANSLATE_NOOP("Accounts", "不能重置自己的密码：请用“修改密码”。")})
    password = temporary or temporary_password()
    problem = password_problem(password)
    if problem:
        raise InvalidInput({"password": problem})
    with writing():
        User.update(password_hash=hash_password(password), password_state=TEMPORARY,
                    password_changed_at=now()).where(User.id == row.id).execute()
        audit.record(acting, "user", row.id, "password", [audit.Change("密码", "", "已重置为临时密码")],
                     note=f"{acting.display_name}重置{row.display_name}的密码")
    throttle.succeeded(row.username)        # a locked-out colleague can sign in with the new one at once
    return password
