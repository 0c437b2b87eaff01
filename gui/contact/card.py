"""The contact card of a desk: everything needed to reach it right now, in one place
(issue 14). Open now / closes in / opens next (live, in the user's time with the desk's
beside it), the address or number (copy; a web address or mail address opens), the
language to use, what to have ready (copy buttons, missing ones flagged), the desk's
login (username, the secret under the clipboard rules of the Logins tab), its notes and
the last three contacts; and the ways in: Write…, Call…, Chat…, They called, I missed it."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
    QWidget,
)

from casekeeper.db import compose, contact, logins
from casekeeper.gui.common import arg, copy_text, fmt_datetime, run_action
from casekeeper.gui.deadline_text import TONE_COLOURS, desk_status_view
from casekeeper.gui.live_clock import live_clock
from casekeeper.gui.models.kind_labels import WARNING_COLOUR, desk_kind_label, language_label
from casekeeper.gui.secret_clipboard import SecretClipboard
from casekeeper.gui.views.panes import heading

REVEAL_MS = 10_000


def _value(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def address_url(address: str) -> QUrl | None:
    """What opens the address: a web page, or a mail to it; None for a phone number."""
    address = address.strip()
    if address.startswith(("http://", "https://")):
        return QUrl(address)
    if compose.is_mail_address(address):
        return QUrl("mailto:" + address)
    return None


class ContactCard(QDialog):
    """The card of one desk. `changed` is emitted after something was logged or filled in."""

    changed = Signal()

    def __init__(self, case_id: int, desk_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.case_id, self.desk_id = case_id, desk_id
        self.clipboard = SecretClipboard(logins.clipboard_clear_seconds() * 1000, self)
        self._hide_timer = QTimer(self, singleShot=True)
        self._hide_timer.timeout.connect(self._hide_secret)
        self.setMinimumWidth(560)
        self.layout_ = QVBoxLayout(self)
        self.body = QWidget()
        self.layout_.addWidget(self.body, 1)
        self.note = QLabel()
        self.note.setStyleSheet("color: gray;")
        self.layout_.addWidget(self.note)
        self._build_buttons()
        self.refresh()

    # --- building ---------------------------------------------------------------
    def _build_buttons(self) -> None:
        self.write_button = QPushButton(self.tr("&Write…"))
        self.call_button = QPushButton(self.tr("C&all…"))
        self.chat_button = QPushButton(self.tr("C&hat…"))
        self.missed_button = QPushButton(self.tr("They called, I &missed it…"))
        self.write_button.clicked.connect(self.write)
        self.call_button.clicked.connect(self.call)
        self.chat_button.clicked.connect(self.chat)
        self.missed_button.clicked.connect(self.missed_call)
        row = QHBoxLayout()
        for b in (self.write_button, self.call_button, self.chat_button, self.missed_button):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        self.layout_.addLayout(row)

    def refresh(self) -> None:
        data = run_action(self, contact.card, self.desk_id)
        if data is None:
            return
        self.data = desk = data.desk
        self.card = data
        old = self.body
        self.body = QWidget()
        self.layout_.replaceWidget(old, self.body)
        old.deleteLater()
        self.setWindowTitle(arg(self.tr("Contact %1"), desk.name))
        lay = QVBoxLayout(self.body)
        lay.setContentsMargins(0, 0, 0, 0)
        title = heading(desk.name, 1.25)
        lay.addWidget(title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.status = _value()
        form.addRow(self.tr("Now:"), self.status)
        form.addRow(self.tr("Kind:"), _value(desk_kind_label(desk.kind)))
        form.addRow(self.tr("Address:"), self._address_row(desk.address))
        form.addRow(self.tr("Language:"), _value(language_label(desk.language) or self.tr("(not set)")))
        lay.addLayout(form)
        lay.addWidget(heading(self.tr("Have these ready"), 1.05))
        lay.addWidget(self._needs())
        if data.logins:
            lay.addWidget(heading(self.tr("Login"), 1.05))
            lay.addWidget(self._login(data.logins[0]))
        if desk.notes.strip():
            lay.addWidget(heading(self.tr("Notes"), 1.05))
            lay.addWidget(_value(desk.notes.strip()))
        lay.addWidget(heading(self.tr("Last contacts"), 1.05))
        lay.addWidget(self._last(data.last))
        lay.addStretch(1)
        self.write_button.setVisible(compose.is_mail_address(desk.address) or desk.kind == "email")
        self.call_button.setVisible(desk.kind == "phone")
        self.missed_button.setVisible(desk.kind == "phone")
        self.chat_button.setVisible(desk.kind == "chat")
        self.update_status()

    def _address_row(self, address: str) -> QWidget:
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        self.address = _value(address or self.tr("(none)"))
        lay.addWidget(self.address, 1)
        if address:
            copy = QPushButton(self.tr("&Copy"))
            copy.clicked.connect(lambda: self._copy(address, self.tr("Address copied.")))
            lay.addWidget(copy)
            url = address_url(address)
            if url is not None:
                self.open_button = QPushButton(self.tr("&Open"))
                self.open_button.clicked.connect(lambda: QDesktopServices.openUrl(url))
                lay.addWidget(self.open_button)
        return row

    def _needs(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.need_rows: dict[int, QLabel] = {}
        if not self.card.needs:
            grid.addWidget(_value(self.tr("This desk asks for no number.")), 0, 0)
        for n, ident in enumerate(self.card.needs):
            grid.addWidget(QLabel(html.escape(ident.name) + ":"), n, 0)
            if ident.value:
                value = _value(ident.value)
                copy = QPushButton(self.tr("Copy"))
                copy.setToolTip(arg(self.tr("Copy the %1"), ident.name))
                copy.clicked.connect(lambda _c=False, i=ident: self._copy(i.value, arg(self.tr("Copied %1"), i.name)))
                grid.addWidget(copy, n, 2)
            else:
                value = _value(self.tr("missing"))
                value.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")
            self.need_rows[ident.id] = value
            grid.addWidget(value, n, 1)
        grid.setColumnStretch(1, 1)
        self.ready_label = _value(self.tr("Ready: you have every number this desk asks for.") if self.card.ready
                                  else arg(self.tr("Missing: %1"), ", ".join(i.name for i in self.card.missing)))
        self.ready_label.setStyleSheet("" if self.card.ready else f"color: {WARNING_COLOUR};")
        grid.addWidget(self.ready_label, len(self.card.needs), 0, 1, 3)
        return box

    def _login(self, login) -> QWidget:
        box = QWidget()
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(_value(arg(self.tr("%1: %2"), login.label, login.username or self.tr("(no username)"))), 1)
        self.secret = QLabel("••••••••" if login.has_secret else "")
        lay.addWidget(self.secret)
        if login.username:
            user = QPushButton(self.tr("Copy &username"))
            user.clicked.connect(lambda: self._copy(login.username, self.tr("Username copied.")))
            lay.addWidget(user)
        if login.has_secret:
            self.reveal_button = QPushButton(self.tr("Re&veal"))
            self.reveal_button.clicked.connect(lambda: self._reveal(login.id))
            secret = QPushButton(self.tr("Cop&y secret"))
            secret.clicked.connect(lambda: self._copy_secret(login.id))
            lay.addWidget(self.reveal_button)
            lay.addWidget(secret)
        return box

    def _last(self, entries) -> QWidget:
        if not entries:
            return _value(self.tr("No contact with this desk yet."))
        lines = [f"{fmt_datetime(e.occurred_at)} — {html.escape(e.summary[:120])}" for e in entries]
        label = QLabel("<br>".join(lines))
        label.setWordWrap(True)
        return label

    # --- live status --------------------------------------------------------------
    def update_status(self) -> None:
        view = desk_status_view(self.data)
        colour = TONE_COLOURS.get(view.tone)
        self.status.setText(f'<span style="color:{colour}; font-weight:bold">{html.escape(view.text)}</span>'
                            if colour else html.escape(view.text))
        self.status_tone = view.tone
        live_clock().watch(self, view.changes_at, self.update_status)

    # --- actions ------------------------------------------------------------------
    def _copy(self, text: str, message: str) -> None:
        copy_text(text)
        self.note.setText(message)

    def _read(self, login_id: int) -> str | None:
        return run_action(self, logins.read_secret, login_id)

    def _reveal(self, login_id: int) -> None:
        secret = self._read(login_id)
        if secret is not None:
            self.secret.setText(secret)
            self._hide_timer.start(REVEAL_MS)
            self.note.setText(arg(self.tr("Shown for %1 s, then hidden again."), REVEAL_MS // 1000))

    def _hide_secret(self) -> None:
        self.secret.setText("••••••••")

    def _copy_secret(self, login_id: int) -> None:
        secret = self._read(login_id)
        if secret is not None:
            self.clipboard.copy(secret)
            self.note.setText(arg(self.tr("Secret copied. The clipboard is cleared in %1 s."),
                                  self.clipboard.delay_ms // 1000))

    def _after(self, dialog) -> None:
        if dialog.exec() and getattr(dialog, "logged", True):
            self.changed.emit()
            self.refresh()

    def write(self) -> None:
        from .compose_dialog import ComposeDialog

        self._after(ComposeDialog(self.case_id, self.desk_id, self))

    def call(self) -> None:
        from .call_dialog import CallDialog

        self._after(CallDialog(self.case_id, self.desk_id, self))

    def chat(self) -> None:
        from .chat_dialog import ChatDialog

        self._after(ChatDialog(self.case_id, self.desk_id, self))

    def missed_call(self) -> None:
        from .call_dialog import MissedCallDialog

        self._after(MissedCallDialog(self.case_id, self.desk_id, self))

    def closeEvent(self, event) -> None:
        self.clipboard.clear_if_ours()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.clipboard.clear_if_ours()
        super().done(result)
