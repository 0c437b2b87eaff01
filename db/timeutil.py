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


_zone_cache: dict[str, object] = {}


def user_zone():
    """The user's time zone as an IANA zone where it can be found (TZ, /etc/localtime,
    /etc/timezone), so that day arithmetic follows its DST; else the current fixed offset."""
    import os

    key = os.environ.get("TZ", "")
    if key not in _zone_cache:
        _zone_cache[key] = _find_user_zone(key)
    return _zone_cache[key]


def _find_user_zone(tz_env: str):
    import os
    from zoneinfo import ZoneInfo

    if tz_env:       # TZ decides (a POSIX rule such as JST-9 has no IANA name: its fixed offset)
        names = [tz_env.lstrip(":")]
    else:
        names = []
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            names.append(target.split("zoneinfo/", 1)[1])
        try:
            with open("/etc/timezone", encoding="utf-8") as fh:
                names.append(fh.read().strip())
        except OSError:
            pass
    for name in names:
        try:
            return ZoneInfo(name)
        except Exception:
            continue
    return datetime.now().astimezone().tzinfo
