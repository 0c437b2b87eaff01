"""A read-only table model over a list of rows, with one function per column."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt

from .table_model import RowTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class RowsModel(RowTableModel):
    """`columns`: (header, text(row)) pairs; `color(row)` may give a foreground for the row."""

    def __init__(self, columns: list[tuple[str, Callable]], color: Callable | None = None, parent=None):
        super().__init__(parent)
        self.columns = columns
        self.color = color
        self._headers = [header for header, _ in columns]

    @property
    def rows(self) -> list:
        return self._rows

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()][1](row)
        if role == Qt.ItemDataRole.ForegroundRole and self.color is not None:
            return self.color(row)
        if role == ROW_ROLE:
            return row
        return None
