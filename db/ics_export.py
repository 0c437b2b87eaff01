"""Deadlines (and optionally desk opening slots) as an iCalendar file for a phone calendar.

Uses the `icalendar` package, imported only when an export is made."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from . import clock, deadlines, desks, reminders
from .errors import InvalidInput
from .labels import Msg
from .timeutil import LATEST, shift, to_utc

MAX_SLOT_DAYS = 366   # bound: opening slots of at most a year ahead (a few thousand events)


def build(case_id: int | None = None, *, slot_days: int = 0, now: datetime | None = None, lang: str = "en",
          offsets=None) -> bytes:
    """The .ics text: one event per open deadline, with an alarm at each of the user's
    reminder offsets (`offsets`, names as in settings.json `reminder_offsets`; default 3 days,
    1 day, 1 hour and when it passes), plus the open slots of each desk of the case for the
    next `slot_days` days."""
    import icalendar  # lazy

    befores = sorted({reminders.parse_offset(o) for o in (reminders.DEFAULT_OFFSETS if offsets is None else offsets)},
                     reverse=True)

    if not 0 <= slot_days <= MAX_SLOT_DAYS:
        raise InvalidInput(Msg("error.out_of_range", what=Msg("field.slot_days"), low=0, high=MAX_SLOT_DAYS))
    now = to_utc(now) if now is not None else clock.now()
    if shift(now, timedelta(days=slot_days + 2)) >= LATEST:   # no slots past the end of the calendar
        slot_days = 0
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Casekeeper//Deadlines//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Casekeeper deadlines")
    for item in deadlines.due(now, case_id=case_id, lang=lang):
        ev = icalendar.Event()
        ev.add("uid", f"deadline-{item.id}@casekeeper")
        ev.add("dtstamp", now)
        ev.add("dtstart", item.due_at)
        ev.add("dtend", item.due_at + timedelta(minutes=15))
        ev.add("summary", item.title)
        ev.add("description", f"{item.case_title}" + (f" / {item.desk_name}" if item.desk_name else ""))
        ev.add("categories", [item.kind])
        for before in befores:
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", item.title)
            alarm.add("trigger", -before)
            ev.add_component(alarm)
        cal.add_component(ev)
    if slot_days and case_id is not None:
        for desk in desks.list_desks(case_id):
            calendar = deadlines.calendar_of(desk)
            if calendar.trivially_open:
                continue
            start_day = now.astimezone(calendar.zone).date()
            for n, (s, e) in enumerate(calendar.intervals(start_day, slot_days)):
                ev = icalendar.Event()
                ev.add("uid", f"desk-{desk.id}-{s:%Y%m%dT%H%M}@casekeeper")
                ev.add("dtstamp", now)
                ev.add("dtstart", s)
                ev.add("dtend", e)
                ev.add("summary", f"{desk.name}: open")
                ev.add("transp", "TRANSPARENT")
                cal.add_component(ev)
    return cal.to_ical()


def export(path: Path, case_id: int | None = None, *, slot_days: int = 0, now: datetime | None = None,
           lang: str = "en", offsets=None) -> int:
    """Write the .ics file (export.write_atomic: a regular file replaced whole, a pipe streamed);
    returns the number of events written. `lang`: of titles the deadlines lack."""
    from .export import write_atomic

    data = build(case_id, slot_days=slot_days, now=now, lang=lang, offsets=offsets)
    write_atomic(path, lambda fh: fh.write(data))
    return data.count(b"BEGIN:VEVENT")
