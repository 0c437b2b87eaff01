"""The Identifiers tab: every number a desk may ask for, and per desk what to have ready."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QListView, QPushButton, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from db import identifiers
from gui.common import confirm, copy_text, run_action
from gui.dialogs.identifier_dialog import IdentifierDialog
from gui.models.identifier_model import IdentifierTableModel, ReadinessModel
from gui.views.identifier_delegates import CopyButtonDelegate, ReadinessCardDelegate
from gui.views.status_note import StatusNote
from gui.views.table_fit import fit_columns


class _IdentifierTable(QTableView):
    """Ctrl+C copies the identifier's value (QTableView would copy the cell under the cursor)."""

    copy_requested = Signal()

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class IdentifiersView(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.case_id: int | None = None
        self.model = IdentifierTableModel(self)
        self.table = _IdentifierTable()
        self.table.copy_requested.connect(lambda: self.copy_identifier(self.current_identifier_id()))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMouseTracking(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.copy_delegate = CopyButtonDelegate(IdentifierTableModel.VALUE, self)
        self.copy_delegate.clicked.connect(lambda index: self.copy_identifier(self.model.identifier_at(index.row()).id))
        self.table.setItemDelegateForColumn(IdentifierTableModel.COPY, self.copy_delegate)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.copy_action = QAction(self.tr("&Copy value"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(lambda: self.copy_identifier(self.current_identifier_id()))
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.triggered.connect(self.edit_identifier)
        self.delete_action = QAction(self.tr("&Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_identifier)
        self.table.addActions([self.copy_action, self.edit_action, self.delete_action])

        self.add_button = QPushButton(self.tr("&Add identifier…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.add_button.clicked.connect(self.add_identifier)
        self.edit_button.clicked.connect(self.edit_identifier)
        self.delete_button.clicked.connect(self.delete_identifier)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.summary = QLabel()
        buttons.addWidget(self.summary)

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
        self.card_list.setStyleSheet("QListView { background: palette(window); border: none; }")
        cards_title = QLabel(self.tr("Have these ready"))
        font = cards_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        cards_title.setFont(font)
        cards_hint = QLabel(self.tr("What each desk asks for. Click a number to copy it."))
        cards_hint.setWordWrap(True)
        cards_hint.setStyleSheet("color: gray;")
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(cards_title)
        side_layout.addWidget(cards_hint)
        side_layout.addWidget(self.card_list, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 440])
        self.note = StatusNote()
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        self._current_changed()

    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        current = self.current_identifier_id()
        self.model.load(self.case_id)
        self.cards.load(self.case_id)
        self._fit_columns()
        if current is not None:
            self.select_identifier(current)
        self.add_button.setEnabled(self.case_id is not None)
        total = self.model.rowCount()
        missing = sum(1 for r in range(total) if not self.model.identifier_at(r).value)
        self.summary.setText(self.tr("%n missing", "", missing) if missing else "")
        self.summary.setStyleSheet("color: #c25400; font-weight: bold;")
        self._current_changed()

    def _fit_columns(self) -> None:
        fit_columns(self.table, {IdentifierTableModel.NAME: 200, IdentifierTableModel.VALUE: 200,
                                 IdentifierTableModel.ASKED_BY: 280})
        self.table.horizontalHeader().setSectionResizeMode(IdentifierTableModel.COPY, QHeaderView.ResizeMode.Fixed)

    def current_identifier_id(self) -> int | None:
        ident = self.model.identifier_at(self.table.currentIndex().row())
        return ident.id if ident else None

    def select_identifier(self, identifier_id: int) -> None:
        row = self.model.row_of(identifier_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _current_changed(self) -> None:
        ident_id = self.current_identifier_id()
        for w in (self.edit_button, self.delete_button, self.edit_action, self.delete_action, self.copy_action):
            w.setEnabled(ident_id is not None)
        self.card_delegate.highlight_id = ident_id
        self.card_list.viewport().update()

    def _double_clicked(self, index) -> None:
        if index.column() != IdentifierTableModel.COPY:
            self.edit_identifier()

    def copy_identifier(self, identifier_id: int | None) -> None:
        if identifier_id is None:
            return
        ident = run_action(self, identifiers.get_identifier, identifier_id)
        if ident is None:
            return
        if not ident.value:
            self.note.show_message(self.tr("The {0} is still missing: nothing to copy.").format(ident.name))
            return
        copy_text(ident.value)
        self.note.show_message(self.tr("Copied {0}").format(ident.name))

    def add_identifier(self) -> None:
        if self.case_id is None:
            return
        dialog = IdentifierDialog(self, self.case_id)
        if dialog.exec():
            self.refresh()
            self.select_identifier(dialog.identifier_id)
            self.changed.emit()

    def edit_identifier(self) -> None:
        ident_id = self.current_identifier_id()
        if ident_id is not None and IdentifierDialog(self, self.case_id, ident_id).exec():
            self.refresh()
            self.changed.emit()

    def delete_identifier(self) -> None:
        ident = self.model.identifier_at(self.table.currentIndex().row())
        if ident is None:
            return
        text = self.tr("Delete the identifier “{0}”?\n\nNo desk will ask for it any more.").format(ident.name)
        if confirm(self, self.tr("Delete identifier"), text):
            deleted = run_action(self, lambda: identifiers.delete_identifier(ident.id) or True)
            self.refresh()
            if deleted:
                self.changed.emit()
