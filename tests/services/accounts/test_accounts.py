import pytest

from desktop_crm.domain.errors import InvalidInput, LoginFailed, PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.services.accounts import user_accounts
from desktop_crm.services.accounts._login_throttle import LoginThrottle
from desktop_crm.store.models import ChangeRecord, User
from tests.conftest import PASSWORD


def test_first_start_creates_a_custodian_with_a_slow_salted_hash(archive):
    assert user_accounts.needs_first_user()
    user = user_accounts.create_first_custodian("wangfang", "王芳", PASSWORD, PASSWORD)
    assert user.role == Role.CUSTODIAN
    stored = User.get(User.username == "wangfang").password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert not user_accounts.needs_first_user()
    assert ChangeRecord.select().where(ChangeRecord.entity == "user").count() == 1


def test_first_start_cannot_be_repeated(custodian):
    with pytest.raises(LoginFailed, match="已有用户"):
        user_accounts.create_first_custodian("other", "他人", PASSWORD, PASSWORD)


@pytest.mark.parametrize("username, password, confirm, field", [
    ("王芳", PASSWORD, PASSWORD, "username"),
    ("wangfang", "short1", "short1", "password"),
    ("wangfang", "12345678", "12345678", "password"),
    ("wangfang", PASSWORD, PASSWORD + "x", "password"),
])
def test_bad_first_accounts_are_refused_and_nothing_is_saved(archive, username, password, confirm, field):
    with pytest.raises(InvalidInput) as caught:
        user_accounts.create_first_custodian(username, "王芳", password, confirm)
    assert field in caught.value.problems
    assert user_accounts.needs_first_user()


def test_login_never_says_which_part_was_wrong(custodian):
    with pytest.raises(LoginFailed) as wrong_password:
        user_accounts.login("wangfang", "not-the-password")
    with pytest.raises(LoginFailed) as wrong_name:
        user_accounts.login("nobody", PASSWORD)
    assert str(wrong_password.value) == str(wrong_name.value) == user_accounts.WRONG_LOGIN
    assert user_accounts.login("wangfang", PASSWORD) == custodian


def test_repeated_failures_make_the_user_wait(custodian, monkeypatch):
    clock = [1000.0]
    throttle = LoginThrottle(clock=lambda: clock[0])
    monkeypatch.setattr(user_accounts, "throttle", throttle)
    for _ in range(3):
        with pytest.raises(LoginFailed, match="不正确"):
            user_accounts.login("wangfang", "wrong-password")
    with pytest.raises(LoginFailed, match="秒后再试"):
        user_accounts.login("wangfang", PASSWORD)      # even the right password waits
    assert throttle.seconds_to_wait("WangFang") > 0
    clock[0] += 61
    assert user_accounts.login("wangfang", PASSWORD) == custodian


def test_the_wait_holds_across_programs_and_every_attempt_is_recorded(staff, monkeypatch):
    """Each command-line call is a new program with a new throttle: the wait is in the archive."""
    for _ in range(3):
        monkeypatch.setattr(user_accounts, "throttle", LoginThrottle())       # a fresh process each time
        with pytest.raises(LoginFailed):
            user_accounts.login("zhaoxm", "guess-0000")
    monkeypatch.setattr(user_accounts, "throttle", LoginThrottle())
    with pytest.raises(LoginFailed, match="秒后再试"):
        user_accounts.login("zhaoxm", PASSWORD)
    failed = user_accounts.sign_ins(staff[Role.CUSTODIAN], failed_only=True)
    assert [a.username for a in failed] == ["zhaoxm"] * 3 and not any(a.succeeded for a in failed)
    with pytest.raises(PermissionDenied):
        user_accounts.sign_ins(staff[Role.MANAGER])


@pytest.mark.parametrize("role", [r for r in Role if r != Role.CUSTODIAN])
def test_only_the_custodian_adds_users(staff, role):
    with pytest.raises(PermissionDenied):
        user_accounts.add_user(staff[role], "newcomer", "新人", Role.SALES, PASSWORD)
    with pytest.raises(PermissionDenied):
        user_accounts.list_users(staff[role])


def test_custodian_adds_users_in_every_role(staff):
    listed = user_accounts.list_users(staff[Role.CUSTODIAN])
    assert {u.role for u, _, _ in listed} == set(Role)
    assert user_accounts.login("liuyang", PASSWORD).role == Role.SALES
    with pytest.raises(InvalidInput, match="已被使用"):
        user_accounts.add_user(staff[Role.CUSTODIAN], "liuyang", "刘洋", Role.SALES, PASSWORD)


def test_a_disabled_account_cannot_log_in_and_is_kept(staff):
    custodian = staff[Role.CUSTODIAN]
    with pytest.raises(InvalidInput, match="原因"):
        user_accounts.set_active(custodian, staff[Role.SALES].id, False, "")
    user_accounts.set_active(custodian, staff[Role.SALES].id, False, "调离业务部")
    with pytest.raises(LoginFailed):
        user_accounts.login("liuyang", PASSWORD)
    assert any(not active for _, _, active in user_accounts.list_users(custodian))
    with pytest.raises(InvalidInput, match="自己"):
        user_accounts.set_active(custodian, custodian.id, False, "测试")
    with pytest.raises(PermissionDenied):
        user_accounts.set_active(staff[Role.MANAGER], staff[Role.SALES].id, True, "回来了")
    user_accounts.set_active(custodian, staff[Role.SALES].id, True, "返岗")
    assert user_accounts.login("liuyang", PASSWORD).role == Role.SALES


def test_everyone_changes_their_own_password_and_the_trail_never_holds_it(staff):
    from desktop_crm.services.cards import customer_search
    from desktop_crm.services.cards.customer_search import CustomerQuery

    for role, person in staff.items():
        new = f"{role.value}-新密码-2026"
        with pytest.raises(InvalidInput, match="当前密码不正确"):
            user_accounts.change_own_password(person, "not mine 12", new, new)
        with pytest.raises(InvalidInput, match="不一致"):
            user_accounts.change_own_password(person, PASSWORD, new, new + "x")
        with pytest.raises(InvalidInput, match="相同"):
            user_accounts.change_own_password(person, PASSWORD, PASSWORD, PASSWORD)
        user_accounts.change_own_password(person, PASSWORD, new, new)
        with pytest.raises(LoginFailed):
            user_accounts.login(person.username, PASSWORD)
        assert user_accounts.login(person.username, new) == person
    trail = list(ChangeRecord.select().where(ChangeRecord.action == "password"))
    assert len(trail) == len(staff)
    assert all("新密码" not in r.old_value + r.new_value + r.note for r in trail)
    assert customer_search.count(staff[Role.MANAGER], CustomerQuery()) == 0


def test_the_custodian_resets_a_colleague_who_must_change_it_before_anything_else(staff):
    from desktop_crm.services.cards import customer_search
    from desktop_crm.services.cards.customer_search import CustomerQuery

    custodian, manager = staff[Role.CUSTODIAN], staff[Role.MANAGER]
    for other in (staff[Role.BUSINESS_MANAGER], manager, staff[Role.SALES]):
        with pytest.raises(PermissionDenied):
            user_accounts.reset_password(other, "zhaoxm")
    with pytest.raises(InvalidInput, match="自己"):
        user_accounts.reset_password(custodian, "wangfang")
    with pytest.raises(InvalidInput, match="没有登录名"):
        user_accounts.reset_password(custodian, "nobody")
    temporary = user_accounts.reset_password(custodian, "lijg")
    assert len(temporary) == 10 and not user_accounts.password_problem(temporary)
    with pytest.raises(LoginFailed):
        user_accounts.login("lijg", PASSWORD)
    signed_in = user_accounts.login("lijg", temporary)
    assert user_accounts.password_state(signed_in) == user_accounts.TEMPORARY
    with pytest.raises(PermissionDenied, match="临时密码"):
        customer_search.count(signed_in, CustomerQuery())          # nothing else until it is changed
    user_accounts.change_own_password(signed_in, temporary, "jianguo-2026", "jianguo-2026")
    assert user_accounts.password_state(signed_in) == user_accounts.OWN
    assert customer_search.count(signed_in, CustomerQuery()) == 0
    chosen = user_accounts.reset_password(custodian, "zhaoxm", "kefu-temp-01")
    assert chosen == "kefu-temp-01"
    with pytest.raises(InvalidInput):
        user_accounts.reset_password(custodian, "zhaoxm", "123")
    notes = [r.note for r in ChangeRecord.select().where(ChangeRecord.action == "password")]
    assert any("王芳重置李建国的密码" in n for n in notes) and all("kefu-temp-01" not in n for n in notes)


def test_a_reset_lets_a_locked_out_colleague_in_at_once(staff):
    for _ in range(5):
        with pytest.raises(LoginFailed):
            user_accounts.login("zhaoxm", "wrong password 9")
    assert user_accounts.throttle.seconds_to_wait("zhaoxm") > 0
    temporary = user_accounts.reset_password(staff[Role.CUSTODIAN], "zhaoxm")
    assert user_accounts.login("zhaoxm", temporary).username == "zhaoxm"
