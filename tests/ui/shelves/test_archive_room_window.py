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


def test_the_place_shows_where_the_customer_is_looked_for(desk_app, custodian, qtbot):
    from PySide6.QtWidgets import QLabel

    from desktop_crm.services.cards import customer_search
    from desktop_crm.services.cards.customer_search import CustomerQuery
    from desktop_crm.services.shelves.places import add_place
    from desktop_crm.ui.binders.binder_window import BinderWindow
    from desktop_crm.ui.cards.customer_table_model import COLUMNS

    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(founded_on="20160301",
                                                                                    trading_since="20170101"))
    assert customer_search.page(custodian, CustomerQuery(text="华为"))[0].place == ""
    add_place(custodian, "A-03-2", "东墙铁皮柜")
    placing.locate_binder(custodian, card.number, "A-03-2")
    assert customer_search.page(custodian, CustomerQuery(text="华为"))[0].place == "A-03-2"     # the search results
    assert customer_search.listing(custodian, CustomerQuery(text="华为"))[1][0].place == "A-03-2"
    assert COLUMNS[-1][0] == "place"
    window = BinderWindow(custodian, card.id)
    qtbot.addWidget(window)
    assert "库房位置：A-03-2" in window.findChild(QLabel, "cardSummary").text()
    from PySide6.QtWidgets import QWidget

    from desktop_crm.ui.cards.card_desk import CardDesk

    holder = QWidget()
    qtbot.addWidget(holder)
    desk = CardDesk(custodian, holder)
    desk.open_card(card.id)
    header = desk.open_editor.findChild(QLabel, "cardHeader").text()
    assert "库房位置 A-03-2" in header                                                      # the card
    desk.open_editor._autosave.stop()
    desk.open_editor.reject()
