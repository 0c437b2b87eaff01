"""A long job (a big report) runs off the GUI thread: the window keeps answering, a
"please wait" dialog says what is going on, and its result or its error comes back as if
the call had been made in place."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from casekeeper.db import cases
from casekeeper.gui.background import run_off_gui
from tests.gui_shell_support import ModalAnswer

WAIT = 30        # seconds a job waits for the GUI thread before it gives up (then the test fails)


def test_the_window_keeps_answering_and_says_what_it_is_doing(window):
    case = cases.create_case("Storage bucket locked")
    released = threading.Event()
    shown = []

    def look():                       # on the GUI thread, while the job runs
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QProgressDialog) and dialog.isVisible():
            shown.append(dialog.labelText())
            released.set()
        else:
            QTimer.singleShot(20, look)

    def job(case_id):                 # in the job's thread: reads the database through its own connection
        title = cases.get_case(case_id).title
        return title if released.wait(WAIT) else None

    QTimer.singleShot(0, look)
    result = run_off_gui(window, "Exporting the case to r.pdf…", job, case.id)
    assert result == "Storage bucket locked"          # the GUI thread ran its timers while the job waited
    assert shown == ["Exporting the case to r.pdf…"]
    assert QApplication.activeModalWidget() is None    # the dialog is gone with the job


def test_a_quick_job_shows_no_dialog(window):
    assert run_off_gui(window, "Writing…", lambda: 42) == 42
    QApplication.processEvents()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_an_expected_failure_is_a_message_in_the_window_language(window):
    window.set_language("ja")
    seen = []
    answer = ModalAnswer(lambda d: (seen.append(d.text()), d.accept()))
    assert run_off_gui(window, "…", cases.get_case, 99999) is None
    answer.check()
    assert len(seen) == 1 and "99999" in seen[0] and "ケース" in seen[0]     # Japanese, not English


def test_a_bug_reaches_the_crash_hook_not_a_silent_none(window):
    def broken():
        raise ZeroDivisionError("a real bug")

    with pytest.raises(ZeroDivisionError):
        run_off_gui(window, "…", broken)
