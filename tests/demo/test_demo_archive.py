import pytest

from desktop_crm.demo import demo_archive
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.domain.roles import Role
from desktop_crm.domain.validators import validate_id_number, validate_phone, validate_uscc
from desktop_crm.services.accounts import user_accounts
from desktop_crm.services.cards import customer_search, customers
from desktop_crm.services.cards.customer_search import CustomerQuery
from desktop_crm.services.upkeep import integrity
from desktop_crm.store.models import ChangeRecord, Customer


def test_demo_makes_one_account_per_role_and_valid_realistic_cards(archive):
    custodian = demo_archive.prepare_demo_archive()
    assert demo_archive.fill_demo_customers(custodian, 600, seed=7) == 600
    for username, _, role, _ in demo_archive.DEMO_USERS:
        assert user_accounts.login(username, "demo1234").role == role
    rows = list(Customer.select())
    assert len(rows) == 600 and {r.kind for r in rows} == {"enterprise", "individual"}
    for row in rows:
        card = customers.get_card(custodian, row.id)
        if card.kind == CustomerKind.ENTERPRISE:
            assert validate_uscc(card.values["uscc"]).ok, card.values["uscc"]
            assert card.values["name"].endswith("公司")
        else:
            assert validate_id_number(card.values["id_number"]).ok
        assert validate_phone(card.values["phone"]).ok, card.values["phone"]
    assert ChangeRecord.select().where(ChangeRecord.entity == "customer").count() == 600
    assert integrity.check_archive().ok
    # the demo cards are found like any other
    some = rows[10]
    assert customer_search.count(custodian, CustomerQuery(text=some.name[2:4], include_cleared=True)) >= 1
    assert customer_search.count(custodian, CustomerQuery(text=some.number)) <= 1


def test_same_seed_same_archive(tmp_path):
    from desktop_crm.store.database import close_database, open_database

    seen = []
    for run in range(2):
        open_database(tmp_path / f"demo{run}.sqlite3")
        demo_archive.fill_demo_customers(demo_archive.prepare_demo_archive(), 50, seed=11)
        seen.append([(r.number, r.name, r.uscc) for r in Customer.select().order_by(Customer.id)])
        close_database()
    assert seen[0] == seen[1]


def test_demo_refuses_an_archive_that_already_has_cards(archive):
    demo_archive.fill_demo_customers(demo_archive.prepare_demo_archive(), 20, seed=3)
    with pytest.raises(ArchiveError, match="已有 20 户"):
        demo_archive.prepare_demo_archive()
    assert Customer.select().count() == 20


def test_demo_refuses_a_real_archive(staff):
    with pytest.raises(ArchiveError, match="新的数据库"):
        demo_archive.prepare_demo_archive()
    assert user_accounts.find_user("dangan") is None
    assert staff[Role.CUSTODIAN]
