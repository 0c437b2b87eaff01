"""For an imported mail, above its attachments: the DKIM check (with the key used and when),
the notes the import made (a damaged part kept as received, a guessed charset, ...), and
the actions on the message as received: Open original, Save original as…, Check again
(only for a check that could not be done offline; the key lookup runs in a thread)."""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .. import i18n
from ..common import arg, fmt_datetime, run_action

MARKS = {"valid": ("✔", "#1b7f3b"), "invalid": ("✖", "#b3261e"), "offline": ("?", "#9a6700"), "none": ("–", "")}


class _Recheck(QObject):
    """One DKIM check of an original, in a worker thread (the key lookup may wait on the network)."""

    done = Signal(int, object)   # event id, DkimResult or the exception

    def start(self, event_id: int, raw: bytes) -> None:
        threading.Thread(target=self._run, args=(event_id, raw), name="dkim-recheck", daemon=True).start()

    def _run(self, event_id: int, raw: bytes) -> None:
        from casekeeper.db import dkim_check

        try:
            self.done.emit(event_id, dkim_check.check(raw))
        except Exception as exc:  # noqa: BLE001 - shown to the person, never raised in a thread
            self.done.emit(event_id, exc)


class MailStrip(QWidget):
    """Hidden unless the entry is an imported mail. `changed` after a new DKIM result is kept;
    `status(text)` for short messages."""

    changed = Signal()
    checked = Signal(int)   # event id whose recheck finished (for tests and the status bar)

    def __init__(self, parent=None, status=None):
        super().__init__(parent)
        self.event_id: int | None = None
        self.status = status or (lambda _text: None)
        self.dkim = QLabel()
        self.dkim.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dkim.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open origi&nal"))
        self.open_button.setToolTip(self.tr("Open the message as it was received (.eml) in your mail program"))
        self.open_button.clicked.connect(self.open_original)
        self.save_button = QPushButton(self.tr("Save ori&ginal as…"))
        self.save_button.setToolTip(self.tr("Save a copy of the message as it was received (.eml)"))
        self.save_button.clicked.connect(self.save_original)
        self.check_button = QPushButton(self.tr("Check aga&in"))
        self.check_button.setToolTip(self.tr("Look up the sender's DKIM key now and check the signature"))
        self.check_button.clicked.connect(self.check_again)
        self._worker = _Recheck(self)
        self._worker.done.connect(self._rechecked, Qt.ConnectionType.QueuedConnection)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.dkim, 1)
        for b in (self.check_button, self.open_button, self.save_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.notes)
        self.set_event(None)

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.refresh()

    def refresh(self) -> None:
        from casekeeper.db import mail_originals

        row = mail_originals.get(self.event_id)
        self.setVisible(row is not None)
        if row is None:
            return
        lang = i18n.current()
        mark, color = MARKS.get(row.dkim_status, MARKS["none"])
        text = mail_originals.dkim_msg(row).text(lang)
        key = mail_originals.dkim_key_msg(row, fmt_datetime(row.dkim_checked_at))
        style = f" style='color:{color}'" if color else ""
        self.dkim.setText(f"<b{style}>{mark}</b> {_html(text)}" +
                          (f"<br><small>{_html(key.text(lang))}</small>" if key else ""))
        self.dkim.setToolTip(row.dkim_detail or "")
        notes = mail_originals.notes(row)
        self.notes.setVisible(bool(notes))
        lines = [_html(n.text(lang)) for n in notes]
        self.notes.setText("<b>" + _html(self.tr("Import notes:")) + "</b> " +
                           (lines[0] if len(lines) == 1 else "<br>".join("• " + line for line in lines)))
        has_original = row.attachment_id is not None
        self.open_button.setEnabled(has_original)
        self.save_button.setEnabled(has_original)
        self.check_button.setVisible(mail_originals.needs_recheck(row))
        self.check_button.setEnabled(True)

    # --- actions
    def open_original(self) -> None:
        from casekeeper.db import mail_originals

        if self.event_id is not None:
            path = run_action(self, mail_originals.original_path, self.event_id)
            if path is not None:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_original(self) -> None:
        from casekeeper.db import mail_originals

        if self.event_id is None:
            return
        name = mail_originals.suggested_name(self.event_id)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save original as"), str(Path.home() / name),
                                              self.tr("Mail files (*.eml);;All files (*)"))
        if path and run_action(self, mail_originals.save_original, self.event_id, path) is not None:
            self.status(arg(self.tr("Saved the original message to %1"), path))

    def check_again(self) -> None:
        from casekeeper.db import mail_originals

        if self.event_id is None:
            return
        raw = run_action(self, mail_originals.recheck_input, self.event_id)
        if raw is None:
            return
        self.check_button.setEnabled(False)
        self.status(self.tr("Checking the DKIM signature…"))
        self._worker.start(self.event_id, raw)

    def _rechecked(self, event_id: int, result) -> None:
        from casekeeper.db import mail_originals

        if isinstance(result, Exception):
            self.status(arg(self.tr("The DKIM check failed: %1"), str(result)))
        elif run_action(self, mail_originals.record_recheck, event_id, result) is not None:
            if result.status == "offline":
                self.status(self.tr("Still offline: the DKIM key could not be looked up."))
            else:
                self.status(mail_originals.dkim_msg(mail_originals.get(event_id)).text(i18n.current()))
                self.changed.emit()
        if event_id == self.event_id:
            self.refresh()
        self.checked.emit(event_id)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
