"""Timeline events: every contact, observation and note of a case."""
from __future__ import annotations

from datetime import datetime

from . import cases, chain, clock, deadlines, reply_by
from .errors import InvalidInput
from .labels import Msg
from .models import Desk, Event, database
from .models.event import KINDS, OUTCOMES
from .timeutil import check_range
from .validate import choice, desk_of_case, existing, only_fields, whole_number

EDITABLE = {"desk", "kind", "occurred_at", "summary", "body", "duration_s", "outcome"}


def get_event(event_id: int) -> Event:
    return existing(Event, event_id, "error.no_event")


def _filtered(query, desk_ids: list[int | None] | None, kinds: list[str] | None):
    if desk_ids is not None:
        ids = [d for d in desk_ids if d is not None]
        cond = Event.desk.in_(ids) if ids else None
        if None in desk_ids:
            cond = Event.desk.is_null() if cond is None else (cond | Event.desk.is_null())
        query = query.where(cond) if cond is not None else query.where(False)
    if kinds is not None:
        query = query.where(Event.kind.in_(list(kinds)))
    return query.order_by(Event.occurred_at, Event.id)


def event_rows(case_id: int, desk_ids: list[int | None] | None = None, kinds: list[str] | None = None) -> list[tuple]:
    """Light rows for the timeline, oldest first: (id, occurred_at, desk_id, kind, summary).
    Bodies are fetched one at a time with get_event. (A long timeline: event_ids + event_rows_by_id.)"""
    query = Event.select(Event.id, Event.occurred_at, Event.desk, Event.kind, Event.summary).where(Event.case == case_id)
    return list(_filtered(query, desk_ids, kinds).tuples())


def event_ids(case_id: int, desk_ids: list[int | None] | None = None, kinds: list[str] | None = None) -> list[int]:
    """The ids of event_rows(...) in the same order, and nothing else: unfiltered, it is read from
    the (case_id, occurred_at, id) index alone, so a timeline of 50,000 entries costs milliseconds."""
    sql, params = _filtered(Event.select(Event.id).where(Event.case == case_id), desk_ids, kinds).sql()
    return [row[0] for row in database.execute_sql(sql, params)]


def event_rows_by_id(ids: list[int]) -> dict[int, tuple]:
    """{id: (id, occurred_at, desk_id, kind, summary)} for the given events (a page of a timeline)."""
    if not ids:
        return {}
    query = Event.select(Event.id, Event.occurred_at, Event.desk, Event.kind, Event.summary).where(Event.id.in_(ids))
    return {row[0]: row for row in query.tuples()}


def _clean(fields: dict, case_id: int) -> dict:
    only_fields(fields, EDITABLE, "field.event")
    if "kind" in fields:
        choice(fields["kind"], KINDS, "field.event_kind")
    if "occurred_at" in fields:
        if not isinstance(fields["occurred_at"], datetime):
            raise InvalidInput(Msg("error.event_time"))
        fields["occurred_at"] = check_range(fields["occurred_at"])
    if "desk" in fields:
        fields["desk"] = desk_of_case(fields["desk"], case_id)
    if fields.get("outcome") is not None:
        choice(fields["outcome"], OUTCOMES, "field.call_outcome")
    if fields.get("duration_s") is not None:
        fields["duration_s"] = whole_number(fields["duration_s"], "field.call_duration", 0, 7 * 24 * 3600)
    return fields


def _reply_fields(reply: reply_by.ReplyBy, kind: str) -> dict:
    reply = reply_by.clean(reply, kind)
    return {"reply_days": reply.days, "reply_business": reply.business, "reply_by": reply.at}


def create_event(case_id: int, kind: str, summary: str, *, occurred_at: datetime | None = None,
                 desk: int | None = None, body: str = "", message_id: str | None = None,
                 files: list[tuple[str, str, int, str]] | None = None,
                 reply: reply_by.ReplyBy | None = None, duration_s: int | None = None,
                 outcome: str | None = None) -> Event:
    """`files`: blobs already in the store [(name, sha256, size, mime)] the entry carries from
    the start (imported mail): attached before the entry is sealed, so it is sealed once.
    `reply`: the entry's reply-by (db.reply_by); None: the desk's rule for this kind."""
    now = clock.now()
    with database.atomic():
        cases.get_case(case_id)
        fields = _clean({"kind": kind, "summary": summary.strip(), "body": body,
                         "occurred_at": occurred_at or now, "desk": desk, "duration_s": duration_s,
                         "outcome": outcome}, case_id)
        if not fields["summary"] and not fields["body"].strip():
            raise InvalidInput(Msg("error.event_empty"))
        if reply is None:
            reply = reply_by.desk_rule(deadlines.desk_for_new_event(fields["desk"]), kind)
        fields.update(_reply_fields(reply, kind))
        event = Event.create(case=case_id, created_at=now, updated_at=now, message_id=message_id, **fields)
        if files:
            from .attachments import insert_rows

            insert_rows(event.id, files, now)
        chain.after_create(event)
        deadlines.after_event_change(event)
        cases.touch(case_id)
        return event


def update_event(event_id: int, reply: reply_by.ReplyBy | None = None, **fields) -> Event:
    """`reply`: a new reply-by (db.reply_by). Without one, an entry that followed its
    desk's rule follows the rule of its new desk or kind."""
    with database.atomic():
        event = get_event(event_id)
        change = chain.before_change(event)
        old_desk_id, old_kind = event.desk_id, event.kind
        followed = reply_by.of_event(event) == reply_by.desk_rule(event.desk, event.kind) if event.desk_id else \
            reply_by.of_event(event).is_none
        for key, value in _clean(fields, event.case_id).items():
            setattr(event, key, value)
        if reply is None and followed and (event.desk_id, event.kind) != (old_desk_id, old_kind):
            reply = reply_by.desk_rule(Desk.get_or_none(Desk.id == event.desk_id) if event.desk_id else None,
                                       event.kind)
        if reply is None and event.kind not in reply_by.STARTED_BY:
            reply = reply_by.NONE      # a note keeps no reply-by (its deadline goes)
        if reply is not None:
            for key, value in _reply_fields(reply, event.kind).items():
                setattr(event, key, value)
        if not event.summary.strip() and not event.body.strip():
            raise InvalidInput(Msg("error.event_empty"))
        event.updated_at = clock.now()
        event.save()
        chain.after_change(change)
        deadlines.after_event_change(event, old_desk_id)
        cases.touch(event.case_id)
        return event


def delete_event(event_id: int) -> None:
    with database.atomic():
        event = get_event(event_id)
        change = chain.before_change(event, "delete")
        deadlines.before_event_delete(event)
        event.delete_instance()
        chain.after_delete(change)
        cases.touch(event.case_id)


def last_used_desk(case_id: int) -> int | None:
    """The desk of the most recently logged event, for the Log contact dialog."""
    row = (
        Event.select(Event.desk).where((Event.case == case_id) & Event.desk.is_null(False))
        .order_by(Event.created_at.desc(), Event.id.desc()).first()
    )
    return row.desk_id if row else None
