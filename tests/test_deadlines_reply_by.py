"""The reply-by of a timeline entry and the deadlines it makes: suggested from the text,
one deadline per entry and rule (re-import, edits, desk-rule changes), answered late,
a title everywhere it appears, the upgrade of older databases, reminder offsets, and
the same from the command line (no Qt)."""
from __future__ import annotations

import json
import sqlite3
import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import peewee
import pytest

from casekeeper.db import (
    cases, deadline_lists, deadlines, desks, events, ics_export, mail_import, reminders, reply_by, report_md,
    serialize,
)
from casekeeper.db.errors import InvalidInput
from casekeeper.db.models import Deadline
from casekeeper.db.reply_by import ReplyBy

JST = timezone(timedelta(hours=9))
TOKYO, LA = ZoneInfo("Asia/Tokyo"), ZoneInfo("America/Los_Angeles")


from tests.test_deadlines_actions import at, case  # noqa: E402,F401  (the same case: two desks with rules)


# ---------------------------------------------------------------- suggestions from the text

SUGGESTIONS = [
    # text, the entry's time, zone, expected reply-by (days, business) or a moment, the phrase
    ("Please reply within 10 days to keep the case open.", at(10), TOKYO, (10, False), "within 10 days"),
    ("Reply within ten days.", at(10), TOKYO, (10, False), "within ten days"),
    ("Kindly respond within 5 business days.", at(10), TOKYO, (5, True), "within 5 business days"),
    ("We need your answer within 3 working days", at(10), TOKYO, (3, True), "within 3 working days"),
    ("本メールに10日以内にご返信ください。", at(10), TOKYO, (10, False), "10日以内"),
    ("１０営業日以内にご返信ください", at(10), TOKYO, (10, True), "10営業日以内"),      # full-width digits
    ("十日以内にご返信ください", at(10), TOKYO, (10, False), "十日以内"),
    ("三十日以内にご連絡を", at(10), TOKYO, (30, False), "三十日以内"),
    ("Please send the documents by 15 December.", at(10), TOKYO,
     datetime(2026, 12, 15, 23, 59, tzinfo=TOKYO), "by 15 December"),
    ("Reply by March 5th", at(10), LA, datetime(2027, 3, 5, 23, 59, tzinfo=LA), "by March 5th"),  # passed: next year
    ("by 5 Jan 2027", at(10), LA, datetime(2027, 1, 5, 23, 59, tzinfo=LA), "by 5 Jan 2027"),
    ("3月31日（火）までにご返信ください", at(10), TOKYO, datetime(2026, 3, 31, 23, 59, tzinfo=TOKYO), "3月31日(火)まで"),
    ("The decision is final.", at(10), TOKYO, None, None),
    ("Within the next days we will look into it.", at(10), TOKYO, None, None),
]


@pytest.mark.parametrize("row", SUGGESTIONS, ids=[f"{n:02d}" for n in range(len(SUGGESTIONS))])
def test_a_reply_window_is_suggested_from_the_text(row):
    text, when, zone, expected, phrase = row
    found = reply_by.suggest(text, when, zone)
    if expected is None:
        assert found is None
        return
    if isinstance(expected, tuple):
        assert (found.reply.days, found.reply.business, found.reply.at) == (*expected, None)
    else:
        assert found.reply.at == expected and found.reply.days == 0
    assert found.phrase == phrase


@pytest.mark.parametrize("text,expected", [("10d", ReplyBy(10)), ("10", ReplyBy(10)), ("3bd", ReplyBy(3, True)),
                                           ("0", reply_by.NONE), ("none", reply_by.NONE), (" 7 d ", ReplyBy(7))])
def test_reply_within_on_the_command_line(text, expected):
    assert reply_by.parse_within(text) == expected


def test_a_bad_reply_within_says_what_to_write():
    with pytest.raises(InvalidInput, match="10d"):
        reply_by.parse_within("ten days")


# ---------------------------------------------------------------- entered where it arises

def test_the_desks_rule_is_the_starting_value_and_the_entry_may_say_otherwise(case, clock):
    plain = events.create_event(case.id, "received", "Final", occurred_at=at(10, 10, 15), desk=case.email.id)
    own = events.create_event(case.id, "received", "Reply within 3 business days", occurred_at=at(11),
                              desk=case.email.id, reply=ReplyBy(3, True))
    by = events.create_event(case.id, "received", "By the 20th", occurred_at=at(12), desk=case.email.id,
                             reply=ReplyBy(at=at(20, 18)))
    none = events.create_event(case.id, "received", "FYI", occurred_at=at(13), desk=case.email.id,
                               reply=reply_by.NONE)
    due = {d.source_event_id: d.due_at for d in deadlines.list_deadlines(case.id)}
    assert due == {plain.id: at(20, 10, 15), own.id: datetime(2026, 3, 13, 18, 0, tzinfo=LA) + timedelta(0),
                   by.id: at(20, 18)}
    assert none.id not in due
    # a note has no reply-by
    with pytest.raises(InvalidInput, match="received or a sent"):
        events.create_event(case.id, "note", "x", desk=case.email.id, reply=ReplyBy(3))


def test_one_entry_and_one_rule_make_one_deadline(case, clock, tmp_path):
    """No duplicates: importing the same mail again, editing the entry back and forth,
    changing and applying the desk's rule, and the database refuses a second one."""
    mail = tmp_path / "final.eml"
    mail.write_bytes(b"From: Oracle Support <support@example.com>\r\nTo: me@example.net\r\n"
                     b"Subject: Your account\r\nMessage-ID: <final-1@example.com>\r\n"
                     b"Date: Tue, 10 Mar 2026 10:15:00 +0900\r\n\r\nPlease reply within 10 days.\r\n")
    desks.update_desk(case.email.id, address="support@example.com")
    mail_import.import_files(case.id, [mail])
    mail_import.import_files(case.id, [mail])                       # re-import: the same message
    (entry,) = [e for e in events.Event.select().where(events.Event.case == case.id)]
    assert len(deadlines.list_deadlines(case.id)) == 1
    for change in ({"occurred_at": at(11)}, {"kind": "note"}, {"kind": "received"}, {"desk": case.sales.id},
                   {"desk": case.email.id}, {"kind": "sent"}, {"kind": "received"}):
        events.update_event(entry.id, **change)
        assert len(deadlines.list_deadlines(case.id)) <= 1
    (d,) = deadlines.list_deadlines(case.id)
    deadlines.update_deadline(d.id, title="Answer support")
    desks.update_desk(case.email.id, reply_window_days=14)
    deadlines.apply_desk_rule(case.email.id)
    desks.update_desk(case.email.id, reply_window_days=10)
    deadlines.apply_desk_rule(case.email.id)
    (d,) = deadlines.list_deadlines(case.id)
    assert (d.title, d.due_at) == ("Answer support", at(21))          # kept its title, one row
    with pytest.raises(peewee.IntegrityError):
        Deadline.create(case=case.id, kind="reply_window", due_at=at(22), source_event=entry.id,
                        created_at=at(10), updated_at=at(10))


def test_a_rule_set_on_the_desk_afterwards_is_offered_for_mail_already_logged(case, clock):
    desks.update_desk(case.email.id, reply_window_days=0)
    old = events.create_event(case.id, "received", "Decision", occurred_at=at(10, 10), desk=case.email.id)
    answered = events.create_event(case.id, "received", "Earlier", occurred_at=at(9, 10), desk=case.email.id)
    events.create_event(case.id, "sent", "My reply", occurred_at=at(9, 12), desk=case.email.id)
    assert deadlines.list_deadlines(case.id) == []
    desks.update_desk(case.email.id, reply_window_days=10)
    assert deadlines.list_deadlines(case.id) == []                    # nothing silently
    assert sorted(deadlines.entries_off_rule(case.email.id)) == sorted([old.id, answered.id])
    assert deadlines.apply_desk_rule(case.email.id) == 2
    rows = {r.source_event_id: r for r in deadline_lists.rows(case.id)}
    assert rows[old.id].state == "open" and rows[old.id].due_at == at(20, 10)
    assert rows[answered.id].outcome == "answered"                   # the reply came after it: in the history


def test_an_answer_after_the_due_time_is_recorded_as_late(case, clock):
    got = events.create_event(case.id, "received", "Reply within 2 days", occurred_at=at(10), desk=case.email.id,
                              reply=ReplyBy(2))
    reply = events.create_event(case.id, "sent", "Sorry, late", occurred_at=at(13), desk=case.email.id)
    (row,) = deadline_lists.rows(case.id)
    assert (row.state, row.outcome, row.late, row.ended_at, row.answered_by) == \
        ("done", "answered_late", True, at(13), reply.id)
    data = row.as_json()
    assert (data["outcome"], data["late"], data["ended_at"]) == ("answered_late", True, "2026-03-13T01:00:00+00:00")
    assert deadline_lists.ended_words(row, "en", JST) == "answered late 2026-03-13 10:00"
    assert deadline_lists.ended_words(row, "ja", JST) == "期限後に返信（2026-03-13 10:00）"
    report = report_md.render(case.id, "en", JST)
    assert "- 2026-03-12 10:00 · Reply to Support email · answered late 2026-03-13 10:00 (desk time" in report
    events.update_event(reply.id, occurred_at=at(11))                # in time after all
    assert deadline_lists.rows(case.id)[0].outcome == "answered"
    assert got.id


def test_done_dismissed_and_reopened_by_hand_stay_so(case, clock):
    events.create_event(case.id, "received", "Final", occurred_at=at(10), desk=case.email.id)
    (d,) = deadlines.list_deadlines(case.id)
    events.create_event(case.id, "sent", "Reply", occurred_at=at(11), desk=case.email.id)
    assert deadlines.get_deadline(d.id).state == "done"
    deadlines.reopen(d.id)                                           # "that was no answer"
    events.create_event(case.id, "call", "Called", occurred_at=at(12), desk=case.email.id)
    d = deadlines.get_deadline(d.id)
    assert (d.state, d.ended_at, d.by_hand) == ("open", None, True)
    clock.set(at(14))
    deadlines.set_state(d.id, "dismissed")
    assert deadline_lists.rows(case.id)[0].outcome == "dismissed" and deadlines.get_deadline(d.id).ended_at == at(14)


def test_editing_the_due_time_of_an_entrys_deadline_changes_the_entrys_reply_by(case, clock):
    got = events.create_event(case.id, "received", "Final", occurred_at=at(10), desk=case.email.id)
    (d,) = deadlines.list_deadlines(case.id)
    deadlines.update_deadline(d.id, due_at=at(25, 17), title="Answer them", notes="the CSI number")
    entry = events.get_event(got.id)
    assert (entry.reply_by, entry.reply_days) == (at(25, 17), 0)
    assert deadlines.get_deadline(d.id).due_at == at(25, 17)
    deadlines.update_deadline(d.id, days=5, business=True)
    assert (events.get_event(got.id).reply_days, events.get_event(got.id).reply_business) == (5, True)
    with pytest.raises(InvalidInput, match="follow its timeline entry"):
        deadlines.update_deadline(d.id, desk=case.sales.id)


def test_every_deadline_has_a_title_everywhere(case, clock, tmp_path):
    events.create_event(case.id, "received", "Final", occurred_at=at(10), desk=case.email.id)
    events.create_event(case.id, "sent", "Form", occurred_at=at(11), desk=case.sales.id)
    deadlines.create_deadline(case.id, "inactivity", "", due_at=at(30))
    titles = {"Reply to Support email", "Chase Sales form", "Account closes for inactivity"}
    assert {d["title"] for d in serialize.case_dict(case.id)["deadlines"]} == titles
    assert {d["title"] for d in serialize.case_dict(case.id, "ja")["deadlines"]} == \
        {"Support emailに返信", "Sales formに催促", "未使用によるアカウント閉鎖"}
    assert {i.title for i in deadlines.due()} == titles
    report = report_md.render(case.id, "en", JST)
    section = report.split("## Deadlines")[1].split("##")[0]
    assert all(f"· {t} ·" in section for t in titles) and "·  ·" not in section
    ics = ics_export.build(case.id).decode()
    assert all(f"SUMMARY:{t}" in ics for t in titles)


def test_a_deadline_without_desk_counts_days_in_the_users_zone(db, clock, monkeypatch):
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    try:
        clock.set(datetime(2026, 3, 1, 18, 0, tzinfo=timezone.utc))
        c = cases.create_case("x")
        d = deadlines.create_deadline(c.id, "inactivity", "Closes", days=30,
                                      counted_from=datetime(2026, 3, 1, 9, 0, tzinfo=LA))
        assert d.due_at == datetime(2026, 3, 31, 9, 0, tzinfo=LA)    # 09:00 in LA, across the DST change
        got = events.create_event(c.id, "received", "Within 1 business day", reply=ReplyBy(1, True),
                                  occurred_at=datetime(2026, 3, 6, 22, 0, tzinfo=LA))   # Friday evening in LA
        (started,) = [x for x in deadlines.list_deadlines(c.id) if x.source_event_id == got.id]
        assert started.due_at == datetime(2026, 3, 9, 22, 0, tzinfo=LA)                # Monday, not Saturday (UTC)
    finally:
        monkeypatch.undo()
        time.tzset()


JP_DESK_ROWS = [
    # how the desk is made, the calendar it gets
    ({"language": "ja"}, ("Asia/Tokyo", "JP", ["12-29"])),
    ({"language": "ja", "timezone": "Asia/Tokyo", "holidays": "", "closures": []}, ("Asia/Tokyo", "", [])),
    ({"language": "ja", "timezone": "America/Los_Angeles"}, ("America/Los_Angeles", "JP", ["12-29"])),
    ({"language": "en"}, ("UTC", "", [])),
]


@pytest.mark.parametrize("row", JP_DESK_ROWS, ids=[f"{n}" for n in range(len(JP_DESK_ROWS))])
def test_a_japanese_desk_without_a_calendar_works_in_tokyo_with_japans_holidays(db, clock, row, tmp_path):
    fields, expected = row
    c = cases.create_case("x")
    made = desks.create_desk(c.id, "Desk", **fields)
    assert (made.timezone, made.holidays, [x["from"] for x in made.closures]) == expected
    # a playbook that leaves the calendar out gets the same
    from casekeeper.db import playbook

    lines = [f'{k} = {json.dumps(v)}' for k, v in fields.items()]
    pb = tmp_path / "pb.toml"
    pb.write_text('format = 1\n[case]\ntitle = "p"\n[[desks]]\nkey = "d"\nname = "D"\n' + "\n".join(lines) + "\n")
    desk = desks.list_desks(playbook.create_case_from_file(pb).id)[0]
    assert (desk.timezone, desk.holidays, [x["from"] for x in desk.closures]) == expected


def test_the_demos_japanese_desks_follow_the_same_rule(db, clock):
    from casekeeper.db import demo

    for lang in ("en", "ja"):
        c = demo.add_demo_case(lang)
        for desk in desks.list_desks(c.id):
            if desk.language == "ja":
                assert (desk.timezone, desk.holidays, [x["from"] for x in desk.closures]) == \
                    ("Asia/Tokyo", "JP", ["12-29"]), desk.name


def test_reminder_offsets_each_once(case, clock):
    d = deadlines.create_deadline(case.id, "custom", "Reply", due_at=at(20, 10))
    offsets = reminders.clean_offsets(["passed", "1h", "7d", "30m"])
    assert offsets == ("7d", "1h", "30m", "passed")
    assert reminders.offsets_of({"reminder_offsets": ["nonsense"]}) == reminders.DEFAULT_OFFSETS
    seen = []
    for moment in (at(13, 10), at(13, 11), at(20, 9), at(20, 9, 30), at(20, 9, 45), at(20, 10), at(21)):
        shown, _next = reminders.check(moment, offsets)
        reminders.mark_shown(shown, moment)
        seen += [(moment, r.stage) for r in shown]
    assert seen == [(at(13, 10), "7d"), (at(20, 9), "1h"), (at(20, 9, 30), "30m"), (at(20, 10), "passed")]
    assert reminders.next_reminder_at(at(21), offsets) is None and d.id


def test_migration_keeps_one_deadline_per_entry_and_fills_the_reply_by(data_dir):
    from casekeeper.db.connection import close_database, open_database
    from casekeeper.db.paths import database_path

    open_database(data_dir, migrate_upto=5)
    conn = Deadline._meta.database.connection()
    conn.execute("INSERT INTO cases (id, title, provider, account, status, summary, outcome, opened_at, created_at, "
                 "updated_at) VALUES (1, 'c', '', '', 'open', '', '', '2026-03-01 00:00:00', '2026-03-01 00:00:00', "
                 "'2026-03-01 00:00:00')")
    conn.execute("INSERT INTO events (id, case_id, kind, occurred_at, summary, body, created_at, updated_at) "
                 "VALUES (7, 1, 'received', '2026-03-10 01:00:00', 'Final', '', '2026-03-10 01:00:00', "
                 "'2026-03-10 01:00:00')")
    for n in (1, 2, 3):       # the same entry's deadline, three times over
        conn.execute("INSERT INTO deadlines (id, case_id, kind, title, due_at, state, source_event_id, days, "
                     "created_at, updated_at) VALUES (?, 1, 'reply_window', '', '2026-03-20 01:00:00', ?, 7, 10, "
                     "'2026-03-10 01:00:00', '2026-03-12 00:00:00')", (n, "open" if n > 1 else "dismissed"))
    close_database()
    open_database(data_dir)
    close_database()
    db = sqlite3.connect(database_path(data_dir))
    assert db.execute("SELECT id, state, by_hand, ended_at FROM deadlines").fetchall() == \
        [(1, "dismissed", 1, "2026-03-12 00:00:00")]
    assert db.execute("SELECT reply_days, reply_business, reply_by FROM events WHERE id = 7").fetchone() == (10, 0, None)


# ---------------------------------------------------------------- from the command line

def test_the_command_line_logs_with_a_reply_by_and_changes_deadlines(data_dir):
    from test_cli import ck

    assert ck("new", "Suspended", data_dir=data_dir).returncode == 0
    now = "2026-03-10T01:00:00+00:00"
    r = ck("log", "1", "--kind", "received", "--at", "2026-03-10T10:00+09:00", "--text",
           "Decision is final\nReply within 10 days.", "--reply-within", "10d", "--json", "--now", now,
           data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    entry = json.loads(r.stdout)
    assert (entry["summary"], entry["reply_by"], entry["deadline"]["due_at"], entry["deadline"]["title"]) == \
        ("Decision is final", {"days": 10, "business": False}, "2026-03-20T01:00:00+00:00", "Reply")
    deadline_id = entry["deadline"]["id"]

    def deadline(*args):
        r = ck("deadline", *args, "--json", "--now", now, data_dir=data_dir)
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)

    assert deadline("edit", str(deadline_id), "--title", "Answer support", "--due", "2026-03-30T09:00+09:00") \
        ["due_at"] == "2026-03-30T00:00:00+00:00"
    assert deadline("snooze", str(deadline_id), "--for", "2d")["snoozed_until"] == "2026-03-12T01:00:00+00:00"
    done = deadline("done", str(deadline_id))
    assert (done["state"], done["outcome"], done["ended_at"]) == ("done", "done", now)
    assert deadline("reopen", str(deadline_id))["state"] == "open"
    assert deadline("dismiss", str(deadline_id))["outcome"] == "dismissed"
    added = deadline("add", "1", "--title", "Account closes", "--kind", "inactivity", "--days", "30",
                     "--from", "2026-03-30T21:05+09:00")
    assert added["due_at"] == "2026-04-29T12:05:00+00:00" and added["rule"] == {"days": 30, "business": False}
    listed = deadline("list")
    assert [d["title"] for d in listed] == ["Answer support", "Account closes"]
    r = ck("due", "--json", "--now", now, data_dir=data_dir)
    (item,) = json.loads(r.stdout)
    assert set(item) >= {"id", "case_id", "title", "due_at", "state", "desk_id"} and item["id"] == added["id"]
    r = ck("log", "1", "--kind", "note", "--text", "x", "--reply-within", "3bd", data_dir=data_dir)
    assert r.returncode != 0 and "received or a sent" in r.stderr and "Traceback" not in r.stderr
    r = ck("log", "1", "--kind", "received", "--text", "x", "--desk", "Nobody", data_dir=data_dir)
    assert r.returncode != 0 and "No desk 'Nobody'" in r.stderr
