"""The attachments of one timeline entry: name, size, SHA-256."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from casekeeper.db import attachments

from ..table_model import RowTableModel


class AttachmentsModel(RowTableModel):
    NAME, SIZE, HASH = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [self.tr("Name"), self.tr("Size"), self.tr("SHA-256")]

    def load(self, event_id: int | None) -> None:
        self.beginResetModel()
        self._rows = attachments.list_attachments(event_id) if event_id is not None else []
        self.endResetModel()

    def attachment(self, row: int):
        return self._rows[row]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        att = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (att.name, attachments.human_size(att.size), att.sha256)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return att.sha256 if col == self.HASH else att.name
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
