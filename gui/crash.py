"""Unexpected errors (bugs) while the window is open: the traceback goes to
logs/casekeeper.log in the data dir, the person gets one calm message, and
the app keeps running. Expected failures should never come here (see gui.common.run_action);
one that does anyway (a CasekeeperError from a code path without run_action: a busy or
full disk, say) is shown as the calm one-line message it is, not as a crash."""
from __future__ import annotations

import sys
import traceback
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from casekeeper.db.paths import subdir

LOG_NAME = "casekeeper.log"


def install_crash_handler(data_dir: Path) -> None:
    def hook(exc_type, exc, tb):
        from casekeeper.db.errors import CasekeeperError

        if isinstance(exc, CasekeeperError) and QApplication.instance() is not None:
            from .common import show_error

            show_error(QApplication.activeWindow(), exc)
            return
        log = write_log(data_dir, exc_type, exc, tb)
        sys.__excepthook__(exc_type, exc, tb)
        if QApplication.instance() is not None:
            QMessageBox.critical(
                QApplication.activeWindow(), "Casekeeper",
                QCoreApplication.translate("Crash", "Something went wrong inside Casekeeper: %1\n\n"
                                           "Your data is safe; what you were doing may not have been saved. "
                                           "The details were written to %2.")
                .replace("%1", f"{exc_type.__name__}: {exc}").replace("%2", str(log)))

    sys.excepthook = hook


def write_log(data_dir: Path, exc_type, exc, tb) -> Path:
    log = subdir(data_dir, "logs") / LOG_NAME
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(f"--- {stamp}\n{''.join(traceback.format_exception(exc_type, exc, tb))}")
    return log
