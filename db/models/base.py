"""The database proxy every model binds to, and the shared field types."""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone

import peewee as pw

from ..timeutil import EARLIEST, LATEST, clamp, to_utc

database = pw.DatabaseProxy()

_FMT = "%Y-%m-%d %H:%M:%S"
_EARLIEST_TEXT, _LATEST_TEXT = "0001-01-02 00:00:00", LATEST.strftime(_FMT)


class UtcDateTimeField(pw.Field):
    """Stored as UTC text 'YYYY-MM-DD HH:MM:SS' (sorts right); read back aware."""

    field_type = "TEXT"

    def db_value(self, value):
        if value is None:
            return None
        if isinstance(value, str):
            return value
        if value.tzinfo is None:
            value = to_utc(value)
        # the storage door: within timeutil's range (any zone can show it), 4-digit years
        # (strftime("%Y") writes year 1 as "1", which neither sorts nor reads back)
        v, _moved = clamp(value)
        return f"{v.year:04d}-{v.month:02d}-{v.day:02d} {v.hour:02d}:{v.minute:02d}:{v.second:02d}"

    def python_value(self, value):
        if value is None:
            return None
        if _EARLIEST_TEXT <= value <= _LATEST_TEXT and value[:4].isdigit():
            # fromisoformat reads 'YYYY-MM-DD HH:MM:SS' ~50x faster than strptime (large timelines)
            return datetime.fromisoformat(value[:19]).replace(tzinfo=timezone.utc)
        return _outside(value)


def _outside(value: str) -> datetime:
    """A stored time outside the range (written before the range was kept, or by hand):
    read as the nearest end, so every view and export can still show it."""
    m = re.match(r"(\d{1,4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)", value)
    if m is None:
        return EARLIEST
    try:
        moment = datetime(*map(int, m.groups()), tzinfo=timezone.utc)
    except ValueError:
        return EARLIEST if value < _EARLIEST_TEXT else LATEST
    return clamp(moment)[0]


class JsonField(pw.TextField):
    def db_value(self, value):
        return None if value is None else json.dumps(value, ensure_ascii=False)

    def python_value(self, value):
        return None if value is None else json.loads(value)


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False
