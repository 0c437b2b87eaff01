"""One single-shot timer to the next reminder: no polling loop.

`reschedule()` shows what is due now (through the `fired` signal, each reminder
once: db.reminders records it) and arms the timer for the next one. Call it
whenever deadlines change. After the machine sleeps the timer fires late
(its monotonic clock stops), and a wall clock set forward or back is noticed
when the timer fires: the wall and monotonic time elapsed are compared, and
a jump simply reschedules. Long waits are cut into pieces of at most
MAX_SLEEP so a changed clock is seen within that time; logind's
PrepareForSleep signal (when the system bus is there) reschedules at wake.
The clock (db.clock) and the monotonic source are injectable for tests.
"""
from __future__ import annotations

import time
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from casekeeper.db import clock, reminders

MAX_SLEEP = timedelta(hours=6)
JUMP = timedelta(minutes=2)


class ReminderScheduler(QObject):
    fired = Signal(list)            # list[db.reminders.Reminder], already recorded as shown
    rescheduled = Signal(object)    # datetime of the next reminder, or None

    def __init__(self, parent=None, *, monotonic=time.monotonic):
        super().__init__(parent)
        self.monotonic = monotonic
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)   # coarse timers drift by 5%
        self.timer.timeout.connect(self._wake)
        self.next_at: datetime | None = None
        self.offsets = None          # the user's reminder offsets (None: db.reminders' default)
        self.jumps = 0
        self._armed: tuple[datetime, float] | None = None
        self._listen_for_wake()

    def reschedule(self) -> None:
        now = clock.now()
        due, self.next_at = reminders.check(now, self.offsets)
        if due:
            reminders.mark_shown(due, now)
            self.fired.emit(due)
        self.timer.stop()
        if self.next_at is not None:
            wait = min(self.next_at - now, MAX_SLEEP)
            self.timer.start(max(0, int(wait.total_seconds() * 1000)))
        self._armed = (now, self.monotonic())
        self.rescheduled.emit(self.next_at)

    def _wake(self) -> None:
        if self._armed is not None:
            wall = clock.now() - self._armed[0]
            mono = timedelta(seconds=self.monotonic() - self._armed[1])
            if abs(wall - mono) > JUMP:
                self.jumps += 1      # slept, or the clock was set: nothing special, just look again
        self.reschedule()

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self.reschedule()

    def _listen_for_wake(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        bus = QDBusConnection.systemBus()
        if bus.isConnected():
            bus.connect("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                        "PrepareForSleep", self, "_prepare_for_sleep(bool)")
