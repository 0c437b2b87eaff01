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


def due_now(now: datetime, offsets=None) -> tuple[list, datetime | None]:
    """The reminders due at `now`, recorded as shown, and when the next one falls due."""
    due, next_at = reminders.check(now, offsets)
    if due:
        reminders.mark_shown(due, now)
    return due, next_at


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
        self.checked_at: datetime | None = None     # the last pass over the deadlines (None: none yet)
        self.offsets = None          # the user's reminder offsets (None: db.reminders' default)
        self.jumps = 0
        self._armed: tuple[datetime, float] | None = None
        self._listen_for_wake()

    def reschedule(self, background: bool = False) -> None:
        """`background`: read (and record) what is due off the GUI thread (at start-up: a
        pass over the deadlines of every case); the rest follows when it arrives."""
        now = clock.now()
        if background:
            if not hasattr(self, "_reading"):
                from .db_worker import Latest

                self._reading = Latest()
                self.destroyed.connect(self._reading.drop)
            self._reading.submit(due_now, now, self.offsets, done=lambda found: self._apply(now, *found))
            return
        self._apply(now, *due_now(now, self.offsets))

    def _apply(self, now: datetime, due: list, next_at: datetime | None) -> None:
        self.next_at, self.checked_at = next_at, now
        if due:
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
