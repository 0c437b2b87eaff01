"""Deadlines as the user meets them: created by logging messages, answered,
recomputed on edits, marked done, across cases, the two clocks, reminders."""
from datetime import datetime, timedelta, timezone

import pytest

from casekeeper.db import cases, deadlines, demo, desks, events, reminders
from casekeeper.db.connection import close_database, open_database
from casekeeper.db.errors import InvalidInput
from casekeeper.db.models import Deadline, Desk

JST = timezone(timedelta(hours=9))


def at(day, hour=10, minute=0):
    """A moment in March 2026, Tokyo time."""
    return datetime(2026, 3, day, hour, minute, tzinfo=JST)


@pytest.fixture
def case(db, clock):
    clock.set(at(10, 9))
    c = cases.create_case("OCI suspended")
    c.email = desks.create_desk(c.id, "Support email", kind="email", timezone="America/Los_Angeles",
                                hours=["always"], reply_window_days=10)
    c.sales = desks.create_desk(c.id, "Sales form", kind="web_form", language="ja", hours=["Mon-Fri 09:00-17:00"],
                                follow_up_days=3)
    return c


def test_received_message_starts_a_reply_window_that_my_reply_satisfies(case, clock):
    got = events.create_event(case.id, "received", "Decision is final", occurred_at=at(10, 10, 15), desk=case.email.id)
    (d,) = deadlines.list_deadlines(case.id)
    assert (d.kind, d.state, d.due_at) == ("reply_window", "open", at(20, 10, 15))
    assert deadlines.case_clocks(case.id).owe_reply.due_at == at(20, 10, 15)

    reply = events.create_event(case.id, "sent", "Why?", occurred_at=at(10, 12, 30), desk=case.email.id)
    d = deadlines.get_deadline(d.id)
    assert (d.state, d.satisfied_by_event_id) == ("done", reply.id)
    assert deadlines.case_clocks(case.id).owe_reply is None

    # the reply turns out to have been sent before their message: no longer an answer
    events.update_event(reply.id, occurred_at=at(10, 8))
    assert deadlines.get_deadline(d.id).state == "open"
    events.update_event(reply.id, occurred_at=at(11))
    assert deadlines.get_deadline(d.id).state == "done"
    events.delete_event(reply.id)
    assert (deadlines.get_deadline(d.id).state, deadlines.get_deadline(d.id).satisfied_by_event_id) == ("open", None)

    # editing their message moves the window; making it a note removes it; deleting removes it
    events.update_event(got.id, occurred_at=at(12, 9))
    assert deadlines.get_deadline(d.id).due_at == at(22, 9)
    events.update_event(got.id, kind="note")
    assert deadlines.list_deadlines(case.id) == []
    events.update_event(got.id, kind="received")
    (d,) = deadlines.list_deadlines(case.id)
    events.delete_event(got.id)
    assert deadlines.list_deadlines(case.id) == []


def test_a_message_to_another_desk_does_not_answer(case):
    events.create_event(case.id, "received", "Final", occurred_at=at(10), desk=case.email.id)
    events.create_event(case.id, "sent", "Billing?", occurred_at=at(11), desk=case.sales.id)
    rw = next(d for d in deadlines.list_deadlines(case.id) if d.kind == "reply_window")
    assert rw.state == "open"


def test_follow_up_counts_business_days_of_the_desk_and_their_answer_ends_it(case, clock):
    sent = events.create_event(case.id, "sent", "Form", occurred_at=at(17, 11, 15), desk=case.sales.id)
    (d,) = deadlines.list_deadlines(case.id)
    assert (d.kind, d.due_at) == ("follow_up", at(23, 11, 15))  # the 20th is a public holiday
    clock.set(at(23, 9))
    clocks = deadlines.case_clocks(case.id)
    assert clocks.waiting.since == at(17, 11, 15) and clocks.waiting.business_days == 3
    assert clocks.waiting.desk_name == "Sales form"
    # the desk's rule changes: new entries take it; the logged one when the user applies it
    desks.update_desk(case.sales.id, follow_up_days=5)
    assert deadlines.get_deadline(d.id).due_at == at(23, 11, 15)
    assert deadlines.entries_off_rule(case.sales.id) == [sent.id]
    assert deadlines.apply_desk_rule(case.sales.id) == 1
    assert deadlines.get_deadline(d.id).due_at == at(25, 11, 15) and deadlines.entries_off_rule(case.sales.id) == []
    events.create_event(case.id, "received", "Contract number?", occurred_at=at(18, 16, 50), desk=case.sales.id)
    assert deadlines.get_deadline(d.id).state == "done"
    assert deadlines.case_clocks(case.id).waiting is None
    assert sent.id  # the sent message is still there


def test_done_and_dismissed_stick(case):
    events.create_event(case.id, "received", "Final", occurred_at=at(10), desk=case.email.id)
    (d,) = deadlines.list_deadlines(case.id)
    deadlines.set_state(d.id, "dismissed")
    reply = events.create_event(case.id, "sent", "Reply", occurred_at=at(11), desk=case.email.id)
    assert deadlines.get_deadline(d.id).state == "dismissed"
    deadlines.set_state(d.id, "done")
    events.delete_event(reply.id)
    assert deadlines.get_deadline(d.id).state == "done"  # marked by hand, not by the reply
    with pytest.raises(InvalidInput, match="deadline state"):
        deadlines.set_state(d.id, "finished")


def test_inactivity_and_custom(case, clock):
    d = deadlines.create_deadline(case.id, "inactivity", "Account closes", days=30, counted_from=at(30, 21, 5))
    assert d.due_at == datetime(2026, 4, 29, 21, 5, tzinfo=JST)
    d = deadlines.update_deadline(d.id, counted_from=at(31, 8))
    assert d.due_at == datetime(2026, 4, 30, 8, 0, tzinfo=JST)
    d = deadlines.update_deadline(d.id, due_at=at(28))   # typed by hand: replaces the rule
    assert (d.due_at, d.days) == (at(28), 0)
    c = deadlines.create_deadline(case.id, "custom", "Call the registrar", due_at=at(12, 15))
    assert c.due_at == at(12, 15)
    before = Deadline.select().count()
    with pytest.raises(InvalidInput, match="needs a due date"):
        deadlines.create_deadline(case.id, "custom", "No date")
    with pytest.raises(InvalidInput, match="deadline kind"):
        deadlines.create_deadline(case.id, "someday", due_at=at(12))
    assert Deadline.select().count() == before


def test_due_across_cases_soonest_first_with_state(case, clock):
    other = cases.create_case("Second provider")
    deadlines.create_deadline(other.id, "custom", "Later", due_at=at(25))
    deadlines.create_deadline(case.id, "custom", "Past", due_at=at(9))
    deadlines.create_deadline(case.id, "custom", "Soon", due_at=at(12))
    gone = cases.create_case("Closed one")
    deadlines.create_deadline(gone.id, "custom", "Moot", due_at=at(11))
    cases.update_case(gone.id, status="closed")
    rows = deadlines.due()
    assert [(r.title, r.state) for r in rows] == [("Past", "overdue"), ("Soon", "open"), ("Later", "open")]
    assert [r.title for r in deadlines.due(within_days=7)] == ["Past", "Soon"]


def test_reminders_each_once_persisted_with_snooze(case, clock, data_dir):
    d = deadlines.create_deadline(case.id, "custom", "Reply", due_at=at(20, 10))
    clock.set(at(16, 9))
    assert reminders.pending() == []
    assert reminders.next_reminder_at() == at(17, 10)
    clock.set(at(17, 10))
    (r,) = reminders.pending()
    assert r.stage == "3d" and r.item.id == d.id
    reminders.mark_shown([r])
    assert reminders.pending() == []
    close_database()
    open_database(data_dir)            # a restart does not repeat it
    assert reminders.pending() == []
    assert reminders.next_reminder_at() == at(19, 10)
    clock.set(at(19, 12))
    (r,) = reminders.pending()
    assert r.stage == "1d"
    deadlines.snooze(d.id, at(19, 15))
    assert reminders.pending() == [] and reminders.next_reminder_at() == at(19, 15)
    clock.set(at(19, 15))
    (r,) = reminders.pending()
    reminders.mark_shown([r])
    clock.set(at(21))                  # machine was asleep past the due time
    (r,) = reminders.pending()
    assert r.stage == "passed"
    reminders.mark_shown([r])
    assert reminders.pending() == [] and reminders.next_reminder_at() is None
    deadlines.update_deadline(d.id, due_at=at(28, 10))   # moved: reminds again
    assert reminders.next_reminder_at() == at(25, 10)
    deadlines.set_state(d.id, "done")
    assert reminders.next_reminder_at() is None


def test_desk_hours_are_checked_and_bad_input_writes_nothing(case):
    count = Desk.select().count()
    for bad, message in [
        (dict(hours=["Mon-Fri 9-17"]), "not a time range"),
        (dict(hours=["Mon-Fry 09:00-17:00"]), "unknown day"),
        (dict(hours=["Mon 17:00-09:00"]), "ends before it starts"),
        (dict(hours=["Mon 09:00-12:00,11:00-13:00"]), "overlaps"),
        (dict(hours=["always", "Mon 09:00-10:00"]), "always"),
        (dict(hours=["Mon 09:00-25:00"]), "not a valid time range"),
        (dict(holidays="XX"), "Unknown holiday calendar"),
        (dict(closures=[{"from": "12-32", "to": "01-03"}]), "MM-DD"),
        (dict(closures=[{"from": "2026-05-08", "to": "2026-05-07"}]), "ends before it starts"),
        (dict(timezone="Tokyo"), "Unknown time zone"),
    ]:
        with pytest.raises(InvalidInput, match=message):
            desks.create_desk(case.id, "Bad", **bad)
    assert Desk.select().count() == count
    jp = desks.create_desk(case.id, "電話窓口", language="ja")
    assert (jp.timezone, jp.holidays, jp.closures[0]["from"]) == ("Asia/Tokyo", "JP", "12-29")


def test_demo_case_deadlines_are_not_doubled(db, clock):
    case = demo.add_demo_case("ja")
    rows = deadlines.list_deadlines(case.id)
    assert {d.kind for d in rows} == {"reply_window", "follow_up", "inactivity"}
    assert len([d for d in rows if d.kind == "reply_window"]) == 1
    assert all(d.state == "done" for d in rows)
    rw = next(d for d in rows if d.kind == "reply_window")
    assert rw.title and rw.satisfied_by_event_id is not None


def test_the_built_in_country_list_matches_the_holidays_package():
    import holidays

    from casekeeper.db.desk_calendar import COUNTRIES

    assert {"JP", "US", "GB", "DE"} <= COUNTRIES
    assert COUNTRIES <= set(holidays.list_supported_countries())


def test_a_wait_on_a_desk_counts_on_at_the_desks_midnight_not_the_users(case, clock, monkeypatch):
    """Today says "waiting 3 business days"; the count moves on when the desk's day
    ends (Tokyo), so the page looks again then, whatever the user's zone (here UTC)."""
    import time as _time

    from casekeeper.db import today

    monkeypatch.setenv("TZ", "UTC")
    _time.tzset()
    try:
        events.create_event(case.id, "sent", "Form", occurred_at=at(17, 11, 15), desk=case.sales.id)
        clock.set(at(23, 23, 30))                                   # Monday 23:30 in Tokyo, 14:30 UTC
        data = today.gather()
        (waiting,) = data.waiting
        assert waiting.business_days == 3
        assert data.next_change is not None and data.next_change <= at(24, 0, 0)   # Tokyo's midnight
        clock.set(at(24, 0, 0) + timedelta(seconds=1))
        (waiting,) = today.gather().waiting
        assert waiting.business_days == 4                           # and then the count has moved on
    finally:
        monkeypatch.undo()
        _time.tzset()


def test_your_chase_ends_the_follow_up_that_asked_for_it(case, clock):
    """A silent desk: one chase open at a time. The chase you send ends the follow-up that
    asked for it ("chased" in the history) and starts the next; their answer ends that one;
    Today still counts the wait from your first unanswered message."""
    from casekeeper.db import deadline_lists

    first = events.create_event(case.id, "sent", "Form", occurred_at=at(2, 11), desk=case.sales.id)
    chase = events.create_event(case.id, "sent", "Any news?", occurred_at=at(9, 11), desk=case.sales.id)
    rows = {r.source_event_id: r for r in deadline_lists.rows(case.id) if r.kind == "follow_up"}
    assert (rows[first.id].state, rows[first.id].outcome, rows[first.id].answered_by) == ("done", "chased", chase.id)
    assert deadline_lists.ended_words(rows[first.id], "en").startswith("chased ")
    assert deadline_lists.ended_words(rows[first.id], "ja").startswith("催促済み")
    assert (rows[chase.id].state, rows[chase.id].outcome) == ("open", None)
    clock.set(at(10, 9))
    (waiting,) = deadlines.waiting_on_provider(case_id=case.id)
    assert waiting.since == at(2, 11)                       # the wait began with the first message

    answer = events.create_event(case.id, "received", "Looking into it", occurred_at=at(10, 10), desk=case.sales.id)
    rows = {r.source_event_id: r for r in deadline_lists.rows(case.id) if r.kind == "follow_up"}
    assert (rows[chase.id].outcome, rows[chase.id].answered_by) == ("answered", answer.id)
    assert deadlines.waiting_on_provider(case_id=case.id) == []

    events.delete_event(chase.id)                           # the chase was logged by mistake
    rows = {r.source_event_id: r for r in deadline_lists.rows(case.id) if r.kind == "follow_up"}
    assert (rows[first.id].outcome, rows[first.id].answered_by) == ("answered_late", answer.id)   # due the 5th
