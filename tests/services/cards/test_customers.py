from datetime import date

import pytest

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import DuplicateCustomer, InvalidInput, NotFound, PermissionDenied, StaleCard
from desktop_crm.domain.roles import Role
from desktop_crm.services.cards import customers
from desktop_crm.services.cards.customers import SimilarNameWarning
from desktop_crm.services.settings import registry
from desktop_crm.store.models import ChangeRecord, Customer, NumberSeries
from tests.samples import TENCENT_USCC, enterprise, individual

QUERY_ROLES = {Role.CUSTODIAN, Role.BUSINESS_MANAGER, Role.CUSTOMER_SERVICE, Role.MANAGER}


def test_each_kind_has_its_own_number_series(custodian):
    a = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    b = customers.create_customer(custodian, CustomerKind.INDIVIDUAL, individual())
    c = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
        name="深圳市腾讯计算机系统有限公司", uscc=TENCENT_USCC))
    assert (a.number, b.number, c.number) == ("QY-000001", "GR-000001", "QY-000002")


def test_prefixes_are_configurable_and_numbers_never_reused(custodian):
    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    registry.change(custodian, {"number_prefix.enterprise": "kh"})
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
        name="深圳市腾讯计算机系统有限公司", uscc=TENCENT_USCC))
    assert card.number == "KH-000002"
    with pytest.raises(InvalidInput):
        registry.change(custodian, {"number_prefix.individual": "KH"})
    with pytest.raises(InvalidInput):
        registry.change(custodian, {"number_prefix.individual": "个人"})


def test_a_refused_card_leaves_nothing_behind(custodian):
    with pytest.raises(InvalidInput):
        customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(uscc="914403001922038217"))
    assert Customer.select().count() == 0
    assert ChangeRecord.select().where(ChangeRecord.entity == "customer").count() == 0
    assert NumberSeries.select().count() == 0
    assert customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise()).number == "QY-000001"


def test_same_credit_code_or_id_number_is_blocked(custodian):
    first = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    with pytest.raises(DuplicateCustomer, match=first.number):
        customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(name="华为终端有限公司"))
    customers.create_customer(custodian, CustomerKind.INDIVIDUAL, individual())
    with pytest.raises(DuplicateCustomer, match="身份证号码"):
        customers.create_customer(custodian, CustomerKind.INDIVIDUAL, individual(name="周小梅"))


def test_near_identical_name_warns_and_may_go_on(custodian):
    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(uscc=""))
    with pytest.raises(SimilarNameWarning, match="华为技术有限公司"):
        customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(name="华为技术股份有限公司", uscc=""))
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE,
                                     enterprise(name="华为技术股份有限公司", uscc=""), allow_similar_name=True)
    assert card.number == "QY-000002"


def test_every_create_and_update_is_recorded_field_by_field(custodian):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    updated = customers.update_customer(custodian, card.id, card.version,
                                        {**card.values, "phone": "0755-28780000", "grade": "B"})
    assert updated.version == card.version + 1
    history = customers.card_history(custodian, card.id)
    latest = {(h.field, h.old_value, h.new_value) for h in history if h.action == "update"}
    assert latest == {("电话", "0755-28780808", "0755-28780000"), ("客户等级", "A", "B")}
    created = {h.field: h.new_value for h in history if h.action == "create"}
    assert created["登记编号"] == "QY-000001" and created["统一社会信用代码"] == card.values["uscc"]
    assert all(h.user_name == "王芳" and h.at for h in history)


def test_saving_over_someone_elses_save_is_refused(custodian):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    customers.update_customer(custodian, card.id, card.version, {**card.values, "grade": "B"})
    with pytest.raises(StaleCard, match="王芳"):
        customers.update_customer(custodian, card.id, card.version, {**card.values, "grade": "C"})
    assert customers.get_card(custodian, card.id).values["grade"] == "B"


def test_unchanged_save_writes_nothing(custodian):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    before = ChangeRecord.select().count()
    again = customers.update_customer(custodian, card.id, card.version, dict(card.values))
    assert again.version == card.version and ChangeRecord.select().count() == before


def test_values_round_trip(custodian):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    fresh = customers.get_card(custodian, card.id)
    assert fresh.values["founded_on"] == date(1987, 9, 15)
    assert fresh.values["owner_name"] == "任正非" and fresh.values["employees"] == 207000
    assert fresh.values["direct_export"] is True
    assert customers.find_by_number(custodian, "qy-000001").id == card.id
    with pytest.raises(NotFound):
        customers.get_card(custodian, 999)


@pytest.mark.parametrize("role", list(Role))
def test_role_matrix_for_cards(staff, role):
    card = customers.create_customer(staff[Role.CUSTODIAN], CustomerKind.ENTERPRISE, enterprise())
    user = staff[role]
    if role in QUERY_ROLES:
        assert customers.get_card(user, card.id).number == card.number
        assert customers.card_history(user, card.id)
    else:
        with pytest.raises(PermissionDenied):
            customers.get_card(user, card.id)
        with pytest.raises(PermissionDenied):
            customers.card_history(user, card.id)
    if role == Role.CUSTODIAN:
        customers.update_customer(user, card.id, card.version, {**card.values, "grade": "B"})
    else:
        with pytest.raises(PermissionDenied):
            customers.update_customer(user, card.id, card.version, {**card.values, "grade": "B"})
        with pytest.raises(PermissionDenied):
            customers.create_customer(user, CustomerKind.INDIVIDUAL, individual())


def test_a_failure_mid_write_rolls_back_card_number_and_trail(custodian, monkeypatch):
    from desktop_crm.services import audit

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")
    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    assert Customer.select().count() == 0
    assert NumberSeries.get_or_none(NumberSeries.kind == "enterprise") is None
