"""What the Today page shows, gathered in one place (no Qt): the deadlines overdue or
due within a week, who you are waiting on, every desk of the cases still going with
its status now (open, closing soon, closed and when it opens), the two clocks of
every case still going, and when any of this next changes on its own (a desk opens
or closes, a deadline passes), so the page can sleep until then.

`gather()` is the page's one call: whoever fills the page (on the GUI thread, in
steps, or on a worker thread) calls it and hands the result over."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import peewee as pw

from . import clock, desk_calendar
from .deadlines import CLOSED_CASE, Clocks, DeskInfo, DueItem, OpenDesk, Waiting, due, waiting_on_provider
from .models import Case, Deadline, database
from .timeutil import to_utc

WITHIN_DAYS = 7
_FAR = timedelta(days=3650)


@dataclass(frozen=True)
class CaseClocks:
    case_id: int
    case_title: str
    clocks: Clocks


@dataclass(frozen=True)
class TodayData:
    now: datetime
    due: list[DueItem]                  # overdue, and due within WITHIN_DAYS
    waiting: list[Waiting]
    desks: list[OpenDesk]               # every desk of the cases still going: open ones first
    clocks: list[CaseClocks]            # every case still going
    next_change: datetime | None = None  # when a desk status changes or a deadline passes

    @property
    def overdue(self) -> int:
        return sum(1 for d in self.due if d.state == "overdue")


def desk_statuses(now: datetime | None = None, language: str = "en", case_id: int | None = None) -> list[OpenDesk]:
    """Every desk of the cases still going (or of one case) with its status at `now`:
    open ones first (closing soonest first), then closed ones (opening soonest first).
    One light read of the desks (no model objects); desks with the same hours, zone,
    holidays and closures share one calendar and one status (10,000 cases: ~55,000 desks)."""
    now = to_utc(now) if now is not None else clock.now()
    where, params = f"c.status NOT IN ({', '.join('?' * len(CLOSED_CASE))})", list(CLOSED_CASE)
    if case_id is not None:
        where, params = where + " AND d.case_id = ?", [*params, case_id]
    rows = database.execute_sql(
        "SELECT d.id, d.case_id, d.name, d.kind, d.address, d.timezone, d.hours, d.holidays, d.closures, c.title "
        f"FROM desks d JOIN cases c ON c.id = d.case_id WHERE {where} ORDER BY d.case_id, d.position, d.id", params)
    statuses: dict[int, desk_calendar.DeskStatus] = {}
    out = []
    for desk_id, c_id, name, kind, address, zone, hours, country, closures, title in rows:
        cal = desk_calendar.cached(zone, hours, country, closures, language)
        st = statuses.get(id(cal))
        if st is None:
            st = statuses[id(cal)] = cal.status(now)
        out.append(OpenDesk(c_id, title, DeskInfo(desk_id, c_id, name, kind, address, zone), st))
    far = now + _FAR
    out.sort(key=lambda o: (not o.status.open_now,
                            (o.status.closes_at if o.status.open_now else o.status.next_open) or far, o.case_id))
    return out


def all_clocks(now: datetime | None = None, lang: str = "en", waiting: list[Waiting] | None = None) -> list[CaseClocks]:
    """The two clocks ("you owe a reply by", "waiting on them since") of every case still
    going, each naming its case: those with a reply owed first (soonest first), then the
    longest waits, then the rest. One query per kind of clock for all cases."""
    now = to_utc(now) if now is not None else clock.now()
    owe: dict[int, DueItem] = {}
    for item in due(now, lang=lang):
        if item.kind == "reply_window":
            owe.setdefault(item.case_id, item)
    waits: dict[int, Waiting] = {}
    for w in (waiting_on_provider(now) if waiting is None else waiting):   # gather() has read it already
        waits.setdefault(w.case_id, w)
    going = Case.select(Case.id, Case.title, Case.updated_at).where(Case.status.not_in(list(CLOSED_CASE)))
    far = now + _FAR
    rows = [(CaseClocks(c_id, title, Clocks(owe.get(c_id), waits.get(c_id))), updated)
            for c_id, title, updated in going.tuples()]
    rows.sort(key=lambda r: (r[0].clocks.owe_reply.due_at if r[0].clocks.owe_reply else far,
                             r[0].clocks.waiting.since if r[0].clocks.waiting else far,
                             -(r[1].timestamp() if isinstance(r[1], datetime) else 0)))
    return [r[0] for r in rows]


def next_deadline_change(now: datetime) -> datetime | None:
    """The next moment an open deadline of a case still going passes, or comes within
    WITHIN_DAYS (enters Today's list): two indexed look-ups."""
    now = to_utc(now)
    best = None
    for after in (now, now + timedelta(days=WITHIN_DAYS)):
        found = (Deadline.select(pw.fn.MIN(Deadline.due_at)).join(Case)
                 .where((Deadline.state == "open") & (Deadline.due_at > after)
                        & Case.status.not_in(list(CLOSED_CASE))).scalar())
        if found is not None:
            found = Deadline.due_at.python_value(found) if isinstance(found, str) else found
            at = found - (after - now)
            best = at if best is None or at < best else best
    return best


def next_change(now: datetime, desks: list[OpenDesk], waiting: list[Waiting] = ()) -> datetime | None:
    """The first moment after `now` at which a desk's status or a deadline's standing changes,
    or a desk you wait on starts a new day (its business-day count of the wait moves on at
    midnight in the desk's zone, not the user's)."""
    times = [t for t in (o.status.changes_at(now) for o in desks) if t is not None and t > now]
    zone_of = {o.desk.id: o.status.zone for o in desks}
    for name in {zone_of[w.desk_id] for w in waiting if w.desk_id in zone_of}:
        zone = ZoneInfo(name)
        tomorrow = now.astimezone(zone).date() + timedelta(days=1)
        times.append(datetime.combine(tomorrow, time(0), tzinfo=zone).astimezone(timezone.utc))
    deadline = next_deadline_change(now)
    if deadline is not None:
        times.append(deadline)
    return min(times) if times else None


def gather(now: datetime | None = None, language: str = "en") -> TodayData:
    now = to_utc(now) if now is not None else clock.now()
    items = due(now, WITHIN_DAYS, lang=language)
    desks = desk_statuses(now, language)
    waiting = waiting_on_provider(now)
    return TodayData(now, items, waiting, desks, all_clocks(now, language, waiting), next_change(now, desks, waiting))
