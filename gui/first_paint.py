"""The window's first paint, as a point in time: the bench marker (gui/bench_marker.py)
measures start-up to it, and work that the window's first paint must not wait for
(the tray's reminders) runs right after it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_PAINTED = QEvent.Type(QEvent.registerEventType())


class FirstPaint(QObject):
    """Calls `callback` once the first paint of `widget` (and its children, painted in the same
    pass) is done: a posted event, handled right after that pass and before any timer, so work
    the window schedules for "after it is shown" is not counted."""

    def __init__(self, widget: QWidget, callback):
        super().__init__(widget)
        self.callback = callback
        self.done = False
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QCoreApplication.postEvent(self, QEvent(_PAINTED))
        return False

    def event(self, event):
        if event.type() == _PAINTED:
            self.callback()
            return True
        return super().event(event)


class _AfterFirstPaint(QObject):
    """A child of the widget (gone with it), with its own timer (no pending call outlives it)."""

    def __init__(self, widget: QWidget, callback):
        super().__init__(widget)
        self.widget, self.callback, self.painted = widget, callback, False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._turn)
        widget.installEventFilter(self)
        self.timer.start(0)          # the event loop's first turn: not shown (in the tray)? run now

    def eventFilter(self, obj, event):
        if not self.painted and obj is self.widget and event.type() == QEvent.Type.Paint:
            self.painted = True
            self.timer.start(0)      # the next turn, after the paint pass (and what it posted)
        return False

    def _turn(self) -> None:
        if self.callback is not None and (self.painted or not self.widget.isVisible()):
            callback, self.callback = self.callback, None
            self.widget.removeEventFilter(self)
            callback()


def after_first_paint(widget: QWidget, callback) -> None:
    """Run `callback` once: on the event loop's next turn after the first paint of `widget`,
    or on the event loop's first turn when `widget` is not shown by then (started hidden,
    in the tray: it may never be painted)."""
    _AfterFirstPaint(widget, callback)
