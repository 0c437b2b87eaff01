"""The database proxy every model binds to, and the shared field types."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import peewee as pw

database = pw.DatabaseProxy()

_FMT = "%Y-%m-%d %H:%M:%S"


class UtcDateTimeField(pw.Field):
    """Stored as UTC text 'YYYY-MM-DD HH:MM:SS' (sorts right); read back aware."""

    field_type = "TEXT"

    def db_value(self, value):
        if value is None:
            return None
        if isinstance(value, str):
            return value
        if value.tzinfo is None:
            value = value.astimezone()
        return value.astimezone(timezone.utc).strftime(_FMT)

    def python_value(self, value):
        if value is None:
            return None
        # fromisoformat reads 'YYYY-MM-DD HH:MM:SS' ~50x faster than strptime (large timelines)
        return datetime.fromisoformat(value[:19]).replace(tzinfo=timezone.utc)


class JsonField(pw.TextField):
    def db_value(self, value):
        return None if value is None else json.dumps(value, ensure_ascii=False)

    def python_value(self, value):
        return None if value is None else json.loads(value)


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False
