"""The logins of a case as a table: label, username, URL, desk, last changed (never the secret)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from casekeeper.db import desks, logins

from ..common import fmt_datetime
from .record_table_model import RecordTableModel


class LoginTableModel(RecordTableModel):
    LABEL, USERNAME, URL, DESK, CHANGED = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._desk_names: dict[int, str] = {}
        self._headers = [self.tr("Label"), self.tr("Username"), self.tr("URL"), self.tr("Desk"),
                         self.tr("Last changed")]

    def fetch(self, case_id: int) -> list:
        self._desk_names = {d.id: d.name for d in desks.list_desks(case_id)}
        return logins.list_logins(case_id)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        login, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.LABEL: login.label, self.USERNAME: login.username, self.URL: login.url,
                self.DESK: self._desk_names.get(login.desk_id, ""), self.CHANGED: fmt_datetime(login.updated_at),
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.LABEL and login.notes:
            return login.notes
        if role == Qt.ItemDataRole.UserRole:
            return login.id
        return None
