"""The desks of a case as a table: kind, name, address, language, hours."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from db import desks
from db.models import Desk

from .kind_labels import desk_kind_icon, desk_kind_label, hours_text, language_label


class DeskTableModel(QAbstractTableModel):
    KIND, NAME, ADDRESS, LANGUAGE, HOURS = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._desks: list[Desk] = []
        self._headers = [self.tr("Kind"), self.tr("Name"), self.tr("Address"), self.tr("Language"), self.tr("Hours")]

    def load(self, case_id: int | None) -> None:
        self.beginResetModel()
        self._desks = desks.list_desks(case_id) if case_id is not None else []
        self.endResetModel()

    def desk_at(self, row: int) -> Desk | None:
        return self._desks[row] if 0 <= row < len(self._desks) else None

    def row_of(self, desk_id: int) -> int:
        for row, desk in enumerate(self._desks):
            if desk.id == desk_id:
                return row
        return -1

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._desks)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        desk, col = self._desks[index.row()], index.column()
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
