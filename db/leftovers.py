"""What an interrupted write leaves behind, removed at the next start (connection.open_database).

Every file Casekeeper writes goes to a temporary name first and is renamed into place; a
kill, a crash or a quit half-way leaves the temporary file: backups/*.sqlite3.part,
casekeeper.sqlite3.restoring(.part), attachments/.incoming-*, and an export's
`.NAME.XXXX.part` beside the export target (outside the data dir: those are listed in
PARTIAL_LIST while being written, so the next start knows where to look).

A file still being written by another Casekeeper process is left alone: only files not
modified for STALE_AFTER_S are removed (a live backup or export writes continuously)."""
from __future__ import annotations

import os
import re
import time
from pathlib import Path

from .paths import database_path, db_home

STALE_AFTER_S = 15 * 60
PARTIAL_LIST = "partial-files.txt"
_EXPORT_PART = re.compile(r"^\..+\.part$")


def _stale(path: Path, now: float) -> bool:
    try:
        return path.is_file() and not path.is_symlink() and now - path.stat().st_mtime >= STALE_AFTER_S
    except OSError:
        return False


def _listed(home: Path) -> list[Path]:
    try:
        lines = (home / PARTIAL_LIST).read_text(encoding="utf-8", errors="surrogateescape").splitlines()
    except OSError:
        return []
    return [Path(line) for line in lines if line.strip()]


def candidates(data_dir: Path) -> list[Path]:
    """Every place a temporary file of an interrupted write may be (stale or not)."""
    home = db_home(data_dir)
    db = database_path(data_dir)
    found = [p for pattern in ("*.part", "*.part-journal") for p in (home / "backups").glob(pattern)]
    found += [db.with_name(db.name + suffix) for suffix in (".restoring", ".restoring.part",
                                                          ".restoring.part-journal")]
    found += list((home / "attachments").glob(".incoming-*"))
    found += [p for p in _listed(home) if _EXPORT_PART.match(p.name)]
    return found


def remove_leftovers(data_dir: Path, now: float | None = None) -> list[Path]:
    """Delete the stale temporary files; returns those removed. Never raises."""
    now = time.time() if now is None else now
    removed = []
    for path in candidates(data_dir):
        if _stale(path, now):
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    home = db_home(data_dir)
    listed = _listed(home)
    if listed:
        _write_list(home, [p for p in listed if p.exists()])
    return removed


def _write_list(home: Path, paths: list[Path]) -> None:
    target = home / PARTIAL_LIST
    try:
        if not paths:
            target.unlink(missing_ok=True)
            return
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text("".join(f"{p}\n" for p in paths), encoding="utf-8", errors="surrogateescape")
        os.replace(tmp, target)
    except OSError:
        pass


def track(home: Path | None, path: Path) -> None:
    """Note a temporary file written outside the data dir (an export's .part)."""
    if home is None:
        return
    try:
        with open(home / PARTIAL_LIST, "a", encoding="utf-8", errors="surrogateescape") as fh:
            fh.write(f"{Path(path).absolute()}\n")
    except OSError:
        pass


def untrack(home: Path | None, path: Path) -> None:
    if home is None:
        return
    gone = Path(path).absolute()
    listed = _listed(home)
    if gone in listed:
        _write_list(home, [p for p in listed if p != gone])
