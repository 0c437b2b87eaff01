"""Reminders reach the desktop with no tray: a real notification server (Debian's dunst)
on the test's private session bus (tests/run.sh starts dbus-run-session) shows them, and
its actions ("Open", "Snooze a day") come back to the app. dunst draws on X, so the
fixture gives it an Xvfb of its own. Under CI=true a missing part fails the test."""
from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
from datetime import datetime, timedelta, timezone

import pytest

from casekeeper.db import cases, deadlines

NOW = datetime(2026, 3, 24, 1, 30, tzinfo=timezone.utc)
SERVICE = "org.freedesktop.Notifications"


def _missing(what: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is needed for the notification test (CI installs it: .ci/run)")
    pytest.skip(f"{what} is not available")


def _start_xvfb():
    """An Xvfb on a free display (-displayfd): (process, display number)."""
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "800x600x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    text = b""
    while not text.endswith(b"\n"):
        ready, _, _ = select.select([read], [], [], 20)
        chunk = os.read(read, 16) if ready else b""
        if not chunk:
            proc.kill()
            os.close(read)
            pytest.fail("Xvfb did not start")
        text += chunk
    os.close(read)
    return proc, int(text)


def _owner_present() -> bool:
    from PySide6.QtDBus import QDBusConnection

    return QDBusConnection.sessionBus().interface().isServiceRegistered(SERVICE).value()


@pytest.fixture
def notification_server(qtbot, tmp_path):
    """dunst owning org.freedesktop.Notifications on this session bus; its context menu
    (for actions) answered by a script that picks "Snooze". Killed afterwards."""
    for tool in ("dunst", "dunstctl", "Xvfb"):
        if shutil.which(tool) is None:
            _missing(tool)
    from PySide6.QtDBus import QDBusConnection

    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") or not QDBusConnection.sessionBus().isConnected():
        _missing("a D-Bus session bus (run the tests with `make test`)")
    assert not _owner_present(), "another notification server is on the test's bus"
    pick = tmp_path / "pick-snooze.sh"
    pick.write_text("#!/bin/sh\ngrep -m1 -i snooze\n")
    pick.chmod(0o755)
    config = tmp_path / "config" / "dunst"
    config.mkdir(parents=True)
    (config / "dunstrc").write_text(f"[global]\n    dmenu = {pick}\n")
    xvfb, display = _start_xvfb()
    env = {**os.environ, "DISPLAY": f":{display}", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    log = open(tmp_path / "dunst.log", "wb")
    dunst = subprocess.Popen(["dunst"], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        qtbot.waitUntil(_owner_present, timeout=15000)
        yield env
    finally:
        dunst.terminate()
        xvfb.terminate()
        for proc in (dunst, xvfb):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        log.close()


def dunstctl(env, *args) -> str:
    return subprocess.run(["dunstctl", *args], env=env, capture_output=True, text=True, timeout=20).stdout


def displayed(env) -> int:
    return int(dunstctl(env, "count", "displayed").strip() or 0)


def history(env) -> list[dict]:
    data = json.loads(dunstctl(env, "history"))["data"]
    return [{k: v["data"] for k, v in n.items()} for n in (data[0] if data else [])]


def test_a_reminder_reaches_the_desktop_without_a_tray(qtbot, db, data_dir, clock, notification_server,
                                                         monkeypatch):
    from casekeeper.gui.reminder_tray import ReminderTray

    env = notification_server
    monkeypatch.setattr(ReminderTray, "available", staticmethod(lambda: False))   # GNOME's default: no tray
    clock.set(NOW)
    case = cases.create_case("OCI suspended")
    reply = deadlines.create_deadline(case.id, "custom", "Reply to support", due_at=NOW + timedelta(days=3))
    tray = ReminderTray(data_dir=data_dir)
    assert not tray.icon.isVisible()
    tray.start()                                             # the 3-day reminder is due now
    qtbot.waitUntil(lambda: displayed(env) == 1, timeout=15000)
    assert tray.desktop.supports_actions

    with qtbot.waitSignal(tray.open_requested, timeout=15000):   # "Open" (the default action: a click)
        dunstctl(env, "action", "0")
    qtbot.waitUntil(lambda: any(n["summary"] == "Due within 3 days" for n in history(env)), timeout=15000)
    shown = next(n for n in history(env) if n["summary"] == "Due within 3 days")
    assert "Reply to support (OCI suspended)" in shown["body"] and shown["appname"] == "Casekeeper"

    # a second reminder: "Snooze a day" from the notification's menu snoozes that deadline
    chase = deadlines.create_deadline(case.id, "custom", "Chase the sales desk", due_at=NOW + timedelta(hours=1))
    tray.deadlines_changed()
    qtbot.waitUntil(lambda: displayed(env) == 1, timeout=15000)
    dunstctl(env, "context")
    qtbot.waitUntil(lambda: deadlines.get_deadline(chase.id).snoozed_until is not None, timeout=15000)
    assert deadlines.get_deadline(chase.id).snoozed_until == NOW + timedelta(days=1)
    assert deadlines.get_deadline(reply.id).snoozed_until is None
    assert [t for t, _ in tray.shown] == ["Due within 3 days", "Due within an hour"]
    tray.shutdown()


def test_the_window_closed_in_the_background_still_reminds(qtbot, db, data_dir, clock, notification_server,
                                                           monkeypatch, tmp_path):
    """No tray, but a notification server: closing the window (keeping it running, as the
    question offers) hides it, and the next reminder still arrives."""
    from casekeeper.db import settings
    from casekeeper.gui.deadlines_integration import install
    from casekeeper.gui.main_window import MainWindow
    from casekeeper.gui.reminder_tray import ReminderTray

    env = notification_server
    monkeypatch.setattr(ReminderTray, "available", staticmethod(lambda: False))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    clock.set(NOW)
    case = cases.create_case("OCI suspended")
    settings.save(data_dir, {"close_to_tray": True})
    w = MainWindow(data_dir)
    install(w)
    w.show()
    qtbot.waitUntil(lambda: getattr(w, "reminder_tray", None) is not None)
    w.close()
    assert not w.isVisible() and not w.quitting              # hidden, still running
    deadlines.create_deadline(case.id, "custom", "Account closes", due_at=NOW + timedelta(hours=20))
    w.reminder_tray.deadlines_changed()
    qtbot.waitUntil(lambda: displayed(env) == 1, timeout=15000)
    dunstctl(env, "close-all")
    qtbot.waitUntil(lambda: any("Account closes" in n["body"] for n in history(env)), timeout=15000)
    w.reminder_tray.shutdown()
    w.quitting = True
    w.close()
    w.deleteLater()
