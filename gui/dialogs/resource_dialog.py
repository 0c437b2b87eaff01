"""Add or edit a resource: name, kind, state, whether it has been moved, notes."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from db import resources
from db.models.resource import KINDS, STATES
from gui.common import run_action
from gui.models.kind_labels import resource_kind_label, resource_state_label


class ResourceDialog(QDialog):
    def __init__(self, parent: QWidget | None, case_id: int, resource_id: int | None = None):
        super().__init__(parent)
        self.case_id, self.resource_id = case_id, resource_id
        res = resources.get_resource(resource_id) if resource_id is not None else None
        self.setWindowTitle(self.tr("Edit resource") if res else self.tr("Add resource"))
        self.name = QLineEdit(res.name if res else "")
        self.name.setPlaceholderText(self.tr("e.g. web-1"))
        self.kind = QComboBox()
        for key in KINDS:
            self.kind.addItem(resource_kind_label(key), key)
        self.kind.setCurrentIndex(self.kind.findData(res.kind if res else "vm"))
        self.state = QComboBox()
        for key in STATES:
            self.state.addItem(resource_state_label(key), key)
        self.state.setCurrentIndex(self.state.findData(res.state if res else "unknown"))
        self.moved = QCheckBox(self.tr("Moved elsewhere (no longer depends on this provider)"))
        self.moved.setChecked(bool(res and res.moved))
        self.notes = QPlainTextEdit(res.notes if res else "")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&State:"), self.state)
        form.addRow("", self.moved)
        form.addRow(self.tr("N&otes:"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def accept(self) -> None:
        fields = {"kind": self.kind.currentData(), "state": self.state.currentData(),
                  "moved": self.moved.isChecked(), "notes": self.notes.toPlainText().strip()}
        if self.resource_id is None:
            res = run_action(self, resources.create_resource, self.case_id, self.name.text(), **fields)
        else:
            res = run_action(self, resources.update_resource, self.resource_id, name=self.name.text(), **fields)
        if res is not None:
            self.resource_id = res.id
            super().accept()
