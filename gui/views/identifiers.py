"""The Identifiers tab: every number a desk may ask for, and per desk what to have ready."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QLabel, QListView, QTableView, QVBoxLayout, QWidget,
)

from casekeeper.db import identifiers
from casekeeper.gui.common import arg, copy_text, run_action
from casekeeper.gui.dialogs.identifier_dialog import IdentifierDialog
from casekeeper.gui.models.identifier_model import IdentifierTableModel, ReadinessModel
from casekeeper.gui.views.identifier_delegates import CopyButtonDelegate, ReadinessCardDelegate
from casekeeper.gui.views.panes import heading, side_by_side
from casekeeper.gui.views.record_tab import RecordTab
from casekeeper.gui.views.status_note import StatusNote


class _IdentifierTable(QTableView):
    """Ctrl+C copies the identifier's value (QTableView would copy the cell under the cursor)."""

    copy_requested = Signal()

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class IdentifiersView(RecordTab):
    COLUMN_CAPS = {IdentifierTableModel.NAME: 200, IdentifierTableModel.VALUE: 200, IdentifierTableModel.ASKED_BY: 220}
    WHOLE_COLUMNS = (IdentifierTableModel.COPY,)

    def __init__(self, parent=None):
        super().__init__(IdentifierTableModel(), _IdentifierTable(), parent=parent)
        self.table.copy_requested.connect(lambda: self.copy_identifier(self.current_id()))
        self.table.setMouseTracking(True)
        self.copy_delegate = CopyButtonDelegate(IdentifierTableModel.VALUE, self)
        self.copy_delegate.clicked.connect(lambda index: self.copy_identifier(self.model.record_at(index.row()).id))
        self.table.setItemDelegateForColumn(IdentifierTableModel.COPY, self.copy_delegate)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.copy_action = QAction(self.tr("&Copy value"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(lambda: self.copy_identifier(self.current_id()))
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.triggered.connect(self.edit_record)
        self.table.addActions([self.copy_action, self.edit_action])

        self.summary = QLabel()
        self.summary.setStyleSheet("color: #c25400; font-weight: bold;")
        self.buttons.addWidget(self.summary)

        self.cards = ReadinessModel(self)
        self.card_delegate = ReadinessCardDelegate(self)
        self.card_delegate.copy_requested.connect(self.copy_identifier)
        self.card_list = QListView()
        self.card_list.setModel(self.cards)
        self.card_list.setItemDelegate(self.card_delegate)
        self.card_list.setSpacing(3)
        self.card_list.setUniformItemSizes(False)
        self.card_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.card_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.card_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.card_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_list.setStyleSheet("QListView { background: palette(window); border: none; }")
        cards_title = heading(self.tr("Have these ready"), 1.15)
        cards_hint = QLabel(self.tr("What each desk asks for. Click a number to copy it."))
        cards_hint.setWordWrap(True)
        cards_hint.setStyleSheet("color: gray;")
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(cards_title)
        side_layout.addWidget(cards_hint)
        side_layout.addWidget(self.card_list, 1)
        self.no_cards = QLabel(self.tr("No desks yet. Add the provider's desks on the Desks tab and tick the "
                                       "numbers each one asks for: they show up here."))
        self.no_cards.setWordWrap(True)
        self.no_cards.setStyleSheet("color: gray;")
        self.no_cards.setAlignment(Qt.AlignmentFlag.AlignTop)
        side_layout.addWidget(self.no_cards, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.buttons)
        left_layout.addWidget(self.table, 1)
        self.note = StatusNote()
        layout = QVBoxLayout(self)
        self.splitter = side_by_side(left, side, (720, 440))
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.note)
        self.current_changed()

    WIDE = 860  # below this width the cards go under the table, side by side

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wide = self.width() >= self.WIDE
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            self.card_list.setFlow(QListView.Flow.TopToBottom if wide else QListView.Flow.LeftToRight)
            self.card_list.setWrapping(not wide)
            total = self.width() if wide else self.height()
            self.splitter.setSizes([total * 3 // 5, total * 2 // 5] if wide else [total // 2, total // 2])

    def add_label(self) -> str:
        return self.tr("&Add identifier…")

    def empty_hint(self) -> str:
        return self.tr("No identifiers yet. Add each number a desk asks for (CSI number, Order ID, invoice "
                       "number…) with “Add identifier…”; leave its value empty while you do not have it.")

    def open_dialog(self, record_id):
        return IdentifierDialog(self, self.case_id, record_id)

    def delete_question(self, record):
        return self.tr("Delete identifier"), arg(self.tr(
            "Delete the identifier “%1”?\n\nNo desk will ask for it any more."), record.name)

    def delete_action(self, record_id):
        identifiers.delete_identifier(record_id)

    def refreshed(self) -> None:
        self.cards.load(self.case_id)
        self.card_list.setVisible(self.cards.rowCount() > 0)
        self.no_cards.setVisible(self.cards.rowCount() == 0)
        missing = sum(1 for i in self.model.records() if not i.value)
        self.summary.setText(self.tr("%n missing", "", missing) if missing else "")

    def current_changed(self) -> None:
        super().current_changed()
        ident_id = self.current_id()
        for action in (self.edit_action, self.copy_action):
            action.setEnabled(ident_id is not None)
        self.card_delegate.highlight_id = ident_id
        self.card_list.viewport().update()

    def double_clicked(self, index) -> None:
        if index.column() != IdentifierTableModel.COPY:
            self.edit_record()

    def copy_identifier(self, identifier_id: int | None) -> None:
        if identifier_id is None:
            return
        ident = run_action(self, identifiers.get_identifier, identifier_id)
        if ident is None:
            return
        if not ident.value:
            self.note.show_message(arg(self.tr("The %1 is still missing: nothing to copy."), ident.name))
            return
        copy_text(ident.value)
        self.note.show_message(arg(self.tr("Copied %1"), ident.name))
