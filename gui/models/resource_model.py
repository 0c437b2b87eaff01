"""Resources of a case as a table: name, kind, state (coloured), moved, notes."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from db import resources
from db.models import Resource

from .kind_labels import STATE_COLOURS, resource_kind_label, resource_state_label


class ResourceTableModel(QAbstractTableModel):
    NAME, KIND, STATE, MOVED, NOTES = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Resource] = []
        self._headers = [self.tr("Name"), self.tr("Kind"), self.tr("State"), self.tr("Moved"), self.tr("Notes")]

    def load(self, case_id: int | None) -> None:
        self.beginResetModel()
        self._rows = resources.list_resources(case_id) if case_id is not None else []
        self.endResetModel()

    def resource_at(self, row: int) -> Resource | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, resource_id: int) -> int:
        return next((r for r, res in enumerate(self._rows) if res.id == resource_id), -1)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        res, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.NAME: res.name, self.KIND: resource_kind_label(res.kind),
                self.STATE: resource_state_label(res.state),
                self.MOVED: self.tr("Yes") if res.moved else self.tr("No"),
                self.NOTES: " ".join(res.notes.split()),
            }[col]
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.STATE:
                return QBrush(QColor(STATE_COLOURS.get(res.state, "#666666")))
            if col == self.MOVED and res.moved:
                return QBrush(QColor(STATE_COLOURS["running"]))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NOTES and res.notes:
            return res.notes
        if role == Qt.ItemDataRole.UserRole:
            return res.id
        return None
