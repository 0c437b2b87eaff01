"""Public holidays by country and year, kept in a small file in the data dir.

The `holidays` package computes them well, but importing it costs more than a hundred
milliseconds (it loads every country), on every start whose Today page counts business
days or says which desks are open. So the years asked for are kept in
data_dir/cache/holidays.json, stamped with the installed `holidays` package (its file
and modification time: updating the package starts the cache afresh). A damaged or
unreadable cache is ignored and rewritten. Safe to call from any thread.
"""
from __future__ import annotations

import json
import os
import threading
from datetime import date
from pathlib import Path

FILE_NAME = "holidays.json"
_lock = threading.Lock()
_dir: Path | None = None
_years: dict[str, dict[date, str]] = {}      # "JP|ja|2026" -> {date: name}
_loaded = False


def use_dir(path: Path | None) -> None:
    """Keep the cache in `path` (the data dir's cache folder); None: in memory only."""
    global _dir, _loaded
    with _lock:
        _dir, _loaded = (Path(path) if path is not None else None), False
        _years.clear()


def _stamp() -> str:
    """Which `holidays` package computed the cached years (found without importing it)."""
    import importlib.util

    spec = importlib.util.find_spec("holidays")
    origin = spec.origin if spec is not None and spec.origin else ""
    try:
        return f"{origin}:{os.stat(origin).st_mtime_ns}"
    except OSError:
        return origin


def _load() -> None:
    global _loaded
    _loaded = True
    if _dir is None:
        return
    try:
        data = json.loads((_dir / FILE_NAME).read_text(encoding="utf-8"))
        if data.get("stamp") != _stamp():
            return
        for key, days in data["years"].items():
            _years[key] = {date.fromisoformat(d): name for d, name in days.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        _years.clear()          # missing or damaged: computed again and rewritten


def _save() -> None:
    if _dir is None:
        return
    data = {"stamp": _stamp(),
            "years": {key: {d.isoformat(): name for d, name in sorted(days.items())} for key, days in _years.items()}}
    try:
        _dir.mkdir(parents=True, exist_ok=True)
        tmp = _dir / f".{FILE_NAME}.{os.getpid()}.{threading.get_ident()}.part"
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, _dir / FILE_NAME)
    except OSError:
        pass                    # a cache: the next start computes them again


def year_of(country: str, language: str, year: int, compute) -> dict[date, str]:
    """The holidays of `country` in `year`, names in `language`; `compute(country, language,
    year)` makes them when the cache does not have them (and they are kept)."""
    key = f"{country}|{language}|{year}"
    with _lock:
        if not _loaded:
            _load()
        days = _years.get(key)
    if days is not None:
        return days
    days = compute(country, language, year)       # outside the lock: may import `holidays`
    with _lock:
        _years[key] = days
        _save()
    return days
