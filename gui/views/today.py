"""Today: across all cases, what is overdue, what is due in the next 7 days, who
you are waiting on, the two clocks of every case still going (each naming its
case), and every desk of those cases with its status now (open, closing soon,
closed and when it opens, in the user's time and the desk's). A page of its own in
the main window (the start page while any case is open). Each section is a table
sized to its rows, or one line saying there is nothing.

Its data comes from one db call (db.today.gather), run off the GUI thread (gui/db_worker.py:
at start-up from right after the database opens, see prefetch()) and applied in one step
when it arrives (`filled`); the page keeps itself current with the live clock: it refreshes
at the next moment anything on it changes (a desk opens or closes, a deadline
passes, a countdown moves on), not by polling."""
from __future__ import annotations

import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QSocketNotifier, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractScrollArea, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from casekeeper.db import clock, deadlines, ics_export, reminders, today

from ..case_clocks import clock_changes_at
from ..common import arg, run_action
from ..db_worker import Latest
from ..deadline_text import (
    TONE_COLOURS, StatusView, deadline_title, kind_label, language, relative_changes_at, status_view, when,
    when_relative,
)
from ..live_clock import live_clock
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
        self.empty_text = empty_text
        self.empty = QLabel(empty_text)
        self.empty.setStyleSheet("color: palette(mid); margin-left: 2px;")
        model.modelReset.connect(self.fit)
        # columns sized from the rows on show (MAX_ROWS) and a few more, not all of hundreds
        self.horizontalHeader().setResizeContentsPrecision(MAX_ROWS + 4)

    def reading(self, text: str | None) -> None:
        """While the page is first read, its one line says so (`text`), not that there is nothing."""
        self.empty.setText(text if text is not None else self.empty_text)

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


def _tone_colour(tone: str) -> QColor:
    return QColor(TONE_COLOURS[tone])


SMALL_ANSWER = 2_000_000   # bytes: unpickled on the GUI thread before the window shows (~50 ms at most)


class _Early:
    """The first read of the page, started as early as possible: by the start-up reader
    process (db/start_reader.py, forked before Qt loads) or by prefetch() right after the
    database is opened (gui/app.py), else by the page itself when it is made."""

    pending: "_Early | None" = None

    def __init__(self, reader=None):
        self.language = language()
        self.data = self.receiver = None
        self.job = Latest()
        self._child = self._notifier = None
        if reader is not None and reader.language == self.language:
            self.now = reader.now
            self._child = reader.job
            # end of file: the child is done (the app owns the notifier: it is deleted when done)
            self._notifier = QSocketNotifier(reader.job.fd, QSocketNotifier.Type.Read, QCoreApplication.instance())
            self._notifier.activated.connect(self._reader_done)
            return
        if reader is not None:
            reader.job.close()
        self.now = clock.now()
        self._read_here()

    def _read_here(self) -> None:
        self.job.submit(today.gather, self.now, self.language, done=self._done)

    def _reader_done(self) -> None:
        """The child is done: its answer is unpickled on the worker thread (10,000 cases: some
        150 ms, taking turns with the GUI thread instead of stalling it)."""
        self.job.submit(self._take_child().result, done=self._reader_result)

    def _take_child(self):
        """The start-up child (db/forked.Forked), from now on this page's to finish (the notifier is done)."""
        self._end_notifier()
        child, self._child = self._child, None
        return child

    def _reader_result(self, data) -> None:
        if data is None:
            self._read_here()        # the child read nothing (see db/start_reader.py): read it here
        else:
            self._done(data)

    def _end_notifier(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None

    def _done(self, data) -> None:
        if self.receiver is not None:
            self.receiver(data)
        else:
            self.data = data

    def deliver_to(self, receiver) -> None:
        child = self._child
        if self.data is None and child is not None and child.done() and child.size() <= SMALL_ANSWER:
            # read before the window was built, and small (1,000 cases: ~0.5 MB, ~10 ms): the
            # page is filled before it is first shown, so its first paint is the real page
            self._reader_result(self._take_child().result())
        if self.data is not None:
            receiver(self.data)
        else:
            self.receiver = receiver

    def drop(self) -> None:
        """Nothing of this read is delivered."""
        self.job.drop()
        self.receiver = None
        child = self._take_child()
        if child is not None:
            child.close()

    @classmethod
    def take(cls) -> "_Early | None":
        early, cls.pending = cls.pending, None
        if early is not None and (early.language != language() or (clock.now() - early.now).total_seconds() > 5):
            early.drop()
            return None
        return early


def prefetch(reader=None) -> None:
    """Start reading the page now (the app calls this right after opening the database, so
    the read overlaps building the window), or take over what the start-up reader process
    reads (`reader`, db/start_reader.py); the page takes it over when it is made."""
    _Early.pending = _Early(reader)


class TodayView(QWidget):
    changed = Signal()
    open_case = Signal(int, str, int)   # an item chosen (double click, Enter): case id, view, its desk/deadline id or 0
    all_deadlines = Signal()            # "All deadlines…": the all-cases list (deadlines feature, Ctrl+D)
    filled = Signal()                   # the page was filled in with what was just read

    def __init__(self, parent=None):
        super().__init__(parent)
        self.case_id: int | None = None
        self.now = clock.now()
        self.data = None
        self.clock_model = RowsModel([
            (self.tr("Case"), lambda c: c.case_title),
            (self.tr("You owe a reply by"), self._owe_text),
            (self.tr("Waiting on them since"), self._waiting_text),
        ], color=lambda c: OVERDUE if c.clocks.owe_reply and c.clocks.owe_reply.state == "overdue" else None,
            parent=self)
        self.due_model = RowsModel([
            (self.tr("Due"), lambda r: when_relative(r.due_at, self.now)),
            (self.tr("Deadline"), deadline_title),
            (self.tr("Kind"), lambda r: kind_label(r.kind)),
            (self.tr("Desk"), lambda r: r.desk_name),
            (self.tr("Case"), lambda r: r.case_title),
        ], color=lambda r: OVERDUE if r.state == "overdue" else None, parent=self)
        self.waiting_model = RowsModel([
            (self.tr("Since"), lambda w: when(w.since)),
            (self.tr("Business days", "elapsed"), lambda w: str(w.business_days)),
            (self.tr("Desk"), lambda w: w.desk_name),
            (self.tr("Case"), lambda w: w.case_title),
        ], parent=self)
        self._desk_views: dict[int, StatusView] = {}
        self.desks_model = RowsModel([
            (self.tr("Desk"), lambda o: o.desk.name),
            (self.tr("Status", "desk status"), lambda o: self._desk_view(o).text),
            (self.tr("Case"), lambda o: o.case_title),
            (self.tr("Address"), lambda o: o.desk.address),
        ], color=lambda o: _tone_colour(self._desk_view(o).tone), parent=self)
        self.clocks_table = _Section(self.clock_model, 1, self.tr("No case is still going."))
        self.due_table = _Section(self.due_model, 1, self.tr("Nothing overdue or due in the next 7 days."))
        self.waiting_table = _Section(self.waiting_model, 3, self.tr("You are not waiting on any desk."))
        self.desks_table = _Section(self.desks_model, 1, self.tr("No desks in the cases still going."))
        self.sections = (self.due_table, self.waiting_table, self.desks_table, self.clocks_table)
        for table, view in ((self.due_table, "DeadlinesView"), (self.waiting_table, "DesksView"),
                            (self.desks_table, "DesksView"), (self.clocks_table, "DeadlinesView")):
            table.doubleClicked.connect(lambda index, v=view: self._go(index, v))
            table.activated.connect(lambda index, v=view: self._go(index, v))
        self.due_table.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        self.done_button = QPushButton(self.tr("&Mark done"))
        self.dismiss_button = QPushButton(self.tr("D&ismiss"))
        self.snooze_button = QPushButton(self.tr("S&nooze 1 day"))
        self.add_button = QPushButton(self.tr("&Add deadline…"))
        self.add_button.clicked.connect(self.add_deadline)
        self.all_button = QPushButton(self.tr("All dead&lines… (Ctrl+D)"))
        self.all_button.setToolTip(self.tr("Every deadline of every case still going, with no horizon, "
                                           "and the history of those that ended"))
        self.all_button.clicked.connect(self.all_deadlines.emit)
        self.export_button = QPushButton(self.tr("&Export .ics…"))
        self.done_button.clicked.connect(lambda: self._set_state("done"))
        self.dismiss_button.clicked.connect(lambda: self._set_state("dismissed"))
        self.snooze_button.clicked.connect(self._snooze)
        self.export_button.clicked.connect(self.export_ics)
        buttons = QHBoxLayout()
        for b in (self.done_button, self.dismiss_button, self.snooze_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.add_button, self.all_button, self.export_button):
            buttons.addWidget(b)

        self.clocks_heading = _heading("")
        self.due_heading = _heading("")
        self.waiting_heading = _heading("")
        self.desks_heading = _heading("")
        page = QWidget()
        layout = QVBoxLayout(page)
        for heading, table in ((self.due_heading, self.due_table), (self.clocks_heading, self.clocks_table),
                               (self.waiting_heading, self.waiting_table), (self.desks_heading, self.desks_table)):
            layout.addSpacing(6)
            layout.addWidget(heading)
            layout.addWidget(table)
            layout.addWidget(table.empty)
            if table is self.due_table:
                layout.addLayout(buttons)
        layout.addStretch(1)
        fill_with_scrolling(self, page)
        for table in self.sections:
            table.reading(self.tr("Reading…"))  # until the first read arrives, not "nothing here"
            table.fit()
        self._enable()
        self._stale = False
        self._loading = Latest()
        self.destroyed.connect(self._loading.drop)
        self._read_at: float | None = None     # monotonic time the page was last asked to be read
        self._again = False                    # asked to refresh while a read was under way
        self.has_data = False                  # filled at least once
        early = _Early.take() or _Early()      # the first read: started by gui/app.py before the window, if it was
        self._early = early                    # kept until it arrives (a connection keeps no object alive)
        self.destroyed.connect(early.drop)
        self._early_now = early.now
        self._read_at = time.monotonic()
        early.deliver_to(lambda data: self._arrived(early.now, data))

    # --- texts
    def _owe_text(self, c) -> str:
        item = c.clocks.owe_reply
        if item is None:
            return "—"
        return f"{when_relative(item.due_at, self.now)} · {deadline_title(item)}"

    def _waiting_text(self, c) -> str:
        w = c.clocks.waiting
        if w is None:
            return "—"
        days = arg(self.tr("%1 business days"), w.business_days) if w.business_days != 1 \
            else self.tr("1 business day")
        return f"{when(w.since)} · {w.desk_name} · {days}"

    def _desk_view(self, o) -> StatusView:
        view = self._desk_views.get(o.desk.id)
        if view is None:
            view = self._desk_views[o.desk.id] = status_view(o.status, ZoneInfo(o.status.zone), self.now)
        return view

    # --- the case view protocol
    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        if not self.has_data and self._early_now is not None:
            return        # the first read (every case) is under way since the page was made
        self.refresh()

    def refresh(self, now: datetime | None = None, *, max_age: float | None = None) -> None:
        """Read the page anew off the GUI thread (gui/db_worker.py) and apply it when it
        arrives (`filled` then). A refresh asked for while one is under way runs after it;
        `max_age`: nothing to do when the page was read (or is being read) that recently."""
        if max_age is not None and self._read_at is not None and time.monotonic() - self._read_at < max_age:
            return
        if self._loading.busy or (self._early_now is not None and not self.has_data):
            self._again = True
            return
        self._again = False
        self._stale = False
        self._read_at = time.monotonic()
        now = now or clock.now()
        self._loading.submit(today.gather, now, language(), done=lambda data: self._arrived(now, data))

    @property
    def loading(self) -> bool:
        return self._loading.busy or self._again or (self._early_now is not None and not self.has_data)

    def _arrived(self, now: datetime, data) -> None:
        self._early_now = self._early = None
        if self._again and self.has_data:
            self.refresh()               # read before a change this page was told about: read again
            return
        final = not self._again
        self._apply(now, data, final=final)   # the first read shows at once, even when a newer one follows
        if not final:
            self._again = False
            self.refresh()

    def _apply(self, now: datetime, data, final: bool = True) -> None:
        """The page from what gather() read: the models are replaced, nothing is queried.
        `filled` only for the newest read asked for (not for one a change made stale)."""
        self.now = now
        self.data = data
        self._desk_views = {}
        overdue = data.overdue
        self.due_model.set_rows(data.due)
        self.clock_model.set_rows(data.clocks)
        self.waiting_model.set_rows(data.waiting)
        self.desks_model.set_rows(data.desks)
        for table in self.sections:
            table.reading(None)
        open_now = sum(1 for o in data.desks if o.status.open_now)
        self.due_heading.setText(arg(self.tr("Overdue: %1 · Due in the next 7 days: %2"), overdue,
                                     len(data.due) - overdue))
        self.clocks_heading.setText(arg(self.tr("Clocks of the cases still going: %1"), len(data.clocks)))
        self.waiting_heading.setText(arg(self.tr("Waiting on the provider: %1"), self.waiting_model.rowCount()))
        self.desks_heading.setText(arg(self.tr("Desks: %1 open now, %2 closed"), open_now,
                                       len(data.desks) - open_now))
        self._enable()
        live_clock().watch(self, self._next_change(), self._tick)
        self.has_data = True
        if final:
            self.filled.emit()

    def _next_change(self) -> datetime | None:
        """The first moment anything on the page reads differently: a desk's status (or its
        closing countdown), a deadline passing or coming within 7 days, a countdown."""
        data, now = self.data, self.now
        times = [t for t in (data.next_change,) if t is not None]
        # desks: data.next_change has their status changes; a desk closing soon counts down by
        # the minute. Desks with the same calendar share one status: each is looked at once
        # (no text is made for desks not on show: 10,000 cases have some 17,000 desks)
        seen: set[int] = set()
        for o in data.desks:
            st = o.status
            if id(st) not in seen:
                seen.add(id(st))
                if st.open_now and st.closes_at is not None and st.closing_soon(now):
                    times.append(relative_changes_at(st.closes_at, now))
        times += [relative_changes_at(r.due_at, now) for r in data.due]
        times += [clock_changes_at(c.clocks.owe_reply, c.clocks.waiting, now) for c in data.clocks]
        times = [t for t in times if t > now]
        return min(times) if times else None

    def mark_stale(self) -> None:
        """Something changed elsewhere: refresh when next shown (at once if shown now and not just read)."""
        if self.isVisible() and self._read_at is not None and time.monotonic() - self._read_at > 1:
            self.refresh()
        else:
            self._stale = True

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True      # shown again: refreshed then (showEvent)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # shown again later: bring the times up to date (the page was read at start already)
        if self._stale:
            self.refresh()
        else:
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
        self.add_button.setEnabled(self.clock_model.rowCount() > 0 or self.case_id is not None)

    def add_deadline(self) -> None:
        """A deadline for any case still going (chosen in the dialog); Today stays."""
        from ..deadline_dialog import DeadlineDialog

        dialog = DeadlineDialog(None, self)
        if self.case_id is not None:
            dialog.case.setCurrentIndex(max(0, dialog.case.findData(self.case_id)))
        if dialog.exec():
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
            offsets = reminders.user_offsets(getattr(self.window(), "data_dir", None))   # the alarms
            n = run_action(self, ics_export.export, path, None, slot_days=0, lang=language(), offsets=offsets)
            if n is not None:
                window = self.window()
                if hasattr(window, "statusBar"):
                    window.statusBar().showMessage(arg(self.tr("Exported %1 deadlines to %2."), n, path), 8000)

    def _go(self, index, view: str) -> None:
        """An item chosen: its case on the tab that shows it, with the item selected there
        (a desk on Desks, a deadline on Deadlines)."""
        row = index.data(ROW_ROLE)
        if row is None:
            return
        if view == "DesksView":
            desk = getattr(row, "desk", None)
            item = desk.id if desk is not None else getattr(row, "desk_id", 0)
        elif hasattr(row, "clocks"):
            item = row.clocks.owe_reply.id if row.clocks.owe_reply else 0
        else:
            item = getattr(row, "id", 0)
        self.open_case.emit(row.case_id, view, item or 0)
