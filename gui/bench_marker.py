"""For `make bench`: with CASEKEEPER_BENCH=1 the app prints `SHOWN <peak RSS kB>` to stdout
once the main window has painted for the first time, then quits (tools/bench.py times it).
With CASEKEEPER_BENCH_MODULES=FILE it also writes the names of the modules loaded by then
(tests/test_scale_imports.py checks start-up stays lean)."""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

ENV = "CASEKEEPER_BENCH"


_PAINTED = QEvent.Type(QEvent.registerEventType())


class FirstPaint(QObject):
    """Calls `callback` once the first paint of `widget` (and its children, painted in the same
    pass) is done: a posted event, handled right after that pass and before any timer, so work
    the window schedules for "after it is shown" is not counted."""

    def __init__(self, widget: QWidget, callback):
        super().__init__(widget)
        self.callback = callback
        self.done = False
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QCoreApplication.postEvent(self, QEvent(_PAINTED))
        return False

    def event(self, event):
        if event.type() == _PAINTED:
            self.callback()
            return True
        return super().event(event)


def peak_rss_kb() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def install_if_requested(window: QWidget) -> None:
    if not os.environ.get(ENV):
        return

    def report():
        modules_file = os.environ.get(ENV + "_MODULES")
        if modules_file:
            import sys

            with open(modules_file, "w", encoding="utf-8") as fh:
                fh.write("\n".join(sorted(sys.modules)))
        print(f"SHOWN {peak_rss_kb()}", flush=True)
        QApplication.quit()

    FirstPaint(window, report)
