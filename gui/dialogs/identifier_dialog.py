"""Add or edit an identifier: its value (empty = still missing), where to find it,
and which desks ask for it."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QListView, QPlainTextEdit, QWidget

from casekeeper.db import desks, identifiers
from casekeeper.gui.dialogs.field_widgets import fill, taken
from casekeeper.gui.dialogs.record_dialog import RecordDialog
from casekeeper.gui.models.check_list_model import CheckListModel


class IdentifierDialog(RecordDialog):
    def __init__(self, parent: QWidget | None, case_id: int, identifier_id: int | None = None):
        super().__init__(parent, case_id, identifier_id, (self.tr("Add identifier"), self.tr("Edit identifier")))
        ident = identifiers.get_identifier(identifier_id) if identifier_id is not None else None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. CSI number"))
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("Leave empty while you do not have it yet"))
        self.where_found = QLineEdit()
        self.where_found.setPlaceholderText(self.tr("e.g. Console > profile > tenancy details"))
        self.notes = QPlainTextEdit()
        self.inputs = {"name": self.name, "value": self.value, "where_found": self.where_found, "notes": self.notes}
        fill(self.inputs, identifiers.FIELDS.values(ident))
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        needed = set(identifiers.needed_by(case_id).get(identifier_id, [])) if ident else set()
        self.desks_model = CheckListModel([(d.id, d.name) for d in desks.list_desks(case_id)], needed, self)
        self.desks_view = QListView()
        self.desks_view.setModel(self.desks_model)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Value:"), self.value)
        form.addRow(self.tr("&Where found:"), self.where_found)
        form.addRow(self.tr("N&otes:"), self.notes)
        form.addRow(self.tr("&Asked for by:"), self.desks_view)
        self.finish(form, 560, 430)
        if ident is not None and not ident.value:
            self.value.setFocus()

    def save(self):
        fields = taken(identifiers.FIELDS, self.inputs)
        desk_ids = self.desks_model.checked_ids()
        if self.record_id is None:
            return identifiers.create_identifier(self.case_id, fields.pop("name"), needed_by_desks=desk_ids, **fields)
        return identifiers.update_identifier(self.record_id, needed_by_desks=desk_ids, **fields)
