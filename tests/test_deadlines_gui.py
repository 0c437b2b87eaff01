"""The Today view, the two clocks, and reminders reaching the user from the tray."""
from datetime import datetime, timedelta, timezone

import time

import pytest
from PySide6.QtCore import Qt

from casekeeper.db import cases, deadlines, desks, events, settings
from casekeeper.db.models import DeadlineReminder

JST = timezone(timedelta(hours=9))
NOW = datetime(2026, 3, 24, 10, 30, tzinfo=JST)   # a Tuesday, 10:30 in Tokyo


pytestmark = pytest.mark.usefixtures("user_in_utc")    # desk times in Tokyo and LA show the desk's time beside


@pytest.fixture
def world(db, clock):
    clock.set(NOW)
    case = cases.create_case("OCI suspended")
    email = desks.create_desk(case.id, "Support email", kind="email", timezone="America/Los_Angeles",
                              hours=["always"], reply_window_days=10)
    sales = desks.create_desk(case.id, "Sales form", language="ja", hours=["Mon-Fri 09:00-17:00"], follow_up_days=3)
    phone = desks.create_desk(case.id, "Phone", language="ja", hours=["Mon-Fri 09:00-12:00,13:00-17:00"])
    events.create_event(case.id, "received", "Final", occurred_at=NOW - timedelta(days=8), desk=email.id)
    events.create_event(case.id, "sent", "Form", occurred_at=datetime(2026, 3, 19, 12, 45, tzinfo=JST), desk=sales.id)
    deadlines.create_deadline(case.id, "custom", "Move DNS", due_at=NOW - timedelta(hours=5))
    deadlines.create_deadline(case.id, "custom", "Far away", due_at=NOW + timedelta(days=20))
    other = cases.create_case("Second provider")
    deadlines.create_deadline(other.id, "custom", "Renew domain", due_at=NOW + timedelta(days=6))
    return case, email, sales, phone, other


def texts(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_today_view_lists_overdue_due_waiting_and_open_desks(qtbot, world, clock):
    from casekeeper.gui.views.today import TodayView

    case, email, sales, phone, other = world
    view = TodayView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.filled):         # read off the GUI thread, applied when it arrives
        view.set_case(case.id)
    assert texts(view.due_model, 1) == ["Move DNS", "Chase Sales form", "Reply to Support email", "Renew domain"]
    assert view.due_model.index(0, 0).data().endswith("(5 h ago)")
    assert view.due_model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None     # overdue row drawn in red
    assert "Far away" not in texts(view.due_model, 1)            # beyond 7 days
    assert "Overdue: 1" in view.due_heading.text() and "7 days: 3" in view.due_heading.text()
    assert texts(view.waiting_model, 2) == ["Sales form"] and texts(view.waiting_model, 1) == ["2"]
    status = dict(zip(texts(view.desks_model, 0), texts(view.desks_model, 1)))
    assert status["Phone"] == "Open now, closes 03:00 (12:00 JST at the desk)"   # the user's time first
    assert status["Support email"] == "Open (always)"

    view.due_table.selectRow(1)
    with qtbot.waitSignal(view.filled):
        qtbot.mouseClick(view.snooze_button, Qt.MouseButton.LeftButton)
    chase = next(d for d in deadlines.list_deadlines(case.id) if d.kind == "follow_up")
    assert chase.snoozed_until == NOW + timedelta(days=1)
    view.due_table.selectRow(0)
    with qtbot.waitSignal(view.filled):
        qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert "Move DNS" not in texts(view.due_model, 1)
    with qtbot.waitSignal(view.open_case) as blocker:
        view.due_table.doubleClicked.emit(view.due_model.index(2, 1))
    renew = view.due_model.rows[2]
    assert blocker.args == [other.id, "DeadlinesView", renew.id]   # a deadline: the case's Deadlines tab, selected
    with qtbot.waitSignal(view.open_case) as blocker:
        view.desks_table.doubleClicked.emit(view.desks_model.index(0, 0))
    assert blocker.args == [case.id, "DesksView", view.desks_model.rows[0].desk.id]
    clock.set(NOW.replace(hour=12, minute=30))          # lunch break at the phone desk: listed, closed
    with qtbot.waitSignal(view.filled):
        view.refresh()
    status = dict(zip(texts(view.desks_model, 0), texts(view.desks_model, 1)))
    assert status["Phone"] == "Closed, opens 04:00 (13:00 JST at the desk)"
    assert texts(view.desks_model, 0)[-1] == "Phone"            # open desks first


def test_the_two_clocks_follow_the_timeline(qtbot, world, clock):
    from casekeeper.gui.case_clocks import CaseClocks

    case, email, sales, phone, other = world
    clocks = CaseClocks()
    qtbot.addWidget(clocks)
    clocks.set_case(case.id)
    assert clocks.owe.value.text() == "Thu 26 Mar 01:30"           # the user's zone here is UTC
    assert "Reply to Support email" in clocks.owe.detail.text() and "in 2 days" in clocks.owe.detail.text()
    assert clocks.waiting.value.text() == "Thu 19 Mar 03:45"
    assert clocks.waiting.detail.text() == "Sales form · 2 business days"
    events.create_event(case.id, "sent", "My reply", occurred_at=NOW, desk=email.id)
    events.create_event(case.id, "received", "Their answer", occurred_at=NOW, desk=sales.id)
    clocks.refresh()
    assert clocks.owe.value.text() == "—" and clocks.owe.detail.text() == "No reply owed."
    assert clocks.waiting.value.text() == "Tue 24 Mar 01:30"       # now they owe me an answer
    assert clocks.waiting.detail.text() == "Support email · 0 business days"
    events.create_event(case.id, "received", "Closed, sorry", occurred_at=NOW + timedelta(hours=1), desk=email.id)
    clocks.refresh()
    assert clocks.waiting.value.text() == "—" and clocks.waiting.detail.text() == "Nobody owes you an answer."


def test_tray_notifies_each_stage_once_with_an_injected_clock(qtbot, world, clock, data_dir):
    from casekeeper.gui.reminder_tray import ReminderTray

    case, *_ = world
    for d in deadlines.list_deadlines(case.id) + deadlines.list_deadlines(world[4].id):
        deadlines.set_state(d.id, "done")
    due = NOW + timedelta(days=3, minutes=1)
    d = deadlines.create_deadline(case.id, "custom", "Reply to support", due_at=due)
    tray = ReminderTray()
    with qtbot.waitSignal(tray.scheduler.rescheduled):     # the first pass runs off the GUI thread
        tray.start()
    assert tray.shown == []
    assert tray.scheduler.next_at == due - timedelta(days=3)
    assert tray.scheduler.timer.isActive() and 55_000 <= tray.scheduler.timer.remainingTime() <= 60_000

    clock.set(due - timedelta(days=3))            # the timer fires: the 3-day reminder
    tray.scheduler.timer.timeout.emit()
    assert [t for t, _ in tray.shown] == ["Due within 3 days"]
    assert "Reply to support (OCI suspended)" in tray.shown[0][1]
    tray.scheduler.timer.timeout.emit()
    assert len(tray.shown) == 1                   # at most once

    again = ReminderTray()                        # a restart does not repeat it
    with qtbot.waitSignal(again.scheduler.rescheduled):
        again.start()
    assert again.shown == [] and again.scheduler.next_at == due - timedelta(days=1)

    clock.set(due - timedelta(hours=20))
    again.scheduler.timer.timeout.emit()
    assert [t for t, _ in again.shown] == ["Due within a day"]
    again.snooze_last(hours=24)                   # snoozed past the due time
    assert deadlines.get_deadline(d.id).snoozed_until == due + timedelta(hours=4)
    clock.set(due + timedelta(hours=1))
    again.scheduler.timer.timeout.emit()
    assert len(again.shown) == 1
    clock.set(due + timedelta(hours=4))
    again.scheduler.timer.timeout.emit()
    assert [t for t, _ in again.shown][-1] == "Deadline passed"
    # 3 days, 1 day, 1 hour (moot, recorded with "passed"), passed: each once
    assert DeadlineReminder.select().where(DeadlineReminder.deadline == d.id).count() == 4
    again.menu.aboutToShow.emit()                 # the menu is filled as it opens
    labels = [a.text() for a in again.menu.actions()]
    assert any("Reply to support" in t for t in labels) and "Quit" in labels


def test_the_tray_keeps_only_its_recent_notifications(qtbot, world, clock):
    from casekeeper.db import reminders
    from casekeeper.gui.reminder_tray import RECENT, ReminderTray

    due = reminders.pending(NOW)
    assert due
    tray = ReminderTray()
    every = []
    tray.notified.connect(lambda title, text: every.append((title, text)))
    for n in range(RECENT + 5):          # a long-running app: the list does not grow with every reminder
        tray.notify([due[n % len(due)]])
    assert len(every) == RECENT + 5 and tray.shown == every[-RECENT:]


def test_a_clock_jump_is_noticed_and_rescheduled(qtbot, world, clock):
    from casekeeper.gui.reminder_scheduler import ReminderScheduler

    mono = [1000.0]
    s = ReminderScheduler(monotonic=lambda: mono[0])
    s.reschedule()
    first = s.next_at
    mono[0] += 60
    clock.set(NOW + timedelta(days=2))            # the machine slept two days
    with qtbot.waitSignal(s.rescheduled):
        s.timer.timeout.emit()
    assert s.jumps == 1 and s.next_at != first


def test_autostart_file_and_close_to_tray_setting(tmp_path, monkeypatch, qtbot, data_dir):
    from casekeeper.gui import autostart
    from casekeeper.gui.close_to_tray import keep_in_tray

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = autostart.set_enabled(True)
    assert path == tmp_path / "config" / "autostart" / "casekeeper.desktop"
    text = path.read_text()
    assert "[Desktop Entry]" in text and "--tray" in text and autostart.is_enabled()
    autostart.set_enabled(False)
    assert not path.exists() and not autostart.is_enabled()
    settings.save(data_dir, {"close_to_tray": True})
    assert keep_in_tray(None, data_dir, tray_available=True) is True
    assert keep_in_tray(None, data_dir, tray_available=False) is False


def test_holidays_and_icalendar_are_not_imported_at_start_up():
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys; import gui.views.today, gui.reminder_tray, gui.case_clocks, gui.deadline_text, db.desks\n"
            "assert 'holidays' not in sys.modules and 'icalendar' not in sys.modules, 'heavy import at start-up'\n")
    root = Path(__file__).resolve().parent.parent
    r = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


def test_adding_an_inactivity_deadline_from_the_today_view(qtbot, world, clock):
    from casekeeper.gui.deadline_dialog import DeadlineDialog

    case, *_ = world
    dialog = DeadlineDialog(case.id)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("inactivity"))
    assert dialog.use_days.isChecked() and not dialog.due.isEnabled()
    dialog.title.setText("Account closes")
    dialog.days.setValue(30)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.deadline.due_at == (NOW + timedelta(days=30)).astimezone(timezone.utc)


def test_desks_view_shows_open_or_closed_with_the_reason(qtbot, world, clock):
    from casekeeper.gui.models.desk_model import DeskTableModel
    from casekeeper.gui.views.desks import DesksView

    case, email, sales, phone, other = world
    clock.set(datetime(2026, 3, 20, 10, 0, tzinfo=JST))          # Vernal Equinox Day, a Friday
    view = DesksView()
    qtbot.addWidget(view)
    view.set_case(case.id)
    model = view.table.model()
    col = DeskTableModel.STATUS
    assert model.headerData(col, Qt.Orientation.Horizontal) == "Open now?"
    qtbot.waitUntil(lambda: model.index(0, col).data() != "")
    status = {model.index(r, 1).data(): model.index(r, col).data() for r in range(model.rowCount())}
    assert status["Support email"] == "Open (always)"
    assert status["Phone"] == "Closed, opens Mon 00:00 (09:00 JST)"       # the cell: short, the reason on hover
    phone_row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "Phone")
    assert model.index(phone_row, col).data(Qt.ItemDataRole.ToolTipRole) == \
        "Closed (Vernal Equinox Day), opens Mon 23 Mar 00:00 (09:00 JST at the desk)"      # in full on hover
    colours = {model.index(r, 1).data(): model.index(r, col).data(Qt.ItemDataRole.ForegroundRole).name()
               for r in range(model.rowCount())}
    assert colours["Support email"] != colours["Phone"]                    # open and closed told apart by colour
    view.resize(840, 600)                                                  # the right side of a 1280x800 window
    view.show()
    qtbot.waitExposed(view)
    assert col == DeskTableModel.NAME + 1                                  # right after the name ...
    assert view.table.columnViewportPosition(col) + view.table.columnWidth(col) <= view.table.viewport().width()
    width = view.table.fontMetrics().horizontalAdvance(status["Phone"])
    assert width < view.table.columnWidth(col), "the open-now cell is cut"
    view.select(phone.id)
    assert view.open_now.text() == "Closed (Vernal Equinox Day), opens Mon 23 Mar 00:00 (09:00 JST at the desk)"


def test_today_columns_share_the_width_and_empty_sections_say_so(qtbot, db, clock):
    from casekeeper.gui.views.today import KEEP, MIN_COLUMN, TodayView, share_widths

    assert share_widths([100, 150, 80], 1, 500) == [100, 320, 80]          # room: the free-text column takes it
    squeezed = share_widths([KEEP + 30, 400, 300], 1, 700)
    assert squeezed[0] == KEEP + 30 and sum(squeezed) <= 700 and min(squeezed[1:]) >= KEEP   # dates stay whole
    tight = share_widths([190, 400, 90, 260], 1, 500)
    assert sum(tight) <= 500 and min(tight) >= MIN_COLUMN                  # never wider than the table
    clock.set(NOW)
    view = TodayView()
    qtbot.addWidget(view)
    view.show()
    assert view.desks_table.empty.text() == "Reading…"                    # not read yet: it does not say "none"
    qtbot.waitUntil(lambda: view.has_data)
    assert view.due_table.isHidden() and view.due_table.empty.isVisible() and view.done_button.isHidden()
    assert view.desks_table.empty.text() == "No desks in the cases still going."
    assert view.clocks_table.isHidden() and view.clocks_table.empty.isVisible()   # no case at all


TIMES_SHOWN = [
    # the user's zone, the desk's zone, the moment, what a person reads (the user's time first)
    ("UTC", "Asia/Tokyo", "2026-03-23T09:00+09:00", "Mon 23 Mar 00:00 (09:00 JST at the desk)"),
    ("Asia/Tokyo", "Asia/Tokyo", "2026-03-23T09:00+09:00", "Mon 23 Mar 09:00"),
    ("America/Los_Angeles", "Asia/Tokyo", "2026-03-23T09:00+09:00", "Sun 22 Mar 17:00 (Mon 23 Mar 09:00 JST at the desk)"),
    ("Europe/Berlin", "Europe/London", "2026-03-29T10:00+01:00", "Sun 29 Mar 11:00 (10:00 BST at the desk)"),
    ("Asia/Tokyo", "America/Los_Angeles", "2026-03-09T09:00-07:00", "Tue 10 Mar 01:00 (Mon 9 Mar 09:00 PDT at the desk)"),
]


@pytest.mark.parametrize("row", TIMES_SHOWN, ids=[r[0] + "-" + r[1] for r in TIMES_SHOWN])
def test_times_are_shown_in_the_users_zone_with_the_desks_beside(row, qapp, monkeypatch):
    from zoneinfo import ZoneInfo

    from casekeeper.gui.deadline_text import desk_time

    user, desk, moment, expected = row
    monkeypatch.setenv("TZ", user)
    time.tzset()
    value = datetime.fromisoformat(moment)
    assert desk_time(value, ZoneInfo(desk), now=value - timedelta(days=3)) == expected


def test_relative_countdowns_change_at_whole_units():
    from casekeeper.gui.deadline_text import relative, relative_changes_at

    due = datetime(2026, 3, 24, 12, 0, tzinfo=timezone.utc)
    for now, text, changes in [
        (due - timedelta(minutes=17, seconds=30), "in 17 min", due - timedelta(minutes=17) + timedelta(seconds=1)),
        (due - timedelta(hours=5, minutes=10), "in 5 h", due - timedelta(hours=5) + timedelta(seconds=1)),
        (due - timedelta(days=3, hours=2), "in 3 days", due - timedelta(days=3) + timedelta(seconds=1)),
        (due + timedelta(minutes=5, seconds=10), "5 min ago", due + timedelta(minutes=6)),
    ]:
        assert relative(due, now) == text
        later = relative_changes_at(due, now)
        assert later == changes and relative(due, later) != text and relative(due, later - timedelta(seconds=2)) == text
