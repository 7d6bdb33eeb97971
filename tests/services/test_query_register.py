import io

import pytest
from pypdf import PdfReader

from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.services import query_register
from desktop_crm.services.binders import catalogue, papers
from desktop_crm.services.cards import customer_search, customers
from desktop_crm.services.cards.customer_search import CustomerQuery
from tests.samples import enterprise


def test_every_look_is_registered_and_typing_is_one_search(staff):
    custodian, kefu = staff[Role.CUSTODIAN], staff[Role.CUSTOMER_SERVICE]
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    for text in ("华", "华为", "华为技"):
        customer_search.count(kefu, CustomerQuery(text=text))
    customers.get_card(kefu, card.id)
    papers.open_binder(kefu, card.id)
    catalogue.catalogue_pdf(kefu, card.id, Category.BASIC, 2026)
    log = query_register.entries(custodian, user_id=kefu.id)
    assert [e.action for e in reversed(log)] == ["search", "open_card", "open_binder", "print"]
    assert log[-1].detail.startswith("“华为技”") and all(e.user_name == "赵雪梅" for e in log)
    assert log[0].customer == f"{card.number} 华为技术有限公司"


def test_only_the_custodian_reads_and_prints_the_register(staff):
    customer_search.count(staff[Role.MANAGER], CustomerQuery(text="腾讯"))
    for role in (Role.MANAGER, Role.BUSINESS_MANAGER, Role.CUSTOMER_SERVICE, Role.SALES):
        with pytest.raises(PermissionDenied):
            query_register.entries(staff[role])
    pdf = query_register.register_pdf(staff[Role.CUSTODIAN])
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "查询登记簿" in text and "李建国" in text and "腾讯" in text
