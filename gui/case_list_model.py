"""The case list on the left of the main window: one row per case."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from db import cases

from .case_labels import status_colour, status_label
from .common import fmt_datetime
from .table_model import RowTableModel

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class CaseListModel(RowTableModel):
    TITLE, PROVIDER, STATUS, ACTIVITY = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [self.tr("Title"), self.tr("Provider"), self.tr("Status"), self.tr("Last activity")]

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = cases.list_cases()
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        case = self._rows[index.row()]
        col = index.column()
        if role == CASE_ID_ROLE:
            return case.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.TITLE:
                return case.title
            if col == self.PROVIDER:
                return case.provider
            if col == self.STATUS:
                return status_label(case.status)
            return fmt_datetime(case.updated_at)
        if role == SORT_ROLE:
            if col == self.ACTIVITY:
                return case.updated_at.timestamp()
            return self.data(index).casefold()
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS:
            return status_colour(case.status)
        return None

    def row_of(self, case_id: int) -> int:
        for n, case in enumerate(self._rows):
            if case.id == case_id:
                return n
        return -1

    def case_ids(self) -> list[int]:
        return [c.id for c in self._rows]
