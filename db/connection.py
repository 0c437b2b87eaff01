"""Opening the database: checks first (read-only), then pragmas and migrations.

A file that is not a Casekeeper database, is newer than this app, or is
damaged raises a DatabaseOpenError with a clear message and is left untouched.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import peewee as pw

from . import holiday_cache, migrations
from .errors import DatabaseCorrupt, NotCasekeeperDatabase
from .labels import Msg
from .models import database
from .paths import database_path, prepare_data_dir, subdir

APPLICATION_ID = 0x434B5052  # "CKPR"
PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "synchronous": "full",
    "busy_timeout": 5000,
    # 16 MiB of page cache per connection (SQLite's default is 2 MiB): reads across all cases
    # (Today's deadlines with their cases and desks at 10,000 cases) stay in memory.
    "cache_size": -16000,
}
_HEADER = b"SQLite format 3\x00"


def check_file(path: Path) -> None:
    """Raise unless `path` is absent, empty, or a readable Casekeeper database
    this app can open. Opens nothing for writing."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as fh:
        header = fh.read(100)
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
        raise DatabaseCorrupt(Msg("storage.damaged", path=path, detail=exc)) from exc
    if tables and app_id != APPLICATION_ID:
        raise NotCasekeeperDatabase(Msg("storage.other_program", path=path))
    if version > migrations.latest_version():
        raise migrations.DatabaseTooNew(Msg("storage.file_too_new", path=path, version=version,
                                            known=migrations.latest_version()))


def open_database(data_dir: Path, *, migrate_upto: int | None = None) -> pw.SqliteDatabase:
    """Open (creating if needed) the database in `data_dir`, migrated to the newest schema,
    and bind every model to it."""
    data_dir = prepare_data_dir(Path(data_dir))
    path = database_path(data_dir)
    db = open_path(path, backup_dir=data_dir / "backups", migrate_upto=migrate_upto)
    holiday_cache.use_dir(data_dir / "cache")
    return db


def open_path(path: Path, *, backup_dir: Path | None = None, migrate_upto: int | None = None) -> pw.SqliteDatabase:
    path = Path(path)
    check_file(path)
    db = pw.SqliteDatabase(str(path), pragmas=PRAGMAS, autoconnect=False)
    try:
        db.connect()
        conn = db.connection()
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")

        def backup_first(version: int) -> None:
            if backup_dir is None:
                return
            stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
            migrations.backup_file(conn, subdir(backup_dir.parent, backup_dir.name) / f"pre-migration-v{version}-{stamp}.sqlite3")

        migrations.migrate(conn, upto=migrate_upto, before_upgrade=backup_first)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise DatabaseCorrupt(Msg("storage.damaged", path=path, detail=exc)) from exc
    except BaseException:
        db.close()
        raise
    database.initialize(db)
    return db


def close_database() -> None:
    obj = database.obj
    if obj is not None and not obj.is_closed():
        obj.close()
