"""No NUL and no half characters reach the database, whatever path a value takes; the field is named."""
import pytest

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.services.binders import papers
from desktop_crm.services.cards import customers
from desktop_crm.store.models import Customer
from tests.samples import TEST_TODAY, enterprise


@pytest.mark.parametrize("bad", ["华为\x00技术有限公司", "华为\ud800技术有限公司", "华为\x07技术有限公司"])
def test_a_card_with_nul_or_half_a_character_is_refused_naming_the_field(custodian, bad):
    with pytest.raises(InvalidInput) as refused:
        customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(name=bad))
    assert "名称" in str(refused.value) and set(refused.value.problems) == {"name"}
    assert not Customer.select().exists()


def test_the_store_refuses_what_a_service_forgot(custodian):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    with pytest.raises(InvalidInput, match="地址"):
        Customer.update(address="深圳\x00龙岗").where(Customer.id == card.id).execute()
    assert Customer.get_by_id(card.id).address == enterprise()["address"]


def test_a_paper_title_with_nul_is_refused(custodian):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    with pytest.raises(InvalidInput, match="题名"):
        papers.file_document(custodian, card.id, {"category": 1, "kind": "business_licence", "year": 2026,
                                                   "title": "营业执照\x00副本", "retention": "D30"}, today=TEST_TODAY)
