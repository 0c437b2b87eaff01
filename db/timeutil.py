"""UTC in storage, the user's zone on screen, ISO 8601 with offset in files."""
from __future__ import annotations

from datetime import datetime, timezone

from .errors import InvalidInput
from .labels import Msg


def to_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        value = value.astimezone()  # naive means local wall time
    return value.astimezone(timezone.utc)


def parse_iso(text: str) -> datetime:
    """Parse ISO 8601; a value without offset is taken as the user's local time."""
    try:
        value = datetime.fromisoformat(str(text).strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidInput(Msg("error.not_datetime", text=text)) from exc
    return to_utc(value)


def iso(value: datetime | None) -> str | None:
    """ISO 8601 with offset (UTC) for JSON and files."""
    if value is None:
        return None
    return to_utc(value).isoformat(timespec="seconds")


def local(value: datetime | None) -> datetime | None:
    """The same moment in the user's zone."""
    return None if value is None else to_utc(value).astimezone()
