"""Timeline tab: every contact, observation and note of the case, filterable,
with the full text of the selected entry below."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget,
)

from casekeeper.db import cases, desks, events
from casekeeper.db.models.event import KINDS
from casekeeper.db.text_bounds import LINE_SHOWN, shown

from ..case_labels import event_kind_colour, event_kind_label
from ..common import arg, buddy_label, confirm, fmt_datetime, run_action
from ..dialogs.event_dialog import EventDialog
from ..swatch import swatch_icon
from ..table_model import configure_list_table
from ..timeline_model import TimelineModel
from .empty_hint import set_empty_hint
from .table_fit import ColumnSharing

ALL = "__all__"
NO_DESK = "__none__"


class TimelineView(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.case_id: int | None = None
        self.model = TimelineModel(self)

        self.log_button = QPushButton(self.tr("&Log contact…"))
        self.log_button.setToolTip(self.tr("Log a contact, observation or note (Ctrl+N)"))
        self.log_button.clicked.connect(self.log_contact)
        self.desk_filter = QComboBox()
        self.desk_filter.setMinimumContentsLength(14)
        self.desk_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), ALL)
        for k in KINDS:
            self.kind_filter.addItem(swatch_icon(event_kind_colour(k)), event_kind_label(k), k)
        self.desk_filter.currentIndexChanged.connect(self.refresh)
        self.kind_filter.currentIndexChanged.connect(self.refresh)
        self.count_label = QLabel()
        self.count_label.setEnabled(False)

        bar = QHBoxLayout()
        bar.addWidget(self.log_button)
        bar.addSpacing(16)
        desk_label = buddy_label(self.tr("&Desk:"), self.desk_filter)
        kind_label = buddy_label(self.tr("&Kind:"), self.kind_filter)
        bar.addWidget(desk_label)
        bar.addWidget(self.desk_filter)
        bar.addSpacing(8)
        bar.addWidget(kind_label)
        bar.addWidget(self.kind_filter)
        bar.addStretch(1)
        bar.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setModel(self.model)
        configure_list_table(self.table)
        fm = self.fontMetrics()    # widths from the font: a long timeline is not measured row by row
        self.columns = ColumnSharing(self.table, stretch=TimelineModel.SUMMARY,
                                     whole=(TimelineModel.WHEN, TimelineModel.KIND))
        self.columns.fit([fm.horizontalAdvance("2026-03-02 08:40") + 24, fm.horizontalAdvance("M") * 17,
                          max(fm.horizontalAdvance(event_kind_label(k)) for k in KINDS) + 44,
                          fm.horizontalAdvance("M") * 30])
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        for key, slot, what in ((QKeySequence.StandardKey.Delete, self.delete_selected,
                                 self.tr("Delete the selected entry (in the timeline)")),
                                (QKeySequence(Qt.Key.Key_Return), self.edit_selected,
                                 self.tr("Edit the selected entry (in the timeline)"))):
            shortcut = QShortcut(key, self.table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)  # PySide6 ignores context= with a callable
            shortcut.setWhatsThis(what)     # Help > Keyboard shortcuts

        self.detail_head = QLabel()
        self.detail_head.setTextFormat(Qt.TextFormat.RichText)
        self.detail_head.setWordWrap(True)
        self.detail_head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QTextBrowser()
        self.detail.setOpenExternalLinks(True)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Dele&te…"))
        self.delete_button.clicked.connect(self.delete_selected)
        head_row = QHBoxLayout()
        head_row.addWidget(self.detail_head, 1)
        head_row.addWidget(self.edit_button)
        head_row.addWidget(self.delete_button)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        detail_layout.addLayout(head_row)
        detail_layout.addWidget(self.detail, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 280])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self._show_selected()

    # --- the case view contract -------------------------------------------------
    def set_case(self, case_id: int | None) -> None:
        if case_id != self.case_id:
            self.case_id = case_id
            self.refresh()
            if self.model.rowCount():    # start at the latest entry, shown in full
                self.select_event(self.model.event_id(self.model.rowCount() - 1))
        else:
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_event_id()
        self._fill_desk_filter()    # desks may have been added or renamed elsewhere
        self.model.load(self.case_id, self._desk_ids(), self._kinds())
        shown = self.model.rowCount()
        if self.case_id is None:
            self.count_label.setText("")
        elif self._unfiltered():
            self.count_label.setText(arg(self.tr("Entries: %1"), shown))
        else:
            self.count_label.setText(arg(self.tr("Shown: %1 of %2"), shown, cases.case_counts(self.case_id)["events"]))
        self.log_button.setEnabled(self.case_id is not None)
        set_empty_hint(self.table, self.tr("Nothing logged yet. Log each contact with the provider, what you "
                                           "saw and your notes with “Log contact…” (Ctrl+N).")
                       if self._unfiltered() else self.tr("No entry matches these filters."))
        if selected is not None:
            self.select_event(selected)
        self._show_selected()

    # --- filters -----------------------------------------------------------------
    def _fill_desk_filter(self) -> None:
        """The case's desks, keeping the chosen one if it still exists (else: all desks)."""
        current = self.desk_filter.currentData()
        self.desk_filter.blockSignals(True)
        self.desk_filter.clear()
        self.desk_filter.addItem(self.tr("All desks"), ALL)
        self.desk_filter.addItem(self.tr("(no desk)"), NO_DESK)
        if self.case_id is not None:
            for d in desks.list_desks(self.case_id):
                self.desk_filter.addItem(d.name, d.id)
        self.desk_filter.setCurrentIndex(max(0, self.desk_filter.findData(current)))
        self.desk_filter.blockSignals(False)

    def _unfiltered(self) -> bool:
        return self.desk_filter.currentData() in (ALL, None) and self.kind_filter.currentData() == ALL

    def _desk_ids(self) -> list[int | None] | None:
        value = self.desk_filter.currentData()
        if value in (ALL, None):
            return None
        return [None] if value == NO_DESK else [value]

    def _kinds(self) -> list[str] | None:
        value = self.kind_filter.currentData()
        return None if value == ALL else [value]

    def set_desk_filter(self, desk_id: int | None) -> None:
        """Show only the events of one desk (None: all desks)."""
        self.desk_filter.setCurrentIndex(max(0, self.desk_filter.findData(ALL if desk_id is None else desk_id)))

    # --- selection and detail ---------------------------------------------------------
    def selected_event_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.event_id(index.row()) if index.isValid() else None

    def select_event(self, event_id: int) -> None:
        row = self.model.row_of(event_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def _show_selected(self) -> None:
        event_id = self.selected_event_id()
        self.edit_button.setEnabled(event_id is not None)
        self.delete_button.setEnabled(event_id is not None)
        if event_id is None:
            self.detail_head.setText("")
            self.detail.setPlainText("")
            self.detail.setPlaceholderText(
                self.tr("Select an entry to read it in full.") if self.model.rowCount()
                else self.tr("Nothing logged yet. Use “Log contact…” for every mail, call, chat or observation."))
            return
        event = events.get_event(event_id)
        colour = event_kind_colour(event.kind).name()
        parts = [f'<b style="color:{colour}">{escape(event_kind_label(event.kind))}</b>',
                 escape(fmt_datetime(event.occurred_at))]
        desk = self.model.desk_name(event.desk_id)
        if desk:
            parts.insert(1, f"<b>{escape(desk)}</b>")
        self.detail_head.setText(" &nbsp;·&nbsp; ".join(parts))
        self.detail.setHtml(self.detail_html(event.summary, event.body))

    def detail_html(self, summary: str, body: str) -> str:
        """The entry as shown below the table, bounded (db.text_bounds.shown): a huge line is cut
        and a note says how much is not shown, so selecting it never stalls the window."""
        summary, hidden = shown(summary or "", LINE_SHOWN, LINE_SHOWN)
        body, hidden_body = shown(body or "")
        hidden += hidden_body
        text = f"<p><b>{escape(summary)}</b></p>" if summary else ""
        if body:
            text += '<p style="white-space: pre-wrap">' + escape(body) + "</p>"
        if hidden:
            text += "<p><i>" + escape(arg(self.tr("%1 characters of very long lines are not shown here; "
                                                  "Edit… or an export shows the entry whole."),
                                          f"{hidden:,}")) + "</i></p>"
        return text

    # --- actions -------------------------------------------------------------------
    def log_contact(self) -> None:
        if self.case_id is None:
            return
        dialog = EventDialog(self.case_id, self)
        if dialog.exec():
            self._after_write(dialog.event_id)

    def edit_selected(self) -> None:
        event_id = self.selected_event_id()
        if event_id is None:
            return
        dialog = EventDialog(self.case_id, self, event_id=event_id)
        if dialog.exec():
            self._after_write(event_id)

    def delete_selected(self) -> None:
        event_id = self.selected_event_id()
        if event_id is None:
            return
        event = events.get_event(event_id)
        what = event.summary or event.body.strip().splitlines()[0]
        if not confirm(self, self.tr("Delete entry"),
                       arg(self.tr("Delete the entry “%1” of %2 from the timeline? This cannot be undone."),
                           what[:80], fmt_datetime(event.occurred_at))):
            return
        row = self.model.row_of(event_id)
        if run_action(self, lambda: events.delete_event(event_id) or True):
            self.refresh()
            if self.model.rowCount():
                self.select_event(self.model.event_id(min(row, self.model.rowCount() - 1)))
            self.changed.emit()

    def _after_write(self, event_id: int) -> None:
        self.refresh()
        self.select_event(event_id)
        self._show_selected()
        self.changed.emit()
