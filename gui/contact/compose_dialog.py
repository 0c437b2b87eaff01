"""Write to a desk: the message composed with what the desk wants (db/compose.py), all
editable, missing numbers flagged before anything is sent. It opens in the user's mail
client (a mailto: URL, RFC 6068) or is copied; then "Did you send it?" logs a sent entry
with the text, which starts the desk's follow-up clock."""
from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from casekeeper.db import compose, desks, events
from casekeeper.gui import i18n
from casekeeper.gui.common import arg, copy_text, run_action
from casekeeper.gui.dialogs.base import FormDialog
from casekeeper.gui.models.kind_labels import WARNING_COLOUR


class ComposeDialog(FormDialog):
    def __init__(self, case_id: int, desk_id: int, parent: QWidget | None = None, reply_to: int | None = None):
        super().__init__(parent)
        self.case_id, self.desk_id, self.reply_to = case_id, desk_id, reply_to
        self.logged = False
        desk = desks.get_desk(desk_id)
        self.setWindowTitle(arg(self.tr("Write to %1"), desk.name))
        self.resize(640, 560)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")
        self.template = QComboBox()
        names = compose.template_names(desk)
        self.template.addItem(self.tr("Default message"), None)
        for name in names:
            self.template.addItem(name, name)
        if names:
            self.template.setCurrentIndex(1)
        self.template.currentIndexChanged.connect(lambda _i: self.recompose())
        self.to = QLineEdit()
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.template)
        form.addRow(self.tr("T&o:"), self.to)
        form.addRow(self.tr("&Subject:"), self.subject)
        self.open_button = QPushButton(self.tr("&Open in mail app"))
        self.copy_button = QPushButton(self.tr("&Copy message"))
        self.open_button.clicked.connect(self.open_in_mail_app)
        self.copy_button.clicked.connect(self.copy_message)
        self.sent_bar = QFrame()
        self.sent_bar.setStyleSheet("QFrame { background: palette(alternate-base); }")
        bar = QHBoxLayout(self.sent_bar)
        bar.addWidget(QLabel(self.tr("Did you send it?")), 1)
        self.sent_button = QPushButton(self.tr("Yes, &log it as sent"))
        self.not_yet_button = QPushButton(self.tr("&Not yet"))
        self.sent_button.clicked.connect(self.log_sent)
        self.not_yet_button.clicked.connect(self.sent_bar.hide)
        bar.addWidget(self.sent_button)
        bar.addWidget(self.not_yet_button)
        self.sent_bar.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.missing)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.sent_bar)
        layout.addLayout(row)
        self.recompose()

    def recompose(self) -> None:
        message = run_action(self, compose.compose, self.case_id, self.desk_id, template=self.template.currentData(),
                             reply_to=self.reply_to, lang=i18n.current())
        if message is None:
            return
        self.message = message
        self.to.setText(message.to)
        self.subject.setText(message.subject)
        self.body.setPlainText(message.body)
        self.missing.setText(arg(self.tr("Missing before you send: %1. Fill them in on the Identifiers tab, or "
                                         "edit the text."), ", ".join(message.missing)) if message.missing else "")
        self.missing.setVisible(bool(message.missing))
        self.open_button.setEnabled(bool(message.to))

    def mailto(self) -> str:
        return compose.mailto(self.to.text().strip(), self.subject.text(), self.body.toPlainText())

    def open_in_mail_app(self) -> None:
        QDesktopServices.openUrl(QUrl(self.mailto(), QUrl.ParsingMode.StrictMode))
        self.sent_bar.show()
        self.sent_button.setFocus()

    def copy_message(self) -> None:
        copy_text(f"{self.subject.text()}\n\n{self.body.toPlainText()}")
        self.sent_bar.show()
        self.sent_button.setFocus()

    def log_sent(self) -> None:
        """A sent entry at this moment with the subject and text: the desk's follow-up clock starts."""
        event = run_action(self, events.create_event, self.case_id, "sent", self.subject.text().strip(),
                           desk=self.desk_id, body=self.body.toPlainText())
        if event is not None:
            self.logged = True
            self.accept()

    def is_changed(self) -> bool:
        return False   # a composed message is made again any time: nothing to lose by closing
