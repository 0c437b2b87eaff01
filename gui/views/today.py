"""Today: across all cases, what is overdue, what is due in the next 7 days,
who you are waiting on, and which desks are open right now. A page of its own
in the main window (the start page while any case is open); the two clocks of
the last case shown on top. Each section is a table sized to its rows, or one
line saying there is nothing."""
from __future__ import annotations

import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractScrollArea, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from casekeeper.db import clock, deadlines, ics_export, today

from ..case_clocks import CaseClocks
from ..common import arg, run_action
from ..db_worker import Latest
from ..deadline_text import deadline_title, kind_label, language, relative, status_text, when
from ..rows_model import ROW_ROLE, RowsModel
from ..table_model import configure_list_table
from .panes import fill_with_scrolling, heading
from .table_fit import KEEP, MAX_COLUMN, MIN_COLUMN, share_widths  # noqa: F401 (KEEP, MAX_COLUMN: tests import them here)

WITHIN_DAYS = 7
OVERDUE = QColor("#b3261e")
MAX_ROWS = 8            # a longer section scrolls inside its table
PAD = 16


class _Section(QTableView):
    """A table as tall as its rows (up to MAX_ROWS), its columns sharing the width
    (share_widths; the free-text column `stretch` takes the rest), long texts elided
    with the whole text as tooltip. With no rows it hides and the `empty` line shows."""

    def __init__(self, model, stretch: int, empty_text: str):
        super().__init__()
        self.setModel(model)
        configure_list_table(self)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.stretch = stretch
        header = self.horizontalHeader()
        header.setMinimumSectionSize(MIN_COLUMN)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(empty_text)
        self.empty.setStyleSheet("color: palette(mid); margin-left: 2px;")
        model.modelReset.connect(self.fit)
        # columns sized from the rows on show (MAX_ROWS) and a few more, not all of hundreds
        self.horizontalHeader().setResizeContentsPrecision(MAX_ROWS + 4)

    def fit(self) -> None:
        rows = self.model().rowCount()
        self.setVisible(rows > 0)
        self.empty.setVisible(rows == 0)
        if not rows:
            return
        header = self.horizontalHeader()
        self._natural = [max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) + PAD
                         for c in range(header.count())]
        self._share()
        shown = min(rows, MAX_ROWS)
        self.setFixedHeight(header.sizeHint().height() + shown * self.verticalHeader().defaultSectionSize()
                            + 2 * self.frameWidth() + 2)

    def _share(self) -> None:
        natural = getattr(self, "_natural", None)
        if natural and len(natural) == self.horizontalHeader().count():
            for col, width in enumerate(share_widths(natural, self.stretch, self.viewport().width())):
                self.horizontalHeader().resizeSection(col, width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._share()


def _heading(text: str) -> QLabel:
    """A section heading: bold, a size up, in the text colour (not grey: grey reads as disabled)."""
    label = heading(text, 1.1)
    label.setContentsMargins(0, 6, 0, 0)
    return label


FRESH_SECONDS = 30


class _Early:
    """The first read of the sections of all cases, started as early as possible: by
    prefetch() right after the database is opened (gui/app.py), else by the page itself."""

    pending: _Early | None = None

    def __init__(self):
        self.now = clock.now()
        self.language = language()
        self.data = self.receiver = None
        self.job = Latest()
        self.job.submit(today.gather, self.now, self.language, None, today.ALL_CASES, done=self._done)

    def _done(self, data: dict) -> None:
        if self.receiver is not None:
            self.receiver(data)
        else:
            self.data = data

    def deliver_to(self, receiver) -> None:
        if self.data is not None:
            receiver(self.data)
        else:
            self.receiver = receiver

    @classmethod
    def take(cls) -> _Early | None:
        early, cls.pending = cls.pending, None
        if early is not None and (early.language != language() or (clock.now() - early.now).total_seconds() > 5):
            early.job.drop()
            return None
        return early


def prefetch() -> None:
    """Start reading Today's sections of all cases now (the app calls this right after opening
    the database, so the read overlaps building the window); the page takes it over."""
    _Early.pending = _Early()


class TodayView(QWidget):
    changed = Signal()
    filled = Signal()                   # the page was filled in with what was just read
    open_case = Signal(int, str, int)   # an item chosen (double click, Enter): case id, view to show, desk id or 0

    def __init__(self, parent=None):
        super().__init__(parent)
        self.case_id: int | None = None
        self.now = clock.now()
        self.clocks_heading = _heading("")
        self.clocks = CaseClocks()
        self.due_model = RowsModel([
            (self.tr("Due"), lambda r: f"{when(r.due_at)}  ({relative(r.due_at, self.now)})"),
            (self.tr("Deadline"), deadline_title),
            (self.tr("Kind"), lambda r: kind_label(r.kind)),
            (self.tr("Desk"), lambda r: r.desk_name),
            (self.tr("Case"), lambda r: r.case_title),
        ], color=lambda r: OVERDUE if r.state == "overdue" else None, parent=self)
        self.waiting_model = RowsModel([
            (self.tr("Since"), lambda w: when(w.since)),
            (self.tr("Business days"), lambda w: str(w.business_days)),
            (self.tr("Desk"), lambda w: w.desk_name),
            (self.tr("Case"), lambda w: w.case_title),
        ], parent=self)
        self.desks_model = RowsModel([
            (self.tr("Desk"), lambda o: o.desk.name),
            (self.tr("Status"), lambda o: status_text(o.status, ZoneInfo(o.status.zone), self.now)),
            (self.tr("Case"), lambda o: o.case_title),
            (self.tr("Address"), lambda o: o.desk.address),
        ], parent=self)
        self.due_table = _Section(self.due_model, 1, self.tr("Nothing overdue or due in the next 7 days."))
        self.waiting_table = _Section(self.waiting_model, 3, self.tr("You are not waiting on any desk."))
        self.desks_table = _Section(self.desks_model, 3, self.tr("No desk of an open case is open right now."))
        for table, view in ((self.due_table, "OverviewView"), (self.waiting_table, "DesksView"),
                            (self.desks_table, "DesksView")):
            table.doubleClicked.connect(lambda index, v=view: self._go(index, v))
            table.activated.connect(lambda index, v=view: self._go(index, v))
        self.due_table.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        self.done_button = QPushButton(self.tr("Mark done"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.snooze_button = QPushButton(self.tr("Snooze 1 day"))
        self.add_button = QPushButton(self.tr("Add deadline…"))
        self.add_button.clicked.connect(self.add_deadline)
        self.export_button = QPushButton(self.tr("Export .ics…"))
        self.done_button.clicked.connect(lambda: self._set_state("done"))
        self.dismiss_button.clicked.connect(lambda: self._set_state("dismissed"))
        self.snooze_button.clicked.connect(self._snooze)
        self.export_button.clicked.connect(self.export_ics)
        buttons = QHBoxLayout()
        for b in (self.done_button, self.dismiss_button, self.snooze_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.export_button)

        self.due_heading = _heading("")
        self.waiting_heading = _heading("")
        self.desks_heading = _heading("")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.clocks_heading)
        layout.addWidget(self.clocks)
        for heading, table in ((self.due_heading, self.due_table), (self.waiting_heading, self.waiting_table),
                               (self.desks_heading, self.desks_table)):
            layout.addSpacing(6)
            layout.addWidget(heading)
            layout.addWidget(table)
            layout.addWidget(table.empty)
            if table is self.due_table:
                layout.addLayout(buttons)
        layout.addStretch(1)
        fill_with_scrolling(self, page)
        for table in (self.due_table, self.waiting_table, self.desks_table):
            table.fit()                         # empty until the first refresh: the one-line states
        self.clocks.hide()
        self.clocks_heading.hide()
        self._enable()
        self._loading = Latest()
        self.destroyed.connect(self._loading.drop)
        self._read_at: float | None = None     # monotonic time the page was last asked to be read
        self._again = False                    # asked to refresh while a read was under way
        self.has_data = False                  # filled at least once
        # Start reading the sections of all cases now, while the window is still being built;
        # set_case() adds the clocks of its case (see there).
        early = _Early.take() or _Early()      # started by gui/app.py before the window, if it was
        self._early_now, self._early_data, self._early_clocks = early.now, None, None
        self.destroyed.connect(early.job.drop)
        early.deliver_to(lambda data: self._first_part(others=data))

    # --- the case view protocol
    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        if not self.has_data and self._early_now is not None:
            # the first fill: the sections of all cases are being read since the page was made
            # (while the window is still being built); only the clocks of this case are added
            self._read_at = time.monotonic()
            self._early_clocks = None
            self._loading.submit(today.gather, self._early_now, language(), case_id, today.ONE_CASE,
                                 done=lambda data: self._first_part(clocks=data))
            return
        self.refresh()

    def _first_part(self, *, clocks: dict | None = None, others: dict | None = None) -> None:
        if clocks is not None:
            self._early_clocks = clocks
        if others is not None:
            self._early_data = others
        if self._early_now is not None and self._early_clocks is not None and self._early_data is not None:
            now, data = self._early_now, {**self._early_data, **self._early_clocks}
            self._early_now = self._early_data = self._early_clocks = None
            self._arrived(now, data)

    def refresh(self, now: datetime | None = None, *, max_age: float | None = None) -> None:
        """Read the page anew off the GUI thread (gui/db_worker.py) and apply it when it
        arrives (`filled` then). A refresh asked for while one is under way runs after it;
        `max_age`: nothing to do when the page was read (or is being read) that recently."""
        if max_age is not None and self._read_at is not None and time.monotonic() - self._read_at < max_age:
            return
        if self._loading.busy:
            self._again = True
            return
        self._again = False
        self._read_at = time.monotonic()
        now = now or clock.now()
        self._loading.submit(today.gather, now, language(), self.case_id, done=lambda data: self._arrived(now, data))

    @property
    def loading(self) -> bool:
        return self._loading.busy or self._again

    def _arrived(self, now: datetime, data: dict) -> None:
        self._early_now = None                 # (a refresh that came first makes the early read moot)
        if self._again and self.has_data:
            self.refresh()               # read before a change this page was told about: read again
            return
        self._apply(now, data)
        if self._again:
            self.refresh()

    def _apply(self, now: datetime, data: dict) -> None:
        """The page from what gather() read: the models are replaced, nothing is queried."""
        self.now = now
        clocks = data["clocks"]
        self.clocks.case_id = clocks.case_id if clocks is not None else None
        self.clocks.setVisible(clocks is not None)
        self.clocks_heading.setVisible(clocks is not None)
        if clocks is not None:
            self.clocks_heading.setText(arg(self.tr("Clocks of “%1”"), clocks.title))
            self.clocks.show_clocks(clocks.clocks, clocks.closed, now)
        due = data["due"]
        overdue = sum(1 for d in due if d.state == "overdue")
        self.due_model.set_rows(due)
        self.waiting_model.set_rows(data["waiting"])
        self.desks_model.set_rows(data["desks"])
        self.due_heading.setText(arg(self.tr("Overdue: %1 · Due in the next 7 days: %2"), overdue,
                                      len(due) - overdue))
        self.waiting_heading.setText(arg(self.tr("Waiting on the provider: %1"), self.waiting_model.rowCount()))
        self.desks_heading.setText(arg(self.tr("Desks open now: %1"), self.desks_model.rowCount()))
        self._enable()
        self.has_data = True
        self.filled.emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # shown again later: bring the times up to date (the page was read at start already)
        self.refresh(max_age=FRESH_SECONDS)

    # --- actions
    def selected_deadline(self):
        rows = self.due_table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _enable(self) -> None:
        has = self.selected_deadline() is not None
        for b in (self.done_button, self.dismiss_button, self.snooze_button):
            b.setEnabled(has)
            b.setVisible(self.due_model.rowCount() > 0)     # nothing due: nothing to mark
        self.add_button.setEnabled(self.case_id is not None)

    def add_deadline(self) -> None:
        from ..deadline_dialog import DeadlineDialog

        if self.case_id is not None and DeadlineDialog(self.case_id, self).exec():
            self.refresh()
            self.changed.emit()

    def _set_state(self, state: str) -> None:
        item = self.selected_deadline()
        if item is not None and run_action(self, deadlines.set_state, item.id, state) is not None:
            self.refresh()
            self.changed.emit()

    def _snooze(self) -> None:
        item = self.selected_deadline()
        if item is not None and run_action(self, deadlines.snooze, item.id, clock.now() + timedelta(days=1)):
            self.refresh()
            self.changed.emit()

    def export_ics(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export deadlines"), "casekeeper-deadlines.ics",
                                              self.tr("Calendar files (*.ics)"))
        if path:
            n = run_action(self, ics_export.export, path, None, slot_days=0)
            if n is not None:
                window = self.window()
                if hasattr(window, "statusBar"):
                    window.statusBar().showMessage(arg(self.tr("Exported %1 deadlines to %2."), n, path), 8000)

    def _go(self, index, view: str) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            desk = getattr(row, "desk", None)
            desk_id = desk.id if desk is not None else getattr(row, "desk_id", 0) if view == "DesksView" else 0
            self.open_case.emit(row.case_id, view, desk_id or 0)

