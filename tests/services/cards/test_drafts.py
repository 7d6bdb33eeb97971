from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.roles import Role
from desktop_crm.services.cards import customers, drafts
from tests.samples import enterprise


def test_draft_is_kept_updated_and_removed_by_the_save(custodian):
    draft_id = drafts.save_draft(custodian, CustomerKind.ENTERPRISE, {"name": "华为技"})
    assert drafts.save_draft(custodian, CustomerKind.ENTERPRISE, {"name": "华为技术"}, draft_id=draft_id) == draft_id
    [kept] = drafts.drafts_of(custodian)
    assert kept.values == {"name": "华为技术"} and kept.title == "华为技术"
    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(), draft_id=draft_id)
    assert drafts.drafts_of(custodian) == []


def test_drafts_are_private_to_their_author(staff):
    drafts.save_draft(staff[Role.CUSTODIAN], CustomerKind.INDIVIDUAL, {"name": "周晓梅"})
    assert drafts.drafts_of(staff[Role.MANAGER]) == []
    [draft] = drafts.drafts_of(staff[Role.CUSTODIAN])
    drafts.discard_draft(staff[Role.MANAGER], draft.id)      # not theirs: nothing happens
    assert len(drafts.drafts_of(staff[Role.CUSTODIAN])) == 1
