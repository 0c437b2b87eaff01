"""Issue 16, point 7: every loop over a user-given size has a bound (ics slots, recipients,
search terms against huge records), and the temporary files of an interrupted backup,
restore or export are removed at the next start."""
import os
import time

import pytest

from casekeeper.db import backups, cases, desks, events, ics_export, leftovers, mail_import, mail_parse, search
from casekeeper.db.connection import close_database, open_database
from casekeeper.db.errors import InvalidInput
from casekeeper.db.migrations import BackupStopped
from casekeeper.db.paths import database_path
from tests.faults_support import assert_one_line_error, ck, mail


def test_ics_slots_are_bounded(db, clock, data_dir, tmp_path):
    case = cases.create_case("Slots")
    desks.create_desk(case.id, "Phone", kind="phone", hours=["Mon-Fri 09:00-17:00"], timezone="Asia/Tokyo")
    year = ics_export.build(case.id, slot_days=ics_export.MAX_SLOT_DAYS)
    assert 250 <= year.count(b"BEGIN:VEVENT") <= 270
    with pytest.raises(InvalidInput, match="between 0 and 366"):
        ics_export.build(case.id, slot_days=100_000_000)
    r = ck("ics", str(case.id), "-o", str(tmp_path / "x.ics"), "--slots", "100000000", data_dir=data_dir)
    assert_one_line_error(r, "--slots", "366")
    assert not (tmp_path / "x.ics").exists()


def test_a_long_search_term_against_a_huge_record_is_bounded(db, clock):
    case = cases.create_case("Huge records")
    big = events.create_event(case.id, "note", "big", body="A" * 120_000)
    eq = events.create_event(case.id, "note", "eq", body="x " + "=" * 20_000 + " y")
    hits = search.search("A" * 100)
    assert [h.event_id for h in hits] == [big.id]
    assert len(hits[0].snippet) < 400 and search.START in hits[0].snippet
    hits = search.search("=====")
    assert [h.event_id for h in hits] == [eq.id] and len(hits[0].snippet) < 400
    hits = search.search("AA")          # the LIKE path, same bound
    assert [h.event_id for h in hits] == [big.id] and len(hits[0].snippet) < 400


def test_search_terms_are_bounded_in_number_and_length():
    terms = search._terms(" ".join(f"t{n}" + "x" * 500 for n in range(100)))
    assert len(terms) == search.MAX_TERMS and all(len(t) == search.MAX_TERM_CHARS for t in terms)


def test_a_mail_with_many_recipients_keeps_them_all_and_matches_only_the_first(db, clock, monkeypatch):
    case = cases.create_case("Many recipients")
    n = 5000
    to = ", ".join(f"user{i}@example.com" for i in range(n))
    parsed = mail_parse.parse_message(mail(1, to=to), limit_bytes=25 << 20)
    assert len(parsed.to) == n                      # every address kept
    looked_up = []
    real = mail_import.desk_matcher

    def counting(case_id):
        match = real(case_id)
        return lambda address: looked_up.append(address) or match(address)

    monkeypatch.setattr(mail_import, "desk_matcher", counting)
    result = mail_import.import_message(case.id, mail(1, to=to))
    assert result.status == "imported"
    assert len(looked_up) <= 1 + mail_import.MAX_RECIPIENTS_MATCHED
    body = events.get_event(result.event_id).body
    assert "user4999@example.com" in body


def test_stale_leftovers_of_interrupted_writes_are_removed_at_start(data_dir, clock, tmp_path):
    open_database(data_dir)
    close_database()
    folder = backups.backup_dir(data_dir)
    folder.mkdir(exist_ok=True)
    db = database_path(data_dir)
    export_part = tmp_path / ".report.md.abc123.part"
    stale = [folder / "daily-20260101T000000Z.sqlite3.part", db.with_name(db.name + ".restoring"),
             db.with_name(db.name + ".restoring.part"), export_part]
    (data_dir / "attachments").mkdir()
    stale.append(data_dir / "attachments" / ".incoming-xyz")
    for p in stale:
        p.write_bytes(b"x" * 100)
    leftovers.track(data_dir, export_part)
    fresh = folder / "manual-20260101T000000Z.sqlite3.part"    # another process may be writing it
    fresh.write_bytes(b"y")
    old = time.time() - leftovers.STALE_AFTER_S - 60
    for p in stale:
        os.utime(p, (old, old))
    open_database(data_dir)
    close_database()
    assert [p for p in stale if p.exists()] == []
    assert fresh.exists()
    assert not (data_dir / leftovers.PARTIAL_LIST).exists()


def test_a_stopped_backup_leaves_no_part_file(db, data_dir, clock):
    cases.create_case("Long backup")
    with pytest.raises(BackupStopped):
        backups.make_backup(data_dir, stop=lambda: True)
    assert list(backups.backup_dir(data_dir).iterdir()) == []


def test_quitting_stops_the_daily_backup_between_steps(qtbot, db, data_dir, clock, monkeypatch):
    from casekeeper.db import migrations
    from casekeeper.gui.backup_startup import DailyBackup

    cases.create_case("Quit during backup")
    monkeypatch.setattr(migrations, "BACKUP_STEP_PAGES", 1)   # many steps even for a small database
    job = DailyBackup(data_dir)
    job._stop.set()          # the app quits as the backup starts
    failed = []
    job.failed.connect(failed.append)
    job.start()
    job.stop(30)
    assert failed == [] and list(backups.backup_dir(data_dir).glob("*")) == []
