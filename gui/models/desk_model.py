"""The desks of a case as a table: kind, name, open now? (green when open), address, language, hours."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor

from casekeeper.db import desks

from ..deadline_text import TONE_COLOURS, desk_status_header, desk_status_view
from ..live_clock import live_clock
from .kind_labels import desk_kind_icon, desk_kind_label, hours_text, language_label
from .record_table_model import RecordTableModel


class DeskTableModel(RecordTableModel):
    KIND, NAME, STATUS, ADDRESS, LANGUAGE, HOURS = range(6)     # the status next to the name: seen without scrolling

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [self.tr("Kind"), self.tr("Name"), desk_status_header(), self.tr("Address"),
                         self.tr("Language"), self.tr("Hours")]
        self._status: dict = {}      # desk id -> deadline_text.StatusView

    def fetch(self, case_id: int) -> list:
        self._status = {}
        QTimer.singleShot(0, self.update_status)   # after the first paint: the holiday calendars load lazily
        return desks.list_desks(case_id)

    def status_of(self, desk_id: int, *, short: bool = False) -> str:
        """The desk's status in full (details, hover), or `short` for its cell."""
        view = self._status.get(desk_id)
        return "" if view is None else view.short if short else view.text

    def update_status(self) -> None:
        """Open now / closing soon / closed (why) / opens when, per desk (deadlines area);
        again on its own at the next moment any of them changes (the live clock)."""
        self._status = {d.id: desk_status_view(d) for d in self._rows}
        if self._rows:
            self.dataChanged.emit(self.index(0, self.STATUS), self.index(len(self._rows) - 1, self.STATUS))
        times = [v.changes_at for v in self._status.values() if v.changes_at is not None]
        live_clock().watch(self, min(times) if times else None, self.update_status)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        desk, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.KIND: desk_kind_label(desk.kind), self.NAME: desk.name, self.ADDRESS: desk.address,
                self.LANGUAGE: language_label(desk.language), self.HOURS: hours_text(desk.hours),
                self.STATUS: self.status_of(desk.id, short=True),
            }[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS and desk.id in self._status:
            return QColor(TONE_COLOURS[self._status[desk.id].tone])
        if role == Qt.ItemDataRole.DecorationRole and col == self.KIND:
            return desk_kind_icon(desk.kind)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.STATUS:
            return self.status_of(desk.id)
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.ADDRESS, self.HOURS, self.NAME):
            return self.data(index)
        if role == Qt.ItemDataRole.UserRole:
            return desk.id
        return None
