"""Logins tab: the case's logins, with secrets handled the way a password manager does.

The secret is never in the table and never in a widget unless revealed; "Reveal"
shows it for a few seconds, "Copy secret" puts it on the clipboard (marked for
clipboard managers) and takes it off again after the delay from the settings.
A banner says plainly which keyring holds the secrets, or that none can."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
    QVBoxLayout, QWidget,
)

from casekeeper.db import logins, secret_file, secrets

from ..common import arg, confirm, copy_text, error_text, run_action, show_error
from ..dialogs.login_dialog import LoginDialog
from ..dialogs.passphrase_dialog import PassphraseDialog
from ..models.login_model import LoginTableModel
from ..secret_clipboard import SecretClipboard
from .record_tab import RecordTab
from .status_note import StatusNote

TAB_TITLE = QT_TRANSLATE_NOOP("CaseViews", "Logins")   # the tab title in main_window.CASE_VIEWS
REVEAL_MS = 10_000
BANNER_STYLE = {
    "ready": "background: palette(alternate-base); border-left: 4px solid #3a7d44;",
    "locked": "background: #fff4d6; color: #3d2f00; border-left: 4px solid #c98a00;",
    "unavailable": "background: #fde2e1; color: #4a0d0b; border-left: 4px solid #b3261e;",
}


class KeyringBanner(QFrame):
    """One line, in words: where the secrets are, or why none can be kept."""

    recheck = Signal()
    use_file = Signal()
    unlock_file = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = ""
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.again = QPushButton(self.tr("Chec&k again"))
        self.again.clicked.connect(self.recheck)
        self.file_button = QPushButton(self.tr("Use a&n encrypted file…"))
        self.file_button.clicked.connect(self.use_file)
        self.unlock_button = QPushButton(self.tr("Un&lock…"))
        self.unlock_button.clicked.connect(self.unlock_file)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        for b in (self.again, self.file_button, self.unlock_button):
            layout.addWidget(b)

    def show_status(self, status: secrets.KeyringStatus) -> None:
        self.state = status.state
        in_file = status.backend == secret_file.LABEL
        if status.state == "ready" and in_file:
            text = self.tr("Secrets are kept in Casekeeper's encrypted file in the data folder, "
                           "protected by your passphrase. The case file holds only a reference to them.")
        elif status.state == "ready":
            text = self.tr("Secrets are kept in %1. The case file holds only a reference to them.")
        elif status.state == "locked" and in_file:
            text = self.tr("Casekeeper's encrypted secrets file is locked. Enter its passphrase to see, copy or "
                           "save secrets; until then no secret is saved.")
        elif status.state == "locked":
            text = self.tr("The keyring (%1) is locked. Unlock it to see, copy or save secrets; "
                           "until then no secret is saved.")
        else:
            text = self.tr("There is no usable keyring on this computer (no Secret Service, Keychain or "
                           "Credential Manager), so no secret is saved. Casekeeper never keeps secrets in "
                           "plain text; labels, usernames and URLs are still kept.")
        self.text.setText(arg(text, status.backend))
        self.again.setVisible(status.state != "ready" and not in_file)
        self.file_button.setVisible(status.state == "unavailable")
        self.unlock_button.setVisible(status.state == "locked" and in_file)
        self.setStyleSheet(f"KeyringBanner {{ {BANNER_STYLE[status.state]} }}")


class LoginsView(RecordTab):
    COLUMN_CAPS = {LoginTableModel.LABEL: 220, LoginTableModel.USERNAME: 240, LoginTableModel.DESK: 200}
    STRETCH_COLUMN = LoginTableModel.URL     # the URL takes the rest

    def __init__(self, parent=None):
        super().__init__(LoginTableModel(), parent=parent)
        self.reveal_ms = REVEAL_MS
        self.status = secrets.KeyringStatus("unavailable", "", "")
        self.clipboard = SecretClipboard(logins.clipboard_clear_seconds() * 1000, self)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.hide_secret)

        self.banner = KeyringBanner(self)
        self.banner.recheck.connect(self.refresh)
        self.banner.use_file.connect(lambda: self._passphrase(create=True))
        self.banner.unlock_file.connect(lambda: self._passphrase(create=False))

        self.username = QLabel()
        self.url = QLabel()
        self.secret = QLineEdit()
        self.secret.setReadOnly(True)
        self.copy_user_button = QPushButton(self.tr("Copy &username"))
        self.copy_user_button.clicked.connect(self.copy_username)
        self.open_url_button = QPushButton(self.tr("&Open URL"))
        self.open_url_button.clicked.connect(self.open_url)
        self.reveal_button = QPushButton(self.tr("Re&veal"))
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.copy_secret_button = QPushButton(self.tr("Cop&y secret"))
        self.copy_secret_button.clicked.connect(self.copy_secret)
        self.note = StatusNote(self)
        self.details = QGroupBox(self.tr("Selected login"))
        form = QFormLayout(self.details)
        form.addRow(self.tr("Username:"), self._row(self.username, self.copy_user_button))
        form.addRow(self.tr("URL:"), self._row(self.url, self.open_url_button))
        form.addRow(self.tr("Secret:"), self._row(self.secret, self.reveal_button, self.copy_secret_button))
        form.addRow("", self.note)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        self.current_changed()

    @staticmethod
    def _row(main: QWidget, *buttons: QPushButton) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(main, 1)
        for b in buttons:
            row.addWidget(b)
        return box

    # --- RecordTab ------------------------------------------------------------------
    def add_label(self) -> str:
        return self.tr("&Add login…")

    def empty_hint(self) -> str:
        return self.tr("No logins yet. Add the support portals and consoles you sign in to with “Add login…”; "
                       "their secrets go to the keyring, never into the case file.")

    def open_dialog(self, record_id):
        return LoginDialog(self, self.case_id, record_id, keyring_usable=self.status.state != "unavailable",
                           backend=self.status.backend)

    def delete_question(self, record):
        text = arg(self.tr("Delete the login “%1”?"), record.label)
        if record.has_secret:
            text += " " + self.tr("Its secret is removed from the keyring too.")
        return self.tr("Delete login"), text

    def delete_action(self, record_id):
        logins.delete_login(record_id)

    def delete_record(self) -> None:
        login = self.current_record()
        if login is None:
            return
        title, text = self.delete_question(login)
        if not confirm(self, title, text):
            return
        try:
            logins.delete_login(login.id)
        except secrets.SecretStoreError as exc:   # no keyring, locked, refused: the login is still there
            self.refresh_status(exc)
            anyway = arg(self.tr("The secret could not be removed from the keyring:\n%1\n\n"
                                 "Delete the login anyway and leave its secret where it is?"), error_text(exc))
            if not confirm(self, title, anyway) or run_action(
                    self, lambda: logins.delete_login(login.id, keep_secret=True) or True) is None:
                return
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        self.status = secrets.status()
        self.banner.show_status(self.status)
        super().refresh()

    def refreshed(self) -> None:
        if self.current_record() is None and self.model.rowCount():
            self.select(self.model.record_at(0).id)

    def current_changed(self) -> None:
        super().current_changed()
        self.hide_secret()
        login = self.current_record()
        self.details.setEnabled(login is not None)
        self.username.setText(login.username if login else "")
        self.url.setText(login.url if login else "")
        self.copy_user_button.setEnabled(bool(login and login.username))
        self.open_url_button.setEnabled(bool(login and login.url))
        usable = bool(login and login.has_secret) and self.status.state != "unavailable"
        self.reveal_button.setEnabled(usable)
        self.copy_secret_button.setEnabled(usable)

    def select_login(self, login_id: int) -> None:
        self.select(login_id)

    # --- the secret -------------------------------------------------------------------
    @property
    def revealed(self) -> bool:
        return self._hide_timer.isActive()

    def hide_secret(self) -> None:
        self._hide_timer.stop()
        login = self.current_record()
        self.secret.clear()
        self.secret.setPlaceholderText(
            "••••••••" if login and login.has_secret else self.tr("(no secret stored)") if login else "")
        self.reveal_button.setText(self.tr("Re&veal"))

    def _read_secret(self) -> str | None:
        login = self.current_record()
        if login is None:
            return None
        try:
            secret = logins.read_secret(login.id)
        except secrets.SecretStoreError as exc:   # none, locked, unlock refused: say so, in words
            self.refresh_status(exc)
            show_error(self, exc)
            return None
        if secret is None:
            self.note.show_message(self.tr("The keyring gave no secret for this login."))
        return secret

    def refresh_status(self, error: secrets.SecretStoreError | None = None) -> None:
        """Ask the keyring again; a lock the backend only reports on use shows up from `error`."""
        self.status = secrets.status()
        if isinstance(error, secrets.KeyringIsLocked) and self.status.state == "ready":
            self.status = secrets.KeyringStatus("locked", self.status.backend, error.msg)
        self.banner.show_status(self.status)
        self.current_changed()

    def toggle_reveal(self) -> None:
        if self.revealed:
            self.hide_secret()
            return
        secret = self._read_secret()
        if secret is None:
            return
        self.secret.setText(secret)
        self.reveal_button.setText(self.tr("H&ide"))
        self._hide_timer.start(self.reveal_ms)
        self.note.show_message(arg(self.tr("Shown for %1 s, then hidden again."), self.reveal_ms // 1000))

    def copy_secret(self) -> None:
        secret = self._read_secret()
        if secret is None:
            return
        self.clipboard.copy(secret)
        self.note.show_message(arg(self.tr("Secret copied. The clipboard is cleared in %1 s."),
                                   self.clipboard.delay_ms // 1000))

    def copy_username(self) -> None:
        login = self.current_record()
        if login and login.username:
            copy_text(login.username)
            self.note.show_message(self.tr("Username copied."))

    def open_url(self) -> None:
        login = self.current_record()
        if login and login.url:
            QDesktopServices.openUrl(QUrl.fromUserInput(login.url))

    def _passphrase(self, *, create: bool) -> None:
        data_dir = secrets.open_data_dir()
        if data_dir is not None and PassphraseDialog(self, data_dir, create=create).exec():
            self.refresh()


def ask_forget_case_secrets(parent: QWidget | None, case_id: int) -> bool:
    """For the case-delete UI, after the user confirmed deleting the case: offer to remove
    the secrets of its logins from the keyring too. False: do not delete the case
    (the user cancelled, or the keyring could not remove them; the error was shown)."""
    count = logins.count_case_secrets(case_id)
    if count == 0:
        return True
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("LoginsView", "Delete case"),
                      arg(QCoreApplication.translate(
                          "LoginsView", "%1 login(s) of this case have a secret in the keyring. Remove those secrets too?"),
                          count),
                      QMessageBox.StandardButton.Cancel, parent)
    remove = box.addButton(QCoreApplication.translate("LoginsView", "Remove secrets"),
                           QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("LoginsView", "Keep them in the keyring"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(remove)
    box.exec()
    if box.clickedButton() is keep:
        return True
    if box.clickedButton() is remove:
        return run_action(parent, logins.forget_case_secrets, case_id) is not None
    return False
