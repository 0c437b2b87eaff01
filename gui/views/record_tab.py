"""Base of the Desks, Identifiers and Resources tabs: a table of one kind of
record of the case with Add / Edit / Delete (a dialog, a confirmation)."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QWidget

from casekeeper.gui.common import confirm, run_action
from casekeeper.gui.models.record_table_model import RecordTableModel
from casekeeper.gui.table_model import configure_list_table
from casekeeper.gui.views.empty_hint import set_empty_hint
from casekeeper.gui.views.table_fit import ColumnSharing


class RecordTab(QWidget):
    """Subclasses give the model, the dialog, the delete action and the words."""

    changed = Signal()
    COLUMN_CAPS: dict[int, int] = {}   # column -> the most it takes of the width before the free-text column
    STRETCH_COLUMN = -1                # the free-text column that takes what is left (-1: the last)
    WHOLE_COLUMNS: tuple[int, ...] = (0,)   # columns that keep their width when the table is narrow
    OPTIONAL_COLUMNS: tuple[int, ...] = ()  # columns hidden while the table is too narrow for all

    def __init__(self, model: RecordTableModel, table: QTableView | None = None, parent=None):
        super().__init__(parent)
        self.case_id: int | None = None
        self.model = model
        model.setParent(self)
        self.table = table or QTableView()
        self.table.setModel(model)
        configure_list_table(self.table, row_padding=14)
        self.columns = ColumnSharing(self.table, self.COLUMN_CAPS, self.STRETCH_COLUMN, self.WHOLE_COLUMNS,
                                     self.OPTIONAL_COLUMNS)
        set_empty_hint(self.table, self.empty_hint())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.current_changed())
        self.table.doubleClicked.connect(self.double_clicked)

        self.add_button = QPushButton(self.add_label())
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setShortcut(QKeySequence.StandardKey.Delete)
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_record)
        self.delete_button.clicked.connect(self.delete_record)
        self.buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            self.buttons.addWidget(b)
        self.buttons.addStretch(1)

    # --- to provide
    def add_label(self) -> str:
        raise NotImplementedError

    def empty_hint(self) -> str:
        """What the empty table says: what to add and how."""
        return ""

    def open_dialog(self, record_id: int | None):
        """The add (None) or edit dialog; after exec() its `record_id` is the saved record."""
        raise NotImplementedError

    def delete_question(self, record) -> tuple[str, str]:
        """(title, text) of the confirmation."""
        raise NotImplementedError

    def delete_action(self, record_id: int) -> None:
        raise NotImplementedError

    def double_clicked(self, index) -> None:
        self.edit_record()

    def refreshed(self) -> None:
        """Hook: after the rows were reloaded."""

    def current_changed(self) -> None:
        has = self.current_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # --- case and rows
    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        current = self.current_id()
        self.model.load(self.case_id)
        self.columns.fit()
        self.select(current)
        self.add_button.setEnabled(self.case_id is not None)
        self.refreshed()
        self.current_changed()

    def current_record(self):
        return self.model.record_at(self.table.currentIndex().row())

    def current_id(self) -> int | None:
        record = self.current_record()
        return record.id if record else None

    def select(self, record_id: int | None) -> None:
        row = self.model.row_of(record_id)
        if row < 0:
            self.table.clearSelection()
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.model.index(row, 0))

    # --- actions
    def add_record(self) -> None:
        if self.case_id is None:
            return
        dialog = self.open_dialog(None)
        if dialog.exec():
            self.refresh()
            self.select(dialog.record_id)
            self.changed.emit()

    def edit_record(self) -> None:
        record_id = self.current_id()
        if record_id is not None and self.open_dialog(record_id).exec():
            self.refresh()
            self.changed.emit()

    def delete_record(self) -> None:
        record = self.current_record()
        if record is None:
            return
        title, text = self.delete_question(record)
        if confirm(self, title, text):
            deleted = run_action(self, lambda: self.delete_action(record.id) or True)
            self.refresh()
            if deleted:
                self.changed.emit()
