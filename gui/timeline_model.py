"""The timeline table: light rows from db.events.event_rows, formatted on demand.

Fast with tens of thousands of events: one query per refresh, desk names
pre-loaded into a dict, nothing fetched per row in data()."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from db import desks, events

from .case_labels import event_kind_colour, event_kind_label
from .common import fmt_datetime
from .swatch import swatch_icon
from .table_model import RowTableModel

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TimelineModel(RowTableModel):
    WHEN, DESK, KIND, SUMMARY = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple] = []   # (id, occurred_at, desk_id, kind, summary)
        self._desk_names: dict[int, str] = {}
        self._headers = [self.tr("When"), self.tr("Desk"), self.tr("Kind"), self.tr("Summary")]

    def load(self, case_id: int | None, desk_ids: list[int | None] | None = None,
             kinds: list[str] | None = None) -> None:
        self.beginResetModel()
        if case_id is None:
            self._rows, self._desk_names = [], {}
        else:
            self._desk_names = {d.id: d.name for d in desks.list_desks(case_id)}
            self._rows = events.event_rows(case_id, desk_ids, kinds)
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        event_id, occurred_at, desk_id, kind, summary = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.WHEN:
                return fmt_datetime(occurred_at)
            if col == self.DESK:
                return self._desk_names.get(desk_id, "")
            if col == self.KIND:
                return event_kind_label(kind)
            return summary
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.DESK, self.SUMMARY):
            return self.data(index)
        if role == Qt.ItemDataRole.DecorationRole and col == self.KIND:
            return swatch_icon(event_kind_colour(kind))
        if role == EVENT_ID_ROLE:
            return event_id
        return None

    def event_id(self, row: int) -> int:
        return self._rows[row][0]

    def row_of(self, event_id: int) -> int:
        for n, row in enumerate(self._rows):
            if row[0] == event_id:
                return n
        return -1

    def desk_name(self, desk_id: int | None) -> str:
        return self._desk_names.get(desk_id, "")
