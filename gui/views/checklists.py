"""The Checklists tab: several checklists per case; tick, edit, reorder their items."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from casekeeper.db import checklists
from casekeeper.gui.common import arg, confirm, run_action
from casekeeper.gui.models.checklist_model import ChecklistItemModel, ChecklistListModel
from casekeeper.gui.table_model import configure_list_table
from casekeeper.gui.views.empty_hint import set_empty_hint
from casekeeper.gui.views.panes import heading, side_by_side


class _ItemTable(QTableView):
    """Alt+Up / Alt+Down move the current item (also when the window-wide shortcut cannot fire)."""

    move_requested = Signal(int)

    def keyPressEvent(self, event):
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)


class ChecklistsView(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.case_id: int | None = None

        self.lists = ChecklistListModel(self)
        self.list_view = QTableView()
        self.list_view.setModel(self.lists)
        configure_list_table(self.list_view)
        self.list_view.horizontalHeader().hide()
        self.list_view.horizontalHeader().setSectionResizeMode(ChecklistListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.list_view.horizontalHeader().setSectionResizeMode(
            ChecklistListModel.PROGRESS, QHeaderView.ResizeMode.ResizeToContents)
        self._reloading_lists = False     # the progress column is re-read: the items stay as they are
        self.list_view.selectionModel().currentRowChanged.connect(
            lambda *_: None if self._reloading_lists else self._checklist_changed())
        self.new_list_button = QPushButton(self.tr("&New checklist…"))
        self.rename_button = QPushButton(self.tr("Rena&me…"))
        self.delete_list_button = QPushButton(self.tr("De&lete"))
        self.new_list_button.clicked.connect(lambda: self.add_checklist())
        self.rename_button.clicked.connect(lambda: self.rename_checklist())
        self.delete_list_button.clicked.connect(self.delete_checklist)
        list_buttons = QGridLayout()  # two rows: the pane stays narrow
        list_buttons.addWidget(self.new_list_button, 0, 0, 1, 2)
        list_buttons.addWidget(self.rename_button, 1, 0)
        list_buttons.addWidget(self.delete_list_button, 1, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Checklists")))
        left_layout.addWidget(self.list_view, 1)
        left_layout.addLayout(list_buttons)

        self.items = ChecklistItemModel(lambda func: run_action(self, func), self)
        self.items.written.connect(self._items_written)
        self.table = _ItemTable()
        self.table.move_requested.connect(self.move_item)
        self.table.setModel(self.items)
        self._kept: tuple[int | None, int, int] | None = None   # (item id, row, column) across a reload
        self.items.modelAboutToBeReset.connect(self._keep_current_item)
        self.items.modelReset.connect(self._restore_current_item)     # after the table's own reset
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)     # Tab leaves the table; arrows move through it
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDropIndicatorShown(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ChecklistItemModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ChecklistItemModel.DONE_AT, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        self.new_item = QLineEdit()
        self.new_item.setPlaceholderText(self.tr("New item: type and press Enter"))
        self.new_item.returnPressed.connect(lambda: self.add_item())
        self.add_item_button = QPushButton(self.tr("&Add item"))
        self.add_item_button.clicked.connect(lambda: self.add_item())
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_item, 1)
        add_row.addWidget(self.add_item_button)

        self.edit_item_button = QPushButton(self.tr("&Edit"))
        self.remove_item_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        self.up_button.setToolTip(self.tr("Move the item up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move the item down (Alt+Down)"))
        self.edit_item_button.clicked.connect(self.edit_item)
        self.remove_item_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        item_buttons = QHBoxLayout()
        for b in (self.edit_item_button, self.remove_item_button, self.up_button, self.down_button):
            item_buttons.addWidget(b)
        item_buttons.addStretch(1)
        hint = QLabel(self.tr("Tick an item when it is done; drag items to reorder."))
        hint.setStyleSheet("color: gray;")
        hint.setWordWrap(True)

        self.items_title = heading()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.items_title)
        right_layout.addWidget(hint)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(add_row)
        right_layout.addLayout(item_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(side_by_side(left, right, (320, 860)))
        self._checklist_changed()

    # --- case and data
    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.list_view.clearSelection()
        self.refresh()

    def refresh(self) -> None:
        current = self.current_checklist_id()
        self.lists.load(self.case_id)
        row = self.lists.row_of(current) if current is not None else -1
        self._select_checklist_row(row if row >= 0 else (0 if self.lists.rowCount() else -1))
        self.items.load(self.current_checklist_id())
        self._checklist_changed()

    def current_checklist_id(self) -> int | None:
        cl = self.lists.record_at(self.list_view.currentIndex().row())
        return cl.id if cl else None

    def select_checklist(self, checklist_id: int) -> None:
        self._select_checklist_row(self.lists.row_of(checklist_id))

    def _select_checklist_row(self, row: int) -> None:
        if row >= 0:
            self.list_view.selectionModel().setCurrentIndex(
                self.lists.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _checklist_changed(self) -> None:
        cl_id = self.current_checklist_id()
        if cl_id != self.items.checklist_id or cl_id is None:
            self.items.load(cl_id)
        cl = self.lists.record_at(self.list_view.currentIndex().row())
        if cl is not None:
            self.items_title.setText(cl.title)
            set_empty_hint(self.table, self.tr("No items yet: type one below and press Enter."))
        elif self.lists.rowCount():
            self.items_title.setText(self.tr("No checklist selected"))
            set_empty_hint(self.table, "")
        else:       # the empty items table says what to do
            self.items_title.setText("")
            set_empty_hint(self.table, self.tr("No checklists yet: start one with “New checklist…”."))
        self.items_title.setVisible(bool(self.items_title.text()))
        self.new_list_button.setEnabled(self.case_id is not None)
        for w in (self.rename_button, self.delete_list_button, self.new_item, self.add_item_button):
            w.setEnabled(cl is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.table.currentIndex().row()
        has = self.items.record_at(row) is not None
        for w in (self.edit_item_button, self.remove_item_button):
            w.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.items.rowCount() - 1)

    def _items_written(self) -> None:
        current = self.current_checklist_id()
        self._reloading_lists = True
        try:
            self.lists.load(self.case_id)
            if current is not None:
                self.select_checklist(current)
        finally:
            self._reloading_lists = False
        self._update_buttons()
        self.changed.emit()

    def _keep_current_item(self) -> None:
        """Before a reload: the item to stay on, the one just ticked (a click on its box does not
        make it current) or else the current one."""
        index = self.table.currentIndex()
        touched, self.items.touched = self.items.touched, None
        row = self.items.row_of(touched) if touched is not None else -1
        row = row if row >= 0 else index.row()
        item = self.items.record_at(row)
        self._kept = (item.id, row, max(0, index.column())) if item is not None and \
            self.items.checklist_id is not None else None
        self._kept_checklist = self.items.checklist_id

    def _restore_current_item(self) -> None:
        """After a tick, an edit or a removal the cursor stays where it was (on the same item,
        or on the row that took a removed item's place), not back at the top."""
        kept, self._kept = self._kept, None
        if kept is None or self.items.checklist_id != self._kept_checklist or not self.items.rowCount():
            return
        item_id, row, column = kept
        new_row = self.items.row_of(item_id)
        if new_row < 0:
            new_row = min(row, self.items.rowCount() - 1)
        index = self.items.index(new_row, column)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _select_item(self, item_id: int) -> None:
        row = self.items.row_of(item_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.items.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    # --- checklists
    def add_checklist(self, title: str | None = None) -> None:
        if self.case_id is None:
            return
        if title is None:
            title, ok = QInputDialog.getText(self, self.tr("New checklist"), self.tr("Title:"))
            if not ok:
                return
        cl = run_action(self, checklists.create_checklist, self.case_id, title)
        if cl is not None:
            self.lists.load(self.case_id)
            self.select_checklist(cl.id)
            self.changed.emit()
            self.new_item.setFocus()

    def rename_checklist(self, title: str | None = None) -> None:
        cl = self.lists.record_at(self.list_view.currentIndex().row())
        if cl is None:
            return
        if title is None:
            title, ok = QInputDialog.getText(self, self.tr("Rename checklist"), self.tr("Title:"), text=cl.title)
            if not ok:
                return
        if run_action(self, checklists.rename_checklist, cl.id, title) is not None:
            self.refresh()
            self.changed.emit()

    def delete_checklist(self) -> None:
        cl = self.lists.record_at(self.list_view.currentIndex().row())
        if cl is None:
            return
        if confirm(self, self.tr("Delete checklist"),
                   arg(self.tr("Delete the checklist “%1” and all its items?"), cl.title)):
            deleted = run_action(self, lambda: checklists.delete_checklist(cl.id) or True)
            self.refresh()
            if deleted:
                self.changed.emit()

    # --- items
    def add_item(self, text: str | None = None) -> None:
        cl_id = self.current_checklist_id()
        if cl_id is None:
            return
        if text is None:  # from the line edit: Enter on an empty line does nothing
            text = self.new_item.text()
            if not text.strip():
                return
        item = run_action(self, checklists.add_item, cl_id, text)
        if item is not None:
            self.new_item.clear()
            self.items.load(cl_id)
            self._items_written()
            self._select_item(item.id)

    def edit_item(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(index.siblingAtColumn(ChecklistItemModel.TEXT))

    def remove_item(self) -> None:
        item = self.items.record_at(self.table.currentIndex().row())
        if item is not None:
            self.items.write(checklists.remove_item, item.id)

    def move_item(self, step: int) -> None:
        row = self.table.currentIndex().row()
        item = self.items.record_at(row)
        if item is not None and self.items.move(row, row + step):
            self._select_item(item.id)
