"""Every read of archive content goes into the query register, whatever the caller: each public service
that reads for a querying role is listed here and must leave an entry for every role that may query. A new
read service that is not listed (or listed as exempt with a reason) fails the last test."""
import ast
from pathlib import Path

import pytest

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.permissions import Action, may
from desktop_crm.domain.roles import Role
from desktop_crm.services.analysis import composition
from desktop_crm.services.binders import catalogue, completeness, papers, registers, scans
from desktop_crm.services.cards import customer_search, customers, reviews
from desktop_crm.services.cards.customer_search import CustomerQuery
from desktop_crm.services.credit import approvals, bad_customers, credit_status, export_terms, ledger, rating
from desktop_crm.services.retention import appraisal, destruction
from desktop_crm.services.rosters import rosters
from desktop_crm.services.shelves import location_index, places, placing
from desktop_crm.services.today import todays_work
from desktop_crm.services.visits import records, routes
from desktop_crm.services.year_end import volumes
from desktop_crm.store.control_models import QueryLog
from tests import scan_samples
from tests.samples import TEST_TODAY, enterprise

YEAR = TEST_TODAY.year


@pytest.fixture
def world(staff, tmp_path):
    custodian = staff[Role.CUSTODIAN]
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(name="华为技术有限公司"))
    paper = papers.file_document(custodian, card.id, {"category": 1, "kind": "business_licence", "year": YEAR,
                                                       "title": "营业执照（副本）", "retention": "D30"})
    scans.add_scan(custodian, paper.id, scan_samples.pdf(tmp_path / "执照.pdf", 1))
    entry = registers.add_entry(custodian, "contracts", card.id, {
        "number": "HT-2026-001", "signed_on": f"{YEAR}-03-02", "subject": "服务器", "amount": "120000",
        "status": "执行中"})
    ledger.add_debt(custodian, card.id, TEST_TODAY, "50000", TEST_TODAY)
    request = approvals.draft(staff[Role.CUSTOMER_SERVICE], "limit", card.id, {"requested_limit": "100000", "reason": "增长"})
    approvals.submit(staff[Role.CUSTOMER_SERVICE], request.id)
    return {"card": card.id, "paper": paper.id, "entry": getattr(entry, "id", entry), "approval": request.id}


READS = {
    "catalogue.catalogue_sheet": lambda u, w: catalogue.catalogue_sheet(u, w["card"], 1, YEAR),
    "catalogue.catalogue_pdf": lambda u, w: catalogue.catalogue_pdf(u, w["card"], 1, YEAR),
    "completeness.binder_completeness": lambda u, w: completeness.binder_completeness(u, w["card"]),
    "completeness.desk_gaps": lambda u, w: completeness.desk_gaps(u),
    "papers.get_document": lambda u, w: papers.get_document(u, w["paper"]),
    "papers.binder_catalogue": lambda u, w: papers.binder_catalogue(u, w["card"], 1, YEAR),
    "papers.binder_contents": lambda u, w: papers.binder_contents(u, w["card"], YEAR),
    "papers.document_history": lambda u, w: papers.document_history(u, w["paper"]),
    "registers.get_entry": lambda u, w: registers.get_entry(u, "contracts", w["entry"]),
    "registers.entries": lambda u, w: registers.entries(u, "contracts", w["card"]),
    "scans.scans_of": lambda u, w: scans.scans_of(u, w["paper"]),
    "customer_search.count": lambda u, w: customer_search.count(u, CustomerQuery(text="华为")),
    "customer_search.search": lambda u, w: customer_search.search(u, CustomerQuery(text="华为")),
    "customer_search.listing": lambda u, w: customer_search.listing(u, CustomerQuery(text=""), 0),
    "customers.similar_names": lambda u, w: customers.similar_names(u, "华为技术有限责任公司"),
    "customers.get_card": lambda u, w: customers.get_card(u, w["card"]),
    "customers.find_by_number": lambda u, w: customers.find_by_number(u, "QY-000001"),
    "customers.card_history": lambda u, w: customers.card_history(u, w["card"]),
    "approvals.limit_history": lambda u, w: approvals.limit_history(u, w["card"]),
    "approvals.get": lambda u, w: approvals.get(u, w["approval"]),
    "approvals.of_customer": lambda u, w: approvals.of_customer(u, w["card"]),
    "approvals.form_pdf": lambda u, w: approvals.form_pdf(u, w["approval"]),
    "bad_customers.candidates": lambda u, w: bad_customers.candidates(u),
    "bad_customers.record_of": lambda u, w: bad_customers.record_of(u, w["card"]),
    "credit_status.status": lambda u, w: credit_status.status(u, w["card"]),
    "credit_status.debts": lambda u, w: credit_status.debts(u, w["card"]),
    "export_terms.export_credit": lambda u, w: export_terms.export_credit(u, w["card"]),
    "ledger.ageing_of": lambda u, w: ledger.ageing_of(u, w["card"]),
    "ledger.desk_ageing": lambda u, w: ledger.desk_ageing(u),
    "ledger.missed_instalments": lambda u, w: ledger.missed_instalments(u, w["card"]),
    "rating.history": lambda u, w: rating.history(u, w["card"]),
    "volumes.volumes": lambda u, w: volumes.volumes(u, YEAR - 1),
    "appraisal.due": lambda u, w: appraisal.due(u, TEST_TODAY),
    "destruction.lists": lambda u, w: destruction.lists(u),
    "location_index.index_pdf": lambda u, w: location_index.index_pdf(u, by_place=False),
    "location_index.labels_pdf": lambda u, w: location_index.labels_pdf(u),
    "places.list_places": lambda u, w: places.list_places(u),
    "placing.moves": lambda u, w: placing.moves(u, customer_number="QY-000001"),
    "reviews.due": lambda u, w: reviews.due(u, TEST_TODAY),
    "reviews.reviews_of": lambda u, w: reviews.reviews_of(u, w["card"]),
    "reviews.review_sheet_pdf": lambda u, w: reviews.review_sheet_pdf(u, TEST_TODAY),
    "todays_work.todays_work": lambda u, w: todays_work.todays_work(u, TEST_TODAY),
    "composition.composition": lambda u, w: composition.composition(u, f"{YEAR}-01", f"{YEAR}-12"),
    "composition.analysis_pdf": lambda u, w: composition.analysis_pdf(u, f"{YEAR}-01", f"{YEAR}-03"),
    "composition.analysis_workbook": lambda u, w: composition.analysis_workbook(u, f"{YEAR}-01", f"{YEAR}-03"),
    "records.visits_of": lambda u, w: records.visits_of(u, w["card"]),
    "records.complaints_of": lambda u, w: records.complaints_of(u, w["card"]),
    "rosters.roster_sheet": lambda u, w: rosters.roster_sheet(u, "交易伙伴"),
    "routes.route": lambda u, w: routes.route(u, "深圳龙岗"),
}
EXEMPT = {
    "customer_search.page": "the rows of the search count() registered (typing is one query)",
    "customer_search.position": "where a card stands in that same search",
    "customers.used_values": "the choices typed before in a classification field, no customer's data",
    "account_managers.choices": "the colleagues who may be named customer manager, no customer's data",
    "customer_search.manager_names": "the names of the colleagues who manage customers, no customer's data",
    "papers.binder_years": "which years a binder has, no paper's content",
    "approvals.waiting_for": "registered when it finds anything (an approver's queue); tested below",
    "approvals.draft": "a write, recorded in the change history", "approvals.revise": "a write",
    "approvals.submit": "a write",
    "verification.verify_volume": "reads the printed PDF back for its page numbers (the check)",
    "verification.verify_year": "the same, for a year",
    "volume_output.volume_pdf": "registered as a print; needs a closed year (tests/services/year_end)",
    "volumes.find_volume": "finds a volume by its code for the print and verify commands",
    "destruction.list_pdf": "registered as a print; needs a destruction list (tests/services/retention)",
    "bad_customers.follow_up_pdf": "registered as a print; needs a follow-up report (tests/services/credit)",
    "routes.regions": "the route regions in use (names of areas), no customer's data",
    "rosters.round_state": "how many entries a roster's round has been through, no customer's data",
}
QUERYING = [r for r in Role if may(r, Action.QUERY_ARCHIVE)]


@pytest.mark.parametrize("role", QUERYING)
@pytest.mark.parametrize("name", sorted(READS))
def test_every_read_leaves_an_entry(world, staff, role, name):
    before = QueryLog.select().count()
    READS[name](staff[role], world)
    assert QueryLog.select().count() > before, name


def test_an_approvers_queue_is_a_registered_read(world, staff):
    before = QueryLog.select().count()
    assert approvals.waiting_for(staff[Role.BUSINESS_MANAGER])
    assert QueryLog.select().where(QueryLog.id > before, QueryLog.action == "desk_list").exists()


def test_every_read_service_is_listed_here():
    root = Path(__file__).resolve().parents[2] / "desktop_crm" / "services"
    found = set()
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for node in ast.parse(text).body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_") \
                    and "Action.QUERY_ARCHIVE" in (ast.get_source_segment(text, node) or ""):
                found.add(f"{path.stem}.{node.name}")
    assert found - set(READS) - set(EXEMPT) == set()
