"""Automatic backups and restore: consistent copies, once a day, the last N kept, nothing lost on restore."""
import sqlite3
from datetime import timedelta

import pytest

from casekeeper.db import backups, cases, events, settings
from casekeeper.db.connection import close_database, open_database
from casekeeper.db.models import Case
from casekeeper.db.paths import database_path


def titles():
    return sorted(c.title for c in cases.list_cases())


def test_backup_of_live_wal_database_holds_every_committed_write(db, data_dir, clock):
    cases.create_case("Before backup")
    wal = database_path(data_dir).with_name("casekeeper.sqlite3-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the write is still in the WAL only
    made = backups.make_backup(data_dir)
    copy = sqlite3.connect(made.path)
    assert [r[0] for r in copy.execute("SELECT title FROM cases")] == ["Before backup"]
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert made.kind == "manual" and made.made_at == clock.at
    assert [p.name for p in made.path.parent.iterdir()] == [made.name]  # one self-contained file


def test_daily_backup_once_a_day_and_only_the_last_n_kept(db, data_dir, clock):
    settings.save(data_dir, {"backup_keep": 3})
    cases.create_case("A")
    assert backups.daily_backup(data_dir) is not None
    assert backups.daily_backup(data_dir) is None  # same day: nothing new
    for day in range(1, 6):
        clock.set(clock.at + timedelta(days=1))
        cases.create_case(f"day {day}")
        assert backups.daily_backup(data_dir) is not None
    found = backups.list_backups(data_dir)
    assert len(found) == 3
    assert [b.made_at for b in found] == sorted((b.made_at for b in found), reverse=True)
    newest = sqlite3.connect(found[0].path)
    assert newest.execute("SELECT count(*) FROM cases").fetchone()[0] == 6


def test_no_daily_backup_without_a_database(data_dir, clock):
    assert backups.daily_backup(data_dir) is None
    assert backups.list_backups(data_dir) == []


def test_restore_brings_back_old_state_and_keeps_the_current_one(db, data_dir, clock):
    cases.create_case("Kept")
    old = backups.make_backup(data_dir)
    clock.set(clock.at + timedelta(hours=1))
    case = cases.create_case("Added later")
    events.create_event(case.id, "note", "later note")

    done = backups.restore(data_dir, old.name)
    assert not done.previous_damaged
    open_database(data_dir)
    assert titles() == ["Kept"]
    close_database()
    # the replaced state is a backup of its own, so restoring it undoes the restore
    assert done.previous.parent == backups.backup_dir(data_dir)
    backups.restore(data_dir, done.previous)
    open_database(data_dir)
    assert titles() == ["Added later", "Kept"]


def test_restore_refuses_while_another_process_has_the_database_open(db, data_dir, clock):
    cases.create_case("Mine")
    old = backups.make_backup(data_dir)
    other = sqlite3.connect(database_path(data_dir))  # another window
    other.execute("SELECT count(*) FROM cases").fetchone()
    try:
        with pytest.raises(backups.BackupError, match="open in another"):
            backups.restore(data_dir, old.name)
    finally:
        other.close()
    assert [b.kind for b in backups.list_backups(data_dir)] == ["manual"]
    open_database(data_dir)
    assert titles() == ["Mine"]


def test_restore_of_unknown_or_damaged_backup_changes_nothing(db, data_dir, clock):
    cases.create_case("Mine")
    with pytest.raises(backups.NotFound, match="No backup named"):
        backups.restore(data_dir, "nope.sqlite3")
    folder = backups.backup_dir(data_dir)
    folder.mkdir(exist_ok=True)
    (folder / "manual-20260101T000000Z.sqlite3").write_bytes(b"not a database at all" * 50)
    with pytest.raises(backups.BackupError, match="cannot be used"):
        backups.restore(data_dir)
    open_database(data_dir)
    assert titles() == ["Mine"]


def test_older_schema_backup_is_migrated_on_reopen(data_dir, clock):
    open_database(data_dir, migrate_upto=1)
    Case._meta.database.connection().execute(
        "INSERT INTO cases (title, opened_at, created_at, updated_at) VALUES ('v1', '2026-01-01 00:00:00', "
        "'2026-01-01 00:00:00', '2026-01-01 00:00:00')")
    close_database()
    open_database(data_dir)  # takes the pre-migration backup
    cases.create_case("new schema")
    close_database()
    pre = next(b for b in backups.list_backups(data_dir) if b.kind.startswith("pre-migration"))
    backups.restore(data_dir, pre.name)
    open_database(data_dir)
    assert titles() == ["v1"]
