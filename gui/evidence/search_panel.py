"""Results of the search across all cases (shown in a dock of the main window)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from casekeeper.db import search

from ..common import arg
from ..db_worker import Latest
from ..table_model import configure_list_table
from .search_model import HIT_ROLE, HtmlDelegate, SearchResultsModel


LIMIT = 200
# A query of only 1-2 character words cannot use the trigram index: it reads the entries
# newest first and, with a great many of them, stops after this long with the hits of the
# newest ones (and says so): an answer in under 300 ms even with a million entries.
SHORT_WORD_BUDGET_S = 0.15


def _search(query: str) -> search.Results:
    return search.search(query, limit=LIMIT, budget=SHORT_WORD_BUDGET_S)


class SearchPanel(QWidget):
    """Lists hits; activating one emits open_requested(hit: db.search.Hit)."""

    open_requested = Signal(object)
    finished = Signal(int)              # the hits of the current query are shown (how many)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = SearchResultsModel(self)
        self.query = ""
        self._searching = Latest()
        self.destroyed.connect(self._searching.drop)
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

    def run(self, query: str) -> None:
        """Search off the GUI thread (gui/db_worker.py); the hits replace the list when they
        arrive (`finished` then). A newer query drops the results of an older one."""
        self.query = query
        if not query.strip():
            self._searching.drop()
            self._show(query, search.Results())
            return
        self.summary.setText(arg(self.tr("Searching for “%1”…"), query))
        self._searching.submit(_search, query, done=lambda hits: self._show(query, hits))

    @property
    def busy(self) -> bool:
        return self._searching.busy

    def _show(self, query: str, hits) -> None:
        self.model.set_results(query, hits)
        n = self.model.rowCount()
        if not query.strip():
            self.summary.setText("")
        elif not getattr(hits, "complete", True):
            self.summary.setText(arg(self.tr("%1 results for “%2” in the newest entries. A word of one or two "
                                             "characters is looked up in the newest entries only when there are "
                                             "many: type one more character to search everything."), n, query))
        elif n:
            self.summary.setText(arg(self.tr("%1 results for “%2”. Double-click one to open it."), n, query))
        else:
            self.summary.setText(arg(self.tr("Nothing found for “%1”."), query))
        if n:
            self.table.selectRow(0)
        self.finished.emit(n)

    def _activate(self, index) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if hit is None:
            hit = self.model.hit(index.row())
        self.open_requested.emit(hit)
