"""A chat session with a desk (issue 14): the transcript pasted in is kept as the entry's
text and, exactly as pasted, as an attachment; with its start and end times."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from casekeeper.db import calls, clock, desks
from casekeeper.gui import i18n
from casekeeper.gui.common import arg, run_action
from casekeeper.gui.datetime_edit import DateTimeEdit
from casekeeper.gui.dialogs.base import FormDialog


class ChatDialog(FormDialog):
    def __init__(self, case_id: int, desk_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.case_id, self.desk_id = case_id, desk_id
        self.logged = False
        desk = desks.get_desk(desk_id)
        self.setWindowTitle(arg(self.tr("Chat with %1"), desk.name))
        self.resize(600, 520)
        now = clock.now()
        self.started = DateTimeEdit()
        self.started.set_value(now - timedelta(minutes=15))
        self.ended = DateTimeEdit()
        self.ended.set_value(now)
        self.transcript = QPlainTextEdit()
        self.transcript.setPlaceholderText(self.tr("Paste the chat transcript here (Ctrl+V)."))
        form = QFormLayout()
        form.addRow(self.tr("&Started:"), self.started)
        form.addRow(self.tr("E&nded:"), self.ended)
        form.addRow(self.tr("&Transcript:"), self.transcript)
        hint = QLabel(self.tr("The transcript becomes the entry's text and is also kept, as pasted, as an attachment."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def submit(self) -> None:
        event = run_action(self, calls.log_chat, self.case_id, self.desk_id, self.started.value(), self.ended.value(),
                           self.transcript.toPlainText(), lang=i18n.current())
        if event is not None:
            self.logged = True
            self.accept()
