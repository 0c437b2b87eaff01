"""The desks of a case as a table: kind, name, address, language, hours."""
from __future__ import annotations

from PySide6.QtCore import Qt

from db import desks

from .kind_labels import desk_kind_icon, desk_kind_label, hours_text, language_label
from .record_table_model import RecordTableModel


class DeskTableModel(RecordTableModel):
    KIND, NAME, ADDRESS, LANGUAGE, HOURS = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [self.tr("Kind"), self.tr("Name"), self.tr("Address"), self.tr("Language"), self.tr("Hours")]

    def fetch(self, case_id: int) -> list:
        return desks.list_desks(case_id)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        desk, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.KIND: desk_kind_label(desk.kind), self.NAME: desk.name, self.ADDRESS: desk.address,
                self.LANGUAGE: language_label(desk.language), self.HOURS: hours_text(desk.hours),
            }[col]
        if role == Qt.ItemDataRole.DecorationRole and col == self.KIND:
            return desk_kind_icon(desk.kind)
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.ADDRESS, self.HOURS, self.NAME):
            return self.data(index)
        if role == Qt.ItemDataRole.UserRole:
            return desk.id
        return None
