"""The Resources tab: what you have at the provider, its state, whether it has moved."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from db import resources
from gui.common import confirm, run_action
from gui.dialogs.resource_dialog import ResourceDialog
from gui.models.resource_model import ResourceTableModel
from gui.views.table_fit import fit_columns


class ResourcesView(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.case_id: int | None = None
        self.model = ResourceTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda *_: self.edit_resource())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(self.tr("&Add resource…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setShortcut(QKeySequence.StandardKey.Delete)
        self.add_button.clicked.connect(self.add_resource)
        self.edit_button.clicked.connect(self.edit_resource)
        self.delete_button.clicked.connect(self.delete_resource)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.summary = QLabel()
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        current = self.current_resource_id()
        self.model.load(self.case_id)
        fit_columns(self.table, {ResourceTableModel.NAME: 260})
        self.table.horizontalHeader().setSectionResizeMode(ResourceTableModel.NOTES, QHeaderView.ResizeMode.Stretch)
        if current is not None:
            self.select_resource(current)
        rows = [self.model.resource_at(r) for r in range(self.model.rowCount())]
        pending = sum(1 for r in rows if not r.moved and r.state != "destroyed")
        self.summary.setText(self.tr("%n not moved yet", "", pending) if pending else
                             (self.tr("Everything has been moved") if rows else ""))
        self._update_buttons()

    def current_resource_id(self) -> int | None:
        res = self.model.resource_at(self.table.currentIndex().row())
        return res.id if res else None

    def select_resource(self, resource_id: int) -> None:
        row = self.model.row_of(resource_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _update_buttons(self) -> None:
        has = self.current_resource_id() is not None
        self.add_button.setEnabled(self.case_id is not None)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def add_resource(self) -> None:
        if self.case_id is None:
            return
        dialog = ResourceDialog(self, self.case_id)
        if dialog.exec():
            self.refresh()
            self.select_resource(dialog.resource_id)
            self.changed.emit()

    def edit_resource(self) -> None:
        res_id = self.current_resource_id()
        if res_id is not None and ResourceDialog(self, self.case_id, res_id).exec():
            self.refresh()
            self.changed.emit()

    def delete_resource(self) -> None:
        res = self.model.resource_at(self.table.currentIndex().row())
        if res is None:
            return
        if confirm(self, self.tr("Delete resource"), self.tr("Delete the resource “{0}”?").format(res.name)):
            deleted = run_action(self, lambda: resources.delete_resource(res.id) or True)
            self.refresh()
            if deleted:
                self.changed.emit()
