"""A date-time field in the user's zone that reads and writes aware UTC datetimes."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLabel, QWidget

from casekeeper.db.timeutil import local


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
