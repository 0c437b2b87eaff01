"""Reminders of deadlines: 3 days before, 1 day before, and when it passes.

Each stage is shown at most once per due time (stored in deadline_reminders,
so a restart does not repeat it; a moved deadline reminds again). When the
app was away and several stages are due, only the latest is shown. A snoozed
deadline reminds no earlier than its snooze time. No Qt here: the tray asks
`check()` (what to show now, and when to look again), records what it showed
with `mark_shown()` and sleeps in between.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from . import clock
from .deadlines import DueItem, due
from .models import DeadlineReminder, database
from .models.reminder import STAGES
from .timeutil import to_utc

_BATCH = 500    # rows per INSERT (4 values each: well under SQLite's variable limit)
BEFORE = {"3d": timedelta(days=3), "1d": timedelta(days=1), "passed": timedelta(0)}


@dataclass(frozen=True)
class Reminder:
    stage: str          # 3d | 1d | passed
    item: DueItem


def _fired(ids: list[int]) -> dict[int, dict[str, datetime]]:
    out: dict[int, dict[str, datetime]] = {}
    if ids:
        q = (DeadlineReminder.select(DeadlineReminder.deadline, DeadlineReminder.stage, DeadlineReminder.due_at)
             .where(DeadlineReminder.deadline.in_(ids)).tuples())
        for deadline_id, stage, due_at in q:
            out.setdefault(deadline_id, {})[stage] = due_at
    return out


def _unfired(item: DueItem, fired: dict[str, datetime]) -> list[str]:
    return [s for s in STAGES if fired.get(s) != item.due_at]


def _reached(item: DueItem, now: datetime) -> str | None:
    """The latest stage of `item` reached by `now` (None: not yet, or snoozed)."""
    if item.snoozed_until is not None and item.snoozed_until > now:
        return None
    reached = [s for s in STAGES if item.due_at - BEFORE[s] <= now]
    return reached[-1] if reached else None


def _pending(items: list[DueItem], fired: dict[int, dict[str, datetime]], now: datetime) -> list[Reminder]:
    out = []
    for item in items:
        stage = _reached(item, now)
        if stage is not None and stage in _unfired(item, fired.get(item.id, {})):
            out.append(Reminder(stage, item))
    return out


def _next_at(items: list[DueItem], fired: dict[int, dict[str, datetime]], now: datetime) -> datetime | None:
    best = None
    for item in items:
        for stage in _unfired(item, fired.get(item.id, {})):
            at = item.due_at - BEFORE[stage]
            if item.snoozed_until is not None:
                at = max(at, item.snoozed_until)
            if at > now and (best is None or at < best):
                best = at
                break
    return best


def pending(now: datetime | None = None) -> list[Reminder]:
    """The reminders to show now (the latest reached stage of each deadline, if not shown yet)."""
    now = to_utc(now) if now is not None else clock.now()
    items = due(now)
    return _pending(items, _fired([i.id for i in items]), now)


def check(now: datetime | None = None) -> tuple[list[Reminder], datetime | None]:
    """Read-only, one pass over the deadlines: the reminders to show now (as `pending`) and
    when the next one falls due once these are shown (as `next_reminder_at` after `mark_shown`)."""
    now = to_utc(now) if now is not None else clock.now()
    items = due(now)
    fired = _fired([i.id for i in items])
    shown = _pending(items, fired, now)
    for r in shown:
        marks = fired.setdefault(r.item.id, {})
        for stage in STAGES[: STAGES.index(r.stage) + 1]:
            marks[stage] = r.item.due_at
    return shown, _next_at(items, fired, now)


def mark_shown(reminders: list[Reminder], now: datetime | None = None) -> None:
    """Record the stages as shown (and the earlier ones, which are now moot): one statement."""
    now = to_utc(now) if now is not None else clock.now()
    rows = [{"deadline": r.item.id, "stage": stage, "due_at": r.item.due_at, "fired_at": now}
            for r in reminders for stage in STAGES[: STAGES.index(r.stage) + 1]]
    with database.atomic():
        for start in range(0, len(rows), _BATCH):
            DeadlineReminder.insert_many(rows[start:start + _BATCH]).on_conflict_replace().execute()


def next_reminder_at(now: datetime | None = None) -> datetime | None:
    """When the next reminder falls due (strictly after `now`), or None."""
    now = to_utc(now) if now is not None else clock.now()
    items = due(now)
    return _next_at(items, _fired([i.id for i in items]), now)
