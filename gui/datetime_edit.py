"""A date-time field in the user's zone that reads and writes aware UTC datetimes."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit


class DateTimeEdit(QDateTimeEdit):
    def __init__(self, value: datetime | None = None, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        if value is not None:
            self.set_value(value)

    def set_value(self, value: datetime) -> None:
        self.setDateTime(QDateTime.fromSecsSinceEpoch(int(value.timestamp())))

    def value(self) -> datetime:
        return datetime.fromtimestamp(self.dateTime().toSecsSinceEpoch(), timezone.utc)
