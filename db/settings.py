"""User settings: a small JSON file in the data dir (readable before the database opens).

Every key is declared once below, with its type and default: `load` gives every declared
key a value of its type (a value in the file that is missing, of the wrong type or out of
its choices reads as the default, so a hand-edited or damaged file never stops the app),
`get` one of them, and `save` writes only declared keys with values of their type. Keys
the file holds that this version does not know are kept as they are."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from .labels import LANGUAGES

FILE = "settings.json"

# value types: text, whole (an int), number (int or float), flag (a bool), texts (a list of
# texts), masks ({case id: [texts]})
TEXT, WHOLE, NUMBER, FLAG, TEXTS, MASKS = "text", "whole", "number", "flag", "texts", "masks"


@dataclass(frozen=True)
class Setting:
    name: str
    type: str
    default: object
    choices: tuple = ()          # a text must be one of these (when given)
    low: float | None = None     # a number below it reads as it
    unset: bool = False          # null is a value of its own ("not chosen yet"), and the default

    def fits(self, value) -> bool:
        if value is None:
            return self.unset
        if self.type == TEXT:
            return isinstance(value, str) and (not self.choices or value in self.choices)
        if self.type == WHOLE:
            return isinstance(value, int) and not isinstance(value, bool)
        if self.type == NUMBER:
            return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value \
                and abs(value) != float("inf")
        if self.type == FLAG:
            return isinstance(value, bool)
        if self.type == TEXTS:
            return isinstance(value, list) and all(isinstance(v, str) for v in value)
        if self.type == MASKS:
            return isinstance(value, dict) and all(
                isinstance(v, list) and all(isinstance(w, str) for w in v) for v in value.values())
        raise AssertionError(self.type)

    def of(self, data: dict):
        """Its value in the file's `data`: the default when absent or not fitting."""
        return self.read(data[self.name]) if self.name in data else _copy(self.default)

    def read(self, value):
        """The value as the app uses it: the default when it does not fit."""
        if not self.fits(value):
            return _copy(self.default)
        return value if self.low is None else max(value, self.low)


def _copy(value):
    return list(value) if isinstance(value, (list, tuple)) else dict(value) if isinstance(value, dict) else value


SETTINGS = {s.name: s for s in (
    Setting("language", TEXT, "system", choices=("system", *LANGUAGES)),   # Settings > Language
    Setting("last_case", WHOLE, None, unset=True),        # the case open when the window closed
    Setting("window_geometry", TEXT, ""),                 # QWidget.saveGeometry, base64
    Setting("splitter", TEXT, ""),                        # the case list | case splitter's state, base64
    Setting("demo_offered", FLAG, False),                 # the demo case was offered on the first start
    Setting("close_to_tray", FLAG, None, unset=True),     # closing the window keeps running (None: ask)
    Setting("import_limit_mb", NUMBER, 25, low=0.001),    # the largest mail or attachment imported
    Setting("reminder_offsets", TEXTS, ["3d", "1d", "1h", "passed"]),   # db.reminders checks each
    Setting("my_addresses", TEXTS, []),                   # the user's own mail addresses
    Setting("writeup_extra_masks", MASKS, {}),            # {case id: [words to mask in its write-up]}
    Setting("clipboard_clear_seconds", WHOLE, 20, low=5),  # a copied secret leaves the clipboard after
    Setting("backup_keep", WHOLE, 10, low=1),             # db.backups keeps this many backups
    Setting("secret_store", TEXT, "keyring", choices=("keyring", "encrypted_file")),
)}


def default(name: str):
    return _copy(SETTINGS[name].default)


def _raw(data_dir: Path) -> dict:
    try:
        with open(Path(data_dir) / FILE, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def load(data_dir: Path) -> dict:
    """Every declared setting: the file's value where it fits, else the default."""
    data = _raw(data_dir)
    return {name: s.of(data) for name, s in SETTINGS.items()}


def get(data_dir: Path, name: str):
    """One setting (a declared name), as `load` reads it."""
    return SETTINGS[name].of(_raw(data_dir))


def save(data_dir: Path, values: dict) -> None:
    """Write `values` (declared names, values of their type) over the file's."""
    for name, value in values.items():
        if not SETTINGS[name].fits(value):     # a mistake in the code, never the user's
            raise TypeError(name, value)
    path = Path(data_dir) / FILE
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump({**_raw(data_dir), **values}, fh, ensure_ascii=False, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
