"""Reading the start page (Today) in a child process while the window is being built.

Python runs one thread at a time, so a reader thread only takes turns with the GUI thread
building the window; a forked child (db/forked.py) reads on the machine's other core. At
start-up, before Qt is loaded and before any thread or database connection exists, the app
starts it (`start`): the child opens its own connection, checks that the database is one this
app opens as it is (its schema current: the window's own opening may still migrate or refuse
it), and reads `today.gather(now, language)` inside one read transaction (one snapshot).
Any failure of the child (no database yet, an old schema, a damaged file, a full temp
folder) just gives None: the window reads the page itself then, and reports what is wrong
in its own way."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from . import forked


@dataclass(frozen=True)
class Reader:
    """The parent's side: `job` (db/forked.py; its answer a TodayData, or None when the child
    read nothing), and the moment and language the page was read for."""
    job: forked.Forked
    now: datetime
    language: str


def start(data_dir: Path, now: datetime, language: str) -> Reader | None:
    """Start the child that reads the start page; None where that is not done (db/forked.py),
    or when the database file does not exist yet."""
    from .paths import database_path

    try:
        path = database_path(data_dir)
        if not path.is_file() or path.stat().st_size == 0:
            return None
    except OSError:
        return None
    job = forked.start(_read, data_dir, path, now, language)
    return Reader(job, now, language) if job is not None else None


def _read(data_dir: Path, path: Path, now: datetime, language: str):
    from . import holiday_cache, migrations, today
    from .connection import APPLICATION_ID, CasekeeperDatabase, READ_PRAGMAS
    from .models import database

    db = CasekeeperDatabase(str(path), pragmas=READ_PRAGMAS, autoconnect=False)
    db.connect()
    conn = db.connection()
    conn.execute("BEGIN")                    # one snapshot for every query of gather()
    if (conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID
            or conn.execute("PRAGMA user_version").fetchone()[0] != migrations.latest_version()):
        return None
    database.initialize(db)
    holiday_cache.use_dir(Path(data_dir) / "cache")
    return today.gather(now, language)
