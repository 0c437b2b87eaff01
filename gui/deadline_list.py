"""Every deadline of a case (the Deadlines tab) or of every case still going (the
all-cases list), with no horizon: overdue, today, this week, later, and the history
of those that ended (answered, answered late, done, dismissed) with when, collapsed.

Each one can be edited (date, title, note), marked done, dismissed, snoozed and
reopened, with the mouse (buttons, double click, context menu) and the keyboard
(Enter or F2 edits, Alt+ the underlined letter of each button, the menu key).
The list keeps itself current with the live clock (a deadline passing, a new day)."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton, QToolButton, QTreeView, QVBoxLayout,
    QWidget,
)

from casekeeper.db import clock, deadline_lists, deadlines
from casekeeper.db.timeutil import local, user_zone

from .common import arg, run_action
from .deadline_text import deadline_title, desk_time, language, relative, relative_changes_at, when
from .live_clock import WhenShown, live_clock

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE, LATE, ENDED = QColor("#b3261e"), QColor("#b26a00"), QColor("#757575")
SNOOZES = ((timedelta(hours=1), QT_TRANSLATE_NOOP("DeadlineList", "For an hour")),
           (timedelta(days=1), QT_TRANSLATE_NOOP("DeadlineList", "For a day")),
           (timedelta(days=3), QT_TRANSLATE_NOOP("DeadlineList", "For 3 days")),
           (timedelta(days=7), QT_TRANSLATE_NOOP("DeadlineList", "For a week")))


def group_title(key: str, count: int) -> str:
    text = {"overdue": QCoreApplication.translate("Deadlines", "Overdue (%1)"),
            "today": QCoreApplication.translate("Deadlines", "Today (%1)"),
            "week": QCoreApplication.translate("Deadlines", "This week (%1)"),
            "later": QCoreApplication.translate("Deadlines", "Later (%1)"),
            "history": QCoreApplication.translate("Deadlines", "History: answered, chased, done, dismissed (%1)")}[key]
    return arg(text, count)


def ended_text(row: deadline_lists.DeadlineRow) -> str:
    words = {"answered": QCoreApplication.translate("Deadlines", "Answered %1"),
             "answered_late": QCoreApplication.translate("Deadlines", "Answered late %1"),
             "chased": QCoreApplication.translate("Deadlines", "Chased %1"),
             "done": QCoreApplication.translate("Deadlines", "Done %1"),
             "dismissed": QCoreApplication.translate("Deadlines", "Dismissed %1")}[row.outcome]
    if row.ended_at is None:
        return arg(words, "").replace("（）", "").replace("()", "").strip()
    return arg(words, when(row.ended_at))


class DeadlineTreeModel(QAbstractItemModel):
    """Groups (top level) and their deadlines (children). internalId: 0 for a group,
    the group's position + 1 for a deadline."""

    def __init__(self, with_case: bool, parent=None):
        super().__init__(parent)
        self.with_case = with_case
        self.now = clock.now()
        self.groups: list[tuple[str, list]] = []
        self.columns = [self.tr("Due"), self.tr("Deadline"), self.tr("Status", "deadline state"), self.tr("Desk")]
        if with_case:
            self.columns.append(self.tr("Case"))
        self.columns.append(self.tr("Note"))

    def set_rows(self, rows: list, now: datetime) -> None:
        self.beginResetModel()
        self.now = now
        grouped = deadline_lists.grouped(rows, now, user_zone())
        self.groups = [(key, items) for key, items in grouped.items() if items]
        self.endResetModel()

    def rows(self):
        for _key, items in self.groups:
            yield from items

    # --- the tree
    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index):
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()):
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent=QModelIndex()):
        return len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        return None

    def row_at(self, index) -> deadline_lists.DeadlineRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1][1][index.row()]

    def index_of(self, deadline_id: int) -> QModelIndex:
        for g, (_key, items) in enumerate(self.groups):
            for r, item in enumerate(items):
                if item.id == deadline_id:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()

    def group_key(self, row: int) -> str:
        return self.groups[row][0]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            key, items = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return group_title(key, len(items))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and key == "overdue":
                return OVERDUE
            return None
        row = self.row_at(index)
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column(), role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.state != "open":
                return LATE if row.late and index.column() == 2 else ENDED
            if row.due_at <= self.now:
                return OVERDUE
        return None

    def _text(self, row, column: int, tooltip: bool) -> str:
        if column == 0:
            if row.desk_zone and tooltip:
                from zoneinfo import ZoneInfo

                return desk_time(row.due_at, ZoneInfo(row.desk_zone), self.now)
            return when(row.due_at)
        if column == 1:
            return deadline_title(row)
        if column == 2:
            if row.state != "open":
                return ended_text(row)
            text = relative(row.due_at, self.now)
            if row.snoozed_until is not None and row.snoozed_until > self.now:
                text += " · " + arg(self.tr("snoozed until %1"), when(row.snoozed_until))
            return text
        if column == 3:
            return row.desk_name
        if self.with_case and column == 4:
            return row.case_title
        return row.notes if tooltip else " ".join(row.notes.split())

    def next_change(self) -> datetime | None:
        """When a row moves to another group or its countdown reads differently."""
        now = self.now
        local_now = local(now)
        midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
        times = [midnight.astimezone(now.tzinfo)]
        for row in self.rows():
            if row.state == "open":
                times.append(relative_changes_at(row.due_at, now))
                if row.due_at > now:
                    times.append(row.due_at)
                if row.snoozed_until is not None and row.snoozed_until > now:
                    times.append(row.snoozed_until)
        return min(times)


class DeadlineList(QWidget):
    """The list and its actions. `case_id` None: every case still going (with a Case column)."""

    changed = Signal()                  # after writing to the database
    open_case = Signal(int)             # "Open its case" (the all-cases list)

    def __init__(self, case_id: int | None = None, parent=None, *, all_cases: bool = False):
        super().__init__(parent)
        self.case_id = case_id
        self.all_cases = all_cases
        self.model = DeadlineTreeModel(all_cases, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.doubleClicked.connect(lambda index: self.edit_selected() if self.model.row_at(index) else None)
        self.tree.activated.connect(lambda index: self.edit_selected() if self.model.row_at(index) else None)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)   # the title takes the room left
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.empty = QLabel(self._empty_text(False))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.add_button = QPushButton(self.tr("&Add deadline…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.dismiss_button = QPushButton(self.tr("Dis&miss"))
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snoo&ze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_menu = QMenu(self.snooze_button)
        for span, text in SNOOZES:
            self.snooze_menu.addAction(self.tr(text), lambda s=span: self.snooze_selected(s))
        self.snooze_menu.addSeparator()
        self.snooze_menu.addAction(self.tr("No more snoozing"), lambda: self.snooze_selected(None))
        self.snooze_button.setMenu(self.snooze_menu)
        self.reopen_button = QPushButton(self.tr("&Reopen"))
        self.open_case_button = QPushButton(self.tr("&Open its case"))
        self.add_button.clicked.connect(self.add_deadline)
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button.clicked.connect(lambda: self.set_state("done"))
        self.dismiss_button.clicked.connect(lambda: self.set_state("dismissed"))
        self.reopen_button.clicked.connect(lambda: self.set_state("open"))
        self.open_case_button.clicked.connect(self._open_case)
        self.open_case_button.setVisible(all_cases)
        edit_key = QAction(self.tr("Edit the selected deadline"), self)
        edit_key.setShortcuts([QKeySequence(Qt.Key.Key_F2)])
        edit_key.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        edit_key.triggered.connect(self.edit_selected)
        self.addAction(edit_key)

        buttons = QHBoxLayout()
        for b in (self.edit_button, self.done_button, self.dismiss_button, self.snooze_button, self.reopen_button,
                  self.open_case_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._live = WhenShown(self, self.refresh)
        self._enable()

    # --- data
    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        now = clock.now()
        if self.all_cases:
            rows = deadline_lists.rows(None, lang=language())
        elif self.case_id is not None:
            rows = deadline_lists.rows(self.case_id, lang=language())
        else:
            rows = []
        self.model.set_rows(rows, now)
        for g in range(self.model.rowCount()):
            self.tree.setExpanded(self.model.index(g, 0), self.model.group_key(g) != "history")
            self.tree.setFirstColumnSpanned(g, QModelIndex(), True)
        if rows:
            self._fit_columns()
        self.tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if not rows:
            self.empty.setText(self._empty_text(self.all_cases and deadline_lists.any_in_ended_cases()))
        if selected is not None:
            self.select(selected.id)
        self._enable()
        live_clock().watch(self, self.model.next_change() if rows else None, self._live.tick)

    def _empty_text(self, ended_cases_have_some: bool) -> str:
        if ended_cases_have_some:       # the all-cases list leaves resolved and closed cases out
            return self.tr("No deadlines in the cases still going. Those of resolved and closed cases "
                           "are on each case's Deadlines tab.")
        return self.tr("No deadlines yet. Log a message with a reply-by, or add one with “Add deadline…”.")

    def _fit_columns(self) -> None:
        """Fixed widths from the font for all but the title, which stretches: no sideways scrolling."""
        fm = self.fontMetrics()
        em = fm.horizontalAdvance("M")
        header = self.tree.header()
        widths = {0: fm.horizontalAdvance(when(self.model.now)) + 2 * self.tree.indentation() + 2 * em, 2: 16 * em,
                  3: 11 * em}
        if self.all_cases:
            widths[4] = 11 * em
        widths[self.model.columnCount() - 1] = 9 * em           # the note: its whole text in the tooltip
        for col, width in widths.items():
            header.resizeSection(col, width)

    # --- selection
    def selected(self) -> deadline_lists.DeadlineRow | None:
        rows = self.tree.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def select(self, deadline_id: int) -> None:
        index = self.model.index_of(deadline_id)
        if index.isValid():
            self.tree.expand(index.parent())
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _enable(self) -> None:
        row = self.selected()
        is_open = row is not None and row.state == "open"
        self.edit_button.setEnabled(row is not None)
        for b in (self.done_button, self.dismiss_button, self.snooze_button):
            b.setEnabled(is_open)
        self.reopen_button.setEnabled(row is not None and row.state != "open")
        self.open_case_button.setEnabled(row is not None)
        self.add_button.setEnabled(self.all_cases or self.case_id is not None)

    def _context_menu(self, pos: QPoint) -> None:
        row = self.model.row_at(self.tree.indexAt(pos))
        if row is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), self.edit_selected)
        if row.state == "open":
            menu.addAction(self.tr("Mark done"), lambda: self.set_state("done"))
            menu.addAction(self.tr("Dismiss"), lambda: self.set_state("dismissed"))
            snooze = menu.addMenu(self.tr("Snooze"))
            for span, text in SNOOZES:
                snooze.addAction(self.tr(text), lambda s=span: self.snooze_selected(s))
        else:
            menu.addAction(self.tr("Reopen"), lambda: self.set_state("open"))
        if self.all_cases:
            menu.addAction(self.tr("Open its case"), self._open_case)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # --- actions
    def _after_write(self, deadline_id: int | None = None) -> None:
        self.refresh()
        if deadline_id is not None:
            self.select(deadline_id)
        self.changed.emit()

    def add_deadline(self) -> None:
        from .deadline_dialog import DeadlineDialog

        dialog = DeadlineDialog(None if self.all_cases else self.case_id, self)
        if dialog.exec():
            self._after_write(dialog.deadline.id)

    def edit_selected(self) -> None:
        from .deadline_dialog import DeadlineDialog

        row = self.selected()
        if row is None:
            return
        dialog = DeadlineDialog(row.case_id, self, deadline_id=row.id)
        if dialog.exec():
            self._after_write(row.id)

    def set_state(self, state: str) -> None:
        row = self.selected()
        if row is not None and run_action(self, deadlines.set_state, row.id, state) is not None:
            self._after_write(row.id)

    def snooze_selected(self, span: timedelta | None) -> None:
        row = self.selected()
        if row is None:
            return
        until = clock.now() + span if span is not None else None
        if run_action(self, lambda: deadlines.snooze(row.id, until) or True):
            self._after_write(row.id)

    def _open_case(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_case.emit(row.case_id)
