"""Resources of a case as a table: name, kind, state (coloured), moved, notes."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from casekeeper.db import resources

from .kind_labels import STATE_COLOURS, resource_kind_label, resource_state_label
from .record_table_model import RecordTableModel


class ResourceTableModel(RecordTableModel):
    NAME, KIND, STATE, MOVED, NOTES = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [self.tr("Name"), self.tr("Kind"), self.tr("State"), self.tr("Moved"), self.tr("Notes")]

    def fetch(self, case_id: int) -> list:
        return resources.list_resources(case_id)

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
