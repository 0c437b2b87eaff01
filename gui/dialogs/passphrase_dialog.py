"""The passphrase of the opt-in encrypted secrets file: choose one (turning the file on)
or enter it to unlock the file for this session."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from casekeeper.db import secret_file

from ..common import run_action, show_error
from .base import FormDialog
from .form_layout import lay_out_form_dialog


class PassphraseDialog(FormDialog):
    def __init__(self, parent, data_dir: Path, *, create: bool):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.create = create
        self.setWindowTitle(self.tr("Use an encrypted file") if create else self.tr("Unlock the encrypted file"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        explain = QLabel(
            self.tr("Without a usable keyring, Casekeeper can keep secrets in a file in its data folder, "
                    "encrypted with a passphrase you choose. It asks for the passphrase each time it starts. "
                    "If you forget the passphrase, the secrets cannot be recovered.") if create else
            self.tr("Enter the passphrase of Casekeeper's encrypted secrets file to see, copy or save secrets."))
        explain.setWordWrap(True)
        form.addRow(explain)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        if create:
            form.addRow(self.tr("&Repeat:"), self.repeat)
        lay_out_form_dialog(self, form, self.tr("Use encrypted file") if create else self.tr("Unlock"))

    def accept(self) -> None:
        text = self.passphrase.text()
        if self.create and text != self.repeat.text():
            show_error(self, self.tr("The two passphrases differ."))
            return
        action = secret_file.create if self.create else secret_file.unlock
        if run_action(self, lambda: action(self.data_dir, text) or True):
            self.passphrase.clear()
            self.repeat.clear()
            super().accept()
