"""For tests: with CASEKEEPER_BENCH=1 the app prints `SHOWN <peak RSS kB>` to stdout once
the main window has painted for the first time, then quits. (`make bench` uses no hook in
the app: tools/bench_ready.py watches the window from outside.)
With CASEKEEPER_BENCH_MODULES=FILE it also writes the names of the modules loaded by then
(tests/test_scale_imports.py checks start-up stays lean)."""
from __future__ import annotations

import os

from PySide6.QtWidgets import QApplication, QWidget

from .first_paint import FirstPaint

ENV = "CASEKEEPER_BENCH"


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
