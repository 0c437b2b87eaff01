"""Where Casekeeper keeps its data: one data dir holds the database,
attachments, logs, backups and settings."""
from __future__ import annotations

import os
from pathlib import Path

from .errors import DataDirError
from .labels import Msg

ENV_VAR = "CASEKEEPER_DATA_DIR"
DB_NAME = "casekeeper.sqlite3"


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("casekeeper", appauthor=False))


def resolve_data_dir(cli_value: str | os.PathLike | None = None) -> Path:
    """--data-dir wins, then $CASEKEEPER_DATA_DIR, then the platform default.
    An empty --data-dir "" is a mistake, not a wish for the default."""
    if cli_value is not None and not str(cli_value).strip():
        raise DataDirError(Msg("cli.data_dir_empty"))
    raw = cli_value or os.environ.get(ENV_VAR) or None
    return Path(raw).expanduser() if raw else default_data_dir()


def prepare_data_dir(path: Path) -> Path:
    """Create the data dir if needed and check it is a writable directory."""
    path = Path(path).expanduser()
    try:
        exists, is_dir = path.exists(), path.is_dir()
    except OSError as exc:   # a parent folder without permission
        raise DataDirError(Msg("storage.data_dir_no_access", path=path, error=exc.strerror or exc)) from exc
    if exists and not is_dir:
        raise DataDirError(Msg("storage.data_dir_not_dir", path=path))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(Msg("storage.data_dir_create", path=path, error=exc.strerror or exc)) from exc
    if not os.access(path, os.R_OK | os.W_OK | os.X_OK):
        raise DataDirError(Msg("storage.data_dir_read_only", path=path))
    if not os.access(path, os.W_OK | os.X_OK):
        raise DataDirError(Msg("storage.data_dir_read_only", path=path))
    return path


def database_path(data_dir: Path) -> Path:
    """The database file of `data_dir`, symlinks resolved: when casekeeper.sqlite3 is a link,
    the real file is opened, restored and backed up, and everything that belongs to it
    (attachments, backups, secrets file) lives beside the real file (db_home)."""
    return Path(os.path.realpath(Path(data_dir) / DB_NAME))


def db_home(data_dir: Path) -> Path:
    """The folder of the real database file: the data dir itself unless the file is a symlink."""
    return database_path(data_dir).parent


def subdir(data_dir: Path, name: str) -> Path:
    """attachments/, backups/, logs/ ... created on first use."""
    p = Path(data_dir) / name
    p.mkdir(parents=True, exist_ok=True)
    return p
