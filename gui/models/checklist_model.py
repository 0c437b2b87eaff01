"""Checklists of a case (title with progress "3/5") and the items of one
checklist (tick, edit in place, reorder by drag and drop)."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import QColor

from casekeeper.db import checklists
from casekeeper.gui.common import fmt_datetime

from .kind_labels import READY_COLOUR
from .record_table_model import RecordTableModel

ITEM_MIME = "application/x-casekeeper-checklist-item"


class ChecklistListModel(RecordTableModel):
    """The checklists of a case: title, and progress "done/all"."""

    TITLE, PROGRESS = range(2)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._progress: dict[int, tuple[int, int]] = {}
        self._headers = [self.tr("Checklist"), self.tr("Done")]

    def fetch(self, case_id: int) -> list:
        self._progress = checklists.progress(case_id)
        return checklists.list_checklists(case_id)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        cl, col = self._rows[index.row()], index.column()
        done, total = self._progress.get(cl.id, (0, 0))
        if role == Qt.ItemDataRole.DisplayRole:
            return cl.title if col == self.TITLE else f"{done}/{total}"
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.PROGRESS and total and done == total:
            return QColor(READY_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%n of %1 done", "", done).replace("%1", str(total))
        if role == Qt.ItemDataRole.UserRole:
            return cl.id
        return None


class ChecklistItemModel(RecordTableModel):
    """Writes go through `run(func)` (the view's run_action); after a
    successful write the model reloads and emits `written`."""

    TEXT, DONE_AT = range(2)
    written = Signal()

    def __init__(self, run, parent=None):
        super().__init__(parent)
        self._run = run
        self._headers = [self.tr("Item"), self.tr("Done")]
        self.touched: int | None = None    # the item being ticked or edited (the view keeps it current)

    @property
    def checklist_id(self) -> int | None:
        return self.key

    def fetch(self, checklist_id: int) -> list:
        return checklists.list_items(checklist_id)

    def write(self, func, *args) -> bool:
        ok = self._run(lambda: func(*args) or True) is not None
        if ok:
            self.load(self.checklist_id)
            self.written.emit()
        return ok

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.text if col == self.TEXT else fmt_datetime(item.done_at)
        if role == Qt.ItemDataRole.CheckStateRole and col == self.TEXT:
            return Qt.CheckState.Checked if item.done_at else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and item.done_at:
            return QColor("gray")
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == self.TEXT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid():
            return False
        item = self._rows[index.row()]
        self.touched = item.id
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.TEXT:
            return self.write(checklists.set_done, item.id, Qt.CheckState(value) == Qt.CheckState.Checked)
        if role == Qt.ItemDataRole.EditRole and index.column() == self.TEXT:
            if str(value).strip() == item.text:
                return False
            return self.write(checklists.edit_item, item.id, str(value))
        return False

    def move(self, row: int, new_row: int) -> bool:
        item = self.record_at(row)
        if item is None or not 0 <= new_row < len(self._rows) or new_row == row:
            return False
        return self.write(checklists.move_item, item.id, new_row)

    # --- drag and drop (within the list)
    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [ITEM_MIME]

    def mimeData(self, indexes):
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        if rows:
            data.setData(ITEM_MIME, QByteArray(str(self._rows[rows[0]].id).encode()))
        return data

    def dropMimeData(self, data, action, row, column, parent):
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ITEM_MIME):
            return False
        item_id = int(bytes(data.data(ITEM_MIME)).decode())
        source = self.row_of(item_id)
        if source < 0:
            return False
        if row >= 0:  # between rows: lands before `row`
            new_row = row - 1 if source < row else row
        else:  # on an item: takes its place; on empty space: goes last
            new_row = parent.row() if parent.isValid() else len(self._rows) - 1
        self.move(source, new_row)
        return False  # the move is done; nothing for the view to remove
