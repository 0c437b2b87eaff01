"""Add or edit a resource: name, kind, state, whether it has been moved, notes."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from casekeeper.db import resources
from casekeeper.db.models.resource import KINDS, STATES
from casekeeper.gui.dialogs.field_widgets import fill, taken
from casekeeper.gui.dialogs.record_dialog import RecordDialog
from casekeeper.gui.models.kind_labels import resource_kind_label, resource_state_label


class ResourceDialog(RecordDialog):
    def __init__(self, parent: QWidget | None, case_id: int, resource_id: int | None = None):
        super().__init__(parent, case_id, resource_id, (self.tr("Add resource"), self.tr("Edit resource")))
        res = resources.get_resource(resource_id) if resource_id is not None else None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. web-1"))
        self.kind = QComboBox()
        for key in KINDS:
            self.kind.addItem(resource_kind_label(key), key)
        self.state = QComboBox()
        for key in STATES:
            self.state.addItem(resource_state_label(key), key)
        self.moved = QCheckBox(self.tr("&Moved elsewhere (no longer depends on this provider)"))
        self.notes = QPlainTextEdit()
        self.inputs = {"name": self.name, "kind": self.kind, "state": self.state, "moved": self.moved,
                       "notes": self.notes}
        fill(self.inputs, resources.FIELDS.values(res, kind="vm"))     # a new one: most often a VM
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&State:"), self.state)
        form.addRow("", self.moved)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.finish(form, 520, 360)

    def save(self):
        fields = taken(resources.FIELDS, self.inputs)
        if self.record_id is None:
            return resources.create_resource(self.case_id, fields.pop("name"), **fields)
        return resources.update_resource(self.record_id, **fields)
