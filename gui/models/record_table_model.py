"""Base of the workspace tables: rows are db records fetched for one key
(a case, or a checklist), looked up by row or by id."""
from __future__ import annotations

from casekeeper.gui.table_model import RowTableModel


class RecordTableModel(RowTableModel):
    """Subclasses set `self._headers` (translated) and implement `fetch(key)` and `data`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.key: int | None = None

    def fetch(self, key: int) -> list:
        raise NotImplementedError

    def load(self, key: int | None) -> None:
        self.beginResetModel()
        self.key = key
        self._rows = self.fetch(key) if key is not None else []
        self.endResetModel()

    def record_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int | None) -> int:
        return next((r for r, rec in enumerate(self._rows) if rec.id == record_id), -1)

    def records(self) -> list:
        return list(self._rows)
