"""A long db job (a report of 50,000 entries: tens of seconds) off the GUI thread.

    result = run_off_gui(parent, "Exporting the case report…", db_function, arg1, arg2)

The job runs in a thread of its own with its own SQLite connection (peewee keeps one per
thread; WAL lets it read while the window reads and writes), so the shared db worker
(Today, search) is not held up. Meanwhile the window keeps painting and answering; after
half a second a window-modal "please wait" dialog says what is going on and keeps the user
from starting a second job on the same case. The caller gets the result as if the call had
been made in place: an expected failure (CasekeeperError) becomes a message box in the UI
language and None; anything else is raised again on the GUI thread (a real bug, to the
crash hook)."""
from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from casekeeper.db.errors import CasekeeperError

SHOW_AFTER_MS = 500
PLEASE_WAIT = "pleaseWait"      # the dialog's object name


class _Done(QObject):
    finished = Signal()


def _run(fn: Callable, args: tuple, box: dict, done: _Done) -> None:
    from casekeeper.db.models import database

    db = database.obj
    try:
        if db is not None:
            db.connect(reuse_if_open=True)
        box["result"] = fn(*args)
    except BaseException as exc:        # handed to the GUI thread
        box["error"] = exc
    finally:
        if db is not None and not db.is_closed():
            db.close()                  # this thread's connection only
        done.finished.emit()


def run_off_gui(parent: QWidget | None, label: str, fn: Callable, *args):
    """Run `fn(*args)` in a thread while the window stays responsive; return its result
    (None after an expected failure, which is shown)."""
    from .common import show_error

    box: dict = {}
    done = _Done()
    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowTitle("Casekeeper")         # the app's name: a case title would be cut in a small window
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance(label) + 80)
    dialog.setObjectName(PLEASE_WAIT)
    dialog.setCancelButton(None)                # a report being typeset cannot be stopped half-way
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.hide()
    QTimer.singleShot(SHOW_AFTER_MS, lambda: None if "over" in box else dialog.show())
    thread = threading.Thread(target=_run, args=(fn, args, box, done), name="casekeeper-long-job", daemon=True)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        thread.start()
        loop.exec()
    finally:
        QGuiApplication.restoreOverrideCursor()
    box["over"] = True
    thread.join()
    dialog.hide()
    dialog.deleteLater()
    error = box.get("error")
    if isinstance(error, CasekeeperError):
        show_error(parent, error)
        return None
    if error is not None:
        raise error
    return box.get("result")
