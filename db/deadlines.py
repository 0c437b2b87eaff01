"""Deadlines: reply windows, follow-ups, inactivity cut-offs and custom dates.

A deadline with a rule (`days` > 0) computes its due time from a base moment
(the event that started it, or `counted_from`) in the calendar of its desk:
calendar days keep the wall-clock time in the desk's zone, business days skip
the desk's weekends, public holidays and closures.

Logging a received message at a desk with a reply rule creates a reply window;
logging a sent message at a desk with a follow-up rule creates a follow-up.
The answering event (your message to that desk / theirs to you) satisfies it;
editing or deleting events recomputes all of this (see after_event_change).
"""
from __future__ import annotations

from bisect import bisect_right
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

import peewee as pw

from . import cases, clock, desk_calendar
from .errors import InvalidInput, NotFound
from .labels import Msg
from .models import Case, Deadline, Desk, Event, database
from .models.deadline import KINDS, STATES
from .timeutil import to_utc
from .validate import choice, desk_of_case, only_fields, whole_number

# Which events answer which deadline (same desk, after the deadline's start).
ANSWERED_BY = {"reply_window": ("sent", "call", "chat"), "follow_up": ("received", "call", "chat")}
# Which logged event starts which deadline, given the desk's rule.
STARTED_BY = {"received": "reply_window", "sent": "follow_up"}
CLOSED_CASE = ("resolved", "closed")
EDITABLE = {"title", "kind", "desk", "due_at", "days", "business", "counted_from", "notes"}


def default_title(kind: str, desk_name: str = "") -> str:
    """The English title of a deadline without one (the GUI has its own tr() wording)."""
    return {
        "reply_window": f"Reply to {desk_name}" if desk_name else "Reply",
        "follow_up": f"Chase {desk_name}" if desk_name else "Follow up",
        "inactivity": "Account closes for inactivity",
    }.get(kind, "Deadline")


def title_of(d: Deadline) -> str:
    return d.title or default_title(d.kind, d.desk.name if d.desk_id else "")


# ---------------------------------------------------------------- reading

def get_deadline(deadline_id: int) -> Deadline:
    d = Deadline.get_or_none(Deadline.id == deadline_id)
    if d is None:
        raise NotFound(Msg("error.no_deadline", id=deadline_id))
    return d


def list_deadlines(case_id: int, states: tuple[str, ...] | None = None) -> list[Deadline]:
    q = Deadline.select().where(Deadline.case == case_id)
    if states:
        q = q.where(Deadline.state.in_(list(states)))
    return list(q.order_by(Deadline.due_at, Deadline.id))


def calendar_of(desk: Desk | None, language: str = "en") -> desk_calendar.Calendar:
    if desk is None:
        return desk_calendar.calendar()
    return desk_calendar.for_desk(desk, language)


def _base(d: Deadline) -> datetime | None:
    if d.source_event_id:
        return d.source_event.occurred_at
    return d.counted_from


def compute_due(d: Deadline, base: datetime | None = None) -> datetime | None:
    """The due time the rule gives (None for a deadline without a rule).
    `base`: the start moment when the caller knows it already."""
    base = _base(d) if base is None else base
    if d.days <= 0 or base is None:
        return None
    cal = calendar_of(d.desk if d.desk_id else None)
    return cal.add_business_days(base, d.days) if d.business else cal.add_calendar_days(base, d.days)


# ---------------------------------------------------------------- user actions

_TIME_FIELDS = {"due_at": "field.due_at", "counted_from": "field.counted_from"}


def _clean(fields: dict, case_id: int) -> dict:
    only_fields(fields, EDITABLE, "field.deadline")
    if "kind" in fields:
        choice(fields["kind"], KINDS, "field.deadline_kind")
    if "title" in fields:
        fields["title"] = (fields["title"] or "").strip()
    for key in ("due_at", "counted_from"):
        if fields.get(key) is not None:
            if not isinstance(fields[key], datetime):
                raise InvalidInput(Msg("error.deadline_time", what=Msg(_TIME_FIELDS[key])))
            fields[key] = to_utc(fields[key])
    if "days" in fields:
        fields["days"] = whole_number(fields["days"], "field.days")
    if "business" in fields:
        fields["business"] = bool(fields["business"])
    if "desk" in fields:
        fields["desk"] = desk_of_case(fields["desk"], case_id)
    return fields


def _settle_due(d: Deadline) -> None:
    due = compute_due(d)
    if due is not None:
        d.due_at = due
    elif d.due_at is None:
        raise InvalidInput(Msg("error.deadline_needs_due"))


def create_deadline(case_id: int, kind: str = "custom", title: str = "", **fields) -> Deadline:
    """Custom: `due_at`. Inactivity and other rules: `days` (+ `business`) counted from
    `counted_from` (default now). Any kind may also just be given a `due_at`."""
    now = clock.now()
    with database.atomic():
        cases.get_case(case_id)
        fields = _clean({"kind": kind, "title": title, **fields}, case_id)
        if fields.get("days") and fields.get("counted_from") is None:
            fields["counted_from"] = now
        d = Deadline(case=case_id, state="open", created_at=now, updated_at=now, **fields)
        _settle_due(d)
        d.save()
        cases.touch(case_id)
        return d


def update_deadline(deadline_id: int, **fields) -> Deadline:
    with database.atomic():
        d = get_deadline(deadline_id)
        fields = _clean(fields, d.case_id)
        if "due_at" in fields and "days" not in fields:
            fields["days"] = 0   # a date typed in by hand replaces the rule
        for key, value in fields.items():
            setattr(d, key, value)
        if d.days and _base(d) is None:
            d.counted_from = clock.now()
        _settle_due(d)
        d.updated_at = clock.now()
        d.save()
        _resync_desk(d.case_id, d.desk_id)
        cases.touch(d.case_id)
        return get_deadline(deadline_id)


def set_state(deadline_id: int, state: str) -> Deadline:
    """Mark done, dismissed, or open again."""
    choice(state, STATES, "field.deadline_state")
    with database.atomic():
        d = get_deadline(deadline_id)
        d.state = state
        if state != "done":
            d.satisfied_by_event = None
        d.updated_at = clock.now()
        d.save()
        cases.touch(d.case_id)
        return d


def snooze(deadline_id: int, until: datetime) -> Deadline:
    """No reminder for this deadline before `until` (None: snooze off)."""
    with database.atomic():
        d = get_deadline(deadline_id)
        d.snoozed_until = to_utc(until) if until is not None else None
        d.updated_at = clock.now()
        d.save()
        return d


def delete_deadline(deadline_id: int) -> None:
    with database.atomic():
        d = get_deadline(deadline_id)
        d.delete_instance()
        cases.touch(d.case_id)


# ---------------------------------------------------------------- hooks from events and desks

_batch: set[tuple[int, int]] | None = None
_batch_desks: dict[int, Desk | None] = {}   # inside batched(): each desk read once


@contextmanager
def batched():
    """Inside, new events get their own deadlines at once, but each desk's answers are
    recomputed once per `flush_batched()` instead of once per event (a mailbox import:
    one pass per desk and commit, not one per message). Call flush_batched() before
    each commit; leaving the block flushes too."""
    global _batch
    if _batch is not None:
        yield
        return
    _batch = set()
    try:
        yield
        flush_batched()
    finally:
        _batch = None
        _batch_desks.clear()


def flush_batched() -> None:
    if _batch:
        pending = sorted(_batch)
        _batch.clear()
        for case_id, desk_id in pending:
            _resync_desk(case_id, desk_id, due_of=None)


_CREATED = object()


def after_event_change(event: Event, old_desk_id=_CREATED) -> None:
    """Call inside the transaction that created `event` (no old desk given) or edited it."""
    _ensure_started_by(event, created=old_desk_id is _CREATED)
    if old_desk_id is _CREATED:
        if _batch is not None:  # a new event inside batched(): its own due time is fresh already
            if event.desk_id is not None:
                _batch.add((event.case_id, event.desk_id))
            return
        old_desk_id = None
    for desk_id in {event.desk_id, old_desk_id} - {None}:
        _resync_desk(event.case_id, desk_id, due_of=event.id)


def before_event_delete(event: Event) -> None:
    """Call inside the transaction that deletes `event`, just before deleting it:
    what it answered is open again (or answered by another event)."""
    Deadline.update(state="open", satisfied_by_event=None).where(Deadline.satisfied_by_event == event.id).execute()
    _resync_desk(event.case_id, event.desk_id, without=event.id, due_of=None)


def after_desk_change(desk_id: int) -> None:
    """Rules or calendar of a desk changed: recompute its open deadlines."""
    desk = Desk.get_or_none(Desk.id == desk_id)
    if desk is None:
        return
    for d in Deadline.select().where((Deadline.desk == desk_id) & Deadline.source_event.is_null(False)
                                     & (Deadline.state == "open")):
        days, business = _rule(desk, d.kind)
        if days > 0:
            d.days, d.business = days, business
            d.save()
    _resync_desk(desk.case_id, desk_id)


def _rule(desk: Desk, kind: str) -> tuple[int, bool]:
    if kind == "reply_window":
        return desk.reply_window_days or 0, bool(desk.reply_window_business)
    if kind == "follow_up":
        return desk.follow_up_days or 0, True
    return 0, False


def _ensure_started_by(event: Event, created: bool = False) -> None:
    kind = STARTED_BY.get(event.kind)
    if created and (kind is None or event.desk_id is None):
        return  # a new event that starts nothing
    existing = None if created else (
        Deadline.select().where((Deadline.source_event == event.id) & Deadline.kind.in_(list(ANSWERED_BY))).first())
    if created and _batch is not None:
        if event.desk_id not in _batch_desks:
            _batch_desks[event.desk_id] = Desk.get_or_none(Desk.id == event.desk_id)
        desk = _batch_desks[event.desk_id]
    else:
        desk = Desk.get_or_none(Desk.id == event.desk_id) if event.desk_id else None
    days, business = _rule(desk, kind) if (desk and kind) else (0, False)
    if existing is not None and (days <= 0 or existing.kind != kind or existing.desk_id != event.desk_id):
        existing.delete_instance()
        existing = None
    if existing is None and days > 0:
        now = clock.now()
        d = Deadline(case=event.case_id, desk=desk, kind=kind, title="", source_event=event.id,
                     days=days, business=business, state="open", created_at=now, updated_at=now)
        d.due_at = compute_due(d, event.occurred_at)
        d.save()


_ALL = object()


def _resync_desk(case_id: int, desk_id: int | None, without: int | None = None, due_of=_ALL) -> None:
    """Recompute the rule deadlines of one desk: their answers, and their due
    times (`due_of`: all of them by default, only those started by that event,
    or None for none). `without`: an event about to be deleted.

    One query for the desk's events, then a binary search per deadline, so a
    mailbox of a thousand messages from one desk imports in linear-ish time."""
    if desk_id is None:
        return
    rows = list(Event.select(Event.id, Event.kind, Event.occurred_at)
                .where((Event.case == case_id) & (Event.desk == desk_id) & (Event.id != (without or 0)))
                .order_by(Event.occurred_at, Event.id).tuples())
    when = {event_id: at for event_id, _, at in rows}
    answers = {kinds: [(at, event_id) for event_id, kind, at in rows if kind in kinds]
               for kinds in set(ANSWERED_BY.values())}
    query = Deadline.select(Deadline.id, Deadline.kind, Deadline.source_event, Deadline.counted_from,
                            Deadline.state, Deadline.satisfied_by_event).where(Deadline.desk == desk_id)
    if without:
        query = query.where(Deadline.source_event.is_null() | (Deadline.source_event != without))
    # Light rows first; a deadline is loaded whole only when its due time must be recomputed.
    for deadline_id, kind, src, counted_from, state, satisfied_by in query.tuples():
        changes = {}
        base = when.get(src) if src else counted_from
        if src and base is None:
            base = _base(get_deadline(deadline_id))
        if due_of is _ALL or (due_of is not None and src == due_of):
            d = get_deadline(deadline_id)
            due = compute_due(d, base)
            if due is not None and due != d.due_at:
                changes["due_at"] = due
        if kind in ANSWERED_BY and base is not None:
            candidates = answers[ANSWERED_BY[kind]]
            # the first answering event after (base, source id) in (time, id) order
            at = bisect_right(candidates, (base, src or 0))
            answer_id = candidates[at][1] if at < len(candidates) else None
            if answer_id is not None and (state == "open" or satisfied_by):
                if state != "done" or satisfied_by != answer_id:
                    changes.update(state="done", satisfied_by_event=answer_id)
            elif answer_id is None and satisfied_by:
                changes.update(state="open", satisfied_by_event=None)
        if changes:
            Deadline.update(updated_at=clock.now(), **changes).where(Deadline.id == deadline_id).execute()


# ---------------------------------------------------------------- across cases

@dataclass(frozen=True, slots=True)
class DueItem:
    id: int
    case_id: int
    case_title: str
    title: str
    kind: str
    due_at: datetime
    state: str          # open | overdue
    desk_id: int | None
    desk_name: str
    snoozed_until: datetime | None

    def as_json(self) -> dict:
        from .timeutil import iso

        return {"id": self.id, "case_id": self.case_id, "case_title": self.case_title, "title": self.title,
                "kind": self.kind, "due_at": iso(self.due_at), "state": self.state, "desk_id": self.desk_id}


def open_deadlines(case_id: int | None = None):
    """Open deadlines of cases still in progress (resolved/closed cases are left out), soonest first."""
    q = (Deadline.select(Deadline, Case, Desk).join(Case).switch(Deadline).join(Desk, pw.JOIN.LEFT_OUTER)
         .where((Deadline.state == "open") & Case.status.not_in(list(CLOSED_CASE))))
    if case_id is not None:
        q = q.where(Deadline.case == case_id)
    return list(q.order_by(Deadline.due_at, Deadline.id))


def due(now: datetime | None = None, within_days: float | None = None, case_id: int | None = None) -> list[DueItem]:
    """Open deadlines of all cases, soonest first; with `within_days`, only those due
    by then (overdue ones always)."""
    now = to_utc(now) if now is not None else clock.now()
    # Light rows read as stored (no Deadline/Case/Desk objects, no per-field conversion); the same
    # selection and order as open_deadlines(), the time limit applied in SQL (index deadlines_due).
    where, params = [], ["open", *CLOSED_CASE]
    if case_id is not None:
        where.append("AND d.case_id = ?")
        params.append(case_id)
    if within_days is not None:
        where.append("AND d.due_at <= ?")
        params.append(Deadline.due_at.db_value(now + timedelta(days=within_days)))
    rows = database.execute_sql(
        "SELECT d.id, d.case_id, c.title, d.title, d.kind, d.due_at, d.desk_id, k.name, d.snoozed_until "
        "FROM deadlines d JOIN cases c ON c.id = d.case_id LEFT JOIN desks k ON k.id = d.desk_id "
        f"WHERE d.state = ? AND c.status NOT IN ({', '.join('?' * len(CLOSED_CASE))}) {' '.join(where)} "
        "ORDER BY d.due_at, d.id", params)
    as_time = Deadline.due_at.python_value
    out = []
    for d_id, d_case, case_title, title, kind, due_text, desk_id, desk_name, snoozed in rows:
        due_at = as_time(due_text)
        out.append(DueItem(d_id, d_case, case_title, title or default_title(kind, desk_name or ""), kind, due_at,
                           "overdue" if due_at <= now else "open", desk_id, desk_name or "", as_time(snoozed)))
    return out


@dataclass(frozen=True)
class Waiting:
    case_id: int
    case_title: str
    desk_id: int
    desk_name: str
    since: datetime           # the unanswered message
    business_days: int        # business days of the desk since then
    event_id: int


_ANSWER_KINDS = ANSWERED_BY["follow_up"]
# Per desk of a case in progress: the newest answer from the desk (a few index entries of
# events(desk_id, kind, occurred_at, id), m0017), then the first message you sent after it.
_WAITING_SQL = """
WITH last AS (
    SELECT d.id AS desk_id, d.case_id, c.title, d.name,
           max(coalesce((SELECT max(occurred_at) FROM events WHERE desk_id = d.id AND kind = ?), ''),
               coalesce((SELECT max(occurred_at) FROM events WHERE desk_id = d.id AND kind = ?), ''),
               coalesce((SELECT max(occurred_at) FROM events WHERE desk_id = d.id AND kind = ?), '')) AS answered
    FROM desks d JOIN cases c ON c.id = d.case_id
    WHERE c.status NOT IN ({closed}) {scope}
)
SELECT last.case_id, last.title, last.desk_id, last.name, last.answered, s.id, s.occurred_at
FROM last JOIN events s ON s.id = (
    SELECT id FROM events WHERE desk_id = last.desk_id AND kind = 'sent' AND case_id = last.case_id
    AND occurred_at >= last.answered ORDER BY occurred_at, id LIMIT 1)
"""


def waiting_on_provider(now: datetime | None = None, case_id: int | None = None) -> list[Waiting]:
    """Desks whose last message from you has no answer yet, longest wait first.
    (Your first message after the desk's last answer; an answer logged at the very same
    moment as a message counts as before it when it was logged first.)"""
    now = to_utc(now) if now is not None else clock.now()
    params: list = [*_ANSWER_KINDS, *CLOSED_CASE]
    scope = ""
    if case_id is not None:
        scope, params = "AND c.id = ?", [*params, case_id]
    sql = _WAITING_SQL.format(closed=", ".join("?" * len(CLOSED_CASE)), scope=scope)
    found = []
    for case, title, desk_id, desk_name, answered, event_id, at_text in database.execute_sql(sql, params):
        if answered and at_text == answered:
            event_id, at_text = _sent_after_tie(desk_id, case, answered)
            if event_id is None:
                continue
        found.append((case, title, desk_id, desk_name, event_id, at_text))
    if not found:
        return []
    calendars = _calendars_of([f[2] for f in found])
    out = []
    for case, title, desk_id, desk_name, event_id, at_text in found:
        at = Event.occurred_at.python_value(at_text)
        out.append(Waiting(case, title, desk_id, desk_name, at,
                           calendars[desk_id].business_days_between(at, now), event_id))
    out.sort(key=lambda w: (w.since, w.desk_id))
    return out


def _sent_after_tie(desk_id: int, case_id: int, answered: str) -> tuple[int | None, str | None]:
    """A message sent at the very moment of the desk's last answer: it waits only if logged
    after that answer (events in (time, id) order); else the next message sent, if any."""
    kinds = ", ".join("?" * len(_ANSWER_KINDS))
    (answer_id,) = database.execute_sql(
        f"SELECT max(id) FROM events WHERE desk_id = ? AND kind IN ({kinds}) AND occurred_at = ?",
        [desk_id, *_ANSWER_KINDS, answered]).fetchone()
    row = database.execute_sql(
        "SELECT id, occurred_at FROM events WHERE desk_id = ? AND case_id = ? AND kind = 'sent' "
        "AND (occurred_at > ? OR (occurred_at = ? AND id > ?)) ORDER BY occurred_at, id LIMIT 1",
        [desk_id, case_id, answered, answered, answer_id]).fetchone()
    return row if row is not None else (None, None)


def _calendars_of(desk_ids: list[int]) -> dict[int, desk_calendar.Calendar]:
    """The calendar of each desk, one query; desks with the same hours, zone, holidays and
    closures share one Calendar (parsed once)."""
    out: dict[int, desk_calendar.Calendar] = {}
    ids = sorted(set(desk_ids))
    for n in range(0, len(ids), 500):
        chunk = ids[n:n + 500]
        rows = database.execute_sql(
            f"SELECT id, timezone, hours, holidays, closures FROM desks WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk)
        for desk_id, zone, hours, country, closures in rows:
            out[desk_id] = desk_calendar.cached(zone, hours, country, closures)
    return out


@dataclass(frozen=True)
class Clocks:
    owe_reply: DueItem | None       # "you owe a reply by ..."
    waiting: Waiting | None         # "waiting on them since ... (N business days)"


def case_clocks(case_id: int, now: datetime | None = None) -> Clocks:
    now = to_utc(now) if now is not None else clock.now()
    replies = [d for d in due(now, case_id=case_id) if d.kind == "reply_window"]
    waits = waiting_on_provider(now, case_id=case_id)
    return Clocks(replies[0] if replies else None, waits[0] if waits else None)


@dataclass(frozen=True)
class DeskInfo:
    """What a list of desks across cases shows of one desk (no model object: light to read)."""
    id: int
    case_id: int
    name: str
    kind: str
    address: str
    timezone: str


@dataclass(frozen=True)
class OpenDesk:
    case_id: int
    case_title: str
    desk: DeskInfo
    status: desk_calendar.DeskStatus


def desks_open_now(now: datetime | None = None, language: str = "en") -> list[OpenDesk]:
    """Desks of cases in progress that are open at `now`, those closing soonest first.
    One light read of the desks; desks with the same hours, zone, holidays and closures
    share one calendar and one answer."""
    now = to_utc(now) if now is not None else clock.now()
    rows = database.execute_sql(
        "SELECT d.id, d.case_id, d.name, d.kind, d.address, d.timezone, d.hours, d.holidays, d.closures, c.title "
        f"FROM desks d JOIN cases c ON c.id = d.case_id WHERE c.status NOT IN ({', '.join('?' * len(CLOSED_CASE))}) "
        "ORDER BY d.case_id, d.position, d.id", list(CLOSED_CASE))
    statuses: dict[int, desk_calendar.DeskStatus] = {}
    out = []
    for desk_id, case_id, name, kind, address, zone, hours, country, closures, title in rows:
        cal = desk_calendar.cached(zone, hours, country, closures, language)
        st = statuses.get(id(cal))
        if st is None:
            st = statuses[id(cal)] = cal.status(now)
        if st.open_now:
            out.append(OpenDesk(case_id, title, DeskInfo(desk_id, case_id, name, kind, address, zone), st))
    far = now + timedelta(days=3650)
    out.sort(key=lambda o: (o.status.closes_at or far, o.case_id))
    return out
