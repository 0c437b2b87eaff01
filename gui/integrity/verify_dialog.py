"""File > Verify timeline: the verdict, the fingerprint to copy, what was found (with the
entry it concerns), the sealing steps so far, a fingerprint given earlier to check, and the
explicit sealing step when something was changed outside Casekeeper."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from casekeeper.db import chain, chain_text, events
from casekeeper.db.errors import NotFound

from .. import i18n
from ..common import arg, buddy_label, fmt_datetime, run_action


def _which(event_id: int | None) -> str:
    """' — 2026-03-09 10:15 summary' for an entry that still exists."""
    try:
        event = events.get_event(event_id) if event_id else None
    except NotFound:
        event = None
    return f" — {fmt_datetime(event.occurred_at)} {event.summary[:60]}" if event else ""


class VerifyDialog(QDialog):
    def __init__(self, case_id: int, check, parent: QWidget | None = None):
        super().__init__(parent)
        self.case_id, self.check = case_id, check
        self.setWindowTitle(self.tr("Verify timeline"))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setWordWrap(True)
        copy = QPushButton(self.tr("Cop&y fingerprint"))
        copy.clicked.connect(self.copy)
        top = QHBoxLayout()
        top.addWidget(self.fingerprint, 1)
        top.addWidget(copy)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)

        self.earlier = QLineEdit()
        self.earlier.setPlaceholderText(self.tr("e.g. 3f9a 1c2e 77b0 d4c1"))
        self.earlier.returnPressed.connect(self.check_fingerprint)
        check_button = QPushButton(self.tr("&Check"))
        check_button.clicked.connect(self.check_fingerprint)
        earlier_row = QHBoxLayout()
        earlier_label = buddy_label(self.tr("A fingerprint given &earlier:"), self.earlier)
        earlier_row.addWidget(earlier_label)
        earlier_row.addWidget(self.earlier, 1)
        earlier_row.addWidget(check_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.seal_button = buttons.addButton(self.tr("&Seal current state…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.seal_button.setToolTip(self.tr("Record the timeline as it is now, changes made outside Casekeeper "
                                            "included. The chain keeps this step and what it accepted."))
        self.seal_button.clicked.connect(self.seal)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addLayout(earlier_row)
        layout.addWidget(buttons)
        self.resize(720, 440)
        self.show_check(check)

    def show_check(self, check) -> None:
        self.check = check
        lang = i18n.current()
        if check.ok and check.matched is not None:
            self.verdict.setText(self.tr("The timeline was not rewritten since that fingerprint was given."))
        elif check.ok:
            self.verdict.setText(arg(self.tr("The timeline is intact: %1 entries, nothing was changed outside "
                                             "Casekeeper."), check.checked))
        else:
            self.verdict.setText(self.tr("The timeline was changed outside Casekeeper, or its chain is broken:"))
        self.fingerprint.setText(chain_text.fingerprint_line(check, lang))
        lines = []
        for problem in check.problems:
            lines.append("• " + problem.msg.text(lang) + _which(problem.event_id))
        if check.matched is not None and check.ok:
            lines += chain_text.verdict_lines(check, lang)[2:]
        elif check.ok and check.links:
            lines += [chain_text.verdict_lines(check, lang)[1], "", self.tr(
                "The chain covers every entry with its time, desk, kind, texts and attachments, and every earlier "
                "version of it."), "", chain_text.keep_line(check, lang)]
        seals = chain_text.seal_lines(check, lang)
        if seals:
            lines += ["", self.tr("Sealing steps:")] + seals
        if check.accepted:
            lines += ["", self.tr("Accepted by a sealing step:")]
            lines += ["• " + p.msg.text(lang) for p in check.accepted]
        self.details.setPlainText("\n".join(lines))
        self.seal_button.setVisible(any(not p.code.startswith("fingerprint_") for p in check.problems))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.fingerprint.text())

    def check_fingerprint(self) -> None:
        text = self.earlier.text().strip()
        if not text:
            self.show_check(run_action(self, chain.verify_case, self.case_id) or self.check)
            return
        found = run_action(self, chain.verify_case, self.case_id, fingerprint=text)
        if found is not None:
            self.show_check(found)

    def seal(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Seal current state"),
                          self.tr("Sealing records every entry as it is now, including changes made outside "
                                  "Casekeeper, and makes the timeline verify again from here on.\n\nThe chain keeps "
                                  "this step, its time and what it accepted; a fingerprint given before now will "
                                  "show that the timeline was sealed by hand after it."),
                          QMessageBox.StandardButton.Cancel, self)
        ok = box.addButton(self.tr("Seal"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not ok:
            return
        if run_action(self, chain.seal_case, self.case_id) is not None:
            self.show_check(chain.verify_case(self.case_id))


def verify_case(parent: QWidget, case_id: int) -> bool | None:
    """Verify the open case's timeline and show the result; returns whether it verified."""
    from casekeeper.gui.background import run_off_gui

    check = run_off_gui(parent, QCoreApplication.translate("VerifyDialog", "Checking the timeline…"),
                        chain.verify_case, case_id)
    if check is None:
        return None
    dialog = VerifyDialog(case_id, check, parent)
    dialog.exec()
    return dialog.check.ok
