"""One timer for everything on screen that changes with time: desk statuses,
countdowns, the two clocks, which deadlines are overdue.

A view that shows such things tells `live_clock().watch(self, at, callback)` the
next moment its content changes on its own (db: DeskStatus.changes_at, a deadline's
due time; deadline_text.relative_changes_at for a countdown). The clock sleeps until
the first of these moments, then calls the callbacks whose moment has come (each
computes its next one and watches again). No polling: nothing runs while nothing
changes. Long sleeps are cut at MAX_SLEEP so a wall clock that jumped is noticed.
The clock itself is db.clock (injectable in tests).
"""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer

from casekeeper.db import clock

MAX_SLEEP = timedelta(hours=1)


class LiveClock(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._fire)
        self._watched: dict[int, tuple[datetime, object]] = {}
        self.next_at: datetime | None = None

    def watch(self, owner: QObject, at: datetime | None, callback) -> None:
        """Call `callback()` once `at` has come (None: nothing to wait for). One moment
        per owner: a new call replaces the last; a destroyed owner is forgotten."""
        key = id(owner)
        if key not in self._watched:
            owner.destroyed.connect(lambda *_a, k=key: self._forget(k))
        self._watched[key] = (at, callback)
        self._arm()

    def _forget(self, key: int) -> None:
        self._watched.pop(key, None)
        self._arm()

    def _arm(self) -> None:
        self.timer.stop()
        times = [at for at, _ in self._watched.values() if at is not None]
        self.next_at = min(times) if times else None
        if self.next_at is None:
            return
        wait = min(self.next_at - clock.now(), MAX_SLEEP)
        self.timer.start(max(0, int(wait.total_seconds() * 1000) + 50))

    def _fire(self) -> None:
        """Call back every owner whose moment has come (each watches again as it refreshes)."""
        now = clock.now()
        due = [(key, cb) for key, (at, cb) in self._watched.items() if at is not None and at <= now]
        for key, cb in due:
            self._watched[key] = (None, cb)
        for _, callback in due:
            callback()
        self._arm()


_instance: LiveClock | None = None


def live_clock() -> LiveClock:
    """The application's one live clock."""
    global _instance
    if _instance is None:
        _instance = LiveClock(QCoreApplication.instance())
        _instance.destroyed.connect(_reset)
    return _instance


def _reset(*_args) -> None:
    global _instance
    _instance = None


class WhenShown(QObject):
    """A live-clock callback for a widget: `tick()` refreshes it at once when it is visible,
    else when it is next shown (a hidden tab does no work until it is looked at)."""

    def __init__(self, widget, refresh):
        super().__init__(widget)
        self.widget, self.refresh, self.stale = widget, refresh, False
        widget.installEventFilter(self)

    def tick(self) -> None:
        if self.widget.isVisible():
            self.refresh()
        else:
            self.stale = True

    def eventFilter(self, obj, event) -> bool:
        if obj is self.widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False
