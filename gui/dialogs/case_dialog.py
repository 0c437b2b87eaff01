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

        self.title = QLineEdit(case.title if case else "")
        self.title.setPlaceholderText(self.tr("e.g. Cloud account suspended"))
        self.provider = QLineEdit(case.provider if case else "")
        self.provider.setPlaceholderText(self.tr("e.g. Oracle Cloud Infrastructure"))
        self.account = QLineEdit(case.account if case else "")
        self.account.setPlaceholderText(self.tr("Account, tenancy or project name"))
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.status.setCurrentIndex(STATUSES.index(case.status) if case else 0)
        now = clock.now()
        self.opened = DateTimeEdit(case.opened_at if case else now)
        self.closed_check = QCheckBox(self.tr("&Closed:"))
        self.closed = DateTimeEdit(case.closed_at if case and case.closed_at else now)
        self.closed_check.setChecked(bool(case and case.closed_at))
        self.closed.setEnabled(self.closed_check.isChecked())
        self.closed_check.toggled.connect(self.closed.setEnabled)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.summary = QPlainTextEdit(case.summary if case else "")
        self.summary.setPlaceholderText(self.tr("What happened, in a few lines"))
        self.outcome = QPlainTextEdit(case.outcome if case else "")
        self.outcome.setPlaceholderText(self.tr("How it ended (when it has)"))
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
        return {
            "title": self.title.text(),
            "provider": self.provider.text().strip(),
            "account": self.account.text().strip(),
            "status": self.status.currentData(),
            "opened_at": self.opened.value(),
            "closed_at": self.closed.value() if self.closed_check.isChecked() else None,
            "summary": self.summary.toPlainText().strip(),
            "outcome": self.outcome.toPlainText().strip(),
        }

    def accept(self) -> None:
        fields = self.values()
        if self.case_id is None:
            case = run_action(self, cases.create_case, fields.pop("title"), **fields)
        else:
            case = run_action(self, cases.update_case, self.case_id, **fields)
        if case is not None:
            self.case_id = case.id
            super().accept()
