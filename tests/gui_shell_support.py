"""Helpers for the GUI shell tests: answering a modal dialog for real."""
from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from casekeeper.gui.background import PLEASE_WAIT


class ModalAnswer:
    """Calls `handler(dialog)` on the next modal dialog that opens. If the handler
    fails or leaves the dialog open, the dialog is rejected so the test cannot hang;
    the failure is re-raised by `check()`. It stops looking when `check()` is called or
    after `timeout_ms` (then check() fails): it never answers a later test's dialog."""

    def __init__(self, handler, timeout_ms: int = 10_000):
        self.handler = handler
        self.seen = []
        self.error: BaseException | None = None
        self.done = False
        self.deadline = time.monotonic() + timeout_ms / 1000
        QTimer.singleShot(0, self._poll)

    def _poll(self):
        if self.done:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() == PLEASE_WAIT:
            dialog = None        # "please wait" while a long job runs (gui/background.py): not the one to answer
        if dialog is None:
            if time.monotonic() > self.deadline:
                self.done = True
                self.error = AssertionError("no modal dialog opened in time")
                return
            QTimer.singleShot(10, self._poll)
            return
        self.done = True
        self.seen.append(dialog)
        try:
            self.handler(dialog)
        except BaseException as exc:  # noqa: BLE001 - handed to check()
            self.error = exc
        if dialog.isVisible() and isinstance(dialog, QDialog) and dialog is QApplication.activeModalWidget():
            if self.error is None:
                self.error = AssertionError(f"the handler left {type(dialog).__name__} open")
            dialog.reject()

    def check(self):
        self.done = True
        if self.error is not None:
            raise self.error
        assert self.seen, "no modal dialog opened"
        return self.seen[0]


def click_button(box: QMessageBox, role_text: str) -> None:
    """Click the message box button whose text contains role_text (e.g. 'Cancel', 'Delete')."""
    for button in box.buttons():
        if role_text.lower() in button.text().replace("&", "").lower():
            button.click()
            return
    raise AssertionError(f"no button {role_text!r} in {[b.text() for b in box.buttons()]}")
