"""Base of the add/edit dialogs: OK saves through the db (one action); an
expected error shows a message and keeps the dialog open. The keys are
FormDialog's (Ctrl+Enter, Esc asks when changed, Tab moves on)."""
from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget

from casekeeper.gui.common import run_action

from .base import FormDialog
from .form_layout import with_buttons


class RecordDialog(FormDialog):
    """`record_id` is None when adding; after OK it is the saved record's id."""

    def __init__(self, parent: QWidget | None, case_id: int, record_id: int | None, titles: tuple[str, str]):
        super().__init__(parent)
        self.case_id, self.record_id = case_id, record_id
        self.setWindowTitle(titles[0] if record_id is None else titles[1])

    def finish(self, body: QLayout, width: int, height: int) -> None:
        """Lay out `body` above OK / Cancel."""
        with_buttons(self, body)
        self.resize(width, height)

    def save(self):
        """Create or update through the db; return the record."""
        raise NotImplementedError

    def accept(self) -> None:
        record = run_action(self, self.save)
        if record is not None:
            self.record_id = record.id
            super().accept()
