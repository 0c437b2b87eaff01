"""Logins tab: the case's logins, with secrets handled the way a password manager does.

The secret is never in the table and never in a widget unless revealed; "Reveal"
shows it for a few seconds, "Copy secret" puts it on the clipboard (marked for
clipboard managers) and takes it off again after the delay from the settings.
A banner says plainly which keyring holds the secrets, or that none can."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QMessageBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from db import logins, secret_file, secrets

from ..common import arg, confirm, copy_text, run_action, show_error
from ..dialogs.login_dialog import LoginDialog
from ..dialogs.passphrase_dialog import PassphraseDialog
from ..login_model import LoginTableModel
from ..secret_clipboard import SecretClipboard
from ..table_model import configure_list_table

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
        self.again = QPushButton(self.tr("Check again"))
        self.again.clicked.connect(self.recheck)
        self.file_button = QPushButton(self.tr("Use an encrypted file…"))
        self.file_button.clicked.connect(self.use_file)
        self.unlock_button = QPushButton(self.tr("Unlock…"))
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


class LoginsView(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.case_id: int | None = None
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

        self.add_button = QPushButton(self.tr("Add login…"))
        self.add_button.clicked.connect(self.add_login)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_login)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_login)
        bar = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(b)
        bar.addStretch(1)

        self.model = LoginTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_list_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LoginTableModel.URL, QHeaderView.ResizeMode.Stretch)
        for col in (LoginTableModel.LABEL, LoginTableModel.USERNAME, LoginTableModel.DESK, LoginTableModel.CHANGED):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.edit_login())

        self.username = QLabel()
        self.url = QLabel()
        self.secret = QLineEdit()
        self.secret.setReadOnly(True)
        self.copy_user_button = QPushButton(self.tr("Copy username"))
        self.copy_user_button.clicked.connect(self.copy_username)
        self.open_url_button = QPushButton(self.tr("Open URL"))
        self.open_url_button.clicked.connect(self.open_url)
        self.reveal_button = QPushButton(self.tr("Reveal"))
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.copy_secret_button = QPushButton(self.tr("Copy secret"))
        self.copy_secret_button.clicked.connect(self.copy_secret)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)   # no jump when a note appears
        details = QGroupBox(self.tr("Selected login"))
        form = QFormLayout(details)
        form.addRow(self.tr("Username:"), self._row(self.username, self.copy_user_button))
        form.addRow(self.tr("URL:"), self._row(self.url, self.open_url_button))
        form.addRow(self.tr("Secret:"), self._row(self.secret, self.reveal_button, self.copy_secret_button))
        form.addRow("", self.note)
        self.details = details

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(details)
        self._selection_changed()

    @staticmethod
    def _row(main: QWidget, *buttons: QPushButton) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(main, 1)
        for b in buttons:
            row.addWidget(b)
        return box

    # --- the case and its rows ------------------------------------------------------
    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        self.status = secrets.status()
        self.banner.show_status(self.status)
        current = self.current_login()
        self.model.load(self.case_id)
        row = self.model.row_of(current.id) if current else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self.add_button.setEnabled(self.case_id is not None)
        self._selection_changed()

    def current_login(self):
        index = self.table.currentIndex()
        return self.model.login_at(index.row()) if index.isValid() else None

    def select_login(self, login_id: int) -> None:
        self.table.selectRow(self.model.row_of(login_id))

    def _selection_changed(self) -> None:
        self.hide_secret()
        login = self.current_login()
        self.details.setEnabled(login is not None)
        for b in (self.edit_button, self.delete_button):
            b.setEnabled(login is not None)
        self.username.setText(login.username if login else "")
        self.url.setText(login.url if login else "")
        self.copy_user_button.setEnabled(bool(login and login.username))
        self.open_url_button.setEnabled(bool(login and login.url))
        has_secret = bool(login and login.has_secret)
        keyring_ok = self.status.state != "unavailable"
        self.reveal_button.setEnabled(has_secret and keyring_ok)
        self.copy_secret_button.setEnabled(has_secret and keyring_ok)
        self.note.setText("")

    # --- the secret -------------------------------------------------------------------
    @property
    def revealed(self) -> bool:
        return self._hide_timer.isActive()

    def hide_secret(self) -> None:
        if self._hide_timer.isActive():
            self.note.setText("")
        self._hide_timer.stop()
        login = self.current_login()
        self.secret.clear()
        self.secret.setPlaceholderText(
            "••••••••" if login and login.has_secret else self.tr("(no secret stored)") if login else "")
        self.reveal_button.setText(self.tr("Reveal"))

    def _read_secret(self) -> str | None:
        login = self.current_login()
        if login is None:
            return None
        try:
            secret = logins.read_secret(login.id)
        except secrets.SecretStoreError as exc:   # none, locked, unlock refused: say so, in words
            self.refresh_status(exc)
            show_error(self, exc)
            return None
        if secret is None:
            self.note.setText(self.tr("The keyring gave no secret for this login."))
        return secret

    def refresh_status(self, error: secrets.SecretStoreError | None = None) -> None:
        """Ask the keyring again; a lock the backend only reports on use shows up from `error`."""
        self.status = secrets.status()
        if isinstance(error, secrets.KeyringIsLocked) and self.status.state == "ready":
            self.status = secrets.KeyringStatus("locked", self.status.backend, str(error))
        self.banner.show_status(self.status)
        self._selection_changed()

    def toggle_reveal(self) -> None:
        if self.revealed:
            self.hide_secret()
            return
        secret = self._read_secret()
        if secret is None:
            return
        self.secret.setText(secret)
        self.reveal_button.setText(self.tr("Hide"))
        self._hide_timer.start(self.reveal_ms)
        self.note.setText(arg(self.tr("Shown for %1 s, then hidden again."), self.reveal_ms // 1000))

    def copy_secret(self) -> None:
        secret = self._read_secret()
        if secret is None:
            return
        self.clipboard.copy(secret)
        self.note.setText(arg(self.tr("Secret copied. The clipboard is cleared in %1 s."),
                              self.clipboard.delay_ms // 1000))

    def copy_username(self) -> None:
        login = self.current_login()
        if login and login.username:
            copy_text(login.username)
            self.note.setText(self.tr("Username copied."))

    def open_url(self) -> None:
        login = self.current_login()
        if login and login.url:
            QDesktopServices.openUrl(QUrl.fromUserInput(login.url))

    def _passphrase(self, *, create: bool) -> None:
        data_dir = secrets.open_data_dir()
        if data_dir is not None and PassphraseDialog(self, data_dir, create=create).exec():
            self.refresh()

    # --- add, edit, delete ------------------------------------------------------------
    def add_login(self) -> None:
        if self.case_id is None:
            return
        dialog = LoginDialog(self, self.case_id, keyring_usable=self.status.state != "unavailable")
        if dialog.exec():
            self._saved(dialog.login_id)

    def edit_login(self) -> None:
        login = self.current_login()
        if login is None:
            return
        dialog = LoginDialog(self, self.case_id, login.id, keyring_usable=self.status.state != "unavailable")
        if dialog.exec():
            self._saved(dialog.login_id)

    def _saved(self, login_id: int) -> None:
        self.refresh()
        self.select_login(login_id)
        self.changed.emit()

    def delete_login(self) -> None:
        login = self.current_login()
        if login is None:
            return
        text = arg(self.tr("Delete the login “%1”?"), login.label)
        if login.has_secret:
            text += " " + self.tr("Its secret is removed from the keyring too.")
        if not confirm(self, self.tr("Delete login"), text):
            return
        try:
            logins.delete_login(login.id)
        except secrets.SecretStoreError as exc:   # no keyring, locked, refused: the login is still there
            self.refresh_status(exc)
            anyway = arg(self.tr("The secret could not be removed from the keyring:\n%1\n\n"
                                 "Delete the login anyway and leave its secret where it is?"), exc)
            if not confirm(self, self.tr("Delete login"), anyway) or run_action(
                    self, lambda: logins.delete_login(login.id, keep_secret=True) or True) is None:
                return
        self.refresh()
        self.changed.emit()


def ask_forget_case_secrets(parent: QWidget | None, case_id: int) -> bool:
    """For the case-delete UI, after the user confirmed deleting the case: offer to remove
    the secrets of its logins from the keyring too. False: do not delete the case
    (the user cancelled, or the keyring could not remove them; the error was shown)."""
    count = logins.count_case_secrets(case_id)
    if count == 0:
        return True
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("LoginsView", "Delete case"),
                      QCoreApplication.translate("LoginsView", "%n login(s) of this case have a secret in the "
                                                 "keyring. Remove those secrets too?", "", count),
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
