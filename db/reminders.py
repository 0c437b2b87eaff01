"""Reminders of deadlines: 3 days before, 1 day before, and when it passes.

Each stage is shown at most once per due time (stored in deadline_reminders,
so a restart does not repeat it; a moved deadline reminds again). When the
app was away and several stages are due, only the latest is shown. A snoozed
deadline reminds no earlier than its snooze time. No Qt here: the tray asks
`pending()` and `next_reminder_at()` and sleeps in between.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from . import clock
from .deadlines import DueItem, due
from .models import DeadlineReminder, database
from .models.reminder import STAGES
from .timeutil import to_utc

BEFORE = {"3d": timedelta(days=3), "1d": timedelta(days=1), "passed": timedelta(0)}


@dataclass(frozen=True)
class Reminder:
    stage: str          # 3d | 1d | passed
    item: DueItem


def _fired(ids: list[int]) -> dict[int, dict[str, datetime]]:
    out: dict[int, dict[str, datetime]] = {}
    if ids:
        for r in DeadlineReminder.select().where(DeadlineReminder.deadline.in_(ids)):
            out.setdefault(r.deadline_id, {})[r.stage] = r.due_at
    return out


def _unfired(item: DueItem, fired: dict[str, datetime]) -> list[str]:
    return [s for s in STAGES if fired.get(s) != item.due_at]


def pending(now: datetime | None = None) -> list[Reminder]:
    """The reminders to show now (the latest reached stage of each deadline, if not shown yet)."""
    now = to_utc(now) if now is not None else clock.now()
    items = due(now)
    fired = _fired([i.id for i in items])
    out = []
    for item in items:
        if item.snoozed_until is not None and item.snoozed_until > now:
            continue
        reached = [s for s in STAGES if item.due_at - BEFORE[s] <= now]
        if reached and reached[-1] in _unfired(item, fired.get(item.id, {})):
            out.append(Reminder(reached[-1], item))
    return out


def mark_shown(reminders: list[Reminder], now: datetime | None = None) -> None:
    """Record the stages as shown (and the earlier ones, which are now moot)."""
    now = to_utc(now) if now is not None else clock.now()
    with database.atomic():
        for r in reminders:
            for stage in STAGES[: STAGES.index(r.stage) + 1]:
                (DeadlineReminder.insert(deadline=r.item.id, stage=stage, due_at=r.item.due_at, fired_at=now)
                 .on_conflict_replace().execute())


def next_reminder_at(now: datetime | None = None) -> datetime | None:
    """When the next reminder falls due (strictly after `now`), or None."""
    now = to_utc(now) if now is not None else clock.now()
    items = due(now)
    fired = _fired([i.id for i in items])
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
