"""The timeline table, fast with tens of thousands of events.

load() fetches only the ordered event ids (db.events.event_ids, an index-only read);
the rows themselves come a page at a time (db.events.event_rows_by_id) when the view
first asks for one of them, so opening a 50,000-entry timeline reads the ~30 rows on
screen, not all of them. Desk names are pre-loaded into a dict; rows are formatted on
demand."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from casekeeper.db import desks, events
from casekeeper.db.text_bounds import one_line

from .case_labels import event_kind_colour, event_kind_label
from .common import fmt_datetime
from .swatch import swatch_icon
from .table_model import RowTableModel

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 256


class TimelineModel(RowTableModel):
    WHEN, DESK, KIND, SUMMARY = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[int] = []   # event ids, in timeline order
        self._pages: dict[int, list[tuple]] = {}   # page number -> (id, occurred_at, desk_id, kind, summary)
        self._position: dict[int, int] | None = None   # event id -> row, made on first row_of
        self._desk_names: dict[int, str] = {}
        self._headers = [self.tr("When"), self.tr("Desk"), self.tr("Kind"), self.tr("Summary")]

    def load(self, case_id: int | None, desk_ids: list[int | None] | None = None,
             kinds: list[str] | None = None) -> None:
        self.beginResetModel()
        self._pages, self._position = {}, None
        if case_id is None:
            self._rows, self._desk_names = [], {}
        else:
            self._desk_names = {d.id: d.name for d in desks.list_desks(case_id)}
            self._rows = events.event_ids(case_id, desk_ids, kinds)
        self.endResetModel()

    def _row(self, row: int) -> tuple:
        page = self._pages.get(row // PAGE)
        if page is None:
            ids = self._rows[row // PAGE * PAGE:(row // PAGE + 1) * PAGE]
            by_id = events.event_rows_by_id(ids)
            page = self._pages[row // PAGE] = [by_id[i] for i in ids]
        return page[row % PAGE]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        event_id, occurred_at, desk_id, kind, summary = self._row(index.row())
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.WHEN:
                return fmt_datetime(occurred_at)
            if col == self.DESK:
                return self._desk_names.get(desk_id, "")
            if col == self.KIND:
                return event_kind_label(kind)
            return one_line(summary)   # bounded: a 2 MB summary must not stall the table
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DESK:
            return self.data(index)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.SUMMARY:
            return one_line(summary, 1000)
        if role == Qt.ItemDataRole.DecorationRole and col == self.KIND:
            return swatch_icon(event_kind_colour(kind))
        if role == EVENT_ID_ROLE:
            return event_id
        return None

    def event_id(self, row: int) -> int:
        return self._rows[row]

    def row_of(self, event_id: int) -> int:
        if self._position is None:
            self._position = {eid: n for n, eid in enumerate(self._rows)}
        return self._position.get(event_id, -1)

    def desk_name(self, desk_id: int | None) -> str:
        return self._desk_names.get(desk_id, "")
