"""The deadlines area as a feature of the main window (gui/window_parts.py FEATURES):

- `build(window)` at every (re)build of the window (the language switch rebuilds it):
  File > Export deadlines (.ics) and Settings > Start at login.
- `start(window)` once, when the app starts the window: right after its first paint,
  the tray icon with its reminders and close-to-tray (asked once). File > Quit
  (`window.quit_app`) always ends the app; closing the window may keep it in the tray.
  (The Today page itself belongs to the window: `window.today`, `window.show_today()`.)
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon

from . import autostart
from .close_to_tray import keep_in_tray
from .first_paint import after_first_paint

if TYPE_CHECKING:
    from .reminder_tray import ReminderTray


class _CloseToTray(QObject):
    """Hides the window instead of closing it when the user chose to keep running."""

    def __init__(self, window: QMainWindow, tray: ReminderTray):
        super().__init__(window)
        self.window, self.tray = window, tray

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close and not self.window.quitting:
            if keep_in_tray(self.window, self.window.data_dir, self.tray.available()):
                event.ignore()
                self.window.hide()
                return True
        return False


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def install(window: QMainWindow) -> None:
    """The tray (its module, icon, menu and reminders: a query over all deadlines, and
    recording what was shown) right after the window's first paint, or at once when the
    window starts hidden in the tray. (Today as the start page is the window's own choice.)"""
    QApplication.instance().setQuitOnLastWindowClosed(not tray_available())
    after_first_paint(window, lambda: _install_tray(window))


def _install_tray(window: QMainWindow) -> ReminderTray:
    from .reminder_tray import ReminderTray

    tray = ReminderTray(window, icon=window.windowIcon())
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
    QApplication.instance().setQuitOnLastWindowClosed(not tray.available())
    tray.start()
    return tray


class DeadlinesFeature:
    def build(self, window: QMainWindow) -> None:
        export = QAction(QCoreApplication.translate("Deadlines", "Export deadlines (.ics)…"), window)
        export.triggered.connect(lambda _checked=False: window.today.export_ics())
        window.add_action("file", "export", export)
        login = QAction(QCoreApplication.translate("Deadlines", "Start at login (in the tray)"), window,
                        checkable=True)
        login.setChecked(autostart.is_enabled())
        login.toggled.connect(lambda on: autostart.set_enabled(on))
        window.add_action("settings", "preferences", login)
        window.autostart_action = login

    def start(self, window: QMainWindow) -> None:
        install(window)


FEATURE = DeadlinesFeature()
