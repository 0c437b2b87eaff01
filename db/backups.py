"""Automatic backups of the database, and putting one back.

Every backup is a consistent copy made through SQLite's backup API (safe on a
live WAL database) into DATA_DIR/backups/KIND-STAMP.sqlite3, checked with
`PRAGMA quick_check` before it counts: a damaged copy is thrown away and never
pushes a good backup out. Kinds: `daily` (once a day, when the app starts),
`manual` (`casekeeper backup`), `pre-migration-vN` (db.connection, before a
schema change), `pre-restore` (the current file, just before a restore).
The last N backups are kept (setting `backup_keep`), with two guards (issue 16):
- a copy identical to the newest backup is not kept (`Backup.reused`): a database
  stuck on an old schema or an unchanged one does not push older backups out;
- pruning never trades data for emptiness: when the newest backup holds less than
  half the rows of one that would go (an emptied or replaced database), the fullest
  of those is spared (at most one extra backup), so the good backup survives.
Restore refuses an empty or unreadable backup; without a name it takes the newest
usable one. The backups folder sits beside the real database file (paths.db_home).

A restore never overwrites anything it cannot get back: a healthy current file
is backed up first; a damaged one is moved aside as
casekeeper.sqlite3.damaged-STAMP (with its -wal/-shm). The chosen backup is
copied to a temporary file next to the database and renamed into place.
"""
from __future__ import annotations

import dataclasses
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
from .paths import database_path, db_home
from .timeutil import local

DIR = "backups"
SUFFIX = ".sqlite3"
KEEP_SETTING = "backup_keep"
_STAMP_FMT = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<kind>.+?)-(?P<stamp>\d{8}T\d{6}Z)(?:-\d+)?\.sqlite3$")


class BackupError(CasekeeperError):
    pass


class BackupWriteError(BackupError):
    """The copy could not be written (a full disk, an I/O error): the source is fine."""


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: str            # daily | manual | pre-restore | pre-migration-vN | other
    made_at: datetime    # aware, UTC
    size: int
    reused: bool = False  # make_backup found nothing changed since this (older) backup

    @property
    def name(self) -> str:
        return self.path.name


def backup_dir(data_dir: Path) -> Path:
    return db_home(data_dir) / DIR


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
    """The newest backup that can be restored: not empty, a readable Casekeeper database."""
    for b in list_backups(data_dir):
        if b.size > 0 and _usable_problem(b.path) is None:
            return b
    return None


def recovery_hint(data_dir: Path) -> Msg:
    """One sentence for a damaged database: which backup would come back, and how."""
    newest = newest_backup(data_dir)
    if newest is None:
        return Msg("backup.hint_none")
    return Msg("backup.hint", name=newest.name, made=f"{local(newest.made_at):%Y-%m-%d %H:%M}")


def keep_count(data_dir: Path) -> int:
    return settings.get(data_dir, KEEP_SETTING)


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


def _write_failure(exc: BaseException) -> bool:
    """True when `exc` is about writing (a full disk, an I/O or permission error), not the source."""
    from .connection import storage_error

    if isinstance(exc, OSError):
        return True
    return storage_error(exc, "") is not None or "unable to open" in str(exc)


def _copy_checked(src_path: Path, dest: Path, stop=None) -> Path:
    """Backup-API copy of the database at `src_path` to `dest`, verified; raises BackupError
    (and leaves no file at `dest`) when the source cannot be read whole, or the copy cannot
    be written (a full disk: then the message says the database itself is fine)."""
    try:
        src = sqlite3.connect(f"{src_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            backup_file(src, dest, stop=stop)
        finally:
            src.close()
    except (sqlite3.DatabaseError, OSError) as exc:
        _unlink(dest.with_suffix(dest.suffix + ".part"))
        if _write_failure(exc):
            raise BackupWriteError(Msg("backup.write_failed", error=getattr(exc, "strerror", None) or exc,
                                       path=dest.parent)) from exc
        raise BackupError(Msg("backup.copy_damaged", name=src_path.name, detail=exc)) from exc
    verdict = _quick_check(dest)
    if verdict != "ok":
        _unlink(dest)
        raise BackupError(Msg("backup.source_damaged", name=src_path.name, detail=verdict))
    return dest


def _same_content(a: Path, b: Path) -> bool:
    """Two backup files hold the same pages (the header's change counters aside)."""
    try:
        if a.stat().st_size != b.stat().st_size:
            return False
        with open(a, "rb") as fa, open(b, "rb") as fb:
            first = True
            while True:
                x, y = fa.read(1 << 20), fb.read(1 << 20)
                if first and len(x) >= 100 and len(y) >= 100:
                    x, y = x[:24] + x[28:92] + x[100:], y[:24] + y[28:92] + y[100:]
                first = False
                if x != y:
                    return False
                if not x:
                    return True
    except OSError:
        return False


def make_backup(data_dir: Path, kind: str = "manual", *, prune: bool = True, stop=None) -> Backup:
    """A checked copy of the current database now; then the oldest beyond `backup_keep` go
    (see prune_backups). A copy identical to the newest backup is dropped and that backup is
    returned with `reused=True`. `stop()` may end a long copy early (BackupStopped)."""
    path = database_path(data_dir)
    if not path.exists():
        raise NotFound(Msg("backup.no_database", path=data_dir))
    if path.stat().st_size == 0:
        raise BackupError(Msg("storage.db_empty", path=path))
    folder = backup_dir(data_dir)
    previous = list_backups(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupWriteError(Msg("backup.write_failed", error=exc.strerror or exc, path=folder)) from exc
    dest = _copy_checked(path, _free_name(folder, kind, clock.now()), stop)
    if previous and _same_content(dest, previous[0].path):
        _unlink(dest)
        return dataclasses.replace(previous[0], reused=True)
    if prune:
        prune_backups(data_dir)
    return _describe(dest)


_COUNTED = ("cases", "desks", "identifiers", "events", "checklists", "checklist_items", "resources",
            "deadlines", "logins", "attachments")


def rows_held(path: Path) -> int:
    """How much a backup holds: its rows in the main tables (0 when unreadable)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            return sum(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in _COUNTED if t in present)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return 0


def daily_backup_due(data_dir: Path) -> bool:
    """True unless a daily or manual backup was made today (the user's local date)."""
    today = local(clock.now()).date()
    return not any(b.kind in ("daily", "manual") and local(b.made_at).date() == today
                   for b in list_backups(data_dir))


def daily_backup(data_dir: Path, stop=None) -> Backup | None:
    """Called when the app starts: the day's backup, unless there is one already or no database.
    Raises BackupError when the database turns out to be damaged."""
    path = database_path(data_dir)
    if not path.exists() or path.stat().st_size == 0 or not daily_backup_due(data_dir):
        return None
    return make_backup(data_dir, "daily", stop=stop)


def prune_backups(data_dir: Path, keep: int | None = None) -> list[Path]:
    """Delete all but the newest `keep` backups; returns the deleted paths.

    Only when the newest backup holds at least half the rows of a backup that would go:
    of the older backups holding more than that (the database was emptied or replaced),
    the fullest is kept, so the data of the last good backup is never pruned away."""
    keep = keep_count(data_dir) if keep is None else max(1, keep)
    found = list_backups(data_dir)
    beyond = found[keep:]
    if not beyond:
        return []
    now_held = rows_held(found[0].path)
    spare, spare_rows = None, 0
    for b in beyond:          # newest first: the newest of the fullest wins a tie
        held = rows_held(b.path)
        if held > 2 * now_held and held > spare_rows:
            spare, spare_rows = b, held
    gone = [b.path for b in beyond if b is not spare]
    for p in gone:
        _unlink(p)
    return gone


def find_backup(data_dir: Path, name: str | os.PathLike | None) -> Backup:
    """A backup by file name (in the backups dir) or path; None means the newest usable one."""
    if name is None:
        newest = newest_backup(data_dir)
        if newest is None:
            found = list_backups(data_dir)
            if found:   # none usable: say what is wrong with the newest
                _check_usable(found[0].path)
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


def _usable_problem(path: Path) -> Msg | None:
    """Why the backup at `path` cannot be restored (empty, unreadable, not a database), or None."""
    from .connection import check_file

    try:
        if path.stat().st_size == 0:
            return Msg("backup.empty_file", name=path.name)
        with open(path, "rb") as fh:
            fh.read(1)
    except OSError as exc:
        return Msg("backup.unreadable", name=path.name, error=exc.strerror or exc)
    try:
        check_file(path)
    except DatabaseOpenError as exc:
        return Msg("backup.unusable", name=path.name, error=exc.msg)
    return None


def _check_usable(path: Path) -> None:
    problem = _usable_problem(path)
    if problem is not None:
        raise BackupError(problem)
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
    path = database_path(data_dir)   # a symlinked database: the real file is replaced, the link stays
    close_database()
    tmp = path.with_name(path.name + ".restoring")
    _unlink(tmp)
    try:
        src = sqlite3.connect(f"{chosen.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            backup_file(src, tmp)
        finally:
            src.close()
        _fsync_file(tmp)
    except (sqlite3.DatabaseError, OSError) as exc:
        _unlink(tmp)
        if _write_failure(exc):
            raise BackupError(Msg("backup.restore_write_failed", error=getattr(exc, "strerror", None) or exc)) from exc
        raise BackupError(Msg("backup.damaged", name=chosen.name, detail=exc)) from exc

    previous, damaged = None, False
    try:
        if path.exists():
            healthy = _current_is_healthy(path)
            if healthy:
                _take_sole_access(path)
                try:
                    previous = make_backup(data_dir, "pre-restore", prune=False).path
                except BackupWriteError:
                    raise
                except BackupError:
                    healthy = False
            if not healthy:
                previous, damaged = move_aside(path), True
        for side in _sidecars(path):
            _unlink(side)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        raise BackupError(Msg("backup.restore_write_failed", error=exc.strerror or exc)) from exc
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
