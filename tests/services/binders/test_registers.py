from decimal import Decimal

import pytest

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput, StaleCard
from desktop_crm.services.binders import registers
from desktop_crm.services.cards import customers
from desktop_crm.store.models import ChangeRecord
from tests.samples import TEST_TODAY, enterprise

TODAY = TEST_TODAY


@pytest.fixture
def card(custodian):
    return customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())


def contract(custodian, card, number="HT-2026-007", signed="2026-02-11"):
    return registers.add_entry(custodian, "contracts", card.id, {
        "number": number, "signed_on": signed, "subject": "光模块", "quantity": "1,200", "amount": "368000",
        "term": "12个月", "status": "执行中"}, today=TODAY)


def test_contracts_register_keeps_money_exact_and_numbers_unique(custodian, card):
    entry = contract(custodian, card)
    assert entry.values["amount"] == Decimal("368000.00") and entry.values["quantity"] == Decimal("1200.00")
    with pytest.raises(InvalidInput, match="重复登记"):
        contract(custodian, card)


def test_goods_and_returns_refer_to_orders(custodian, card):
    order = contract(custodian, card)
    goods = registers.add_entry(custodian, "goods", card.id, {
        "moved_on": "2026-03-02", "direction": "出货", "product": "光模块 100G", "quantity": "600",
        "amount": "184000", "order_id": order.id}, today=TODAY)
    assert goods.order_number == "HT-2026-007"
    back = registers.add_entry(custodian, "returns", card.id, {
        "occurred_on": "2026-04-10", "order_id": order.id, "reason": "运输破损", "amount": "3680",
        "approval_state": "待审批"}, today=TODAY)
    assert [e.id for e in registers.entries(custodian, "returns", card.id, 2026)] == [back.id]
    assert registers.entries(custodian, "returns", card.id, 2025) == []


def test_bad_entries_are_refused_with_every_problem(custodian, card):
    with pytest.raises(InvalidInput) as caught:
        registers.add_entry(custodian, "contracts", card.id, {"number": "", "signed_on": "2026-02-30",
                                                              "subject": "x", "amount": "-5", "status": "进行"},
                            today=TODAY)
    assert set(caught.value.problems) == {"number", "signed_on", "amount", "status"}


def test_updates_are_recorded_and_version_checked(custodian, card):
    entry = contract(custodian, card)
    changed = registers.update_entry(custodian, "contracts", entry.id, entry.version,
                                     {**entry.values, "status": "已完成"}, today=TODAY)
    assert changed.version == entry.version + 1
    trail = ChangeRecord.get((ChangeRecord.entity == "register.contracts") & (ChangeRecord.action == "update"))
    assert (trail.field, trail.old_value, trail.new_value) == ("状态", "执行中", "已完成")
    with pytest.raises(StaleCard):
        registers.update_entry(custodian, "contracts", entry.id, entry.version, entry.values, today=TODAY)
    registers.remove_entry(custodian, "contracts", entry.id, "录入错误")
    assert registers.entries(custodian, "contracts", card.id) == []
