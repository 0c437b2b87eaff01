"""The tray icon: a menu (open, today's items, snooze, quit) and a desktop
notification when a deadline is 3 days away, 1 day away, and when it passes."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon

from casekeeper.db import clock, deadlines

from .common import arg
from .deadline_text import STAGE_LABELS, deadline_title, relative, tr, when
from .reminder_scheduler import ReminderScheduler

MENU_ITEMS = 8


class ReminderTray(QObject):
    open_requested = Signal()          # "Open Casekeeper" / a click on the icon or a message
    quit_requested = Signal()

    def __init__(self, parent=None, icon: QIcon | None = None):
        super().__init__(parent)
        self.scheduler = ReminderScheduler(self)
        self.scheduler.fired.connect(self.notify)
        self.icon = QSystemTrayIcon(self)
        app_icon = icon or QApplication.windowIcon()
        if app_icon.isNull():
            app_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.icon.setIcon(app_icon)
        self.icon.setToolTip("Casekeeper")
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self.build_menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.open_requested)
        self.shown: list[tuple[str, str]] = []      # (title, text) of every notification, newest last
        self.last: list = []                        # the reminders of the last notification (for snooze)
        # the menu is filled when it opens (aboutToShow): a read of the deadlines of every
        # case, not wanted on the GUI thread at start-up or with each notification

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def start(self) -> None:
        if self.available():
            self.icon.show()
        self.scheduler.reschedule(background=True)     # the first pass over all deadlines: off the GUI thread

    def deadlines_changed(self) -> None:
        self.scheduler.reschedule()

    def notify(self, items: list) -> None:
        self.last = items
        if len(items) == 1:
            r = items[0]
            title = tr(STAGE_LABELS[r.stage])
            text = arg(QCoreApplication.translate("Deadlines", "%1 (%2) — %3, %4"), deadline_title(r.item), r.item.case_title, when(r.item.due_at),
                        relative(r.item.due_at))
        else:
            title = arg(QCoreApplication.translate("Deadlines", "%1 deadlines need you"), len(items))
            text = "\n".join(f"{tr(STAGE_LABELS[r.stage])}: {deadline_title(r.item)}" for r in items[:5])
        self.shown.append((title, text))
        icon = (QSystemTrayIcon.MessageIcon.Warning if any(r.stage == "passed" for r in items)
                else QSystemTrayIcon.MessageIcon.Information)
        self.icon.showMessage(title, text, icon, 15000)

    def snooze_last(self, hours: int = 24) -> None:
        until = clock.now() + timedelta(hours=hours)
        for r in self.last:
            deadlines.snooze(r.item.id, until)
        self.last = []
        self.scheduler.reschedule()
        self.build_menu()

    def build_menu(self) -> None:
        menu = self.menu
        menu.clear()
        menu.addAction(QCoreApplication.translate("Deadlines", "Open Casekeeper"), self.open_requested.emit)
        menu.addSeparator()
        items = deadlines.due(clock.now(), 7)
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
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("Deadlines", "Quit"), self.quit_requested.emit)

    def _activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()
