"""Deadlines: reply windows, follow-ups, inactivity cut-offs and custom dates.

A deadline with a rule (`days` > 0) computes its due time from a base moment
(the event that started it, or `counted_from`) in the calendar of its desk
(a deadline without desk: the user's own zone): calendar days keep the
wall-clock time, business days follow desk_calendar.add_business_days.

A timeline entry starts at most one deadline (a unique index keeps it so): a
received message its reply window, a sent one its follow-up, after the entry's
own reply-by (db.reply_by; a new entry takes its desk's rule). The answering
event (your message to that desk / theirs to you) satisfies it, late or not;
editing or deleting events recomputes all of this (see after_event_change).
A state set by hand (done, dismissed, reopened) stays so.
"""
from __future__ import annotations

from bisect import bisect_right
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta


from . import cases, clock, desk_calendar, reply_by
from .errors import InvalidInput
from .labels import Msg, text as label
from .models import Deadline, Desk, Event, database
from .models.deadline import KINDS, STATES
from .timeutil import LATEST, check_range, shift, to_utc

MAX_WITHIN_DAYS = 36600   # `due --within`: a hundred years is the farthest look ahead
from .validate import choice, desk_of_case, existing, only_fields, whole_number

# Which events answer which deadline (same desk, after the deadline's start). A follow-up is
# ended by the desk's answer, or by your next message to that desk: the chase it asked for
# (that message starts the next follow-up, so a silent desk has one chase open, not one a message).
DESK_ANSWERS = ("received", "call", "chat")
ANSWERED_BY = {"reply_window": ("sent", "call", "chat"), "follow_up": DESK_ANSWERS + ("sent",)}
# Which logged event starts which deadline (its reply-by, db.reply_by).
STARTED_BY = reply_by.STARTED_BY
CLOSED_CASE = ("resolved", "closed")
EDITABLE = {"title", "kind", "desk", "due_at", "days", "business", "counted_from", "notes"}


def default_title(kind: str, desk_name: str = "", lang: str = "en") -> str:
    """The title of a deadline without one, in `lang` ("Reply to Support email"; texts.report)."""
    if kind in ("reply_window", "follow_up"):
        return label(lang, f"deadline.{kind}", desk=desk_name) if desk_name else label(lang, f"deadline.{kind}_any")
    return label(lang, "deadline.inactivity" if kind == "inactivity" else "deadline.custom")


def display_title(title: str, kind: str, desk_name: str = "", lang: str = "en") -> str:
    """A deadline's own title, or the default one: never empty."""
    return (title or "").strip() or default_title(kind, desk_name or "", lang)


def title_of(d: Deadline, lang: str = "en") -> str:
    return display_title(d.title, d.kind, d.desk.name if d.desk_id else "", lang)


def outcome(state: str, answered_at: datetime | None, due_at: datetime | None, kind: str = "",
            answered_kind: str = "") -> str | None:
    """How a deadline ended: answered | answered_late | chased | done | dismissed (None while
    open). `answered_at`/`answered_kind`: the time and kind of the answering event, if any;
    a follow-up ended by your own next message to the desk was chased."""
    if state == "open":
        return None
    if state == "dismissed":
        return "dismissed"
    if answered_at is not None and kind == "follow_up" and answered_kind == "sent":
        return "chased"
    if answered_at is not None:
        return "answered_late" if due_at is not None and answered_at > due_at else "answered"
    return "done"


# ---------------------------------------------------------------- reading

def get_deadline(deadline_id: int) -> Deadline:
    return existing(Deadline, deadline_id, "error.no_deadline")


def list_deadlines(case_id: int, states: tuple[str, ...] | None = None) -> list[Deadline]:
    q = Deadline.select().where(Deadline.case == case_id)
    if states:
        q = q.where(Deadline.state.in_(list(states)))
    return list(q.order_by(Deadline.due_at, Deadline.id))


def calendar_of(desk: Desk | None, language: str = "en") -> desk_calendar.Calendar:
    """The desk's calendar; without a desk, days are counted in the user's own zone."""
    if desk is None:
        return desk_calendar.user_calendar()
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
    try:
        return cal.add_business_days(base, d.days) if d.business else cal.add_calendar_days(base, d.days)
    except (OverflowError, ValueError):   # counted from a moment at the end of the calendar (year 9999)
        return LATEST


def reply_due(reply: reply_by.ReplyBy, at: datetime, desk: Desk | None) -> datetime | None:
    """When a reply-by given at `at` falls due at `desk` (its calendar; none: the user's zone).
    What the Log contact dialog shows before anything is saved."""
    if reply.at is not None:
        return to_utc(reply.at)
    if not reply.days:
        return None
    cal = calendar_of(desk)
    return cal.add_business_days(at, reply.days) if reply.business else cal.add_calendar_days(at, reply.days)


# ---------------------------------------------------------------- user actions

_TIME_FIELDS = {"due_at": "field.due_at", "counted_from": "field.counted_from"}


def _clean(fields: dict, case_id: int) -> dict:
    only_fields(fields, EDITABLE, "field.deadline")
    if "kind" in fields:
        choice(fields["kind"], KINDS, "field.deadline_kind")
    if "title" in fields:
        fields["title"] = (fields["title"] or "").strip()
    if "notes" in fields:
        fields["notes"] = (fields["notes"] or "").strip()
    for key in ("due_at", "counted_from"):
        if fields.get(key) is not None:
            if not isinstance(fields[key], datetime):
                raise InvalidInput(Msg("error.deadline_time", what=Msg(_TIME_FIELDS[key])))
            fields[key] = check_range(fields[key])
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
    """Title, notes, and the due date or rule. A deadline started by a timeline entry
    keeps its desk and kind; its due date or rule is the entry's reply-by, changed
    through db.events (so the entry's history records it)."""
    with database.atomic():
        d = get_deadline(deadline_id)
        fields = _clean(fields, d.case_id)
        if d.source_event_id:
            _update_started(d, fields)
            d = get_deadline(deadline_id)
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


def _update_started(d: Deadline, fields: dict) -> None:
    """The fields of a deadline started by an entry: the entry's reply-by changes
    through events.update_event; the rest stays in `fields` (title, notes)."""
    from . import events

    for key, current in (("kind", d.kind), ("desk", d.desk_id), ("counted_from", None)):
        if key in fields and fields[key] != current:
            raise InvalidInput(Msg("error.deadline_follows_entry"))
        fields.pop(key, None)
    if "due_at" in fields and not fields.get("days"):
        reply = reply_by.ReplyBy(at=fields["due_at"])
    elif fields.get("days"):
        reply = reply_by.ReplyBy(fields["days"], fields.get("business", False))
    else:
        reply = None
    for key in ("due_at", "days", "business"):
        fields.pop(key, None)
    if reply is not None:
        events.update_event(d.source_event_id, reply=reply)


def set_state(deadline_id: int, state: str) -> Deadline:
    """Mark done, dismissed, or open again (by hand: an answer logged later leaves it so)."""
    choice(state, STATES, "field.deadline_state")
    now = clock.now()
    with database.atomic():
        d = get_deadline(deadline_id)
        d.state, d.by_hand = state, True
        if state != "done":
            d.satisfied_by_event = None
        if state == "open":
            d.ended_at = None
        elif d.ended_at is None or d.satisfied_by_event_id is None:
            d.ended_at = now
        d.updated_at = now
        d.save()
        cases.touch(d.case_id)
        return d


def reopen(deadline_id: int) -> Deadline:
    return set_state(deadline_id, "open")


def snooze(deadline_id: int, until: datetime | None) -> Deadline:
    """No reminder for this deadline before `until` (None: snooze off)."""
    with database.atomic():
        d = get_deadline(deadline_id)
        if until is not None:
            until = check_range(until)
            if until <= clock.now():
                raise InvalidInput(Msg("error.snooze_until", text=until.isoformat(timespec="minutes")))
        d.snoozed_until = until
        d.updated_at = clock.now()
        d.save()
        return d


# ---------------------------------------------------------------- hooks from events and desks

_batch: set[tuple[int, int | None]] | None = None
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
        pending = sorted(_batch, key=lambda k: (k[0], k[1] or 0))
        _batch.clear()
        for case_id, desk_id in pending:
            _resync_desk(case_id, desk_id, due_of=None)


_CREATED = object()


def after_event_change(event: Event, old_desk_id=_CREATED) -> None:
    """Call inside the transaction that created `event` (no old desk given) or edited it
    (with the desk it had before, None for none)."""
    created = old_desk_id is _CREATED
    _ensure_started_by(event, created=created)
    if created:
        if _batch is not None:  # a new event inside batched(): its own due time is fresh already
            _batch.add((event.case_id, event.desk_id))
            return
        desk_ids = {event.desk_id}
    else:
        desk_ids = {event.desk_id, old_desk_id}
    for desk_id in desk_ids:
        _resync_desk(event.case_id, desk_id, due_of=event.id)


def before_event_delete(event: Event) -> None:
    """Call inside the transaction that deletes `event`, just before deleting it:
    what it answered is open again (or answered by another event)."""
    (Deadline.update(state="open", satisfied_by_event=None, ended_at=None)
     .where((Deadline.satisfied_by_event == event.id) & ~Deadline.by_hand).execute())
    Deadline.update(satisfied_by_event=None).where(Deadline.satisfied_by_event == event.id).execute()
    _resync_desk(event.case_id, event.desk_id, without=event.id, due_of=None)


def after_desk_change(desk_id: int) -> None:
    """The desk's calendar changed: its rule deadlines are due at new times. (Its reply
    and follow-up rules apply to new entries; apply_desk_rule offers them to logged ones.)"""
    desk = Desk.get_or_none(Desk.id == desk_id)
    if desk is not None:
        _resync_desk(desk.case_id, desk_id)


def entries_off_rule(desk_id: int) -> list[int]:
    """The entries logged at the desk whose reply-by is not the desk's rule now (entries
    with a date typed in keep it and are left out): what apply_desk_rule would change."""
    desk = Desk.get_or_none(Desk.id == desk_id)
    if desk is None:
        return []
    out = []
    for event in (Event.select(Event.id, Event.kind, Event.reply_days, Event.reply_business, Event.reply_by)
                  .where((Event.desk == desk_id) & Event.kind.in_(list(STARTED_BY))).order_by(Event.id)):
        if event.reply_by is None and reply_by.of_event(event) != reply_by.desk_rule(desk, event.kind):
            out.append(event.id)
    return out


def apply_desk_rule(desk_id: int) -> int:
    """Give the entries already logged at the desk its current reply and follow-up rule
    (each through events.update_event: the entry's history records it). Returns how many
    entries changed. Deadlines already ended stay ended."""
    from . import events

    desk_rules = Desk.get_or_none(Desk.id == desk_id)
    changed = 0
    with database.atomic():
        for event_id in entries_off_rule(desk_id):
            event = events.get_event(event_id)
            events.update_event(event_id, reply=reply_by.desk_rule(desk_rules, event.kind))
            changed += 1
    return changed


def desk_for_new_event(desk_id: int | None) -> Desk | None:
    """The desk of an event being created (inside batched(): each desk read once)."""
    if desk_id is None:
        return None
    if _batch is not None:
        if desk_id not in _batch_desks:
            _batch_desks[desk_id] = Desk.get_or_none(Desk.id == desk_id)
        return _batch_desks[desk_id]
    return Desk.get_or_none(Desk.id == desk_id)


def _ensure_started_by(event: Event, created: bool = False) -> None:
    """The one deadline of `event`, after its kind and reply-by: made, changed in place
    (its title, notes and state stay) or removed."""
    kind = STARTED_BY.get(event.kind)
    rule = reply_by.of_event(event)
    if created and (kind is None or rule.is_none):
        return  # a new event that starts nothing
    existing = None if created else Deadline.get_or_none(Deadline.source_event == event.id)
    if kind is None or rule.is_none:
        if existing is not None:
            existing.delete_instance()
        return
    now = clock.now()
    d = existing or Deadline(case=event.case_id, title="", source_event=event.id, state="open",
                             created_at=now)
    d.kind, d.desk, d.days, d.business, d.counted_from = kind, (desk_for_new_event(event.desk_id) if created else event.desk_id), rule.days, rule.business, None
    d.due_at = rule.at if rule.at is not None else compute_due(d, event.occurred_at)
    d.updated_at = now
    d.save()


_ALL = object()


def _resync_desk(case_id: int, desk_id: int | None, without: int | None = None, due_of=_ALL) -> None:
    """Recompute the rule deadlines of one desk of a case (None: the entries without a
    desk): their answers, and their due times (`due_of`: all of them by default, only
    those started by that event, or None for none). `without`: an event about to be deleted.

    One query for the desk's events, then a binary search per deadline, so a
    mailbox of a thousand messages from one desk imports in linear-ish time."""
    same_desk = Event.desk.is_null() if desk_id is None else (Event.desk == desk_id)
    rows = list(Event.select(Event.id, Event.kind, Event.occurred_at)
                .where((Event.case == case_id) & same_desk & (Event.id != (without or 0)))
                .order_by(Event.occurred_at, Event.id).tuples())
    when = {event_id: at for event_id, _, at in rows}
    answers = {kinds: [(at, event_id) for event_id, kind, at in rows if kind in kinds]
               for kinds in set(ANSWERED_BY.values())}
    query = (Deadline.select(Deadline.id, Deadline.kind, Deadline.source_event, Deadline.counted_from,
                             Deadline.state, Deadline.satisfied_by_event, Deadline.by_hand, Deadline.ended_at)
             .where((Deadline.case == case_id)
                    & (Deadline.desk.is_null() if desk_id is None else (Deadline.desk == desk_id))))
    if desk_id is None:     # without a desk: only what the entries started, and rules counted from a date
        query = query.where(Deadline.source_event.is_null(False) | (Deadline.days > 0))
    if without:
        query = query.where(Deadline.source_event.is_null() | (Deadline.source_event != without))
    # Light rows first; a deadline is loaded whole only when its due time must be recomputed.
    for deadline_id, kind, src, counted_from, state, satisfied_by, by_hand, ended_at in query.tuples():
        changes = {}
        base = when.get(src) if src else counted_from
        if src and base is None:
            base = _base(get_deadline(deadline_id))
        if due_of is _ALL or (due_of is not None and src == due_of):
            d = get_deadline(deadline_id)
            due = compute_due(d, base)
            if due is not None and due != d.due_at:
                changes["due_at"] = due
        if kind in ANSWERED_BY and base is not None and not by_hand:
            candidates = answers[ANSWERED_BY[kind]]
            # the first answering event after (base, source id) in (time, id) order
            at = bisect_right(candidates, (base, src or 0))
            answer = candidates[at] if at < len(candidates) else None
            if answer is not None:
                if (state, satisfied_by, ended_at) != ("done", answer[1], answer[0]):
                    changes.update(state="done", satisfied_by_event=answer[1], ended_at=answer[0])
            elif state != "open" or satisfied_by:
                changes.update(state="open", satisfied_by_event=None, ended_at=None)
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


def due(now: datetime | None = None, within_days: float | None = None, case_id: int | None = None,
        lang: str = "en") -> list[DueItem]:
    """Open deadlines of all cases, soonest first; with `within_days`, only those due
    by then (overdue ones always). Titles: their own, or the default one in `lang`."""
    now = to_utc(now) if now is not None else clock.now()
    # Light rows read as stored (no Deadline/Case/Desk objects, no per-field conversion): open
    # deadlines of cases still in progress, soonest first, the time limit applied in SQL (index deadlines_due).
    where, params = [], ["open", *CLOSED_CASE]
    if case_id is not None:
        where.append("AND d.case_id = ?")
        params.append(case_id)
    if within_days is not None:
        where.append("AND d.due_at <= ?")
        params.append(Deadline.due_at.db_value(shift(now, timedelta(days=min(within_days, MAX_WITHIN_DAYS)))))
    rows = database.execute_sql(
        "SELECT d.id, d.case_id, c.title, d.title, d.kind, d.due_at, d.desk_id, k.name, d.snoozed_until "
        "FROM deadlines d JOIN cases c ON c.id = d.case_id LEFT JOIN desks k ON k.id = d.desk_id "
        f"WHERE d.state = ? AND c.status NOT IN ({', '.join('?' * len(CLOSED_CASE))}) {' '.join(where)} "
        "ORDER BY d.due_at, d.id", params)
    as_time = Deadline.due_at.python_value
    out = []
    for d_id, d_case, case_title, title, kind, due_text, desk_id, desk_name, snoozed in rows:
        due_at = as_time(due_text)
        out.append(DueItem(d_id, d_case, case_title, display_title(title, kind, desk_name or "", lang), kind, due_at,
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


_ANSWER_KINDS = DESK_ANSWERS
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

