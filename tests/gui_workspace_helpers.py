"""Helpers for the workspace GUI tests: the demo case, and answering a modal
dialog (QDialog.exec / QMessageBox) the way a user would."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def demo_case():
    from db.demo import add_demo_case

    return add_demo_case("en")


def when_modal(callback, *, timeout_ms: int = 5000) -> list:
    """Call `callback(dialog)` as soon as a modal dialog opens (after the caller
    starts it). Returns a list that receives the dialog, to assert it opened."""
    seen: list = []
    waited = [0]

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            seen.append(dialog)
            callback(dialog)
        elif waited[0] < timeout_ms:
            waited[0] += 20
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def click_button(box, text: str) -> None:
    """Click the message-box button showing `text` (e.g. "Delete", "Cancel")."""
    for button in box.buttons():
        if button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")


def show_view(qtbot, view, case_id, size=(1200, 700)):
    """The view on the case, shown at a realistic size."""
    qtbot.addWidget(view)
    view.set_case(case_id)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view
