"""Reminders of deadlines, at offsets before the due time the user chooses (the
setting `reminder_offsets`; default 3 days, 1 day, 1 hour, and when it passes).

Each offset is shown at most once per due time (stored in deadline_reminders, so
a restart does not repeat it; a moved deadline reminds again). When the app was
away and several are due, only the latest is shown. A snoozed deadline reminds no
earlier than its snooze time. No Qt here: the window's scheduler asks `check()`
(what to show now, and when to look again), records what it showed with
`mark_shown()` and sleeps in between.

Offsets are written `3d`, `12h`, `30m` or `passed` (0: when the deadline passes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from . import clock, settings
from .deadlines import DueItem, due
from .errors import InvalidInput
from .labels import Msg
from .models import DeadlineReminder, database
from .timeutil import to_utc

_BATCH = 500    # rows per INSERT (4 values each: well under SQLite's variable limit)
SETTING = "reminder_offsets"
DEFAULT_OFFSETS = tuple(settings.default(SETTING))
# The choices the settings dialog offers (any other offset may be written in settings.json).
CHOICES = ("7d", "3d", "2d", "1d", "12h", "3h", "1h", "30m", "15m", "passed")
_OFFSET = re.compile(r"^\s*(\d+)\s*([dhm])\s*$", re.IGNORECASE)
_UNITS = {"d": timedelta(days=1), "h": timedelta(hours=1), "m": timedelta(minutes=1)}


def parse_offset(text: str) -> timedelta:
    raw = str(text).strip().lower()
    if raw in ("passed", "0"):
        return timedelta(0)
    m = _OFFSET.match(raw)
    if not m or int(m.group(1)) > 365 * 24 * 60:
        raise InvalidInput(Msg("error.reminder_offset", text=text))
    return int(m.group(1)) * _UNITS[m.group(2).lower()]


def offset_key(value: timedelta) -> str:
    """The stored name of an offset: 3d, 12h, 30m, passed."""
    minutes = int(value.total_seconds() // 60)
    if minutes <= 0:
        return "passed"
    if minutes % 1440 == 0:
        return f"{minutes // 1440}d"
    if minutes % 60 == 0:
        return f"{minutes // 60}h"
    return f"{minutes}m"


def clean_offsets(texts) -> tuple[str, ...]:
    """The offsets as stored names, earliest (largest) first, each once. Raises InvalidInput."""
    found = {parse_offset(t) for t in texts or ()}
    return tuple(offset_key(v) for v in sorted(found, reverse=True))


def user_offsets(data_dir) -> tuple[str, ...]:
    """The offsets set in `data_dir`'s settings.json (the default without a data dir)."""
    return offsets_of(settings.load(data_dir)) if data_dir is not None else DEFAULT_OFFSETS


def offsets_of(values: dict) -> tuple[str, ...]:
    """The user's offsets from settings.json (`settings.load`; the default when unset or unreadable)."""
    try:
        return clean_offsets(values.get(SETTING, DEFAULT_OFFSETS)) or ()
    except (InvalidInput, TypeError):
        return DEFAULT_OFFSETS


@dataclass(frozen=True)
class Reminder:
    stage: str          # an offset name: 3d, 1d, 1h, passed, ...
    item: DueItem
    moot: tuple[str, ...] = ()   # the earlier offsets this one makes moot (recorded with it)


def _fired(ids: list[int]) -> dict[int, dict[str, datetime]]:
    out: dict[int, dict[str, datetime]] = {}
    if ids:
        q = (DeadlineReminder.select(DeadlineReminder.deadline, DeadlineReminder.stage, DeadlineReminder.due_at)
             .where(DeadlineReminder.deadline.in_(ids)).tuples())
        for deadline_id, stage, due_at in q:
            out.setdefault(deadline_id, {})[stage] = due_at
    return out


class _Plan:
    """One pass over the open deadlines with the user's offsets (earliest first)."""

    def __init__(self, now: datetime, offsets):
        self.now = now
        self.offsets = clean_offsets(DEFAULT_OFFSETS if offsets is None else offsets)
        self.before = {o: parse_offset(o) for o in self.offsets}
        self.items = due(now)
        self.fired = _fired([i.id for i in self.items])

    def unfired(self, item: DueItem) -> list[str]:
        marks = self.fired.get(item.id, {})
        return [o for o in self.offsets if marks.get(o) != item.due_at]

    def reached(self, item: DueItem) -> list[str]:
        """The offsets of `item` reached by now, earliest first ([] when snoozed)."""
        if item.snoozed_until is not None and item.snoozed_until > self.now:
            return []
        return [o for o in self.offsets if item.due_at - self.before[o] <= self.now]

    def pending(self) -> list[Reminder]:
        out = []
        for item in self.items:
            reached = self.reached(item)
            if reached and reached[-1] in self.unfired(item):
                out.append(Reminder(reached[-1], item, tuple(reached[:-1])))
        return out

    def next_at(self) -> datetime | None:
        best = None
        for item in self.items:
            for stage in self.unfired(item):
                at = item.due_at - self.before[stage]
                if item.snoozed_until is not None:
                    at = max(at, item.snoozed_until)
                if at > self.now and (best is None or at < best):
                    best = at
                    break
        return best

    def record(self, shown: list[Reminder]) -> None:
        for r in shown:
            marks = self.fired.setdefault(r.item.id, {})
            for stage in (*r.moot, r.stage):
                marks[stage] = r.item.due_at


def pending(now: datetime | None = None, offsets=None) -> list[Reminder]:
    """The reminders to show now (the latest reached offset of each deadline, if not shown yet)."""
    now = to_utc(now) if now is not None else clock.now()
    return _Plan(now, offsets).pending()


def check(now: datetime | None = None, offsets=None) -> tuple[list[Reminder], datetime | None]:
    """Read-only, one pass over the deadlines: the reminders to show now (as `pending`) and
    when the next one falls due once these are shown (as `next_reminder_at` after `mark_shown`)."""
    now = to_utc(now) if now is not None else clock.now()
    plan = _Plan(now, offsets)
    shown = plan.pending()
    plan.record(shown)
    return shown, plan.next_at()


def mark_shown(reminders: list[Reminder], now: datetime | None = None) -> None:
    """Record the offsets as shown (and the earlier ones, which are now moot): one statement."""
    now = to_utc(now) if now is not None else clock.now()
    rows = [{"deadline": r.item.id, "stage": stage, "due_at": r.item.due_at, "fired_at": now}
            for r in reminders for stage in (*r.moot, r.stage)]
    with database.atomic():
        for start in range(0, len(rows), _BATCH):
            DeadlineReminder.insert_many(rows[start:start + _BATCH]).on_conflict_replace().execute()


def next_reminder_at(now: datetime | None = None, offsets=None) -> datetime | None:
    """When the next reminder falls due (strictly after `now`), or None."""
    now = to_utc(now) if now is not None else clock.now()
    return _Plan(now, offsets).next_at()
