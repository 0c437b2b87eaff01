"""The desks of a case as a table: kind, name, open now? (green when open), address, language, hours."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor

from casekeeper.db import desks

from ..deadline_text import desk_status, desk_status_header
from .kind_labels import desk_kind_icon, desk_kind_label, hours_text, language_label
from .record_table_model import RecordTableModel


class DeskTableModel(RecordTableModel):
    KIND, NAME, STATUS, ADDRESS, LANGUAGE, HOURS = range(6)     # the status next to the name: seen without scrolling
    OPEN_COLOUR, CLOSED_COLOUR = QColor("#2e7d32"), QColor("#757575")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [self.tr("Kind"), self.tr("Name"), desk_status_header(), self.tr("Address"),
                         self.tr("Language"), self.tr("Hours")]
        self._status: dict[int, tuple[str, bool]] = {}

    def fetch(self, case_id: int) -> list:
        self._status = {}
        QTimer.singleShot(0, self.update_status)   # after the first paint: the holiday calendars load lazily
        return desks.list_desks(case_id)

    def status_of(self, desk_id: int) -> str:
        return self._status.get(desk_id, ("", False))[0]

    def update_status(self) -> None:
        """Open now / closed (why) / opens when, per desk (deadlines area)."""
        self._status = {d.id: desk_status(d) for d in self._rows}
        if self._rows:
            self.dataChanged.emit(self.index(0, self.STATUS), self.index(len(self._rows) - 1, self.STATUS))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        desk, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.KIND: desk_kind_label(desk.kind), self.NAME: desk.name, self.ADDRESS: desk.address,
                self.LANGUAGE: language_label(desk.language), self.HOURS: hours_text(desk.hours),
                self.STATUS: self.status_of(desk.id),
            }[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS and desk.id in self._status:
            return self.OPEN_COLOUR if self._status[desk.id][1] else self.CLOSED_COLOUR
        if role == Qt.ItemDataRole.DecorationRole and col == self.KIND:
            return desk_kind_icon(desk.kind)
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.ADDRESS, self.HOURS, self.NAME, self.STATUS):
            return self.data(index)
        if role == Qt.ItemDataRole.UserRole:
            return desk.id
        return None
