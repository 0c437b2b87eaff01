"""Small shared pieces of the UI: time display, confirmations, errors, clipboard."""
from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from casekeeper.db.errors import CasekeeperError, message_text
from casekeeper.db.timeutil import local
from casekeeper.gui import i18n


_ARG = re.compile(r"%(\d+)")


def arg(text: str, *values) -> str:
    """Fill %1, %2 ... of a translated text (Qt's QString::arg for Python strings).
    The one placeholder helper of gui/: translated texts use %1, never str.format."""
    def value(m: re.Match) -> str:
        n = int(m.group(1))
        return str(values[n - 1]) if 1 <= n <= len(values) else m.group(0)

    return _ARG.sub(value, text)   # one pass: a value that contains "%2" stays as it is


def fmt_datetime(value: datetime | None, *, seconds: bool = False) -> str:
    """A moment shown in the user's zone, in the UI language's short format."""
    if value is None:
        return ""
    return local(value).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def buddy_label(text: str, widget: QWidget) -> QLabel:
    """A label for `widget`: its access key (the &-letter of `text`) moves the focus there."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def confirm(parent: QWidget | None, title: str, text: str, *, destructive: bool = True) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Cancel, parent)
    label = QCoreApplication.translate("Common", "Delete") if destructive else QCoreApplication.translate("Common", "OK")
    ok = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def error_text(error: Exception | str) -> str:
    """An expected failure's message in the UI language (a CasekeeperError renders its Msg)."""
    return message_text(error, i18n.current())


def show_error(parent: QWidget | None, error: Exception | str) -> None:
    """An expected failure, in words. Unexpected exceptions are not shown here."""
    text = error_text(error)
    QMessageBox.warning(parent, QCoreApplication.translate("Common", "Casekeeper"), text)


def run_action(parent: QWidget | None, func, *args, **kwargs):
    """Call a db action; an expected failure (CasekeeperError) becomes a message box
    and None is returned. Anything else propagates (a real bug)."""
    try:
        return func(*args, **kwargs)
    except CasekeeperError as exc:
        show_error(parent, exc)
        return None


def install_wait_handler() -> None:
    """While a write waits for another Casekeeper to finish its own (db.connection: the CLI
    importing mail, another window), show "Waiting for another Casekeeper…" with Cancel and
    keep the window painting; Cancel makes the action fail with DatabaseBusy (a message
    through run_action, nothing written). Writes from worker threads wait quietly."""
    from PySide6.QtCore import QThread, Qt
    from PySide6.QtWidgets import QProgressDialog

    from casekeeper.db import connection

    state: dict = {"dialog": None}

    def handler(elapsed: float | None) -> bool:
        app = QApplication.instance()
        if app is None or QThread.currentThread() != app.thread():
            return True
        dialog = state["dialog"]
        if elapsed is None:
            if dialog is not None:
                state["dialog"] = None
                dialog.close()
                dialog.deleteLater()
            return True
        if dialog is None:
            dialog = state["dialog"] = QProgressDialog(
                QCoreApplication.translate("Common", "Waiting for another Casekeeper to finish writing to the "
                                                     "database…"),
                QCoreApplication.translate("Common", "Cancel"), 0, 0, QApplication.activeWindow())
            dialog.setWindowTitle(QCoreApplication.translate("Common", "Casekeeper"))
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.show()
        QApplication.processEvents()
        return not dialog.wasCanceled()

    connection.set_wait_handler(handler)


def copy_text(text: str) -> None:
    QApplication.clipboard().setText(text)
