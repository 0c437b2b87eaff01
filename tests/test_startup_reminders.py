"""Start-up does not wait for the reminders: the tray looks at the deadlines (and records
what it showed) right after the window's first paint, and says the same as before."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from casekeeper.db import cases, deadlines, reminders
from casekeeper.db.models import DeadlineReminder
from casekeeper.gui.deadlines_integration import install
from casekeeper.gui.main_window import MainWindow
from casekeeper.gui.reminder_tray import ReminderTray

NOW = datetime(2026, 3, 24, 1, 30, tzinfo=timezone.utc)


@pytest.fixture
def world(db, data_dir, clock, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(ReminderTray, "available", staticmethod(lambda: True))
    clock.set(NOW)
    case = cases.create_case("OCI suspended")
    deadlines.create_deadline(case.id, "custom", "Reply to support", due_at=NOW + timedelta(days=2))
    deadlines.create_deadline(case.id, "custom", "Missed", due_at=NOW - timedelta(hours=1))
    deadlines.create_deadline(case.id, "custom", "Later", due_at=NOW + timedelta(days=5))
    return case


def _window(data_dir):
    w = MainWindow(data_dir)
    install(w)
    return w


def _close(w):
    w.quitting = True
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_check_says_what_pending_and_next_reminder_at_say(world):
    shown, next_at = reminders.check(NOW)
    assert sorted((r.stage, r.item.title) for r in shown) == [("3d", "Reply to support"), ("passed", "Missed")]
    assert sorted(shown, key=lambda r: r.item.id) == sorted(reminders.pending(NOW), key=lambda r: r.item.id)
    assert DeadlineReminder.select().count() == 0          # check() writes nothing
    reminders.mark_shown(shown, NOW)
    assert DeadlineReminder.select().count() == 1 + 4      # each offset up to the one shown (3d 1d 1h passed)
    assert next_at == reminders.next_reminder_at(NOW) == NOW + timedelta(days=1)   # "Reply": 1 day before
    assert reminders.check(NOW) == ([], next_at)


def test_the_window_paints_before_the_reminders_and_they_come_once(world, data_dir, qtbot):
    w = _window(data_dir)
    assert getattr(w, "reminder_tray", None) is None and DeadlineReminder.select().count() == 0
    w.show()
    qtbot.waitUntil(lambda: getattr(w, "reminder_tray", None) is not None
                    and w.reminder_tray.scheduler.checked_at is not None)
    assert [t for t, _ in w.reminder_tray.shown] == ["2 deadlines need you"]
    assert DeadlineReminder.select().count() == 5
    assert w.reminder_tray.scheduler.next_at == NOW + timedelta(days=1)
    _close(w)

    again = _window(data_dir)                              # a restart does not repeat them
    again.show()
    qtbot.waitUntil(lambda: getattr(again, "reminder_tray", None) is not None
                    and again.reminder_tray.scheduler.checked_at is not None)
    assert again.reminder_tray.shown == [] and again.reminder_tray.scheduler.next_at == NOW + timedelta(days=1)
    _close(again)


def test_started_in_the_tray_the_reminders_come_without_a_window(world, data_dir, qtbot):
    w = _window(data_dir)                                  # `casekeeper --tray`: never shown
    qtbot.waitUntil(lambda: getattr(w, "reminder_tray", None) is not None
                    and w.reminder_tray.scheduler.checked_at is not None)
    assert not w.isVisible() and len(w.reminder_tray.shown) == 1
    _close(w)
