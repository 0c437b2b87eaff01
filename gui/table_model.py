"""The shared plumbing of a read-only table: a model over a Python list of rows
with fixed headers, and the look of a list-like QTableView."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView


class RowTableModel(QAbstractTableModel):
    """Subclasses fill `self._rows` (a list) and `self._headers` (translated titles)
    and implement data()."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._headers: list[str] = []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def configure_list_table(view: QTableView, row_padding: int = 10) -> None:
    """Whole rows selected one at a time, read-only, no grid, fixed row height (fast).
    Tab leaves the table (arrows move through its rows)."""
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(view.verticalHeader().ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + row_padding)
    view.horizontalHeader().setHighlightSections(False)
