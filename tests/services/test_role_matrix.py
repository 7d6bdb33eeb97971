"""Every role × every action, through the services (never the UI): allowed exactly where the table says."""

import pytest

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput, NotFound, PermissionDenied
from desktop_crm.domain.permissions import Action, may
from desktop_crm.domain.roles import Role
from desktop_crm.services import query_register, session
from desktop_crm.services.accounts import user_accounts
from desktop_crm.services.binders import papers
from desktop_crm.services.cards import customer_search, customers
from desktop_crm.services.cards.customer_search import CustomerQuery
from desktop_crm.services.control import handouts, lending
from desktop_crm.services.exchange import customer_import
from desktop_crm.services.retention import destruction
from desktop_crm.services.settings import registry
from desktop_crm.services.shelves.places import add_place
from desktop_crm.services.upkeep import backup, integrity
from desktop_crm.services.year_end import closing
from tests.conftest import PASSWORD
from tests.samples import TEST_TODAY, enterprise

TODAY = TEST_TODAY


@pytest.fixture
def world(staff, tmp_path):
    custodian = staff[Role.CUSTODIAN]
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    filed = [papers.file_document(custodian, card.id, {"category": 1, "kind": "background", "year": TODAY.year,
                                                        "title": f"走访记录{i}", "retention": "D30"}) for i in range(12)]
    return {"card": card, "papers": filed, "tmp": tmp_path, "staff": staff, "n": iter(range(100))}


def _lend_as_approver(user, w):
    custodian = w["staff"][Role.CUSTODIAN]
    paper = w["papers"][next(w["n"])]
    borrower = w["staff"][Role.CUSTOMER_SERVICE] if user.role != Role.CUSTOMER_SERVICE else w["staff"][Role.MANAGER]
    lending.lend(custodian, lending.BorrowRequest(borrower.id, "核对", (paper.id,), TODAY, approved_by_id=user.id))


def _roster(folder):
    path = folder / "名册.csv"
    path.write_text("单位名称,统一社会信用代码\n深圳市腾讯计算机系统有限公司,9144030071526726XG\n", encoding="utf-8")
    return path


def _consent(user, w):
    handouts.hand_out(w["staff"][Role.CUSTODIAN], w["card"].id, w["staff"][Role.SALES].id,
                      w["tmp"] / f"c{next(w['n'])}.xlsx", consent_by_id=user.id)


def _past_the_door(call):
    """For an action whose rules then need a world this matrix does not build (an expired volume, a list):
    past the role check, a refusal in words (nothing to do) counts as let in; PermissionDenied does not."""
    def run(user, w):
        try:
            call(user, w)
        except (InvalidInput, NotFound):
            pass
    return run


CALLS = {
    Action.QUERY_ARCHIVE: lambda u, w: (customer_search.count(u, CustomerQuery(text="华为")),
                                        customers.get_card(u, w["card"].id), papers.open_binder(u, w["card"].id)),
    Action.EDIT_CARDS: lambda u, w: customers.update_customer(
        u, w["card"].id, customers.get_card(w["staff"][Role.CUSTODIAN], w["card"].id).version,
        {**w["card"].values, "grade": "ABCD"[next(w["n"]) % 4]}),
    Action.FILE_PAPERS: lambda u, w: papers.file_document(u, w["card"].id, {
        "category": 1, "kind": "background", "year": TODAY.year, "title": "补充走访记录", "retention": "D30"}),
    Action.LEND_PAPERS: lambda u, w: lending.lend(u, lending.BorrowRequest(
        w["staff"][Role.CUSTOMER_SERVICE].id, "核对", (w["papers"][next(w["n"])].id,), TODAY,
        approved_by_id=w["staff"][Role.MANAGER].id)),
    Action.APPROVE_LOAN: _lend_as_approver,
    Action.CONSENT_HANDOUT: _consent,
    Action.HAND_OUT: lambda u, w: handouts.hand_out(u, w["card"].id, w["staff"][Role.SALES].id,
                                                    w["tmp"] / f"h{next(w['n'])}.xlsx",
                                                    consent_by_id=w["staff"][Role.MANAGER].id),
    Action.MANAGE_USERS: lambda u, w: user_accounts.add_user(u, f"xinren{next(w['n'])}", "新人", Role.SALES, PASSWORD),
    Action.VIEW_QUERY_LOG: lambda u, w: query_register.entries(u),
    Action.BIND_YEAR: lambda u, w: closing.preview(u, TODAY.year),
    Action.CHANGE_SETTINGS: lambda u, w: registry.change(u, {"loan.max_renewals": 1 + next(w["n"]) % 3}),
    Action.KEEP_BACKUPS: lambda u, w: backup.make_backup(u, session.locate(None, w["tmp"]),
                                                         w["tmp"] / "backups" / f"b{next(w['n'])}.zip"),
    Action.IMPORT_CARDS: lambda u, w: customer_import.check_file(u, _roster(w["tmp"])),
    Action.REPAIR_ARCHIVE: lambda u, w: integrity.repair(u),
    Action.SHELVE: lambda u, w: add_place(u, f"A-01-{next(w['n'])}"),
    Action.APPRAISE: _past_the_door(lambda u, w: destruction.propose(u, "到期鉴定")),
    Action.APPROVE_DESTRUCTION: _past_the_door(lambda u, w: destruction.decide(u, "XH-2036-0001", True)),
    Action.DESTROY: _past_the_door(lambda u, w: destruction.carry_out(u, "XH-2036-0001", ["张伟", "李娜"])),
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(CALLS))
def test_role_action_matrix(world, role, action):
    user = world["staff"][role]
    if may(role, action):
        CALLS[action](user, world)
    else:
        with pytest.raises(PermissionDenied):
            CALLS[action](user, world)


def test_the_matrix_covers_every_action():
    assert set(CALLS) == set(Action)
