"""How the deadlines area plugs into the main window (two calls from it):

- `install(window)` once, after the window is built: right after the window's
  first paint, the tray icon with its reminders, close-to-tray (asked once),
  and the window's quit going through the tray.
- `after_build(window)` at the end of every (re)build of the window (the
  language switch rebuilds it): the menu entries (export .ics, start at
  login), and rescheduling the reminders whenever a view changed something.
  (The Today page itself belongs to the window: `window.today`, `window.show_today()`.)
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
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
        self.window, self.tray, self.quitting = window, tray, False

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close and not self.quitting:
            if keep_in_tray(self.window, self.window.data_dir, self.tray.available()):
                event.ignore()
                self.window.hide()
                return True
        return False

    def quit(self) -> None:
        self.quitting = True
        self.window.close()
        QApplication.quit()


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
    closer = _CloseToTray(window, tray)
    window.installEventFilter(closer)
    window.reminder_tray = tray
    window.close_to_tray = closer

    def show_today():
        window.showNormal()
        window.raise_()
        window.activateWindow()
        window.show_today()

    tray.open_requested.connect(show_today)
    tray.quit_requested.connect(closer.quit)
    QApplication.instance().setQuitOnLastWindowClosed(not tray.available())
    after_build(window)
    tray.start()
    return tray


def view_built(window: QMainWindow, view) -> None:
    """The main window builds a case tab's view when it is first shown: reschedule on its changes too."""
    tray: ReminderTray | None = getattr(window, "reminder_tray", None)
    if tray is not None:
        view.changed.connect(tray.deadlines_changed)


def after_build(window: QMainWindow) -> None:
    tray: ReminderTray | None = getattr(window, "reminder_tray", None)
    if tray is None:
        return
    today = window.today
    for view in [*window.views, today]:
        if view is not None:   # tabs not built yet are connected when built (view_built)
            view.changed.connect(tray.deadlines_changed)
    tray.scheduler.fired.connect(lambda _items: window.today.refresh())   # the rebuilt page, not an old one
    _add_menu_entries(window, today)
    quit_keys = QKeySequence(QKeySequence.StandardKey.Quit)
    for action in window.menuBar().actions()[0].menu().actions():
        if action.shortcut() == quit_keys:               # File > Quit really quits
            action.triggered.disconnect()
            action.triggered.connect(lambda _checked=False: window.close_to_tray.quit())


def _menu(window: QMainWindow, position: int):
    actions = window.menuBar().actions()
    return actions[position].menu() if len(actions) > position else None


def _add_menu_entries(window: QMainWindow, today) -> None:
    file_menu, settings_menu = _menu(window, 0), _menu(window, 2)
    if file_menu is not None and today is not None:
        export = QAction(QCoreApplication.translate("Deadlines", "Export deadlines (.ics)…"), file_menu)
        export.triggered.connect(lambda _checked=False: today.export_ics())
        first = file_menu.actions()
        file_menu.insertAction(first[2] if len(first) > 2 else None, export)
    if settings_menu is not None:
        login = QAction(QCoreApplication.translate("Deadlines", "Start at login (in the tray)"), settings_menu,
                        checkable=True)
        login.setChecked(autostart.is_enabled())
        login.toggled.connect(lambda on: autostart.set_enabled(on))
        settings_menu.addAction(login)
        window.autostart_action = login
