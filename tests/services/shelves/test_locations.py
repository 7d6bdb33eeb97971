"""Where every paper stands: places registered, binders and volumes put there and moved (with the record),
the place shown where the paper is looked for, the index read back from its PDF, what has no place."""
import io
from datetime import date

import pytest
from pypdf import PdfReader

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput, NotFound, PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.services import audit
from desktop_crm.services.binders import papers
from desktop_crm.services.cards import customers
from desktop_crm.services.settings import registry
from desktop_crm.services.shelves import location_index, placing
from desktop_crm.services.shelves.places import add_place, list_places
from desktop_crm.services.year_end import closing, volume_output, volumes
from tests.samples import TEST_TODAY, enterprise

YEAR = TEST_TODAY.year - 1


@pytest.fixture
def shelved(custodian):
    registry.change(custodian, {"fonds.code": "0456", "fonds.name": "浙江华东机电集团有限公司"})
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(founded_on="20160301",
                                                                                    trading_since="20170101"))
    for day, (kind, title) in enumerate((("business_licence", "营业执照（副本）"), ("legal_mandate", "法定代表人授权委托书")), 1):
        papers.file_document(custodian, card.id, {"category": 1, "kind": kind, "year": YEAR, "title": title,
                                                  "retention": "D30", "pages": 2, "doc_date": date(YEAR, 3, day)})
    for code, note in (("A-01-1", "东墙铁皮柜"), ("a－01－2", ""), ("B-02-3", "密集架")):
        add_place(custodian, code, note)
    return card


def test_places_are_registered_once_in_the_rooms_own_codes(custodian, shelved):
    assert [p.code for p in list_places(custodian)] == ["A-01-1", "A-01-2", "B-02-3"]   # full width folded
    with pytest.raises(InvalidInput, match="已经登记过"):
        add_place(custodian, "A-01-1")
    with pytest.raises(InvalidInput, match="应为3级"):
        add_place(custodian, "A-01")
    with pytest.raises(InvalidInput, match="应为3级"):
        add_place(custodian, "A-01-一")


def test_a_binder_is_located_moved_and_the_move_recorded(custodian, shelved):
    first = placing.locate_binder(custodian, shelved.number, "A-01-1")
    assert (first.from_code, first.to_code) == ("", "A-01-1")
    moved = placing.locate_binder(custodian, shelved.number, "b-02-3")
    assert (moved.from_code, moved.to_code) == ("A-01-1", "B-02-3")
    assert placing.binder_place(shelved.id, 1) == "B-02-3"
    placing.locate_binder(custodian, shelved.number, "A-01-2", category=3)       # one category filed apart
    assert placing.binder_place(shelved.id, 3) == "A-01-2" and placing.binder_place(shelved.id, 1) == "B-02-3"
    history = placing.moves(custodian, customer_number=shelved.number)
    assert [(m.from_code, m.to_code, m.user_name) for m in history] == [
        ("", "A-01-2", "王芳"), ("A-01-1", "B-02-3", "王芳"), ("", "A-01-1", "王芳")]
    changes = [e for e in audit.history("customer", shelved.id) if e.action == "shelve"]
    assert {(c.old_value, c.new_value) for c in changes} == {("", "A-01-1"), ("A-01-1", "B-02-3"), ("", "A-01-2")}


def test_unknown_places_and_moves_to_where_it_stands_are_refused(custodian, shelved):
    with pytest.raises(NotFound, match="尚未登记"):
        placing.locate_binder(custodian, shelved.number, "C-09-9")
    placing.locate_binder(custodian, shelved.number, "A-01-1")
    with pytest.raises(InvalidInput, match="已经在 A-01-1"):
        placing.locate_binder(custodian, shelved.number, "A-01-1")
    with pytest.raises(NotFound):
        placing.locate_volume(custodian, "0456-2025-999", "A-01-1")
    assert len(placing.moves(custodian, customer_number=shelved.number)) == 1      # the refusals wrote nothing


@pytest.mark.parametrize("role", [Role.MANAGER, Role.BUSINESS_MANAGER, Role.CUSTOMER_SERVICE, Role.SALES])
def test_only_the_custodian_shelves(staff, shelved, role):
    with pytest.raises(PermissionDenied):
        placing.locate_binder(staff[role], shelved.number, "A-01-1")
    with pytest.raises(PermissionDenied):
        add_place(staff[role], "C-01-1")


def test_a_volume_has_its_place_on_the_register_the_spine_and_the_placeholder_pages(custodian, shelved):
    closing.close_year(custodian, YEAR, accepted_note="扫描件待补", checked_by="李建国")
    volume = volumes.volumes(custodian, YEAR)[0]
    assert location_index.without_place().volumes == [volume.code]
    placing.locate_volume(custodian, volume.code, "B-02-3")
    assert location_index.without_place().volumes == []
    assert volumes.volumes(custodian, YEAR)[0].place == "B-02-3"
    register = PdfReader(io.BytesIO(volume_output.year_register_pdf(custodian, YEAR))).pages[0].extract_text()
    assert "存放B-02-3" in register.replace("\n", "").replace(" ", "")      # in 备注, wrapped in its cell
    spine = PdfReader(io.BytesIO(volume_output.spine_labels_pdf(custodian, YEAR))).pages[0].extract_text()
    assert "B-02-3" in spine
    with_scans = PdfReader(io.BytesIO(volume_output.volume_pdf(custodian, volume.id, with_scans=True)))
    assert any("库房位置 B-02-3" in (p.extract_text() or "") for p in with_scans.pages)


def test_the_location_index_reads_back_by_place_and_by_customer(custodian, shelved):
    placing.locate_binder(custodian, shelved.number, "A-01-1")
    assert location_index.without_place().binders == []
    by_place = PdfReader(io.BytesIO(location_index.index_pdf(custodian, by_place=True))).pages[0].extract_text()
    assert "库房位置索引（按位置）" in by_place and "A-01-1" in by_place and shelved.number in by_place
    by_customer = PdfReader(io.BytesIO(location_index.index_pdf(custodian, by_place=False))).pages[0].extract_text()
    assert shelved.number in by_customer and "A-01-1" in by_customer
    labels = PdfReader(io.BytesIO(location_index.labels_pdf(custodian))).pages[0].extract_text()
    assert "A-01-1" in labels and "B-02-3" in labels and shelved.number in labels


def test_a_binder_without_a_place_is_listed(custodian, shelved):
    assert location_index.without_place().binders == [shelved.number]
    placing.locate_binder(custodian, shelved.number, "A-01-2", category=1)   # its only category, filed apart
    assert location_index.without_place().binders == []
