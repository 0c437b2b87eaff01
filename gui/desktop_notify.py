"""Desktop notifications through the freedesktop Notifications service on the
session bus (org.freedesktop.Notifications: GNOME Shell, KDE Plasma, dunst,
mako, xfce4-notifyd ...), whether or not the desktop has a system tray.

QtDBus (PySide6.QtDBus) watches the bus: whether a notification server is there
(running, or started by the bus on demand). The Notify call itself needs a
UINT32 argument (replaces_id), which PySide6 cannot marshal (a Python int becomes
INT32, and QDBusArgument writes UINT16; the servers check the signature), so the
call and the server's answers (ActionInvoked, NotificationClosed, which the
server sends to the connection that asked) go through `jeepney`, a pure-Python
D-Bus client (already installed with `keyring`), on a connection of its own
whose messages are handled off the GUI thread. Results come back to the GUI
thread as Qt signals.

Actions: "Open" (the key "default": also a click on the notification) and
"Snooze a day", where the server offers actions.
"""
from __future__ import annotations

import queue
import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
TIMEOUT = 5.0           # seconds to wait for the server (a bus-activated one starts first)


def service_present() -> bool:
    """A notification server is on the session bus, or the bus can start one for a display
    (QtDBus; nothing is started by asking). Without a display no server could show anything."""
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusMessage
    except ImportError:
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    if bus.interface().isServiceRegistered(SERVICE).value():
        return True
    import os

    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return False
    reply = bus.call(QDBusMessage.createMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                   "org.freedesktop.DBus", "ListActivatableNames"))
    return bool(reply.arguments()) and SERVICE in (reply.arguments()[0] or [])


class _Courier(QObject):
    """Carries a result from a worker thread to the GUI thread: made in the worker, connected
    (queued) to the receiver, which Qt disconnects if it is deleted first (emitting on the
    receiver itself from a thread would crash once it is gone)."""

    shown = Signal(int, object)
    failed = Signal(object, str)
    action_invoked = Signal(int, str)
    closed = Signal(int)

    def __init__(self, receiver: DesktopNotifications):
        super().__init__()
        queued = Qt.ConnectionType.QueuedConnection
        self.shown.connect(receiver._shown, queued)
        self.failed.connect(receiver._failed, queued)
        self.action_invoked.connect(receiver._action_invoked, queued)
        self.closed.connect(receiver._closed, queued)


class DesktopNotifications(QObject):
    """Sends notifications and reports what the user did with them."""

    shown = Signal(int, object)         # the server's id, the `tag` given to notify()
    failed = Signal(object, str)        # the tag, why (no server, an error from it)
    action_invoked = Signal(int, str)   # the server's id, the action key ("default", "snooze")
    closed = Signal(int)

    def __init__(self, app_name: str = "Casekeeper", parent=None):
        super().__init__(parent)
        self.app_name = app_name
        self._router = None
        self._lock = threading.Lock()
        self._capabilities: list[str] | None = None
        self._signals: queue.Queue | None = None
        self._listener: threading.Thread | None = None
        self._filters = []

    # --- sending (off the GUI thread)
    def notify(self, summary: str, body: str, *, tag=None, actions: list[tuple[str, str]] = (),
               urgency: int = 1, icon: str = "", timeout_ms: int = -1) -> None:
        """Show a notification; `shown(id, tag)` or `failed(tag, why)` follows. `actions`:
        (key, label) pairs, offered only when the server supports actions."""
        args = (summary, body, tag, list(actions), urgency, icon, timeout_ms)
        threading.Thread(target=self._send, args=args, name="casekeeper-notify", daemon=True).start()

    # the GUI thread's end of the couriers
    @Slot(int, object)
    def _shown(self, notification_id, tag) -> None:
        self.shown.emit(notification_id, tag)

    @Slot(object, str)
    def _failed(self, tag, why) -> None:
        self.failed.emit(tag, why)

    @Slot(int, str)
    def _action_invoked(self, notification_id, key) -> None:
        self.action_invoked.emit(notification_id, key)

    @Slot(int)
    def _closed(self, notification_id) -> None:
        self.closed.emit(notification_id)

    def _courier(self) -> _Courier | None:
        try:
            return _Courier(self)
        except RuntimeError:        # the receiver is gone already
            return None

    def _send(self, summary, body, tag, actions, urgency, icon, timeout_ms) -> None:
        courier = self._courier()
        if courier is None:
            return
        try:
            from jeepney import DBusAddress, new_method_call

            with self._lock:
                router = self._connect()
                address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
                if self._capabilities is None:
                    reply = router.send_and_get_reply(new_method_call(address, "GetCapabilities"), timeout=TIMEOUT)
                    self._capabilities = list(reply.body[0]) if reply.body else []
                flat = [part for key, label in actions for part in (key, label)] \
                    if "actions" in self._capabilities else []
            message = new_method_call(address, "Notify", "susssasa{sv}i",
                                      (self.app_name, 0, icon, summary, body, flat,
                                       {"urgency": ("y", urgency), "desktop-entry": ("s", "casekeeper")},
                                       timeout_ms))
            reply = router.send_and_get_reply(message, timeout=TIMEOUT)
            from jeepney import MessageType

            if reply.header.message_type == MessageType.error:
                courier.failed.emit(tag, str(reply.body[0]) if reply.body else "error")
                return
            courier.shown.emit(int(reply.body[0]), tag)
        except Exception as exc:        # no bus, no server, a timeout: the caller falls back
            courier.failed.emit(tag, f"{type(exc).__name__}: {exc}")

    def _connect(self):
        """The jeepney router and the listener for the server's signals (once)."""
        if self._router is None:
            from jeepney.bus_messages import MatchRule, message_bus
            from jeepney.io.threading import DBusRouter, open_dbus_connection

            router = DBusRouter(open_dbus_connection(bus="SESSION"))
            self._signals = queue.Queue()
            for member in ("ActionInvoked", "NotificationClosed"):
                rule = MatchRule(type="signal", interface=INTERFACE, member=member, path=PATH)
                router.send_and_get_reply(message_bus.AddMatch(rule), timeout=TIMEOUT)
                self._filters.append(router.filter(rule, queue=self._signals, bufsize=64))
            self._router = router
            self._listener = threading.Thread(target=self._listen, name="casekeeper-notify-signals", daemon=True)
            self._listener.start()
        return self._router

    def _listen(self) -> None:
        """Blocks on the queue of the server's signals (no polling); None ends it."""
        from jeepney.low_level import HeaderFields

        courier = self._courier()
        signals = self._signals
        while courier is not None:
            message = signals.get()
            if message is None:
                return
            member = message.header.fields.get(HeaderFields.member)
            if member == "ActionInvoked":
                courier.action_invoked.emit(int(message.body[0]), str(message.body[1]))
            elif member == "NotificationClosed":
                courier.closed.emit(int(message.body[0]))

    @property
    def supports_actions(self) -> bool | None:
        """None until the server was first asked."""
        return None if self._capabilities is None else "actions" in self._capabilities

    def close(self) -> None:
        if self._signals is not None:
            self._signals.put(None)
        if self._router is not None:
            for handle in self._filters:
                handle.close()
            self._router.close()
            self._router = None
