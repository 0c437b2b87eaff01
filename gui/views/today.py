"""Today: across all cases, what is overdue, what is due in the next 7 days,
who you are waiting on, and which desks are open right now. The start page
when a case is open; the two clocks of the open case on top."""
from __future__ import annotations

import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from db import clock, deadlines, ics_export

from ..case_clocks import CaseClocks
from ..common import run_action
from ..deadline_text import deadline_title, fill, kind_label, language, relative, status_text, when
from ..rows_model import ROW_ROLE, RowsModel
from ..table_model import configure_list_table

TAB_TITLE = QT_TRANSLATE_NOOP("CaseViews", "Today")   # the tab (main_window.CASE_VIEWS); here for lupdate
WITHIN_DAYS = 7
OVERDUE = QColor("#b3261e")


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    configure_list_table(view)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(60)   # size columns from the first rows, not all of hundreds
    header.setStretchLastSection(True)
    return view


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; margin-top: 6px;")
    return label


FRESH_SECONDS = 30


class TodayView(QWidget):
    changed = Signal()
    open_case = Signal(int)        # the user asked to go to a case (double click)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.case_id: int | None = None
        self.now = clock.now()
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
            (self.tr("Address"), lambda o: o.desk.address),
            (self.tr("Case"), lambda o: o.case_title),
        ], parent=self)
        self.due_table = _table(self.due_model)
        self.waiting_table = _table(self.waiting_model)
        self.desks_table = _table(self.desks_model)
        for table in (self.due_table, self.waiting_table, self.desks_table):
            table.doubleClicked.connect(lambda index: self._go(index))
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.clocks)
        layout.addWidget(self.due_heading)
        layout.addWidget(self.due_table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.waiting_heading)
        layout.addWidget(self.waiting_table, 2)
        layout.addWidget(self.desks_heading)
        layout.addWidget(self.desks_table, 2)
        self._refreshed_at = None   # monotonic time of the last refresh (showEvent skips a fresh one)

    # --- the case view protocol
    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        if self.parent() is not None and not self.window().isVisible():
            # the window is still being opened: its first paint does not wait for these
            # all-case lists; they are filled right after it (showEvent)
            self._refreshed_at = None
            return
        self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        self._refreshed_at = time.monotonic()
        self.now = now or clock.now()
        self.clocks.case_id = self.case_id
        self.clocks.refresh(self.now)
        due = deadlines.due(self.now, WITHIN_DAYS)
        overdue = sum(1 for d in due if d.state == "overdue")
        self.due_model.set_rows(due)
        self.waiting_model.set_rows(deadlines.waiting_on_provider(self.now))
        self.desks_model.set_rows(deadlines.desks_open_now(self.now, language()))
        self.due_heading.setText(fill(self.tr("Overdue: %1 · Due in the next 7 days: %2"), overdue,
                                      len(due) - overdue))
        self.waiting_heading.setText(fill(self.tr("Waiting on the provider: %1"), self.waiting_model.rowCount()))
        self.desks_heading.setText(fill(self.tr("Desks open now: %1"), self.desks_model.rowCount()))
        self._enable()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # shown again later: bring the times up to date; just filled by set_case: nothing to do
        # (the query runs over all cases: at start-up it ran once, not three times)
        if self._refreshed_at is None:
            self._refreshed_at = time.monotonic()
            self._fill_after_paint = True   # see paintEvent
        elif time.monotonic() - self._refreshed_at > FRESH_SECONDS:
            self.refresh()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if getattr(self, "_fill_after_paint", False):   # the window's first paint is done: fill in
            self._fill_after_paint = False
            QTimer.singleShot(0, self, self.refresh)

    # --- actions
    def selected_deadline(self):
        rows = self.due_table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _enable(self) -> None:
        has = self.selected_deadline() is not None
        for b in (self.done_button, self.dismiss_button, self.snooze_button):
            b.setEnabled(has)
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
                    window.statusBar().showMessage(fill(self.tr("Exported %1 deadlines to %2."), n, path), 8000)

    def _go(self, index) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_case.emit(row.case_id)

