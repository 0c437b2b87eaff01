"""A damaged database: said plainly, the newest backup offered, the damaged file never overwritten."""
import hashlib
import sqlite3
from datetime import timedelta

import pytest

from casekeeper.db import backups, cases, events, settings
from casekeeper.db.connection import close_database, open_database
from casekeeper.db.errors import DatabaseCorrupt
from casekeeper.db.paths import database_path
from tests.test_cli import ck


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill(n=300):
    case = cases.create_case("Dispute")
    for i in range(n):
        events.create_event(case.id, "note", f"note {i}", body="本文 " * 200)
    return case


def checkpoint(path):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.fixture
def damaged(data_dir, clock):
    """A data dir with a good backup from yesterday and a truncated database today."""
    open_database(data_dir)
    fill(50)
    backups.daily_backup(data_dir)
    clock.set(clock.at + timedelta(days=1))
    fill(250)
    close_database()
    path = database_path(data_dir)
    checkpoint(path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return path


def test_truncated_database_names_the_newest_backup_and_restore_keeps_the_damaged_file(data_dir, damaged):
    before = sha(damaged)
    r = ck("cases", data_dir=data_dir)
    assert r.returncode != 0 and "damaged" in r.stderr and "Traceback" not in r.stderr
    newest = backups.newest_backup(data_dir)
    assert newest.name in r.stderr and "casekeeper restore" in r.stderr
    assert sha(damaged) == before

    r = ck("restore", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    aside = [p for p in data_dir.iterdir() if p.name.startswith("casekeeper.sqlite3.damaged-")]
    assert len(aside) == 1 and sha(aside[0]) == before  # moved aside, byte for byte
    assert str(aside[0]) in r.stdout

    open_database(data_dir)
    assert [c.title for c in cases.list_cases()] == ["Dispute"]
    assert sqlite3.connect(database_path(data_dir)).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_file_that_is_not_a_database_is_moved_aside_not_overwritten(data_dir, clock):
    open_database(data_dir)
    fill(5)
    backups.make_backup(data_dir)
    close_database()
    path = database_path(data_dir)
    path.write_bytes(b"my tax notes\n" * 100)
    done = backups.restore(data_dir)
    assert done.previous_damaged and done.previous.read_bytes() == b"my tax notes\n" * 100
    open_database(data_dir)
    assert len(cases.list_cases()) == 1


def test_damaged_pages_are_caught_by_the_daily_backup_and_good_backups_survive(data_dir, clock):
    settings.save(data_dir, {"backup_keep": 1})
    open_database(data_dir)
    fill(300)
    good = backups.daily_backup(data_dir)
    close_database()
    path = database_path(data_dir)
    checkpoint(path)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle:middle + 4096] = b"\xff" * 4096  # a page of events turned to garbage
    path.write_bytes(bytes(data))
    clock.set(clock.at + timedelta(days=1))
    with pytest.raises(backups.BackupError, match="damaged"):
        backups.daily_backup(data_dir)
    assert backups.list_backups(data_dir) == [good]  # the bad copy did not push the good one out
    r = ck("restore", "--list", "--json", data_dir=data_dir)
    assert r.returncode == 0 and good.name in r.stdout


def test_open_refuses_truncated_file_and_leaves_it(data_dir, damaged):
    before = sha(damaged)
    with pytest.raises(DatabaseCorrupt):
        open_database(data_dir)
    assert sha(damaged) == before
