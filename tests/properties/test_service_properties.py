"""The card and paper services under generated input: each call saves a whole card (or paper) or refuses
in Chinese and leaves the archive as it was — never another exception, never half a write."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.services.binders import papers
from desktop_crm.services.cards import customers
from desktop_crm.store.binder_models import Document
from desktop_crm.store.models import ChangeRecord, Customer
from tests.properties.test_input_properties import PAPER, hostile
from tests.samples import TEST_TODAY, enterprise

SERVICE = settings(max_examples=1000, deadline=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
FIELDS = ["name", "uscc", "address", "phone", "mobile", "contact_name", "founded_on", "trading_since",
          "annual_sales", "employees", "route_seq", "bank_account", "relations_with_us", "grade", "state"]


def _counts() -> tuple[int, int]:
    return Customer.select().count(), ChangeRecord.select().count()


@SERVICE
@given(st.dictionaries(st.sampled_from(FIELDS), hostile, min_size=1, max_size=4))
def test_registering_a_card_saves_it_whole_or_changes_nothing(custodian, overrides):
    before = _counts()
    try:
        customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(**overrides),
                                  allow_similar_name=True, today=TEST_TODAY)
    except ArchiveError:
        assert _counts() == before
        return
    customer = Customer.select().order_by(Customer.id.desc()).get()
    assert _counts()[0] == before[0] + 1 and _counts()[1] > before[1]
    Customer.delete().where(Customer.id == customer.id).execute()     # the next example's credit code is free


@SERVICE
@given(st.dictionaries(st.sampled_from(["title", "year", "pages", "doc_date", "doc_number", "author", "remarks",
                                        "kind", "category"]), hostile, min_size=1, max_size=4))
def test_filing_a_paper_files_it_whole_or_changes_nothing(custodian, overrides):
    card = Customer.get_or_none() or Customer.get_by_id(customers.create_customer(
        custodian, CustomerKind.ENTERPRISE, enterprise(), today=TEST_TODAY).id)
    before = Document.select().count(), ChangeRecord.select().count()
    try:
        papers.file_document(custodian, card.id, {**PAPER, **overrides}, today=TEST_TODAY)
    except ArchiveError:
        assert (Document.select().count(), ChangeRecord.select().count()) == before
        return
    assert Document.select().count() == before[0] + 1
