from datetime import date

from desktop_crm.domain.binder_categories import Category, kinds_of
from desktop_crm.domain.completeness import FiledPaper, OrderRef, check_binder
from tests.samples import TEST_TODAY

TODAY = TEST_TODAY
FULL_BASIC = [FiledPaper("business_licence", date(2030, 1, 1)), FiledPaper("tax_registration"),
              FiledPaper("legal_mandate"), FiledPaper("background")]


def gaps(**kw):
    defaults = dict(enterprise=True, direct_export=False, founded_on=date(2010, 1, 1), papers=[], orders=[],
                    today=TODAY)
    return [(g.category, g.kind, g.problem, g.order_number) for g in check_binder(**{**defaults, **kw}).gaps]


def test_an_empty_enterprise_binder_lacks_the_four_basic_papers():
    assert {k for _, k, _, _ in gaps()} == {"business_licence", "tax_registration", "legal_mandate", "background"}


def test_complete_basic_and_the_three_in_one_reform():
    assert gaps(papers=FULL_BASIC) == []
    without_tax = [p for p in FULL_BASIC if p.kind != "tax_registration"]
    assert gaps(papers=without_tax, founded_on=date(2018, 5, 1)) == []      # licence replaces it
    assert gaps(papers=without_tax, founded_on=date(2012, 5, 1)) == [
        (Category.BASIC, "tax_registration", "missing", "")]


def test_expired_licence():
    papers = [FiledPaper("business_licence", date(2025, 12, 31))] + FULL_BASIC[1:]
    assert gaps(papers=papers) == [(Category.BASIC, "business_licence", "expired", "")]


def test_each_order_needs_its_contract_and_export_orders_their_four_delivery_papers():
    orders = [OrderRef(1, "HT-1"), OrderRef(2, "HT-2")]
    papers = FULL_BASIC + [FiledPaper("contract_register"), FiledPaper("contract", order_id=1),
                           FiledPaper("shipping_list", order_id=1), FiledPaper("customs_declaration", order_id=1),
                           FiledPaper("factory_inspection", order_id=1), FiledPaper("customs_inspection", order_id=1),
                           FiledPaper("payment_method"), FiledPaper("credit_amount"),
                           FiledPaper("collateral_register")]
    found = gaps(papers=papers, orders=orders, direct_export=True)
    assert (Category.CONTRACTS, "contract", "missing", "HT-2") in found
    assert {k for c, k, _, n in found if c == Category.TRADE and n == "HT-2"} == {
        "shipping_list", "customs_declaration", "factory_inspection", "customs_inspection"}
    assert not [g for g in found if g[3] == "HT-1"]
    assert gaps(papers=papers, orders=orders, direct_export=False) == [
        (Category.CONTRACTS, "contract", "missing", "HT-2")]


def test_export_only_kinds_are_offered_only_to_export_customers():
    assert "shipping_list" in {k.code for k in kinds_of(Category.TRADE, direct_export=True)}
    assert "shipping_list" not in {k.code for k in kinds_of(Category.TRADE, direct_export=False)}
    assert any(k.free for k in kinds_of(Category.TRADE))
