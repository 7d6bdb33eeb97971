"""The one way a date is entered in the window: shown as YYYY-MM-DD, typed or picked from a calendar.

``DateEntry`` is for dates a form cannot do without (a loan's due date, a debt's date). ``OptionalDateEntry``
is for dates that may stay blank (a card's founding date, a paper's validity): it takes a date typed as it
is written on paper — 20190501, 2019.5.1, 2019/5/1, 2019年5月1日 — and shows it as 2019-05-01 once left.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QLineEdit, QWidget

from desktop_crm.domain import clock
from desktop_crm.domain.card_values import parse_paper_date

DISPLAY_FORMAT = "yyyy-MM-dd"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateEntry(QDateEdit):
    """A date that must be given: typed section by section (the cursor moves on by itself) or picked."""

    def __init__(self, day: date | None = None, *, objectName: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(objectName)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.set_day(day or clock.today())

    def day(self) -> date:
        shown = self.date()
        return date(shown.year(), shown.month(), shown.day())

    def set_day(self, day: date) -> None:
        self.setDate(_qdate(day))


def _calendar_icon() -> QIcon:
    """A small drawn calendar: no icon theme can be relied on at an offline Windows workstation."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555555"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(2, 3, 12, 3, QColor("#b03030"))
    for row in (8, 11):
        for col in (4, 7, 10):
            painter.drawPoint(col, row)
    painter.end()
    return QIcon(pixmap)


class OptionalDateEntry(QLineEdit):
    """A date that may stay blank; a typed date the program cannot read is left as typed for the form's check."""
    picked = Signal()          # a day was chosen from the calendar (the user has finished with the field)

    def __init__(self, text: str = "", *, objectName: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(objectName)
        self.setPlaceholderText("YYYY-MM-DD")
        self.setMaxLength(12)
        self.calendar_action = self.addAction(_calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("从日历中选择"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.editingFinished.connect(self._tidy)
        self.setText(text)
        self._tidy()

    def day(self) -> date | None:
        """The date entered, None when blank; ValueError when what is typed is not a date."""
        if not self.text().strip():
            return None
        return parse_paper_date(self.text())

    def set_day(self, day: date | None) -> None:
        self.setText(day.isoformat() if day else "")

    def _tidy(self) -> None:
        try:
            day = self.day()
        except (ValueError, TypeError, OverflowError):
            return
        if day is not None and self.text() != day.isoformat():
            self.setText(day.isoformat())

    def open_calendar(self) -> QCalendarWidget:
        calendar = QCalendarWidget(self, objectName="calendarPopup")
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setGridVisible(True)
        try:
            shown = self.day() or clock.today()
        except (ValueError, TypeError, OverflowError):
            shown = clock.today()
        calendar.setSelectedDate(_qdate(shown))
        calendar.clicked.connect(lambda chosen: self._choose(calendar, chosen))
        calendar.activated.connect(lambda chosen: self._choose(calendar, chosen))
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        return calendar

    def _choose(self, calendar: QCalendarWidget, chosen: QDate) -> None:
        self.set_day(date(chosen.year(), chosen.month(), chosen.day()))
        calendar.close()
        calendar.deleteLater()
        self.picked.emit()
