"""Today and search read off the GUI thread, and the fast ways they read stay right:
business days by whole weeks, the holiday cache, who is waiting on whom, short words."""
import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from casekeeper.db import cases, desk_calendar, desks, events, holiday_cache, search
from casekeeper.db.deadlines import waiting_on_provider

ROOT = Path(__file__).resolve().parent.parent
CALENDARS = [
    dict(timezone_name="Asia/Tokyo", hours=["Mon-Fri 09:00-17:00"], holidays="JP",
         closures=[{"from": "12-29", "to": "01-03", "label": "Year-end"}]),
    dict(timezone_name="Europe/Berlin", hours=["Sat,Sun 10:00-14:00"],
         closures=[{"from": "2026-05-02", "to": "2026-05-17", "label": "Move"}, {"from": "02-29", "to": "02-29"}]),
    dict(timezone_name="America/Los_Angeles", hours=["Mon-Thu 09:00-17:00"], holidays="US",
         closures=[{"from": "08-13", "to": "08-16"}]),
    dict(hours=["always"]),
]


def one_day_at_a_time(cal, start: datetime, end: datetime) -> int:
    d0, d1 = start.astimezone(cal.zone).date(), end.astimezone(cal.zone).date()
    return sum(1 for n in range(1, (d1 - d0).days + 1) if cal.is_business_day(d0 + timedelta(days=n)))


@settings(max_examples=60, deadline=None)
@given(which=st.integers(0, len(CALENDARS) - 1), start=st.datetimes(datetime(2023, 1, 1), datetime(2028, 1, 1)),
       days=st.integers(-3, 1200))
def test_business_days_by_whole_weeks_match_counting_each_day(which, start, days):
    cal = desk_calendar.calendar(**CALENDARS[which])
    start = start.replace(tzinfo=timezone.utc)
    end = start + timedelta(days=days, hours=7)
    assert cal.business_days_between(start, end) == one_day_at_a_time(cal, start, end)


def test_holidays_come_from_the_cache_on_the_next_start(tmp_path):
    """The first start computes a year with `holidays` and keeps it; a later process reads the
    file and never imports the package; a damaged file is just computed again."""
    holiday_cache.use_dir(tmp_path)
    try:
        name = desk_calendar.holiday_name("JP", date(2026, 5, 5), "en")
        assert name == "Children's Day"
        assert (tmp_path / holiday_cache.FILE_NAME).exists()
        probe = ("import sys; from datetime import date; from casekeeper.db import desk_calendar, holiday_cache\n"
                 f"holiday_cache.use_dir({str(tmp_path)!r})\n"
                 "print(repr(desk_calendar.holiday_name('JP', date(2026, 5, 5), 'en')), 'holidays' in sys.modules)")
        out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                             env=dict(os.environ), timeout=60)
        assert out.stdout.strip() == f"{name!r} False", out.stderr
        (tmp_path / holiday_cache.FILE_NAME).write_text("{not json", encoding="utf-8")
        holiday_cache.use_dir(tmp_path)
        assert desk_calendar.holiday_name("JP", date(2026, 1, 1), "en") == "New Year's Day"
        assert "stamp" in json.loads((tmp_path / holiday_cache.FILE_NAME).read_text(encoding="utf-8"))
    finally:
        holiday_cache.use_dir(None)


def test_waiting_on_a_desk_since_the_first_message_after_its_last_answer(db, clock):
    case = cases.create_case("Waiting")
    email = desks.create_desk(case.id, "Support email", hours=["always"])
    quiet = desks.create_desk(case.id, "Answered desk", hours=["always"])
    t0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
    events.create_event(case.id, "sent", "First ask", occurred_at=t0, desk=email.id)
    events.create_event(case.id, "received", "Their answer", occurred_at=t0 + timedelta(days=1), desk=email.id)
    second = events.create_event(case.id, "sent", "Asked again", occurred_at=t0 + timedelta(days=2), desk=email.id)
    events.create_event(case.id, "sent", "And again", occurred_at=t0 + timedelta(days=3), desk=email.id)
    # a message and an answer logged at the very same moment: the one logged later counts as later
    events.create_event(case.id, "sent", "Asked", occurred_at=t0, desk=quiet.id)
    events.create_event(case.id, "chat", "Answered in the chat", occurred_at=t0, desk=quiet.id)
    waits = waiting_on_provider(t0 + timedelta(days=10))
    assert [(w.desk_name, w.event_id) for w in waits] == [("Support email", second.id)]
    late = events.create_event(case.id, "sent", "One more", occurred_at=t0, desk=quiet.id)
    assert {w.desk_name: w.event_id for w in waiting_on_provider(t0 + timedelta(days=10))}["Answered desk"] == late.id
    cases.update_case(case.id, status="closed")
    assert waiting_on_provider(t0 + timedelta(days=10)) == []


def test_a_short_word_stops_at_its_time_budget_with_the_newest_hits(db, clock, monkeypatch):
    case = cases.create_case("Many entries")
    made = [events.create_event(case.id, "note", f"停止 {n}" if n % 2 else f"entry {n}") for n in range(40)]
    assert len(search.search("停止", limit=200)) == 20 and search.search("停止", limit=200).complete
    monkeypatch.setattr(search, "SLICE", 4)                     # one slice: 4 rows
    newest = search.search("停止", limit=200, budget=0.0)       # stops after the first slice
    assert not newest.complete and 0 < len(newest) < 20
    assert {h.event_id for h in newest} <= {e.id for e in made[-4:]}


def test_today_fills_off_the_gui_thread_and_the_title_says_so(qtbot, db, data_dir, clock):
    """The start page is read by the db worker and applied when it arrives (queued to the GUI
    thread, so never during construction); the title names Today only then."""
    from casekeeper.db import clock as db_clock, deadlines
    from casekeeper.gui.main_window import MainWindow

    case = cases.create_case("Going")
    deadlines.create_deadline(case.id, "custom", "Renew the domain", due_at=db_clock.now() + timedelta(days=1))
    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    assert w.showing_today() and not w.today.has_data and w.windowTitle() == "Casekeeper"
    # until the read arrives (not before the event loop runs), no section claims to be empty
    for table in (w.today.due_table, w.today.waiting_table, w.today.desks_table, w.today.clocks_table):
        assert table.empty.isVisibleTo(w) and table.empty.text() == "Reading…"
    qtbot.waitUntil(lambda: w.today.has_data)
    assert w.windowTitle().startswith("Today")
    assert [w.today.due_model.index(r, 1).data() for r in range(w.today.due_model.rowCount())] == ["Renew the domain"]
    assert w.today.waiting_table.empty.text() == "You are not waiting on any desk."


def test_a_newer_search_drops_the_results_of_an_older_one(window, qtbot):
    case = cases.create_case("Search order")
    events.create_event(case.id, "note", "alpha invoice")
    events.create_event(case.id, "note", "beta receipt")
    panel = window.evidence.results
    shown = []
    panel.finished.connect(lambda n: shown.append((panel.query, n)))
    panel.run("invoice")
    panel.run("receipt")                     # typed on before the first answer came
    qtbot.waitUntil(lambda: not panel.busy)   # the worker answers in order: the older answer came first
    assert shown == [("receipt", 1)]
    assert panel.model.hit(0).title == "beta receipt"
