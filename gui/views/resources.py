"""The Resources tab: what you have at the provider, its state, whether it has moved."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from casekeeper.db import resources
from casekeeper.gui.common import arg
from casekeeper.gui.dialogs.resource_dialog import ResourceDialog
from casekeeper.gui.models.resource_model import ResourceTableModel
from casekeeper.gui.views.record_tab import RecordTab


class ResourcesView(RecordTab):
    COLUMN_CAPS = {ResourceTableModel.NAME: 260}
    STRETCH_COLUMN = ResourceTableModel.NOTES

    def __init__(self, parent=None):
        super().__init__(ResourceTableModel(), parent=parent)
        self.summary = QLabel()
        self.buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        self.current_changed()

    def add_label(self) -> str:
        return self.tr("&Add resource…")

    def empty_hint(self) -> str:
        return self.tr("No resources yet. Add what you have at the provider (servers, DNS zones, storage) with "
                       "“Add resource…”, and mark each one as moved once it no longer depends on the provider.")

    def open_dialog(self, record_id):
        return ResourceDialog(self, self.case_id, record_id)

    def delete_question(self, record):
        return self.tr("Delete resource"), arg(self.tr("Delete the resource “%1”?"), record.name)

    def delete_action(self, record_id):
        resources.delete_resource(record_id)

    def refreshed(self) -> None:
        rows = self.model.records()
        pending = sum(1 for r in rows if not r.moved and r.state != "destroyed")
        self.summary.setText(self.tr("%n not moved yet", "", pending) if pending else
                             (self.tr("Everything has been moved") if rows else ""))
