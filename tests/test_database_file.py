"""Opening database files: migrations from every earlier version, and files we must not touch."""
import hashlib
import sqlite3

import pytest

from casekeeper.db import migrations
from casekeeper.db.connection import APPLICATION_ID, close_database, open_database
from casekeeper.db.errors import DatabaseCorrupt, DatabaseTooNew, DataDirError, NotCasekeeperDatabase
from casekeeper.db.models import Case, Event
from casekeeper.db.paths import database_path


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_marked_and_at_latest_version(data_dir):
    open_database(data_dir)
    close_database()
    conn = sqlite3.connect(database_path(data_dir))
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
    versions = [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY version")]
    assert versions == [n for n, _ in migrations.steps()]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.parametrize("version", [n for n, _ in migrations.steps()][:-1])
def test_every_earlier_version_upgrades_with_its_data(data_dir, version):
    """A database left at `version`, with rows in it, opens in this app with the rows intact
    and a backup of the old file taken first."""
    open_database(data_dir, migrate_upto=version)
    conn = Case._meta.database.connection()
    for number, module in migrations.steps():
        if number > version:
            break
        for table, row in getattr(module, "SAMPLE", {}).items():
            cols = ", ".join(row)
            conn.execute(f"INSERT OR REPLACE INTO {table} ({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    close_database()
    open_database(data_dir)
    assert Case.get_by_id(1).title == "v1 case"
    assert Event.get_by_id(1).summary == "v1 event"
    close_database()
    backups = list((data_dir / "backups").glob(f"pre-migration-v{version}-*.sqlite3"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == version


def test_latest_version_reopens_without_backup(data_dir):
    open_database(data_dir)
    close_database()
    open_database(data_dir)
    close_database()
    assert not (data_dir / "backups").exists() or not list((data_dir / "backups").iterdir())


def test_not_a_database_is_left_untouched(data_dir):
    path = database_path(data_dir)
    path.write_bytes(b"my tax notes\n" * 100)
    before = sha(path)
    with pytest.raises(NotCasekeeperDatabase, match="not a Casekeeper database"):
        open_database(data_dir)
    assert sha(path) == before


def test_other_programs_sqlite_is_left_untouched(data_dir):
    path = database_path(data_dir)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    refused_untouched(data_dir, NotCasekeeperDatabase, "another program")


def refused_untouched(data_dir, error, match):
    """Opening the data dir's database fails with `error`, and the file is as it was."""
    path = database_path(data_dir)
    before = sha(path)
    with pytest.raises(error, match=match):
        open_database(data_dir)
    assert sha(path) == before


def test_newer_database_is_refused_untouched(data_dir):
    open_database(data_dir)
    close_database()
    path = database_path(data_dir)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    refused_untouched(data_dir, DatabaseTooNew, "newer Casekeeper")


def test_truncated_database_is_reported_corrupt(data_dir):
    open_database(data_dir)
    from casekeeper.db import cases

    for n in range(200):
        cases.create_case(f"case {n} " + "x" * 500)
    close_database()
    path = database_path(data_dir)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = sha(path)
    with pytest.raises(DatabaseCorrupt, match="damaged"):
        open_database(data_dir)
    assert sha(path) == before


def test_data_dir_that_is_a_file(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(DataDirError, match="not a directory"):
        open_database(f)


def test_migration_scripts_split_only_between_whole_statements():
    """A `;` in a string, a comment or a trigger body stays inside its statement."""
    import sqlite3

    from casekeeper.db.migrations import run_script, statements

    sql = """
    CREATE TABLE t (a TEXT DEFAULT 'x;y');  -- a comment; with a semicolon
    CREATE TABLE log (m TEXT);
    CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN
        INSERT INTO log VALUES ('one;');
        INSERT INTO log VALUES ('two');
    END;
    """
    assert len(statements(sql)) == 3
    conn = sqlite3.connect(":memory:")
    run_script(conn, sql)
    conn.execute("INSERT INTO t DEFAULT VALUES")
    assert conn.execute("SELECT a FROM t").fetchone() == ("x;y",)
    assert [r[0] for r in conn.execute("SELECT m FROM log")] == ["one;", "two"]


def test_a_step_that_lands_after_a_higher_one_is_still_applied(tmp_path, monkeypatch):
    """Branches merge in any order: a database that has step N+k gets step N when N arrives."""
    import sqlite3

    from casekeeper.db import migrations

    every = migrations.step_names()
    late = sorted(every)[-2]          # pretend the second-newest step was not there yet
    conn = sqlite3.connect(tmp_path / "db.sqlite3", isolation_level=None)
    monkeypatch.setattr(migrations, "step_names", lambda: {n: m for n, m in every.items() if n != late})
    migrations.migrate(conn)
    assert late not in migrations.applied_steps(conn)
    monkeypatch.setattr(migrations, "step_names", lambda: every)
    migrations.migrate(conn)
    assert migrations.applied_steps(conn) == set(every)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == max(every)
