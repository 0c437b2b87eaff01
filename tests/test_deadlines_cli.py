"""due, desks and ics on the command line (no Qt), and playbooks with hours."""
import json

from test_cli import ROOT, ck


def test_desks_json_with_now_and_due(data_dir):
    assert ck("demo", data_dir=data_dir).returncode == 0
    r = ck("desks", "1", "--json", "--now", "2026-12-30T10:00+09:00", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    rows = {d["name"]: d for d in json.loads(r.stdout)}
    phone = rows["Technical support phone"]
    assert set(phone) >= {"id", "name", "kind", "timezone", "open_now", "closes_at", "next_open"}
    assert (phone["open_now"], phone["closes_at"]) == (False, None)
    assert phone["next_open"] == "2027-01-04T09:00:00+09:00"
    billing = rows["Billing desk (Japan)"]
    # every Japanese desk of the demo keeps the year-end closure (docs/playbooks.md)
    assert (billing["open_now"], billing["closes_at"], billing["next_open"]) == (False, None, "2027-01-04T09:00:00+09:00")
    assert billing["closed_reason"] == "Year-end and New Year holidays"
    chat = rows["Live chat"]
    assert (chat["open_now"], chat["closes_at"], chat["next_open"]) == (True, None, None)

    r = ck("due", "--json", data_dir=data_dir)
    assert r.returncode == 0 and json.loads(r.stdout) == []   # the demo case is closed
    r = ck("new", "--playbook", str(ROOT / "resources/playbooks/oci-account-suspended.toml"), data_dir=data_dir)
    assert r.returncode == 0, r.stderr


def test_due_lists_open_deadlines_soonest_first(data_dir, tmp_path):
    pb = tmp_path / "pb.toml"
    pb.write_text(
        'format = 1\n[case]\ntitle = "Suspended"\n'
        '[[desks]]\nkey = "mail"\nname = "Mail"\nkind = "email"\ntimezone = "Asia/Tokyo"\nreply_window_days = 10\n'
        '[[events]]\nat = "2026-03-10T10:15:00+09:00"\ndesk = "mail"\nkind = "received"\nsummary = "Final"\n'
        '[[deadlines]]\nkind = "inactivity"\ntitle = "Closes"\ndays = 30\ncounted_from = "2026-03-30T21:05:00+09:00"\n'
        '[[deadlines]]\nkind = "custom"\ntitle = "Call"\ndue_at = "2026-03-12T10:00:00+09:00"\n',
        encoding="utf-8")
    assert ck("new", "--playbook", str(pb), data_dir=data_dir).returncode == 0
    r = ck("due", "--json", "--now", "2026-03-15T00:00+09:00", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [(x["kind"], x["state"]) for x in rows] == [("custom", "overdue"), ("reply_window", "open"), ("inactivity", "open")]
    assert set(rows[0]) == {"id", "case_id", "title", "kind", "due_at", "state", "desk_id"}
    assert rows[1]["due_at"] == "2026-03-20T01:15:00+00:00" and rows[1]["desk_id"] is not None
    assert rows[2]["due_at"] == "2026-04-29T12:05:00+00:00"
    r = ck("due", "--json", "--now", "2026-03-15T00:00+09:00", "--within", "7", data_dir=data_dir)
    assert [x["kind"] for x in json.loads(r.stdout)] == ["custom", "reply_window"]
    out = tmp_path / "deadlines.ics"
    r = ck("ics", "1", "-o", str(out), "--slots", "2", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    text = out.read_text()
    assert text.count("BEGIN:VEVENT") >= 3 and "SUMMARY:Closes" in text and "BEGIN:VALARM" in text
    r = ck("due", "--now", "yesterday", data_dir=data_dir)
    assert r.returncode == 2 and "Not a date and time" in r.stderr


def test_playbook_with_bad_hours_names_the_desk_and_writes_nothing(data_dir, tmp_path):
    pb = tmp_path / "pb.toml"
    pb.write_text('format = 1\n[case]\ntitle = "x"\n[[desks]]\nkey = "phone"\nname = "Phone"\n'
                  'hours = ["Mon-Fri 9:00-17"]\n', encoding="utf-8")
    r = ck("new", "--playbook", str(pb), data_dir=data_dir)
    assert r.returncode == 2 and "'phone'" in r.stderr and "9:00-17" in r.stderr
    assert json.loads(ck("cases", "--json", data_dir=data_dir).stdout) == []


def test_ics_alarms_follow_the_users_reminder_offsets(data_dir, tmp_path):
    """The phone calendar reminds when the app would: the offsets of Settings > Reminders."""
    from icalendar import Calendar

    from casekeeper.db import settings

    pb = tmp_path / "pb.toml"
    pb.write_text('format = 1\n[case]\ntitle = "Suspended"\n'
                  '[[deadlines]]\nkind = "custom"\ntitle = "Call"\ndue_at = "2036-03-12T10:00:00+09:00"\n',
                  encoding="utf-8")
    assert ck("new", "--playbook", str(pb), data_dir=data_dir).returncode == 0

    def triggers():
        out = tmp_path / "d.ics"
        r = ck("ics", "1", "-o", str(out), data_dir=data_dir)
        assert r.returncode == 0, r.stderr
        (event,) = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
        return sorted(-a.decoded("trigger").total_seconds() / 60 for a in event.walk("VALARM"))

    assert triggers() == [0, 60, 24 * 60, 3 * 24 * 60]              # the default: when due, 1 h, 1 day, 3 days
    settings.save(data_dir, {**settings.load(data_dir), "reminder_offsets": ["2d", "30m"]})
    assert triggers() == [30, 2 * 24 * 60]
