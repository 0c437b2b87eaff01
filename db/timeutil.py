"""UTC in storage, the user's zone on screen, ISO 8601 with offset in files.

The range of moments (the storage door): Python's datetime reaches from year 1 to 9999,
and a moment near either end overflows when it is shown in a zone east or west of
UTC. Stored moments are kept within EARLIEST..LATEST (one day inside the ends), so any
zone can show them: `storable` clamps a moment that comes from outside (a mail's date)
and says so, `check_range` refuses one the user typed, `shift` adds time without
overflowing. Values read back from the database are clamped the same way
(models.base.UtcDateTimeField), so a case with such a date always opens."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from .errors import InvalidInput
from .labels import Msg

EARLIEST = datetime(1, 1, 2, tzinfo=timezone.utc)
LATEST = datetime(9999, 12, 30, 23, 59, 59, tzinfo=timezone.utc)


def to_utc(value: datetime) -> datetime:
    """The same moment in UTC (naive means the user's local wall time). Raises
    InvalidInput for a moment Python cannot place in UTC (years 1 and 9999 at the ends)."""
    try:
        if value.tzinfo is None:
            value = value.astimezone()  # naive means local wall time
        return value.astimezone(timezone.utc)
    except (OverflowError, ValueError) as exc:
        raise InvalidInput(Msg("error.date_out_of_range", text=_show(value), low=_day(EARLIEST),
                               high=_day(LATEST))) from exc


def _show(value: datetime) -> str:
    try:
        return value.isoformat(timespec="seconds")
    except (OverflowError, ValueError):
        return repr(value)


def _day(value: datetime) -> str:
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def clamp(value: datetime) -> tuple[datetime, bool]:
    """(the moment within EARLIEST..LATEST, whether it had to be moved). Aware values only."""
    try:
        utc = value.astimezone(timezone.utc)
    except (OverflowError, ValueError):   # an offset pushes it past year 1 or 9999
        return (LATEST if value.year > 5000 else EARLIEST), True
    if utc > LATEST:
        return LATEST, True
    if utc < EARLIEST:
        return EARLIEST, True
    return utc, False


def storable(value: datetime | None) -> tuple[datetime | None, Msg | None]:
    """A moment from outside (a mail header, a file) as it can be stored: clamped into
    the range, with a note for the person when it was moved. None stays None."""
    if value is None:
        return None, None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    stored, moved = clamp(value)
    if not moved:
        return stored, None
    return stored, Msg("error.date_clamped", text=_show(value), stored=f"{_day(stored)} {stored:%H:%M} UTC")


def check_range(value: datetime, text: str | None = None) -> datetime:
    """A moment the user gave, in UTC; InvalidInput when it lies outside the range."""
    utc = to_utc(value)
    if not EARLIEST <= utc <= LATEST:
        raise InvalidInput(Msg("error.date_out_of_range", text=text or _show(value), low=_day(EARLIEST), high=_day(LATEST)))
    return utc


def shift(value: datetime, delta: timedelta) -> datetime:
    """value + delta, kept within EARLIEST..LATEST instead of overflowing."""
    try:
        result = value + delta
    except OverflowError:
        return LATEST if delta > timedelta(0) else EARLIEST
    return clamp(result)[0] if result.tzinfo is not None else result


def parse_iso(text: str) -> datetime:
    """Parse ISO 8601; a value without offset is taken as the user's local time.
    Raises InvalidInput for text that is no date, or a moment outside the range."""
    try:
        value = datetime.fromisoformat(str(text).strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidInput(Msg("error.not_datetime", text=text)) from exc
    return check_range(value, str(text))


def iso(value: datetime | None) -> str | None:
    """ISO 8601 with offset (UTC) for JSON and files."""
    if value is None:
        return None
    return to_utc(value).isoformat(timespec="seconds")


def local(value: datetime | None) -> datetime | None:
    """The same moment in the user's zone (a moment outside the range is first brought into it)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return clamp(value)[0].astimezone()


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
