"""The deadlines area as a feature of the main window (gui/window_parts.py FEATURES):

- `build(window)` at every (re)build of the window (the language switch rebuilds it):
  File > Export deadlines (.ics), Case > All deadlines… (Ctrl+D, also Today's button),
  Settings > Reminders… and Settings > Start at login.
- `start(window)` once, when the app starts the window: right after its first paint,
  the reminders (desktop notifications, and the tray icon where there is a tray) and
  close-to-tray (asked once). File > Quit (`window.quit_app`) always ends the app;
  closing the window may keep it running for the reminders.
  (The Today page itself belongs to the window: `window.today`, `window.show_today()`;
  the Deadlines tab is a case view, gui/views/deadlines.py.)
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon

from . import autostart
from .close_to_tray import keep_in_tray
from .first_paint import after_first_paint

if TYPE_CHECKING:
    from .reminder_tray import ReminderTray


class _CloseToTray(QObject):
    """Hides the window instead of closing it when the user chose to keep running;
    otherwise closing the window ends the app (even with a tray icon left)."""

    def __init__(self, window: QMainWindow, tray: ReminderTray):
        super().__init__(window)
        self.window, self.tray = window, tray

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close and not self.window.quitting:
            if keep_in_tray(self.window, self.window.data_dir, background_possible(self.tray),
                            tray=self.tray.available()):
                event.ignore()
                self.window.hide()
                return True
            self.window.quitting = True
            self.tray.shutdown()
            QApplication.quit()
        return False


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def background_possible(tray=None) -> bool:
    """Reminders can reach the user with the window closed: a tray, or a notification server."""
    from .desktop_notify import service_present

    return (tray.available() if tray is not None else tray_available()) or service_present()


def install(window: QMainWindow) -> None:
    """The reminders (their module, the tray icon and menu, a query over all deadlines, and
    recording what was shown) right after the window's first paint, or at once when the
    window starts hidden. (Today as the start page is the window's own choice.)"""
    QApplication.instance().setQuitOnLastWindowClosed(not tray_available())
    after_first_paint(window, lambda: _install_tray(window))


def _install_tray(window: QMainWindow) -> ReminderTray:
    from .reminder_tray import ReminderTray

    tray = ReminderTray(window, icon=window.windowIcon(), data_dir=window.data_dir)
    window.installEventFilter(_CloseToTray(window, tray))
    window.reminder_tray = tray

    def show_today():
        window.showNormal()
        window.raise_()
        window.activateWindow()
        window.show_today()

    tray.open_requested.connect(show_today)
    tray.quit_requested.connect(window.quit_app)
    window.data_changed.connect(tray.deadlines_changed)
    # the page of the current build; not again when it was read a moment ago (at start-up)
    tray.scheduler.fired.connect(lambda _items: window.today.refresh(max_age=5))
    QApplication.instance().setQuitOnLastWindowClosed(False)      # closing is decided by _CloseToTray
    QApplication.instance().aboutToQuit.connect(tray.shutdown)
    tray.start()
    return tray


def show_all_deadlines(window: QMainWindow) -> None:
    """The all-cases deadline list (built when first opened, kept for the window's build)."""
    from .deadlines_window import AllDeadlinesWindow

    dialog = getattr(window, "all_deadlines_window", None)
    if dialog is None:
        dialog = window.all_deadlines_window = AllDeadlinesWindow(window)
        dialog.list.changed.connect(lambda: _list_changed(window, dialog))
        dialog.list.open_case.connect(lambda case_id: _open_case_deadlines(window, case_id))
        window.data_changed.connect(lambda: dialog.list.refresh() if dialog.isVisible() else None)
    dialog.list.refresh()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


def _list_changed(window: QMainWindow, dialog) -> None:
    """A change made in the all-cases list: the window's views and Today catch up."""
    window._view_changed(dialog)
    if window.showing_today():
        window.today.refresh()


def _open_case_deadlines(window: QMainWindow, case_id: int) -> None:
    view = window.view("DeadlinesView")
    window.open_case(case_id, tab=window.tabs.indexOf(view))
    window.raise_()
    window.activateWindow()


def show_reminder_settings(window: QMainWindow) -> None:
    from .reminder_settings import ReminderSettingsDialog

    if ReminderSettingsDialog(window.data_dir, window).exec():
        tray = getattr(window, "reminder_tray", None)
        if tray is not None:
            tray.settings_changed()


class DeadlinesFeature:
    def build(self, window: QMainWindow) -> None:
        old = getattr(window, "all_deadlines_window", None)
        if old is not None:          # a language switch: the list is built again in the new language
            old.close()
            old.deleteLater()
        window.all_deadlines_window = None
        export = QAction(QCoreApplication.translate("Deadlines", "Export deadlines (.ics)…"), window)
        export.triggered.connect(lambda _checked=False: window.today.export_ics())
        window.add_action("file", "export", export)
        every = QAction(QCoreApplication.translate("Deadlines", "All &deadlines…"), window)
        every.setShortcut(QKeySequence("Ctrl+D"))
        every.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        every.triggered.connect(lambda _checked=False: show_all_deadlines(window))
        window.add_action("case", "deadlines", every)
        window.all_deadlines_action = every
        window.today.all_deadlines.connect(lambda: show_all_deadlines(window))
        window.data_changed.connect(window.today.mark_stale)       # a change anywhere: Today refreshes when shown
        offsets = QAction(QCoreApplication.translate("Deadlines", "&Reminders…"), window)
        offsets.triggered.connect(lambda _checked=False: show_reminder_settings(window))
        window.add_action("settings", "preferences", offsets)
        window.reminder_settings_action = offsets
        login = QAction(QCoreApplication.translate("Deadlines", "Start at login (in the tray)"), window,
                        checkable=True)
        login.setChecked(autostart.is_enabled())
        login.toggled.connect(lambda on: autostart.set_enabled(on))
        window.add_action("settings", "preferences", login)
        window.autostart_action = login

    def start(self, window: QMainWindow) -> None:
        install(window)


FEATURE = DeadlinesFeature()
