"""Automatic backups of the database, and putting one back.

Every backup is a consistent copy made through SQLite's backup API (safe on a
live WAL database) into DATA_DIR/backups/KIND-STAMP.sqlite3, checked with
`PRAGMA quick_check` before it counts: a damaged copy is thrown away and never
pushes a good backup out. Kinds: `daily` (once a day, when the app starts),
`manual` (`casekeeper backup`), `pre-migration-vN` (db.connection, before a
schema change), `pre-restore` (the current file, just before a restore).
The last N backups are kept (setting `backup_keep`).

A restore never overwrites anything it cannot get back: a healthy current file
is backed up first; a damaged one is moved aside as
casekeeper.sqlite3.damaged-STAMP (with its -wal/-shm). The chosen backup is
copied to a temporary file next to the database and renamed into place.
"""
from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from . import clock, settings
from .errors import CasekeeperError, DatabaseOpenError, DatabaseTooNew, NotFound
from .labels import Msg
from .migrations import backup_file
from .paths import database_path
from .timeutil import local

DIR = "backups"
SUFFIX = ".sqlite3"
KEEP_SETTING = "backup_keep"
DEFAULT_KEEP = settings.DEFAULTS[KEEP_SETTING]
_STAMP_FMT = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<kind>.+?)-(?P<stamp>\d{8}T\d{6}Z)(?:-\d+)?\.sqlite3$")


class BackupError(CasekeeperError):
    pass


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: str            # daily | manual | pre-restore | pre-migration-vN | other
    made_at: datetime    # aware, UTC
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / DIR


def _stamp(at: datetime) -> str:
    return at.astimezone(timezone.utc).strftime(_STAMP_FMT)


def _describe(path: Path) -> Backup | None:
    m = _NAME.match(path.name)
    try:
        st = path.stat()
    except OSError:
        return None
    if m:
        made_at = datetime.strptime(m.group("stamp"), _STAMP_FMT).replace(tzinfo=timezone.utc)
        kind = m.group("kind")
    else:
        made_at = datetime.fromtimestamp(st.st_mtime, timezone.utc)
        kind = "other"
    return Backup(path, kind, made_at, st.st_size)


def list_backups(data_dir: Path) -> list[Backup]:
    """Every backup in the data dir, newest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [b for p in folder.glob(f"*{SUFFIX}") if p.is_file() and (b := _describe(p))]
    return sorted(found, key=lambda b: (b.made_at, b.path.stat().st_mtime_ns, b.name), reverse=True)


def newest_backup(data_dir: Path) -> Backup | None:
    found = list_backups(data_dir)
    return found[0] if found else None


def recovery_hint(data_dir: Path) -> Msg:
    """One sentence for a damaged database: which backup would come back, and how."""
    newest = newest_backup(data_dir)
    if newest is None:
        return Msg("backup.hint_none")
    return Msg("backup.hint", name=newest.name, made=f"{local(newest.made_at):%Y-%m-%d %H:%M}")


def keep_count(data_dir: Path) -> int:
    try:
        return max(1, int(settings.load(data_dir).get(KEEP_SETTING, DEFAULT_KEEP)))
    except (TypeError, ValueError):
        return DEFAULT_KEEP


def _free_name(folder: Path, kind: str, at: datetime) -> Path:
    base = f"{kind}-{_stamp(at)}"
    path = folder / f"{base}{SUFFIX}"
    n = 2
    while path.exists():
        path = folder / f"{base}-{n}{SUFFIX}"
        n += 1
    return path


def _quick_check(path: Path) -> str:
    """'ok' or SQLite's first complaint about the file at `path`."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])


def _copy_checked(src_path: Path, dest: Path) -> Path:
    """Backup-API copy of the database at `src_path` to `dest`, verified; raises BackupError
    (and leaves no file at `dest`) when the source cannot be read whole."""
    try:
        src = sqlite3.connect(f"{src_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            backup_file(src, dest)
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        _unlink(dest.with_suffix(dest.suffix + ".part"))
        raise BackupError(Msg("backup.copy_damaged", name=src_path.name, detail=exc)) from exc
    verdict = _quick_check(dest)
    if verdict != "ok":
        _unlink(dest)
        raise BackupError(Msg("backup.source_damaged", name=src_path.name, detail=verdict))
    return dest


def make_backup(data_dir: Path, kind: str = "manual", *, prune: bool = True) -> Backup:
    """A checked copy of the current database now; then the oldest beyond `backup_keep` go."""
    path = database_path(data_dir)
    if not path.exists() or path.stat().st_size == 0:
        raise NotFound(Msg("backup.no_database", path=data_dir))
    folder = backup_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    dest = _copy_checked(path, _free_name(folder, kind, clock.now()))
    if prune:
        prune_backups(data_dir)
    return _describe(dest)


def daily_backup_due(data_dir: Path) -> bool:
    """True unless a daily or manual backup was made today (the user's local date)."""
    today = local(clock.now()).date()
    return not any(b.kind in ("daily", "manual") and local(b.made_at).date() == today
                   for b in list_backups(data_dir))


def daily_backup(data_dir: Path) -> Backup | None:
    """Called when the app starts: the day's backup, unless there is one already or no database.
    Raises BackupError when the database turns out to be damaged."""
    path = database_path(data_dir)
    if not path.exists() or path.stat().st_size == 0 or not daily_backup_due(data_dir):
        return None
    return make_backup(data_dir, "daily")


def prune_backups(data_dir: Path, keep: int | None = None) -> list[Path]:
    """Delete all but the newest `keep` backups; returns the deleted paths."""
    keep = keep_count(data_dir) if keep is None else max(1, keep)
    gone = [b.path for b in list_backups(data_dir)[keep:]]
    for p in gone:
        _unlink(p)
    return gone


def find_backup(data_dir: Path, name: str | os.PathLike | None) -> Backup:
    """A backup by file name (in the backups dir) or path; None means the newest."""
    if name is None:
        newest = newest_backup(data_dir)
        if newest is None:
            raise NotFound(Msg("backup.none", path=backup_dir(data_dir)))
        return newest
    for candidate in (backup_dir(data_dir) / str(name), Path(name).expanduser()):
        if candidate.is_file():
            return _describe(candidate)
    raise NotFound(Msg("backup.no_such", name=name))


@dataclass(frozen=True)
class Restored:
    backup: Backup
    previous: Path | None   # where the file that was in place went (a backup, or the damaged file aside)
    previous_damaged: bool


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _check_usable(path: Path) -> None:
    from .connection import check_file

    try:
        check_file(path)
    except DatabaseOpenError as exc:
        raise BackupError(Msg("backup.unusable", name=path.name, error=exc.msg)) from exc
    verdict = _quick_check(path)
    if verdict != "ok":
        raise BackupError(Msg("backup.damaged", name=path.name, detail=verdict))


def _current_is_healthy(path: Path) -> bool:
    from .connection import check_file

    try:
        check_file(path)
    except DatabaseTooNew:
        return True
    except DatabaseOpenError:
        return False
    return True


def move_aside(path: Path, at: datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal/-shm) to NAME.damaged-STAMP; returns the new path."""
    stamp = _stamp(at or clock.now())
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 2
    while aside.exists():
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    for side in _sidecars(path):
        if side.exists():
            side.rename(aside.with_name(aside.name + side.name[len(path.name):]))
    path.rename(aside)
    _fsync_dir(path.parent)
    return aside


def restore(data_dir: Path, name: str | os.PathLike | None = None) -> Restored:
    """Put a backup (by name or path; default the newest) in place of the database.

    The open database of this process is closed first; the caller reopens it. Refuses
    while another process still has the database open."""
    from .connection import close_database

    data_dir = Path(data_dir)
    chosen = find_backup(data_dir, name)
    _check_usable(chosen.path)
    path = database_path(data_dir)
    close_database()
    tmp = path.with_name(path.name + ".restoring")
    _unlink(tmp)
    src = sqlite3.connect(f"{chosen.path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        backup_file(src, tmp)
    finally:
        src.close()
    _fsync_file(tmp)

    previous, damaged = None, False
    try:
        if path.exists():
            healthy = _current_is_healthy(path)
            if healthy:
                _take_sole_access(path)
                try:
                    previous = make_backup(data_dir, "pre-restore", prune=False).path
                except BackupError:
                    healthy = False
            if not healthy:
                previous, damaged = move_aside(path), True
        for side in _sidecars(path):
            _unlink(side)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    finally:
        _unlink(tmp)
    return Restored(chosen, previous, damaged)


def _take_sole_access(path: Path) -> None:
    """Fold the WAL into the (healthy) file and leave WAL mode, which SQLite allows only
    when no other connection has the database open: refuse while another process does."""
    try:
        conn = sqlite3.connect(path, timeout=0.5)
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        mode = None
    if mode != "delete":
        raise BackupError(Msg("backup.in_use"))


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())
