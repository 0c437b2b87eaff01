"""User settings: a small JSON file in the data dir (readable before the database opens)."""
from __future__ import annotations

import json
import os
from pathlib import Path

FILE = "settings.json"
DEFAULTS = {
    "language": "system",
    "clipboard_clear_seconds": 20,   # a copied secret is cleared from the clipboard after this
    "backup_keep": 10,               # db.backups keeps this many backups
}


def load(data_dir: Path) -> dict:
    try:
        with open(Path(data_dir) / FILE, encoding="utf-8") as fh:
            data = json.load(fh)
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    return {**DEFAULTS, **data}


def save(data_dir: Path, values: dict) -> None:
    path = Path(data_dir) / FILE
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump({**load(data_dir), **values}, fh, ensure_ascii=False, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
