"""Starting the window: data dir, settings, language, database, then the main window.

Expected start-up failures (no display, a bad data dir, a database that is
damaged, too new or not Casekeeper's) end with one clear line on stderr (and a
message box when there is a display) and a non-zero exit; files stay untouched."""
from __future__ import annotations

import os
import sys

EXIT_NO_DISPLAY = 2
EXIT_CANNOT_OPEN = 1


_NEEDS = {"xcb": ("DISPLAY",), "wayland": ("WAYLAND_DISPLAY",), "wayland-egl": ("WAYLAND_DISPLAY",),
          "": ("DISPLAY", "WAYLAND_DISPLAY")}


def no_display() -> bool:
    """True on Linux/BSD when no Qt platform asked for can open a window: none is
    set and there is neither an X nor a Wayland display, or every platform in
    QT_QPA_PLATFORM ("wayland;xcb") lacks its display. offscreen, vnc ... always work."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    platforms = [p.split(":")[0].strip() for p in os.environ.get("QT_QPA_PLATFORM", "").split(";")]
    for platform in platforms:
        needs = _NEEDS.get(platform)
        if needs is None or any(os.environ.get(v) for v in needs):
            return False
    return True


def preload_database_layer() -> None:
    """What the window needs of db/ to open the database and read its start page."""
    import casekeeper.db.cases  # noqa: F401
    import casekeeper.db.connection  # noqa: F401
    import casekeeper.db.today  # noqa: F401


def start_reading_today(data_dir, language_setting):
    """The start page read by a child process on the other core while the window is built
    (db/start_reader.py), or None. The language is the one the window will most likely use
    (the locale's where the setting follows the system); the page reads again itself when it is not."""
    from casekeeper.db import clock, labels, start_reader

    return start_reader.start(data_dir, clock.now(), labels.language(language_setting))


def run(args) -> int:
    if no_display():
        print("casekeeper: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
              "start it from a desktop session, or use a command such as `casekeeper cases`.", file=sys.stderr)
        return EXIT_NO_DISPLAY

    # The database layer first: imported before PySide6, modules load faster (PySide6 looks at
    # every module imported after it for its __feature__ switches).
    from casekeeper import APP_ID
    from casekeeper.db import settings
    from casekeeper.db.errors import CasekeeperError, message_text
    from casekeeper.db.paths import prepare_data_dir, resolve_data_dir

    preload_database_layer()
    lang_arg = getattr(args, "lang", None)
    try:
        data_dir = prepare_data_dir(resolve_data_dir(getattr(args, "data_dir", None)))
    except CasekeeperError as exc:
        data_dir, dir_error = None, exc       # said once Qt is up, in the user's language
    else:
        dir_error = None
        language_setting = lang_arg or settings.get(data_dir, "language")
    # before Qt loads and before any thread: it forks
    reader = start_reading_today(data_dir, language_setting) if data_dir is not None else None

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from . import i18n
    from .icons import app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Casekeeper")
    app.setApplicationDisplayName("Casekeeper")
    app.setDesktopFileName(APP_ID)  # the Wayland app id; the installed desktop entry is APP_ID.desktop
    app.setWindowIcon(app_icon())

    def fail(headline: str, exc: Exception) -> int:
        text = message_text(exc, i18n.current())   # in the UI language, like the headline
        print(f"casekeeper: {text}", file=sys.stderr)
        box = QMessageBox(QMessageBox.Icon.Critical, "Casekeeper", headline, QMessageBox.StandardButton.Close)
        box.setInformativeText(text)
        box.exec()
        return EXIT_CANNOT_OPEN

    if dir_error is not None:
        i18n.install(i18n.resolve(lang_arg))
        return fail(QCoreApplication.translate("App", "Casekeeper cannot use its data folder."), dir_error)
    i18n.install(i18n.resolve(language_setting))
    from .single_instance import SingleInstance

    instance = SingleInstance(data_dir, app)
    # another window has this data dir: it comes forward instead (this one answers later
    # instances from right after its first paint: QtNetwork is not loaded before)
    if not instance.claim(listen=False):
        print("casekeeper: already open; brought its window forward.", file=sys.stderr)
        if reader is not None:
            reader.job.close()
        return 0
    try:
        return _open_window(app, instance, data_dir, fail, args, reader)
    finally:
        instance.release()


def _open_window(app, instance, data_dir, fail, args, reader) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer

    from casekeeper.db.connection import open_database
    from casekeeper.db.errors import CasekeeperError

    from .backup_startup import offer_if_damaged, start_daily_backup
    from .bench_marker import install_if_requested
    from .first_paint import after_first_paint
    from .single_instance import bring_forward

    try:
        open_database(data_dir)
    except CasekeeperError as exc:
        if reader is not None:
            reader.job.close()
            reader = None
        if not offer_if_damaged(data_dir, exc):
            return fail(QCoreApplication.translate("App", "Casekeeper cannot open its database."), exc)

    from .views.today import prefetch

    prefetch(reader)        # Today's figures are read off the GUI thread while the window is built
    from .common import install_wait_handler
    from .crash import install_crash_handler
    from .main_window import MainWindow

    install_crash_handler(data_dir)
    install_wait_handler()

    window = MainWindow(data_dir)
    instance.activated.connect(lambda: bring_forward(window))
    after_first_paint(window, instance.listen)
    install_if_requested(window)
    from .deadlines_integration import background_possible

    window.start_features()
    # --tray: start hidden, the reminders running, where they can reach the user without the
    # window (a tray, or a notification server); else the window shows after all
    if not (getattr(args, "tray", False) and background_possible()):
        window.show()
    QTimer.singleShot(0, window.offer_demo_if_empty)
    start_daily_backup(window)
    return app.exec()
