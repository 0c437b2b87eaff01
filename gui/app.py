"""Starting the window: data dir, settings, language, database, then the main window.

Expected start-up failures (no display, a bad data dir, a database that is
damaged, too new or not Casekeeper's) end with one clear line on stderr (and a
message box when there is a display) and a non-zero exit; files stay untouched."""
from __future__ import annotations

import os
import sys

EXIT_NO_DISPLAY = 2
EXIT_CANNOT_OPEN = 1


def no_display() -> bool:
    """True on Linux/BSD without any display to open a window on."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    return not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run(args) -> int:
    if no_display():
        print("casekeeper: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
              "start it from a desktop session, or use a command such as `casekeeper cases`.", file=sys.stderr)
        return EXIT_NO_DISPLAY

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from db import settings
    from db.connection import open_database
    from db.errors import CasekeeperError
    from db.paths import prepare_data_dir, resolve_data_dir

    from . import i18n
    from .icons import app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Casekeeper")
    app.setApplicationDisplayName("Casekeeper")
    app.setDesktopFileName("casekeeper")
    app.setWindowIcon(app_icon())

    def fail(headline: str, exc: Exception) -> int:
        print(f"casekeeper: {exc}", file=sys.stderr)
        box = QMessageBox(QMessageBox.Icon.Critical, "Casekeeper", headline, QMessageBox.StandardButton.Close)
        box.setInformativeText(str(exc))
        box.exec()
        return EXIT_CANNOT_OPEN

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    lang_arg = getattr(args, "lang", None)
    try:
        data_dir = prepare_data_dir(data_dir)
    except CasekeeperError as exc:
        i18n.install(i18n.resolve(lang_arg))
        return fail(QCoreApplication.translate("App", "Casekeeper cannot use its data folder."), exc)
    i18n.install(i18n.resolve(lang_arg or settings.load(data_dir).get("language")))
    try:
        open_database(data_dir)
    except CasekeeperError as exc:
        return fail(QCoreApplication.translate("App", "Casekeeper cannot open its database."), exc)

    from .main_window import MainWindow

    window = MainWindow(data_dir)
    window.show()
    QTimer.singleShot(0, window.offer_demo_if_empty)
    return app.exec()
