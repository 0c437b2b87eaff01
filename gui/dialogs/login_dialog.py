"""Add / edit a login: label, username, URL, desk, notes and the secret (a password field).
The secret goes to the OS keyring only; with no usable keyring the field is off."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from casekeeper.db import desks, logins

from ..common import arg
from ..keyring_labels import backend_label
from .field_widgets import fill, taken
from .record_dialog import RecordDialog


class LoginDialog(RecordDialog):
    def __init__(self, parent: QWidget | None, case_id: int, login_id: int | None = None, *,
                 keyring_usable: bool = True, backend: str = ""):
        super().__init__(parent, case_id, login_id, (self.tr("Add login"), self.tr("Edit login")))
        login = logins.get_login(login_id) if login_id is not None else None
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. Support portal"))
        self.username = QLineEdit()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.desk = QComboBox()
        self.desk.addItem(self.tr("(no desk)"), None)
        for d in desks.list_desks(case_id):
            self.desk.addItem(d.name, d.id)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.inputs = {"label": self.label, "username": self.username, "url": self.url, "desk": self.desk,
                       "notes": self.notes}
        fill(self.inputs, logins.FIELDS.values(login))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_note = QLabel()
        self.secret_note.setWordWrap(True)
        if not keyring_usable:
            self.secret.setEnabled(False)
            self.secret_note.setText(self.tr("No usable keyring: a secret cannot be saved. "
                                             "The other fields are saved without it."))
        elif login and login.has_secret:
            self.secret.setPlaceholderText(self.tr("Leave empty to keep the stored secret"))
            self.secret_note.setText(arg(self.tr("Kept in %1, never in the case file."),
                                         backend_label(login.keyring_backend)))
        elif backend:
            self.secret_note.setText(arg(self.tr("Saved only in %1, never in the case file."), backend_label(backend)))
        else:
            self.secret_note.setText(self.tr("Saved only in the keyring, never in the case file."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Label:"), self.label)
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("U&RL:"), self.url)
        form.addRow(self.tr("&Desk:"), self.desk)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("&Secret:"), self.secret)
        form.addRow("", self.secret_note)
        self.finish(form, 540, 400)

    def save(self):
        fields = taken(logins.FIELDS, self.inputs)
        secret = self.secret.text() if self.secret.isEnabled() and self.secret.text() else None
        if self.record_id is None:
            login = logins.create_login(self.case_id, secret=secret, **fields)
        else:
            login = logins.update_login(self.record_id, secret=secret, **fields)
        self.secret.clear()   # saved: the secret leaves the widget
        return login
