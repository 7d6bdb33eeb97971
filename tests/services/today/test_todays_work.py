"""今日待办 per role on the demo archive: each sees only what its role may see and do, the most urgent first,
each line naming where the work is done; the command line gives the same list."""
import json

import pytest

from desktop_crm import cli
from desktop_crm.domain.roles import Role
from desktop_crm.domain.translatable import Text
from desktop_crm.services import session
from desktop_crm.services.accounts import user_accounts
from desktop_crm.services.today import todays_work
from desktop_crm.store.control_models import QueryLog
from tests.samples import TEST_TODAY


@pytest.fixture
def demo(demo_copy, monkeypatch):
    monkeypatch.setenv("DESKTOP_CRM_PASSWORD", "demo1234")
    path = demo_copy(300, 3)
    session.open_archive(session.locate(str(path), None))
    yield path
    session.close_archive()


def _as(username):
    return user_accounts.login(username, "demo1234")


def test_the_custodian_sees_the_desk_and_the_room(demo):
    items = todays_work.todays_work(_as("dangan"), TEST_TODAY)
    kinds = [i.kind for i in items]
    assert {"loans_overdue", "handouts_overdue", "backup", "licences", "bad_candidates"} <= set(kinds)
    urgency = [i.urgent for i in items]
    assert urgency == sorted(urgency, reverse=True) and urgency[0]             # the most urgent first
    backup = next(i for i in items if i.kind == "backup")
    assert isinstance(backup.lines[0].text, Text) and backup.lines[0].text == "尚无备份"   # marked: shown translated
    overdue = next(i for i in items if i.kind == "loans_overdue")
    assert overdue.count >= len(overdue.lines) > 0 and all(line.opens == "lending" and line.target for line in overdue.lines)
    assert "approvals" not in kinds                          # the custodian decides no credit request


@pytest.mark.parametrize("username,role", [("jingli", Role.MANAGER), ("yewujingli", Role.BUSINESS_MANAGER),
                                           ("kefu", Role.CUSTOMER_SERVICE), ("yewuyuan", Role.SALES)])
def test_each_role_sees_only_its_own_work(demo, username, role):
    items = todays_work.todays_work(_as(username), TEST_TODAY)
    kinds = {i.kind for i in items}
    assert not kinds & {"loans_overdue", "loans_due", "backup", "unshelved", "reviews_due"}   # the custodian's desk
    if role == Role.SALES:
        assert kinds == set()
    if role == Role.CUSTOMER_SERVICE:
        assert "handouts_overdue" not in kinds
        own = [line.text for i in items if i.kind == "approvals" for line in i.lines]
        assert all("草稿" in text for text in own)            # only their own unfinished requests
    if role in (Role.MANAGER, Role.BUSINESS_MANAGER):
        waiting = [i for i in items if i.kind == "approvals"]
        assert all(line.opens == "approval" and line.target for i in waiting for line in i.lines)


def test_reading_todays_work_is_registered(demo):
    before = QueryLog.select().count()
    todays_work.todays_work(_as("dangan"), TEST_TODAY)
    assert QueryLog.select().where(QueryLog.id > before, QueryLog.detail.startswith("今日待办")).exists()


def test_the_command_line_gives_the_same_list(demo, capsys):
    session.close_archive()
    assert cli.main(["--db", str(demo), "--user", "dangan", "today", "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown and shown[0]["urgent"] and {"kind", "title", "count", "opens", "lines"} <= set(shown[0])
    session.open_archive(session.locate(str(demo), None))


def test_the_gaps_of_kept_binders_come_as_their_own_heading(demo):
    custodian = _as("dangan")
    quick = todays_work.todays_work(custodian, TEST_TODAY, with_gaps=False)
    assert "gaps" not in {i.kind for i in quick}
    gaps = todays_work.gaps_item(custodian, TEST_TODAY)
    assert gaps is not None and gaps.count > 0 and gaps.opens == "gaps"
    assert all(line.opens == "binder" and line.target for line in gaps.lines)
    assert gaps.count == next(i for i in todays_work.todays_work(custodian, TEST_TODAY) if i.kind == "gaps").count
    assert todays_work.gaps_item(_as("kefu"), TEST_TODAY) is None                  # files no papers
