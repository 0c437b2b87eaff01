"""Issue 16, point 1: an empty database file never loses the backups.

A 0-byte casekeeper.sqlite3 in a used data dir is reported (with the newest good backup),
never taken for a new database; pruning never trades the good backup for empty ones; an
unchanged database is not copied again; restore refuses an empty backup and, without a
name, skips one."""
import sqlite3
from datetime import timedelta

import pytest

from casekeeper.db import backups, cases, migrations, settings
from casekeeper.db.connection import DatabaseEmpty, close_database, open_database
from casekeeper.db.paths import database_path
from tests.faults_support import assert_one_line_error, ck


def demo_titles(path):
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT title FROM cases")]
    finally:
        conn.close()


def test_zero_byte_database_then_ten_backups_the_good_backup_survives(data_dir):
    assert ck("demo", data_dir=data_dir).returncode == 0
    r = ck("backup", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    good = backups.list_backups(data_dir)
    assert len(good) == 1 and demo_titles(good[0].path)
    db = database_path(data_dir)
    for _ in range(10):
        db.write_bytes(b"")                       # `: > casekeeper.sqlite3`
        r = ck("backup", data_dir=data_dir)
        assert_one_line_error(r, "empty (0 bytes)")
        r = ck("cases", data_dir=data_dir)        # nor is it opened as a new database
        line = assert_one_line_error(r, "empty (0 bytes)", good[0].name)
        assert "casekeeper restore" in line
    assert db.stat().st_size == 0                 # left untouched
    assert [b.name for b in backups.list_backups(data_dir)] == [good[0].name]
    r = ck("restore", data_dir=data_dir)          # the newest good backup comes back
    assert r.returncode == 0, r.stderr
    assert demo_titles(db)


def test_an_emptied_or_replaced_database_never_prunes_the_fullest_backup(data_dir, clock):
    settings.save(data_dir, {"backup_keep": 3})
    open_database(data_dir)
    for n in range(5):
        cases.create_case(f"Case {n}")
    good = backups.daily_backup(data_dir)
    close_database()
    database_path(data_dir).unlink()              # a new, empty database in the same data dir
    for _ in ("-wal", "-shm"):
        database_path(data_dir).with_name("casekeeper.sqlite3" + _).unlink(missing_ok=True)
    for day in range(1, 11):
        clock.set(clock.at + timedelta(days=1))
        open_database(data_dir)
        cases.delete_case(cases.create_case(f"new {day}").id)   # a change each day, no data kept
        backups.daily_backup(data_dir)
        close_database()
    kept = backups.list_backups(data_dir)
    assert good.path in [b.path for b in kept]    # spared: it holds far more than the newest
    assert len(kept) == 4                         # backup_keep, plus that one only


def test_pruning_goes_on_when_the_data_grows(db, data_dir, clock):
    settings.save(data_dir, {"backup_keep": 2})
    for day in range(5):
        cases.create_case(f"day {day}")
        clock.set(clock.at + timedelta(days=1))
        backups.daily_backup(data_dir)
    assert len(backups.list_backups(data_dir)) == 2


def test_a_backup_identical_to_the_newest_is_not_made_again(db, data_dir, clock):
    cases.create_case("Unchanged")
    first = backups.make_backup(data_dir)
    clock.set(clock.at + timedelta(hours=2))
    again = backups.make_backup(data_dir)
    assert again.reused and again.path == first.path
    assert len(backups.list_backups(data_dir)) == 1
    r = ck("backup", data_dir=data_dir)
    assert r.returncode == 0 and "Nothing changed" in r.stdout
    cases.create_case("Changed")
    assert not backups.make_backup(data_dir).reused
    assert len(backups.list_backups(data_dir)) == 2


def test_a_database_stuck_on_an_old_schema_is_copied_once(data_dir, clock, monkeypatch):
    open_database(data_dir, migrate_upto=1)
    close_database()
    number, step = migrations.steps()[1]

    def fail(conn):
        raise sqlite3.OperationalError("simulated failure of an upgrade step")

    monkeypatch.setattr(step, "apply", fail)
    for hour in range(4):                         # four starts, each failing to upgrade
        clock.set(clock.at + timedelta(hours=hour))
        with pytest.raises(Exception):
            open_database(data_dir)
    pre = [b for b in backups.list_backups(data_dir) if b.kind.startswith("pre-migration")]
    assert len(pre) == 1


def test_restore_refuses_an_empty_backup_and_the_default_skips_one(db, data_dir, clock):
    cases.create_case("Good")
    good = backups.make_backup(data_dir)
    empty = backups.backup_dir(data_dir) / "manual-20990101T000000Z.sqlite3"
    empty.write_bytes(b"")
    assert backups.list_backups(data_dir)[0].path == empty   # the newest by name
    close_database()
    r = ck("restore", empty.name, data_dir=data_dir)
    assert_one_line_error(r, "empty (0 bytes)")
    r = ck("restore", str(empty), data_dir=data_dir)
    assert_one_line_error(r, "empty (0 bytes)")
    assert backups.find_backup(data_dir, None).path == good.path
    r = ck("restore", data_dir=data_dir)
    assert r.returncode == 0 and good.name in r.stdout, r.stderr


def test_the_window_offers_the_newest_good_backup_for_an_empty_file(qtbot, data_dir, clock):
    from casekeeper.gui.backup_startup import offer_if_damaged
    from tests.gui_shell_support import ModalAnswer, click_button

    open_database(data_dir)
    cases.create_case("Backed up")
    backups.daily_backup(data_dir)
    close_database()
    database_path(data_dir).write_bytes(b"")
    with pytest.raises(DatabaseEmpty) as caught:
        open_database(data_dir)
    answer = ModalAnswer(lambda box: click_button(box, "Restore backup"))
    assert offer_if_damaged(data_dir, caught.value)
    box = answer.check()
    assert box.text() == "Your Casekeeper database file is empty."
    assert "empty (0 bytes)" in box.informativeText()
    assert [c.title for c in cases.list_cases()] == ["Backed up"]
    aside = [p for p in data_dir.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and aside[0].stat().st_size == 0     # the empty file is kept aside
    close_database()


def test_a_zero_byte_file_in_a_never_used_folder_is_a_new_database(data_dir):
    database_path(data_dir).write_bytes(b"")
    open_database(data_dir)
    assert cases.list_cases() == []
    close_database()
