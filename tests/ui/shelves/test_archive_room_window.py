"""库房位置 as the custodian uses it: a place registered after one wrong code, a binder shelved after one
unknown place, the move on the record, and what has no place."""
from datetime import date

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.services.binders import papers
from desktop_crm.services.cards import customers
from desktop_crm.services.shelves import placing
from desktop_crm.ui.shelves.archive_room_window import ArchiveRoomWindow
from desktop_crm.ui.shelves.shelve_dialogs import AddPlaceDialog, LocateDialog
from tests.samples import TEST_TODAY, enterprise


def test_register_a_place_and_shelve_a_binder(desk_app, custodian, qtbot, monkeypatch):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(founded_on="20160301",
                                                                                    trading_since="20170101"))
    papers.file_document(custodian, card.id, {"category": 1, "kind": "background", "year": TEST_TODAY.year,
                                              "title": "客户走访记录", "retention": "D30", "pages": 2,
                                              "doc_date": date(TEST_TODAY.year, 3, 2)})
    window = ArchiveRoomWindow(custodian)
    qtbot.addWidget(window)
    assert card.number in window.unplaced.text()

    def fill_place(dialog):
        dialog.code.setText("A-03")                          # one level short
        dialog.note.setText("东墙铁皮柜")
        dialog.save()
        assert "应为3级" in dialog.message.text() and dialog.note.text() == "东墙铁皮柜"   # nothing typed lost
        dialog.code.setText("a-03-2")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(AddPlaceDialog, "exec", fill_place)
    window.add_place()
    assert window.places.rows[0][:2] == ("A-03-2", "东墙铁皮柜") and "A-03-2" in window.status.text()

    def fill_locate(dialog):
        dialog.customer.setText(card.number)
        dialog.place.setEditText("B-01-1")                   # not registered
        dialog.save()
        assert "尚未登记" in dialog.message.text()
        dialog.place.setCurrentText("A-03-2")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(LocateDialog, "exec", fill_locate)
    window.locate()
    assert placing.binder_place(card.id, 1) == "A-03-2"
    assert window.moves.rows[0][2:] == (f"{card.number} 活页卷", "（首次上架）", "A-03-2")
    assert "尚未上架的活页卷 0 个" in window.unplaced.text()
