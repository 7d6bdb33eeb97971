from datetime import date

import pytest

from desktop_crm.domain.card_values import clean_card
from desktop_crm.domain.customer_card import FIELDS, CustomerKind, Section, fields_for
from desktop_crm.domain.errors import InvalidInput
from tests.samples import TEST_TODAY, enterprise, individual

TODAY = TEST_TODAY


def test_enterprise_card_is_typed():
    values = clean_card(CustomerKind.ENTERPRISE, enterprise(), TODAY)
    assert values["founded_on"] == date(1987, 9, 15)
    assert values["employees"] == 207000
    assert values["annual_sales"] == "70420000.00"
    assert values["route_seq"] == 3
    assert values["direct_export"] is True
    assert "id_number" not in values      # an enterprise has no ID number


def test_paper_date_forms_are_understood():
    for written in ("2012/3/1", "2012.03.01", "20120301", "2012年3月1日"):
        assert clean_card(CustomerKind.ENTERPRISE, enterprise(trading_since=written), TODAY)["trading_since"] == \
            date(2012, 3, 1)


def test_every_problem_is_reported_at_once():
    with pytest.raises(InvalidInput) as caught:
        clean_card(CustomerKind.ENTERPRISE, enterprise(uscc="914403001922038217", phone="12345",
                                                       employees="很多", roster="随便"), TODAY)
    assert set(caught.value.problems) == {"uscc", "phone", "employees", "roster"}


def test_required_fields_and_date_order():
    with pytest.raises(InvalidInput) as caught:
        clean_card(CustomerKind.ENTERPRISE, enterprise(name="  "), TODAY)
    assert caught.value.problems == {"name": "请填写名称。"}
    with pytest.raises(InvalidInput) as caught:
        clean_card(CustomerKind.ENTERPRISE, enterprise(founded_on="2015-01-01", trading_since="2012-03-01"), TODAY)
    assert "早于成立日期" in caught.value.problems["trading_since"]


def test_individual_card_has_its_own_fields():
    values = clean_card(CustomerKind.INDIVIDUAL, individual(), TODAY)
    assert values["gender"] == "女" and values["id_number"] == "11010519491231002X"
    assert "uscc" not in values and "founded_on" not in values


def test_the_card_has_all_four_sections_of_the_rules_and_the_classification():
    for section in (Section.BASIC, Section.FEATURES, Section.BUSINESS, Section.TRADING, Section.CLASSIFICATION):
        assert fields_for(CustomerKind.ENTERPRISE, section)
    names = {f.name for f in FIELDS}
    for person in ("owner", "manager", "legal_rep"):
        for trait in ("character", "family", "education", "age", "ability"):
            assert f"{person}_{trait}" in names
    for invoice_field in ("uscc", "id_number", "tax_address", "tax_phone", "bank_name", "bank_account"):
        assert invoice_field in names
