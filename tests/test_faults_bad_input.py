"""Issue 16, point 6: every bad argument, file and environment gets one line in the user's
language and a non-zero exit, never a traceback, and nothing half-written."""
import os
import sqlite3

import pytest

from casekeeper.db import cases, playbook
from casekeeper.db.connection import close_database, open_database
from casekeeper.db.errors import InvalidInput
from casekeeper.db.paths import database_path
from tests.faults_support import assert_one_line_error, ck, small_disk, without_root_override  # noqa: F401 (fixture)

HUGE = "99999999999999999999"


@pytest.fixture
def demo_dir(data_dir):
    assert ck("demo", data_dir=data_dir).returncode == 0
    return data_dir


@pytest.mark.parametrize("args, words", [
    (["show", HUGE], "not a case id"),
    (["show", "-5"], "not a case id"),
    (["verify", HUGE], "not a case id"),
    (["export", HUGE, "-o", "x.md"], "not a case id"),
    (["import", HUGE, "x.eml"], "not a case id"),
    (["desks", HUGE], "not a case id"),
    (["ics", HUGE, "-o", "x.ics"], "not a case id"),
    (["login", "list", HUGE], "not a case id"),
    (["login", "forget", str(2**64)], "not a login id"),
    (["mail-rule", "list", str(2**70)], "not an id"),
    (["login", "set", "1", "x", "--user", "u", "--desk", HUGE], "not an id"),
    (["due", "--within", "inf"], "--within"),
    (["due", "--within", "nan"], "--within"),
    (["due", "--within", "1e9"], "--within"),
    (["due", "--within", "-1"], "--within"),
    (["due", "--now", "9999-12-31T23:59:59Z"], "outside the dates"),
    (["due", "--now", "0001-01-01"], "outside the dates"),
    (["due", "--now", "yesterday"], "Not a date and time"),
    (["ics", "1", "-o", "x.ics", "--slots", "100000000"], "--slots"),
    (["search", "x", "--limit", "0"], "--limit"),
    (["import", "1", "x.eml", "--limit-mb", "inf"], "--limit-mb"),
    (["--data-dir", "", "cases"], "--data-dir is empty"),
])
def test_bad_arguments_are_one_line(demo_dir, tmp_path, args, words):
    r = ck(*args, data_dir=demo_dir)
    line = assert_one_line_error(r)
    assert words.lower() in line.lower()
    assert list(tmp_path.glob("x.*")) == []


def test_bad_argument_in_japanese(demo_dir):
    r = ck("show", HUGE, data_dir=demo_dir, env={"LANG": "ja_JP.UTF-8"})
    assert "ケースの ID ではありません" in assert_one_line_error(r)
    r = ck("due", "--within", "nan", "--lang", "ja", data_dir=demo_dir)
    assert "数ではありません" in assert_one_line_error(r)


def test_invalid_utf8_in_a_text_argument_is_refused_and_stores_nothing(demo_dir):
    r = ck("new", b"bad \xff\xfe title", data_dir=demo_dir, text=False)
    line = assert_one_line_error(r)
    assert "not valid UTF-8" in line and "\\xff" in line
    r = ck("search", b"\xff", data_dir=demo_dir, text=False)
    assert_one_line_error(r, "not valid UTF-8")
    r = ck("cases", "--json", data_dir=demo_dir)
    assert "bad" not in r.stdout


def test_invalid_utf8_in_a_file_name_is_a_file_not_found_not_a_traceback(demo_dir, tmp_path):
    r = ck("import", "1", os.fsencode(tmp_path) + b"/\xff.eml", data_dir=demo_dir, text=False)
    err = r.stderr.decode("utf-8", "replace") + r.stdout.decode("utf-8", "replace")
    assert r.returncode != 0 and "Traceback" not in err
    assert "\ufffd.eml" in err


def test_a_read_only_database_file_is_one_line(demo_dir):
    path = database_path(demo_dir)
    os.chmod(path, 0o444)
    r = ck("new", "Cannot be written", data_dir=demo_dir, prefix=without_root_override())
    assert_one_line_error(r, "read-only")


def test_an_unreadable_database_file_is_one_line(demo_dir):
    path = database_path(demo_dir)
    os.chmod(path, 0o000)
    r = ck("cases", data_dir=demo_dir, prefix=without_root_override())
    assert_one_line_error(r, "Cannot open the database", "Permission denied")
    os.chmod(path, 0o644)


def test_a_parent_folder_without_permission_is_one_line(tmp_path):
    locked = tmp_path / "locked"
    (locked / "data").mkdir(parents=True)
    os.chmod(locked, 0o000)
    try:
        for args in (["cases"], ["backup"], ["new", "x"]):
            r = ck("--data-dir", str(locked / "data"), *args, prefix=without_root_override())
            assert_one_line_error(r, "Permission denied")
    finally:
        os.chmod(locked, 0o755)


def test_a_read_only_data_folder_is_one_line(demo_dir):
    os.chmod(demo_dir, 0o555)
    try:
        r = ck("cases", data_dir=demo_dir, prefix=without_root_override())
        assert_one_line_error(r, "not writable")
    finally:
        os.chmod(demo_dir, 0o755)


BAD_PLAYBOOKS = {
    "case not a table": 'case = "x"',
    "case title a number": "[case]\ntitle = 5",
    "opened_at a bool": "[case]\nopened_at = true",
    "opened_at not a date": '[case]\nopened_at = "soon"',
    "desks a table": '[desks]\nkey = "a"',
    "desk without key": '[[desks]]\nname = "Chat"',
    "desk without name": '[[desks]]\nkey = "chat"',
    "desk hours a string": '[[desks]]\nkey = "c"\nname = "C"\nhours = "always"',
    "desk hours numbers": '[[desks]]\nkey = "c"\nname = "C"\nhours = [9, 17]',
    "desk closures strings": '[[desks]]\nkey = "c"\nname = "C"\nclosures = ["12-29"]',
    "desk reply days text": '[[desks]]\nkey = "c"\nname = "C"\nreply_window_days = "ten"',
    "desk reply days huge": '[[desks]]\nkey = "c"\nname = "C"\nreply_window_days = 100000000000',
    "desk asks_for a string": '[[desks]]\nkey = "c"\nname = "C"\nasks_for = "csi"',
    "desk asks unknown": '[[desks]]\nkey = "c"\nname = "C"\nasks_for = ["csi"]',
    "identifier without key": '[[identifiers]]\nname = "CSI"',
    "event without at": '[[events]]\nsummary = "x"',
    "event at a number": '[[events]]\nat = 5\nsummary = "x"',
    "event unknown desk": '[[events]]\nat = "2026-03-02T08:00:00+09:00"\ndesk = "nope"\nsummary = "x"',
    "event kind unknown": '[[events]]\nat = "2026-03-02T08:00:00+09:00"\nkind = "fax"\nsummary = "x"',
    "checklist items a string": '[[checklists]]\ntitle = "T"\nitems = "do it"',
    "checklist item without text": '[[checklists]]\ntitle = "T"\nitems = [{ done = true }]',
    "resource moved a string": '[[resources]]\nname = "vm"\nmoved = "yes"',
    "deadline without due": '[[deadlines]]\ntitle = "x"',
    "deadline days a list": '[[deadlines]]\ntitle = "x"\ndays = [1]\ncounted_from = "2026-03-02T08:00:00Z"',
    "deeply nested": "x = " + "[" * 5000 + "]" * 5000,
    "not toml": "this is = = not toml",
    "format missing": "",
}


@pytest.mark.parametrize("name", list(BAD_PLAYBOOKS))
def test_bad_playbooks_are_one_message_and_leave_no_case(db, clock, tmp_path, name):
    body = BAD_PLAYBOOKS[name]
    path = tmp_path / "bad.toml"
    path.write_text(("" if name == "format missing" else "format = 1\n") + body + "\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        playbook.create_case_from_file(path)
    assert "\n" not in str(caught.value) and caught.value.text("ja")
    assert cases.list_cases() == []


def test_bad_playbook_from_the_command_line(data_dir, tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('format = 1\n[[desks]]\nkey = "c"\nname = "C"\nhours = "always"\n', encoding="utf-8")
    r = ck("new", "--playbook", str(path), data_dir=data_dir)
    assert_one_line_error(r, "desks[1]", "'hours' must be a list of texts")
    r = ck("new", "--playbook", str(path), data_dir=data_dir, env={"LANG": "ja_JP.UTF-8"})
    assert "文字列の配列" in assert_one_line_error(r)
    assert ck("cases", "--json", data_dir=data_dir).stdout.strip() == "[]"


# -- a full disk (a small tmpfs) ------------------------------------------------------------
def _events(data_dir):
    conn = sqlite3.connect(database_path(data_dir))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def full_data_dir(small_disk, clock):
    from tests.faults_support import fill_up

    data = small_disk / "data"
    open_database(data)
    case = cases.create_case("On a small disk")
    from casekeeper.db import backups, events

    events.create_event(case.id, "note", "Before the disk filled up")
    backups.make_backup(data)
    close_database()
    fill_up(small_disk, leave=160 * 1024)   # room to open the database (-wal, -shm), not for more
    return data


def test_import_on_a_full_disk_is_one_line_and_writes_nothing(full_data_dir, tmp_path):
    from tests.faults_support import mail

    before = _events(full_data_dir)
    (tmp_path / "big.eml").write_bytes(mail(1, attachment=os.urandom(512 * 1024)))
    (tmp_path / "long.eml").write_bytes(mail(2, subject="Long body " + "word " * 200_000))
    for name in ("big.eml", "long.eml"):
        r = ck("import", "1", str(tmp_path / name), data_dir=full_data_dir)
        line = assert_one_line_error(r) if r.returncode == 2 else r.stdout
        assert "Traceback" not in r.stderr and "rollback" not in r.stderr, r.stderr
        assert "full" in line, line
    assert _events(full_data_dir) == before
    assert not list((full_data_dir / "attachments").rglob(".incoming-*"))


def test_backup_on_a_full_disk_says_the_database_is_fine(full_data_dir):
    before = sorted(p.name for p in (full_data_dir / "backups").iterdir())
    r = ck("backup", data_dir=full_data_dir)
    line = assert_one_line_error(r, "No backup was made", "The database itself is fine")
    assert "damaged" not in line
    assert sorted(p.name for p in (full_data_dir / "backups").iterdir()) == before   # no .part left


def test_restore_on_a_full_disk_is_one_line_and_leaves_nothing(full_data_dir):
    before = database_path(full_data_dir).read_bytes()
    r = ck("restore", data_dir=full_data_dir)
    assert_one_line_error(r, "not changed")
    assert not [p for p in full_data_dir.iterdir() if ".restoring" in p.name]
    assert database_path(full_data_dir).read_bytes() == before
    assert _events(full_data_dir) == 1


def test_bundle_export_onto_a_full_disk_is_one_line_and_leaves_nothing(data_dir, small_disk, clock):
    from casekeeper.db import attachments, events
    from tests.faults_support import fill_up

    open_database(data_dir)
    event = events.create_event(cases.create_case("Big bundle").id, "note", "with a file")
    attachments.add_stored(event, [("blob.bin", *attachments.store_bytes(os.urandom(300_000)), "")])
    close_database()
    fill_up(small_disk, leave=100 * 1024)
    target = small_disk / "bundle.zip"
    r = ck("export", "1", "--format", "bundle", "-o", str(target), data_dir=data_dir)
    assert_one_line_error(r, "disk is full")
    assert not target.exists() and not list(small_disk.glob(".bundle.zip.*"))
    assert not (data_dir / "partial-files.txt").exists()


def test_opening_on_a_disk_too_full_for_the_journal_says_the_disk_is_full(full_data_dir, small_disk):
    from tests.faults_support import fill_up

    fill_up(small_disk)
    r = ck("cases", data_dir=full_data_dir)
    line = assert_one_line_error(r, "disk is full")
    assert "damaged" not in line
