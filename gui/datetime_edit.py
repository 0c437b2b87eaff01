"""A date-time field in the user's zone that reads and writes aware UTC datetimes.

Keys: Tab and Shift+Tab leave the field (a plain QDateTimeEdit steps through its year,
month, day, hour and minute first, so keys typed for the next field landed in the hour:
"Opened" became 03:00); Left/Right move between those parts, Up/Down change one. Entering
by keyboard selects the whole first part (the year): typing replaces it, and a part left
unfinished or invalid goes back to the value it had (nothing is changed silently)."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLabel, QWidget

from casekeeper.db.timeutil import local


class DateTimeEdit(QDateTimeEdit):
    def __init__(self, value: datetime | None = None, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setCorrectionMode(QDateTimeEdit.CorrectionMode.CorrectToPreviousValue)
        if value is not None:
            self.set_value(value)

    def focusNextPrevChild(self, next_child: bool) -> bool:
        """Tab moves the focus on, never to the next part of the date."""
        return QWidget.focusNextPrevChild(self, next_child)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                              Qt.FocusReason.ShortcutFocusReason):
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))

    def set_value(self, value: datetime) -> None:
        self.setDateTime(QDateTime.fromSecsSinceEpoch(int(value.timestamp())))

    def value(self) -> datetime:
        return datetime.fromtimestamp(self.dateTime().toSecsSinceEpoch(), timezone.utc)


def zone_text(at: datetime) -> str:
    """The user's zone at that moment, e.g. 'JST, UTC+09:00'."""
    moment = local(at)
    offset = moment.strftime("%z")
    utc = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    name = moment.tzname() or ""
    return utc if not name or name.startswith(("UTC", "+", "-")) else f"{name}, {utc}"


def with_zone(edit: DateTimeEdit) -> QWidget:
    """The field with the user's zone written beside it, so nobody wonders whose time it is."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    label = QLabel(zone_text(edit.value()))
    label.setEnabled(False)
    layout.addWidget(label)
    row.setFocusProxy(edit)
    return row
