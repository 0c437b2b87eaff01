"""Opening the database: checks first (read-only), then pragmas and migrations.

A file that is not a Casekeeper database, is newer than this app, or is
damaged raises a DatabaseOpenError with a clear message and is left untouched.
So does an empty file in a data dir that was used before (its backups or
attachments are there): it is never taken for a new database.

Writers queue instead of failing: every write transaction (`database.atomic()`)
starts with BEGIN IMMEDIATE, so it takes the write lock up front and waits for
another process's transaction to end (a deferred transaction that reads first
cannot wait: SQLite refuses its upgrade at once). While it waits longer than a
moment, the wait handler is told (the CLI prints one line; the window shows a
"waiting for another Casekeeper…" dialog with Cancel); after WAIT_LIMIT_S, or a
Cancel, the action fails with DatabaseBusy and nothing is written. A full disk or
an I/O error while writing is a DiskFull/DiskError with the path, not a traceback.
"""
from __future__ import annotations

import errno
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Callable

import peewee as pw

from . import holiday_cache, migrations
from .errors import CasekeeperError, DatabaseCorrupt, DatabaseOpenError, NotCasekeeperDatabase
from .labels import Msg
from .models import database
from .paths import database_path, db_home, prepare_data_dir

APPLICATION_ID = 0x434B5052  # "CKPR"
BUSY_TIMEOUT_MS = 10000   # a single statement outside a transaction waits this long for the lock
WAIT_STEP_MS = 200        # BEGIN IMMEDIATE tries this long at a time, telling the wait handler in between
WAIT_LIMIT_S = 300.0      # then gives up (DatabaseBusy)
PRAGMAS = {
    "busy_timeout": BUSY_TIMEOUT_MS,   # first: the others may need a lock
    "foreign_keys": 1,
    "journal_mode": "wal",
    "synchronous": "full",
    # 16 MiB of page cache per connection (SQLite's default is 2 MiB): reads across all cases
    # (Today's deadlines with their cases and desks at 10,000 cases) stay in memory.
    "cache_size": -16000,
}
READ_PRAGMAS = {k: v for k, v in PRAGMAS.items() if k != "journal_mode"}   # a reader changes no mode
_HEADER = b"SQLite format 3\x00"


class DatabaseBusy(CasekeeperError):
    """Another process kept the write lock longer than we waited; nothing was written."""


class DiskFull(CasekeeperError):
    pass


class DiskError(CasekeeperError):
    pass


class DatabaseEmpty(DatabaseCorrupt):
    """A 0-byte database file where a database used to be."""


# -- waiting for the write lock -------------------------------------------------------------
def _print_waiting(elapsed: float | None) -> bool:
    """The default wait handler (command line): one line on stderr when a wait starts."""
    if elapsed is not None and not getattr(_print_waiting, "said", False):
        from .labels import language

        print(f"casekeeper: {Msg('storage.waiting').text(language())}", file=sys.stderr, flush=True)
        _print_waiting.said = True
    return True


_wait_handler: Callable[[float | None], bool] = _print_waiting


def set_wait_handler(handler: Callable[[float | None], bool] | None) -> None:
    """`handler(elapsed_seconds)` is called every WAIT_STEP_MS while a write waits for another
    process (return False to give up), and `handler(None)` once the wait is over.
    None restores the default (one line on stderr)."""
    global _wait_handler
    _wait_handler = handler or _print_waiting


def is_busy(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text


def storage_error(exc: BaseException, path) -> CasekeeperError | None:
    """A full disk or an I/O error (from SQLite or the OS) as the error a person reads, else None."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFull(Msg("storage.disk_full", path=path))
        if exc.errno == errno.EIO:
            return DiskError(Msg("storage.io_error", path=path, error=exc.strerror or exc))
        return None
    text = str(exc).lower()
    if "database or disk is full" in text or ("disk i/o error" in text and _nearly_full(path)):
        return DiskFull(Msg("storage.disk_full", path=path))
    if "disk i/o error" in text:
        return DiskError(Msg("storage.io_error", path=path, error=exc))
    if "readonly database" in text:
        return DatabaseOpenError(Msg("storage.db_read_only", path=path))
    return None


def _nearly_full(path) -> bool:
    """SQLite reports a full disk as an I/O error when it cannot even make its -shm file."""
    import shutil

    try:
        folder = Path(path).parent if path else Path.cwd()
        return shutil.disk_usage(folder).free < 256 * 1024
    except OSError:
        return False


class CasekeeperDatabase(pw.SqliteDatabase):
    """SqliteDatabase whose transactions start IMMEDIATE and wait (see the module text),
    whose rollback after SQLite already rolled back (a full disk at COMMIT) is quiet, and
    whose disk errors are CasekeeperErrors."""

    def begin(self, lock_type=None):
        statement = f"BEGIN {lock_type or 'IMMEDIATE'}"
        conn = self.connection()
        started, waited = time.monotonic(), False
        try:
            conn.execute(f"PRAGMA busy_timeout = {WAIT_STEP_MS}")
            while True:
                try:
                    conn.execute(statement)
                    return
                except sqlite3.OperationalError as exc:
                    if not is_busy(exc):
                        raise self._translated(exc) from exc
                    elapsed = time.monotonic() - started
                    waited = True
                    if elapsed >= WAIT_LIMIT_S or _wait_handler(elapsed) is False:
                        raise DatabaseBusy(Msg("storage.busy")) from None
        finally:
            try:
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            finally:
                if waited:
                    _wait_handler(None)

    def rollback(self):
        if not self.is_closed() and not self.connection().in_transaction:
            return   # SQLite rolled back already (e.g. the disk filled up during COMMIT)
        super().rollback()

    def commit(self):
        try:
            super().commit()
        except pw.OperationalError as exc:
            raise self._translated(exc) from exc

    def execute_sql(self, sql, params=None, *args, **kwargs):
        if sql.startswith("ROLLBACK TO SAVEPOINT") and not self.connection().in_transaction:
            return None   # SQLite rolled the whole transaction back already (a full disk)
        try:
            return super().execute_sql(sql, params, *args, **kwargs)
        except pw.OperationalError as exc:
            translated = self._translated(exc)
            if translated is exc:
                raise
            raise translated from exc

    def _translated(self, exc: BaseException) -> BaseException:
        return storage_error(exc, self.database) or exc


# -- opening ---------------------------------------------------------------------------------
def check_file(path: Path) -> None:
    """Raise unless `path` is absent, empty, or a readable Casekeeper database
    this app can open. Opens nothing for writing."""
    path = Path(path)
    try:
        if not path.exists() or path.stat().st_size == 0:
            return
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DatabaseOpenError(Msg("storage.db_cannot_open", path=path, error=exc.strerror or exc)) from exc
    if not header.startswith(_HEADER[:15]):
        raise NotCasekeeperDatabase(Msg("storage.not_sqlite", path=path))
    if len(header) < 100:
        raise DatabaseCorrupt(Msg("storage.damaged", path=path, detail=Msg("storage.truncated_header")))
    page_size = int.from_bytes(header[16:18], "big") or 65536
    if page_size == 1:
        page_size = 65536
    pages = int.from_bytes(header[28:32], "big")
    valid_for = header[92:96] == header[24:28]
    if valid_for and pages and pages * page_size > path.stat().st_size:
        raise DatabaseCorrupt(Msg("storage.damaged", path=path, detail=Msg("storage.shorter_than_header")))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        known = storage_error(exc, path)
        if isinstance(exc, sqlite3.OperationalError) and known is not None:
            raise known from exc
        if isinstance(exc, sqlite3.OperationalError) and ("unable to open" in str(exc) or is_busy(exc)):
            raise DatabaseOpenError(Msg("storage.db_cannot_open", path=path, error=exc)) from exc
        raise DatabaseCorrupt(Msg("storage.damaged", path=path, detail=exc)) from exc
    if tables and app_id != APPLICATION_ID:
        raise NotCasekeeperDatabase(Msg("storage.other_program", path=path))
    if version > migrations.latest_version():
        raise migrations.DatabaseTooNew(Msg("storage.file_too_new", path=path, version=version,
                                            known=migrations.latest_version()))


def _was_used(data_dir: Path) -> bool:
    """True when the data dir shows a database lived here: backups or stored attachments."""
    from .backups import list_backups

    if any(b.size > 0 for b in list_backups(data_dir)):
        return True
    store = db_home(data_dir) / "attachments"
    return store.is_dir() and any(p.is_file() for p in store.rglob("*"))


def open_database(data_dir: Path, *, migrate_upto: int | None = None) -> pw.SqliteDatabase:
    """Open (creating if needed) the database in `data_dir`, migrated to the newest schema,
    and bind every model to it. The path is resolved once (paths.database_path): a symlinked
    database file is opened at its real place, and its backups live beside it."""
    data_dir = prepare_data_dir(Path(data_dir))
    path = database_path(data_dir)
    from .leftovers import remove_leftovers

    remove_leftovers(data_dir)
    try:
        empty = path.exists() and path.stat().st_size == 0
    except OSError as exc:
        raise DatabaseOpenError(Msg("storage.db_cannot_open", path=path, error=exc.strerror or exc)) from exc
    if empty and _was_used(data_dir):
        raise DatabaseEmpty(Msg("storage.db_empty", path=path))
    db = open_path(path, data_dir=data_dir, migrate_upto=migrate_upto)
    holiday_cache.use_dir(data_dir / "cache")
    return db


def open_path(path: Path, *, data_dir: Path | None = None, migrate_upto: int | None = None) -> pw.SqliteDatabase:
    """Open the database file at `path`; with `data_dir`, a schema upgrade is preceded by a
    pre-migration backup in its backups folder."""
    path = Path(path)
    check_file(path)
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise DatabaseOpenError(Msg("storage.db_read_only" if os.access(path, os.R_OK) else "storage.db_cannot_open",
                                    path=path, error=os.strerror(errno.EACCES)))
    db = CasekeeperDatabase(str(path), pragmas=PRAGMAS, autoconnect=False)
    try:
        db.connect()
        conn = db.connection()
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")

        def backup_first(version: int) -> None:
            if data_dir is None:
                return
            from .backups import make_backup

            make_backup(data_dir, f"pre-migration-v{version}")   # not again while nothing changed

        migrations.migrate(conn, upto=migrate_upto, before_upgrade=backup_first)
    except sqlite3.DatabaseError as exc:
        db.close()
        known = storage_error(exc, path)
        if known is not None:
            raise known from exc
        if isinstance(exc, sqlite3.OperationalError) and ("unable to open" in str(exc) or is_busy(exc)):
            raise DatabaseOpenError(Msg("storage.db_cannot_open", path=path, error=exc)) from exc
        raise DatabaseCorrupt(Msg("storage.damaged", path=path, detail=exc)) from exc
    except OSError as exc:
        db.close()
        known = storage_error(exc, path)
        if known is not None:
            raise known from exc
        raise DatabaseOpenError(Msg("storage.db_cannot_open", path=path, error=exc.strerror or exc)) from exc
    except BaseException:
        db.close()
        raise
    database.initialize(db)
    return db


def reconnect_in_child() -> None:
    """In a forked child (db/forked.py): the open database again, on a connection of the
    child's own. The inherited connection is never touched (the child ends with os._exit)."""
    old = database.obj
    db = CasekeeperDatabase(old.database, pragmas=READ_PRAGMAS, autoconnect=False)
    db.connect()
    database.initialize(db)


def close_database() -> None:
    obj = database.obj
    if obj is not None and not obj.is_closed():
        obj.close()
