"""One date entry everywhere: YYYY-MM-DD shown, a date typed as on paper tidied once the field is left,
a calendar to pick from, and blank allowed where the date is optional."""
from datetime import date

from PySide6.QtCore import QDate

from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.ui.binders.document_dialog import DocumentDialog
from desktop_crm.ui.cards.card_editor import CardEditorDialog
from desktop_crm.ui.common.date_entry import DateEntry, OptionalDateEntry
from desktop_crm.ui.credit.ledger_dialogs import DebtDialog
from tests.samples import TEST_TODAY


def test_a_date_typed_as_on_paper_is_shown_as_yyyy_mm_dd(desk_app, qtbot):
    entry = OptionalDateEntry()
    qtbot.addWidget(entry)
    assert entry.day() is None and entry.placeholderText() == "YYYY-MM-DD"
    for typed in ("20190501", "2019.5.1", "2019/5/1", "2019年5月1日"):
        entry.setText(typed)
        entry.editingFinished.emit()
        assert entry.text() == "2019-05-01" and entry.day() == date(2019, 5, 1)
    entry.setText("2019-13-01")                       # not a date: left as typed for the form to point at
    entry.editingFinished.emit()
    assert entry.text() == "2019-13-01"


def test_a_day_picked_from_the_calendar(desk_app, qtbot):
    entry = OptionalDateEntry("2026-03-01")
    qtbot.addWidget(entry)
    calendar = entry.open_calendar()
    assert calendar.selectedDate() == QDate(2026, 3, 1)
    with qtbot.waitSignal(entry.picked):
        calendar.clicked.emit(QDate(2026, 4, 17))
    assert entry.text() == "2026-04-17"


def test_every_form_uses_the_same_entry(desk_app, qtbot, custodian):
    editor = CardEditorDialog(CustomerKind.ENTERPRISE)
    qtbot.addWidget(editor)
    founded = editor.inputs["founded_on"]
    assert isinstance(founded.widget, OptionalDateEntry)
    founded.widget.setText("20080315")
    with qtbot.waitSignal(founded.left):
        founded.widget.editingFinished.emit()
    assert founded.value() == "2008-03-15"
    paper = DocumentDialog(Category.BASIC, TEST_TODAY.year, direct_export=False, orders=[], submit=lambda v: None)
    qtbot.addWidget(paper)
    assert isinstance(paper.doc_date, OptionalDateEntry) and isinstance(paper.valid_until, OptionalDateEntry)
    paper.set_values({"kind": "business_licence", "doc_date": date(2026, 3, 2), "valid_until": date(2030, 1, 1)})
    assert (paper.doc_date.text(), paper.valid_until.text()) == ("2026-03-02", "2030-01-01")
    debt = DebtDialog(custodian, 1, [])
    qtbot.addWidget(debt)
    assert isinstance(debt.due_date, DateEntry) and debt.due_date.displayFormat() == "yyyy-MM-dd"
    assert debt.due_date.calendarPopup() and debt.incurred_on.day() == TEST_TODAY
    entry = DateEntry(date(2026, 12, 31))
    qtbot.addWidget(entry)
    entry.setFocus()
    entry.setSelectedSection(DateEntry.Section.YearSection)
    qtbot.keyClicks(entry, "20270105")               # typed straight through, section by section
    assert entry.day() == date(2027, 1, 5)
