"""The table of a case's logins: label, username, URL, desk, last changed (never the secret)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from db import desks, logins

from .common import fmt_datetime
from .table_model import RowTableModel

LOGIN_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LoginTableModel(RowTableModel):
    LABEL, USERNAME, URL, DESK, CHANGED = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._desk_names: dict[int, str] = {}
        self._headers = [self.tr("Label"), self.tr("Username"), self.tr("URL"), self.tr("Desk"),
                         self.tr("Last changed")]

    def load(self, case_id: int | None) -> None:
        self.beginResetModel()
        if case_id is None:
            self._rows, self._desk_names = [], {}
        else:
            self._rows = logins.list_logins(case_id)
            self._desk_names = {d.id: d.name for d in desks.list_desks(case_id)}
        self.endResetModel()

    def login_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, login_id: int) -> int:
        return next((n for n, lg in enumerate(self._rows) if lg.id == login_id), -1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        login = self._rows[index.row()]
        if role == LOGIN_ID_ROLE:
            return login.id
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == self.LABEL:
                return login.label
            if col == self.USERNAME:
                return login.username
            if col == self.URL:
                return login.url
            if col == self.DESK:
                return self._desk_names.get(login.desk_id, "")
            if col == self.CHANGED:
                return fmt_datetime(login.updated_at)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.LABEL and login.notes:
            return login.notes
        return None
