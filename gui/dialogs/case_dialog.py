"""New case / Edit case: title, provider, account, status, dates, summary, outcome."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QLineEdit, QPlainTextEdit,
)

from casekeeper.db import cases, clock
from casekeeper.db.models.case import STATUSES

from ..case_labels import status_label
from ..common import run_action
from ..datetime_edit import DateTimeEdit
from .base import FormDialog
from .field_widgets import fill, taken
from .form_layout import lay_out_form_dialog


class CaseDialog(FormDialog):
    """Creates the case (case_id None) or saves the changes when accepted;
    `case_id` holds the case afterwards."""

    def __init__(self, parent=None, case_id: int | None = None):
        super().__init__(parent)
        self.case_id = case_id
        case = cases.get_case(case_id) if case_id is not None else None
        self.setWindowTitle(self.tr("Edit case") if case else self.tr("New case"))
        self.setMinimumWidth(640)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Cloud account suspended"))
        self.provider = QLineEdit()
        self.provider.setPlaceholderText(self.tr("e.g. Oracle Cloud Infrastructure"))
        self.account = QLineEdit()
        self.account.setPlaceholderText(self.tr("Account, tenancy or project name"))
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        now = clock.now()
        self.opened = DateTimeEdit(now)
        self.closed_check = QCheckBox(self.tr("&Closed:"))
        self.closed = DateTimeEdit(case.closed_at if case and case.closed_at else now)
        self.closed_check.setChecked(bool(case and case.closed_at))
        self.closed.setEnabled(self.closed_check.isChecked())
        self.closed_check.toggled.connect(self.closed.setEnabled)
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("What happened, in a few lines"))
        self.outcome = QPlainTextEdit()
        self.outcome.setPlaceholderText(self.tr("How it ended (when it has)"))
        # one widget per field of cases.FIELDS (closed_at: the check box and its date)
        self.inputs = {"title": self.title, "provider": self.provider, "account": self.account,
                       "status": self.status, "opened_at": self.opened, "summary": self.summary,
                       "outcome": self.outcome}
        fill(self.inputs, cases.FIELDS.values(case, opened_at=now))
        self.status.currentIndexChanged.connect(self._status_changed)
        for edit in (self.summary, self.outcome):
            edit.setTabChangesFocus(True)
        self.summary.setMinimumHeight(140)
        self.outcome.setMinimumHeight(60)
        self.outcome.setMaximumHeight(110)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Provider:"), self.provider)
        form.addRow(self.tr("&Account:"), self.account)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Opened:"), self.opened)
        form.addRow(self.closed_check, self.closed)
        form.addRow(self.tr("What &happened:"), self.summary)
        form.addRow(self.tr("O&utcome:"), self.outcome)

        lay_out_form_dialog(self, form, self.tr("Save") if case else self.tr("Create case"))
        self.title.setFocus()

    def _status_changed(self) -> None:
        """Resolved and closed cases have a closing date; open ones do not."""
        self.closed_check.setChecked(self.status.currentData() in ("resolved", "closed"))

    def values(self) -> dict:
        return taken(cases.FIELDS, self.inputs,
                     closed_at=self.closed.value() if self.closed_check.isChecked() else None)

    def accept(self) -> None:
        fields = self.values()
        if self.case_id is None:
            case = run_action(self, cases.create_case, fields.pop("title"), **fields)
        else:
            case = run_action(self, cases.update_case, self.case_id, **fields)
        if case is not None:
            self.case_id = case.id
            super().accept()
