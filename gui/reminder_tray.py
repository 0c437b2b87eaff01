"""Reminders that reach the user: a desktop notification through the freedesktop
Notifications service (gui/desktop_notify.py) whether or not a tray exists, with
the actions "Open" and "Snooze a day" where the server offers actions; the tray
icon and its menu (open, the next deadlines, snooze, quit) when there is a tray,
and the tray's own message when there is no notification service.

Reminders come at the offsets the user chose (Settings > Reminders…; db.reminders),
each once; the scheduler sleeps until the next one (gui/reminder_scheduler.py)."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon

from casekeeper.db import clock, deadlines, reminders

from .common import arg
from .deadline_text import deadline_title, language, relative, stage_label, when
from .reminder_scheduler import ReminderScheduler

MENU_ITEMS = 8
RECENT = 20      # notifications kept in `shown` (what was reminded is recorded in the database)


class ReminderTray(QObject):
    open_requested = Signal()          # "Open Casekeeper" / a click on the icon or a message
    quit_requested = Signal()
    notified = Signal(str, str)        # (title, text) of every reminder shown, by whatever way

    def __init__(self, parent=None, icon: QIcon | None = None, data_dir: Path | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.scheduler = ReminderScheduler(self)
        self.scheduler.offsets = self.offsets()
        self.scheduler.fired.connect(self.notify)
        self.icon = QSystemTrayIcon(self)
        app_icon = icon or QApplication.windowIcon()
        if app_icon.isNull():
            app_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.icon.setIcon(app_icon)
        self.icon.setToolTip("Casekeeper")
        self.menu = QMenu()
        self.menu_extras: list = []    # builders other features add to the menu: f(menu), before Quit
        self.menu.aboutToShow.connect(self.build_menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.open_requested)
        self.shown: list[tuple[str, str]] = []      # (title, text) of the last RECENT notifications, newest last
        self.last: list = []                        # the reminders of the last notification (for snooze)
        self.desktop = None                         # DesktopNotifications, made on first use
        self._by_notification: dict[int, list] = {}  # the server's id -> the reminders it shows
        # the menu is filled when it opens (aboutToShow): a read of the deadlines of every
        # case, not wanted on the GUI thread at start-up or with each notification

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def offsets(self) -> tuple[str, ...]:
        """The user's reminder offsets (settings.json; the default without a data dir)."""
        return reminders.user_offsets(self.data_dir or None)

    def start(self) -> None:
        if self.available():
            self.icon.show()
        self.scheduler.reschedule(background=True)     # the first pass over all deadlines: off the GUI thread

    def deadlines_changed(self) -> None:
        self.scheduler.reschedule()

    def settings_changed(self) -> None:
        self.scheduler.offsets = self.offsets()
        self.scheduler.reschedule()

    # --- showing
    def notify(self, items: list) -> None:
        self.last = items
        if len(items) == 1:
            r = items[0]
            title = stage_label(r.stage)
            text = arg(QCoreApplication.translate("Deadlines", "%1 (%2) — %3, %4"), deadline_title(r.item),
                       r.item.case_title, when(r.item.due_at), relative(r.item.due_at))
        else:
            title = arg(QCoreApplication.translate("Deadlines", "%1 deadlines need you"), len(items))
            text = "\n".join(f"{stage_label(r.stage)}: {deadline_title(r.item)}" for r in items[:5])
        self.shown.append((title, text))
        del self.shown[:-RECENT]
        self.notified.emit(title, text)
        passed = any(r.stage == "passed" for r in items)
        from .desktop_notify import DesktopNotifications, service_present

        if service_present():
            if self.desktop is None:
                self.desktop = DesktopNotifications(parent=self)
                self.desktop.shown.connect(self._desktop_shown)
                self.desktop.failed.connect(self._desktop_failed)
                self.desktop.action_invoked.connect(self._desktop_action)
                self.desktop.closed.connect(lambda notification_id: self._by_notification.pop(notification_id, None))
            actions = [("default", QCoreApplication.translate("Deadlines", "Open")),
                       ("snooze", QCoreApplication.translate("Deadlines", "Snooze a day"))]
            self.desktop.notify(title, text, tag=(title, text, passed, items), actions=actions,
                                urgency=2 if passed else 1)
        else:
            self._tray_message(title, text, passed)

    def _tray_message(self, title: str, text: str, passed: bool) -> None:
        if self.available():
            icon = QSystemTrayIcon.MessageIcon.Warning if passed else QSystemTrayIcon.MessageIcon.Information
            self.icon.showMessage(title, text, icon, 15000)

    def _desktop_shown(self, notification_id: int, tag) -> None:
        self._by_notification[notification_id] = tag[3]

    def _desktop_failed(self, tag, _why: str) -> None:
        self._tray_message(tag[0], tag[1], tag[2])      # no server after all: the tray, if any

    def _desktop_action(self, notification_id: int, key: str) -> None:
        items = self._by_notification.get(notification_id)
        if items is None:
            return
        if key == "snooze":
            self.snooze(items)
        else:
            self.open_requested.emit()

    # --- acting
    def snooze_last(self, hours: int = 24) -> None:
        self.snooze(self.last, hours)

    def snooze(self, items: list, hours: int = 24) -> None:
        until = clock.now() + timedelta(hours=hours)
        for r in items:
            try:
                deadlines.snooze(r.item.id, until)
            except Exception:       # gone or finished since: nothing to snooze
                continue
        if items is self.last:
            self.last = []
        self.scheduler.reschedule()
        self.build_menu()

    def build_menu(self) -> None:
        menu = self.menu
        menu.clear()
        menu.addAction(QCoreApplication.translate("Deadlines", "Open Casekeeper"), self.open_requested.emit)
        menu.addSeparator()
        items = deadlines.due(clock.now(), 7, lang=language())
        if not items:
            action = menu.addAction(QCoreApplication.translate("Deadlines", "Nothing due in the next 7 days"))
            action.setEnabled(False)
        for item in items[:MENU_ITEMS]:
            prefix = "⚠ " if item.state == "overdue" else ""
            menu.addAction(f"{prefix}{deadline_title(item)} — {when(item.due_at)}", self.open_requested.emit)
        if len(items) > MENU_ITEMS:
            menu.addAction(arg(QCoreApplication.translate("Deadlines", "… and %1 more"), len(items) - MENU_ITEMS), self.open_requested.emit)
        if self.last:
            menu.addSeparator()
            menu.addAction(QCoreApplication.translate("Deadlines", "Snooze the last reminder for a day"), self.snooze_last)
        for extra in self.menu_extras:
            menu.addSeparator()
            extra(menu)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("Deadlines", "Quit"), self.quit_requested.emit)

    def _activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def shutdown(self) -> None:
        if self.desktop is not None:
            self.desktop.close()
