"""Results of the search across all cases (shown in a dock of the main window)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ..common import arg
from ..table_model import configure_list_table
from .search_model import HIT_ROLE, HtmlDelegate, SearchResultsModel


class SearchPanel(QWidget):
    """Lists hits; activating one emits open_requested(hit: db.search.Hit)."""

    open_requested = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = SearchResultsModel(self)
        self.summary = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_list_table(self.table, row_padding=10)
        self.table.setItemDelegateForColumn(SearchResultsModel.MATCH, HtmlDelegate(self.table))
        header = self.table.horizontalHeader()
        fm = self.fontMetrics()
        header.resizeSection(SearchResultsModel.CASE, fm.horizontalAdvance("M") * 16)
        header.resizeSection(SearchResultsModel.ENTRY, fm.horizontalAdvance("M") * 22)
        header.setSectionResizeMode(SearchResultsModel.MATCH, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.activated.connect(self._activate)
        self.table.doubleClicked.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def run(self, query: str) -> int:
        self.model.run(query)
        n = self.model.rowCount()
        if not query.strip():
            self.summary.setText("")
        elif n:
            self.summary.setText(arg(self.tr("%1 results for “%2”. Double-click one to open it."), n, query))
        else:
            self.summary.setText(arg(self.tr("Nothing found for “%1”."), query))
        if n:
            self.table.selectRow(0)
        return n

    def _activate(self, index) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if hit is None:
            hit = self.model.hit(index.row())
        self.open_requested.emit(hit)
