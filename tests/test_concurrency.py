"""Two programs writing at the same moment (two workstations, or the window and a command): the loser
waits for the lock and then gets the refusal that says what happened — never a raw database error. On
SQLite and on PostgreSQL."""
import multiprocessing
import traceback

import pytest

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.roles import Role
from desktop_crm.services.binders import papers
from desktop_crm.services.cards import customers
from desktop_crm.services.control import lending
from desktop_crm.store.control_models import BorrowItem
from desktop_crm.store.models import Customer
from tests.conftest import PG_URL
from tests.samples import TEST_TODAY, enterprise

ROUNDS = 4


def _target(archive) -> str:
    return PG_URL.rsplit("/", 1)[0] + "/" + archive.database if PG_URL else archive.database


def _child(target: str, job: str, payload: dict, barrier, results) -> None:
    """One program: opens the archive, gets ready, waits for the other, then writes."""
    from desktop_crm.domain import clock
    from desktop_crm.store.database import close_database, open_database

    try:
        open_database(target, upgrade=False)
        with clock.moved_to(TEST_TODAY):
            if job == "save":
                card = customers.get_card(payload["user"], payload["card"])
                barrier.wait(30)
                customers.update_customer(payload["user"], payload["card"], card.version,
                                          {**card.values, "address": payload["address"]})
            elif job == "create":
                barrier.wait(30)
                made = customers.create_customer(payload["user"], CustomerKind.ENTERPRISE, payload["values"],
                                                 allow_similar_name=True)
                results.put(("ok", made.number))
                return
            elif job == "close":
                from desktop_crm.services.year_end import closing

                barrier.wait(30)
                done = closing.close_year(payload["user"], TEST_TODAY.year - 1, accepted_note="缺件已知，补齐后附于备考表",
                                          checked_by="李建国")
                results.put(("ok", str(done.closed)))
                return
            elif job == "file":
                import time

                from desktop_crm.domain.errors import ArchiveError

                barrier.wait(30)
                seen = []
                for number in range(12):
                    time.sleep(0.15)
                    year = TEST_TODAY.year - (number % 2)        # this year's binder, and the year being bound
                    try:
                        papers.file_document(payload["user"], payload["card"], {
                            "category": 1, "kind": "background", "year": year, "title": f"走访记录（补{number}）",
                            "retention": "D30", "doc_date": f"{year}-06-01"})
                        seen.append("ok")
                    except ArchiveError as exc:
                        seen.append(type(exc).__name__)
                results.put(("ok", ",".join(seen)))
                return
            else:
                barrier.wait(30)
                lending.lend(payload["user"], lending.BorrowRequest(
                    payload["borrower"], "核对", (payload["paper"],), TEST_TODAY, approved_by_id=payload["approver"]))
        results.put(("ok", ""))
    except Exception as exc:  # noqa: BLE001 - reported to the test, which says what it expected
        results.put((type(exc).__name__, f"{exc}\n{traceback.format_exc()}"))
    finally:
        close_database()


def _race(target: str, payloads: list[tuple[str, dict]]) -> list[tuple[str, str]]:
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(len(payloads)), spawn.Queue()
    children = [spawn.Process(target=_child, args=(target, job, payload, barrier, results)) for job, payload in payloads]
    for child in children:
        child.start()
    outcome = [results.get(timeout=120) for _ in children]
    for child in children:
        child.join(30)
    return sorted(outcome)


@pytest.mark.timeout(600)
def test_two_desks_saving_the_same_card_one_wins_the_other_is_told(archive, staff):
    custodian = staff[Role.CUSTODIAN]
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    for round_ in range(ROUNDS):
        outcome = _race(_target(archive), [
            ("save", {"user": custodian, "card": card.id, "address": f"深圳市龙岗区坂田街道{round_}号楼"}),
            ("save", {"user": custodian, "card": card.id, "address": f"深圳市南山区科技园{round_}栋"})])
        kinds = [k for k, _ in outcome]
        assert kinds == ["StaleCard", "ok"], outcome
        assert "保存" in outcome[0][1]
    assert Customer.get_by_id(card.id).version == 1 + ROUNDS


@pytest.mark.timeout(600)
def test_two_desks_lending_the_same_paper_at_once_lend_it_once(archive, staff):
    custodian = staff[Role.CUSTODIAN]
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    for round_ in range(ROUNDS):
        paper = papers.file_document(custodian, card.id, {"category": 1, "kind": "background", "year": TEST_TODAY.year,
                                                          "title": f"走访记录{round_}", "retention": "D30"})
        ask = {"user": custodian, "paper": paper.id, "approver": staff[Role.MANAGER].id}
        outcome = _race(_target(archive), [
            ("lend", {**ask, "borrower": staff[Role.CUSTOMER_SERVICE].id}),
            ("lend", {**ask, "borrower": staff[Role.BUSINESS_MANAGER].id})])
        assert [k for k, _ in outcome] == ["PermissionDenied", "ok"], outcome
        assert "归还前不能再借" in outcome[0][1]
        assert BorrowItem.select().where(BorrowItem.document == paper.id).count() == 1


@pytest.mark.skipif(bool(PG_URL), reason="the shared demo archives are SQLite files")
@pytest.mark.timeout(600)
def test_papers_filed_during_a_close_wait_or_are_refused_and_the_close_goes_on(demo_copy):
    from desktop_crm.services import session
    from desktop_crm.services.accounts import user_accounts
    from desktop_crm.services.year_end import closing

    db = demo_copy(300, 3)
    session.open_archive(session.locate(str(db)))
    custodian = user_accounts.login("dangan", "demo1234")
    card = Customer.select().order_by(Customer.id).first().id
    planned = closing.preview(custodian, TEST_TODAY.year - 1).volumes_planned
    session.close_archive()
    outcome = _race(str(db), [("close", {"user": custodian}), ("file", {"user": custodian, "card": card})])
    filed = next(detail for kind, detail in outcome if "," in detail).split(",")
    closed = next(detail for kind, detail in outcome if "," not in detail)
    assert all(kind == "ok" for kind, _ in outcome), outcome
    assert int(closed) >= planned                           # every volume of the plan, the filings notwithstanding
    assert set(filed) <= {"ok", "FrozenPaper", "ArchiveBusy"}, filed     # refused in words, or filed
    assert "ok" in filed                                    # this year's papers are filed as ever


@pytest.mark.timeout(600)
def test_two_desks_registering_at_once_never_get_the_same_number(archive, staff):
    from tests.samples import ALIBABA_USCC, HUAWEI_USCC, TENCENT_USCC

    custodian = staff[Role.CUSTODIAN]
    codes = [(HUAWEI_USCC, "华为技术有限公司"), (TENCENT_USCC, "深圳市腾讯计算机系统有限公司"),
             (ALIBABA_USCC, "阿里巴巴（中国）网络技术有限公司")]
    outcome = _race(_target(archive), [("create", {"user": custodian, "values": enterprise(uscc=code, name=name)})
                                       for code, name in codes])
    assert [k for k, _ in outcome] == ["ok"] * 3, outcome
    assert len({number for _, number in outcome}) == 3


@pytest.mark.skipif(bool(PG_URL), reason="the shared demo archives are SQLite files")
@pytest.mark.timeout(600)
def test_two_closes_at_once_one_binds_the_other_is_told(demo_copy):
    from desktop_crm.services import session
    from desktop_crm.services.accounts import user_accounts

    db = demo_copy(300, 3)
    session.open_archive(session.locate(str(db)))
    custodian = user_accounts.login("dangan", "demo1234")
    session.close_archive()
    outcome = _race(str(db), [("close", {"user": custodian}), ("close", {"user": custodian})])
    kinds = sorted(k for k, _ in outcome)
    assert kinds == ["ArchiveBusy", "ok"], outcome
    assert "另一处正在立卷" in next(d for k, d in outcome if k == "ArchiveBusy")
