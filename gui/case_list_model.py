"""The case list on the left of the main window: one row per case.

Fast with a thousand cases: the texts and sort keys of every row are made once per
refresh, data() only looks them up, and a header click sorts the rows here with one
Python sort (attach_sorting) instead of a proxy comparing rows through data() tens of
thousands of times."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from casekeeper.db import cases
from casekeeper.db.deadlines import CLOSED_CASE

from .case_labels import status_colour, status_label
from .common import fmt_datetime
from .table_model import RowTableModel

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY, _TOOLTIP, _FOREGROUND = (int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                                    Qt.ItemDataRole.ForegroundRole))
_CASE_ID, _SORT = int(CASE_ID_ROLE), int(SORT_ROLE)


class CaseListModel(RowTableModel):
    TITLE, PROVIDER, STATUS, ACTIVITY = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [self.tr("Title"), self.tr("Provider"), self.tr("Status"), self.tr("Last activity")]
        self._texts: list[list[str | None]] = []
        self._base: list[tuple] = []
        self._sort_column, self._sort_order = self.ACTIVITY, Qt.SortOrder.DescendingOrder

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = cases.case_list_rows()   # most recent activity first: the order ties keep
        labels = {}
        # the activity time is formatted when first shown (None until then): only visible rows pay
        self._texts = [[c.title, c.provider, labels.get(c.status) or labels.setdefault(c.status, status_label(c.status)),
                        None] for c in self._rows]
        self._base = list(zip(self._rows, self._texts))
        if (self._sort_column, self._sort_order) != (self.ACTIVITY, Qt.SortOrder.DescendingOrder):
            self._apply_sort()
        self.endResetModel()

    def any_open(self) -> bool:
        """True when some case is still going (not resolved or closed)."""
        return self.first_open() is not None

    def first_open(self) -> int | None:
        """The case still going with the latest activity (_base keeps the newest-first order)."""
        return next((case.id for case, _texts in self._base if case.status not in CLOSED_CASE), None)

    def is_open(self, case_id: int | None) -> bool:
        return any(case.id == case_id and case.status not in CLOSED_CASE for case in self._rows)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        role = int(role)
        row, col = index.row(), index.column()
        if role == _TOOLTIP and col == self.TITLE and self._texts[row][self.PROVIDER]:
            return f"{self._texts[row][self.TITLE]}\n{self._texts[row][self.PROVIDER]}"  # the provider may be hidden
        if role == _DISPLAY or role == _TOOLTIP:
            texts = self._texts[row]
            if texts[col] is None:
                texts[col] = fmt_datetime(self._rows[row].updated_at)
            return texts[col]
        if role == _CASE_ID:
            return self._rows[row].id
        if role == _SORT:
            return self._sort_key(row, col)
        if role == _FOREGROUND and col == self.STATUS:
            return status_colour(self._rows[row].status)
        return None

    def _sort_key(self, row: int, col: int):
        return self._key(self._rows[row], self._texts[row], col)

    def _key(self, case, texts, col: int):
        return case.updated_at.timestamp() if col == self.ACTIVITY else texts[col].casefold()

    def sort_rows(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [c.id for c in self._rows]
        self._sort_column, self._sort_order = column, Qt.SortOrder(order)
        self._apply_sort()
        new_row = {c.id: n for n, c in enumerate(self._rows)}
        kept = self.persistentIndexList()
        self.changePersistentIndexList(
            kept, [self.index(new_row[old_ids[i.row()]], i.column()) for i in kept])
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        col = self._sort_column
        ordered = sorted(self._base, key=lambda pair: self._key(pair[0], pair[1], col),
                         reverse=self._sort_order == Qt.SortOrder.DescendingOrder)  # stable: ties keep base order
        self._rows = [case for case, _ in ordered]
        self._texts = [texts for _, texts in ordered]

    def row_of(self, case_id: int) -> int:
        for n, case in enumerate(self._rows):
            if case.id == case_id:
                return n
        return -1

    def column_texts(self, limit: int) -> list[list[str]]:
        """Per column, the distinct texts of the first `limit` rows (titles, providers, statuses)
        to size the columns by; the activity column's texts are made when shown, so it is empty."""
        columns: list[list[str]] = [[], [], [], []]
        for texts in self._texts[:limit]:
            for col in (self.TITLE, self.PROVIDER, self.STATUS):
                columns[col].append(texts[col])
        return [list(dict.fromkeys(c)) for c in columns]

    def case_ids(self) -> list[int]:
        return [c.id for c in self._rows]


def attach_sorting(table: QTableView, model: CaseListModel, column: int, order: Qt.SortOrder) -> None:
    """Sortable by header click, the model sorting itself; starts showing `column`/`order`,
    which is the order the rows come in (no sort at start-up)."""
    header = table.horizontalHeader()
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    header.setSortIndicator(column, order)
    header.sortIndicatorChanged.connect(model.sort_rows)
