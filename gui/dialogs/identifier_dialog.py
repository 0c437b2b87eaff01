"""Add or edit an identifier: its value (empty = still missing), where to find it,
and which desks ask for it."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QListView, QPlainTextEdit, QVBoxLayout, QWidget,
)

from db import desks, identifiers
from gui.common import run_action
from gui.models.check_list_model import CheckListModel


class IdentifierDialog(QDialog):
    def __init__(self, parent: QWidget | None, case_id: int, identifier_id: int | None = None):
        super().__init__(parent)
        self.case_id, self.identifier_id = case_id, identifier_id
        ident = identifiers.get_identifier(identifier_id) if identifier_id is not None else None
        self.setWindowTitle(self.tr("Edit identifier") if ident else self.tr("Add identifier"))
        self.name = QLineEdit(ident.name if ident else "")
        self.name.setPlaceholderText(self.tr("e.g. CSI number"))
        self.value = QLineEdit(ident.value if ident else "")
        self.value.setPlaceholderText(self.tr("Leave empty while you do not have it yet"))
        self.where_found = QLineEdit(ident.where_found if ident else "")
        self.where_found.setPlaceholderText(self.tr("e.g. Console > profile > tenancy details"))
        self.notes = QPlainTextEdit(ident.notes if ident else "")
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 430)
        if ident is not None and not ident.value:
            self.value.setFocus()

    def accept(self) -> None:
        fields = {"value": self.value.text(), "where_found": self.where_found.text().strip(),
                  "notes": self.notes.toPlainText().strip()}
        desk_ids = self.desks_model.checked_ids()
        if self.identifier_id is None:
            ident = run_action(self, identifiers.create_identifier, self.case_id, self.name.text(),
                               needed_by_desks=desk_ids, **fields)
        else:
            ident = run_action(self, identifiers.update_identifier, self.identifier_id,
                               needed_by_desks=desk_ids, name=self.name.text(), **fields)
        if ident is not None:
            self.identifier_id = ident.id
            super().accept()
