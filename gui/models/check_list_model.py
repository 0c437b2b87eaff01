"""A list of (id, label) a user ticks: which identifiers a desk asks for,
which desks need an identifier."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt


class CheckListModel(QAbstractListModel):
    def __init__(self, entries: list[tuple[int, str]], checked: set[int] | None = None, parent=None):
        super().__init__(parent)
        self._entries = list(entries)
        self._checked = set(checked or ())

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ident, label = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if ident in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return ident
        return None

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        ident = self._entries[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(ident)
        else:
            self._checked.discard(ident)
        self.dataChanged.emit(index, index, [role])
        return True

    def set_checked(self, ident: int, checked: bool) -> None:
        for row, (i, _label) in enumerate(self._entries):
            if i == ident:
                self.setData(self.index(row), Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                             Qt.ItemDataRole.CheckStateRole)

    def checked_ids(self) -> list[int]:
        return [i for i, _label in self._entries if i in self._checked]
