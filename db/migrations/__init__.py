"""Ordered schema migrations.

Each step is a module `mNNNN_name.py` in this package with `apply(conn)` (raw
sqlite3 connection, inside a transaction) and optionally `SAMPLE` (rows in the
shape of that version, used by the upgrade test). Steps are found by name, so
adding one never edits another's file. Numbers increase; gaps are allowed. The database records every applied step
in the `schema_version` table; `PRAGMA user_version` mirrors the newest.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from ..errors import DatabaseTooNew
from ..labels import Msg

_NAME = re.compile(r"^m(\d{4})_\w+$")


def step_names() -> dict[int, str]:
    """Every step's number and module name, found by name (nothing imported)."""
    found: dict[int, str] = {}
    for info in pkgutil.iter_modules(__path__):
        m = _NAME.match(info.name)
        if m:
            number = int(m.group(1))
            assert number not in found, f"two migrations share the number {number}"
            found[number] = info.name
    return dict(sorted(found.items()))


def steps() -> list[tuple[int, object]]:
    return [(n, importlib.import_module(f"{__name__}.{name}")) for n, name in step_names().items()]


def latest_version() -> int:
    return max(step_names())


def current_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def applied_steps(conn: sqlite3.Connection) -> set[int]:
    """The steps recorded in the database (schema_version); none for a new database."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone():
        return set()
    return {row[0] for row in conn.execute("SELECT version FROM schema_version")}


def migrate(conn: sqlite3.Connection, *, upto: int | None = None, before_upgrade=None) -> int:
    """Bring the schema to `upto` (default: newest): every step up to it that the database has
    not recorded as applied, in number order (so a step numbered below one already applied,
    which landed later, is applied too). `before_upgrade(from_version)` runs first when an
    existing database is about to change (the backup hook). Each step runs in its own
    transaction: a failing step leaves the previous version."""
    names = step_names()
    latest = max(names)
    target = latest if upto is None else upto
    version = current_version(conn)
    if version > latest:
        raise DatabaseTooNew(Msg("storage.too_new", version=version, known=latest))
    applied = applied_steps(conn)
    pending = [n for n in names if n <= target and n not in applied]
    if not pending:
        return version
    if version > 0 and before_upgrade is not None:
        before_upgrade(version)
    for number in pending:
        conn.execute("BEGIN IMMEDIATE")
        if number in applied_steps(conn):   # another process applied it while we waited for the lock
            conn.execute("ROLLBACK")
            continue
        module = importlib.import_module(f"{__name__}.{names[number]}")
        try:
            if number == 1:
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
                )
            module.apply(conn)
            conn.execute(
                "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                (number, datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")),
            )
            conn.execute(f"PRAGMA user_version = {max(number, current_version(conn))}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return current_version(conn)


class BackupStopped(Exception):
    """backup_file was asked to stop (the app is quitting); nothing was left behind."""


BACKUP_STEP_PAGES = 4096   # copied per step; `stop` is asked between steps


def backup_file(src: sqlite3.Connection, dest: Path, *, stop=None) -> Path:
    """A consistent copy through SQLite's backup API (safe on a live WAL database), written
    to DEST.part and renamed into place. On any failure, or when `stop()` turns true between
    steps (BackupStopped), the .part file is removed."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(dest.suffix + ".part")

    def progress(_status, _remaining, _total):
        if stop is not None and stop():
            raise BackupStopped()

    try:
        target = sqlite3.connect(tmp)
        try:
            src.backup(target, pages=BACKUP_STEP_PAGES, progress=progress)
            target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file (no -wal/-shm beside it)
        finally:
            target.close()
        tmp.replace(dest)
    except BaseException:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return dest


def statements(sql: str) -> list[str]:
    """The complete SQL statements of a script, in order: a `;` inside a string literal,
    a comment or a trigger body does not end one (sqlite3.complete_statement decides)."""
    found, pending = [], ""
    for piece in sql.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\r\n;"):
                found.append(pending.strip())
            pending = ""
    assert not pending.strip(" \t\r\n;"), f"a migration ends inside a statement: {pending.strip()[:80]!r}"
    return found


def run_script(conn: sqlite3.Connection, sql: str) -> None:
    """Execute the statements of a script one by one (executescript would commit)."""
    for statement in statements(sql):
        conn.execute(statement)
