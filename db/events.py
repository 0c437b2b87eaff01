"""Timeline events: every contact, observation and note of a case."""
from __future__ import annotations

from datetime import datetime

from . import cases, chain, clock, deadlines
from .errors import InvalidInput, NotFound
from .labels import Msg
from .models import Event, database
from .models.event import KINDS
from .validate import choice, desk_of_case, only_fields

EDITABLE = {"desk", "kind", "occurred_at", "summary", "body"}


def get_event(event_id: int) -> Event:
    event = Event.get_or_none(Event.id == event_id)
    if event is None:
        raise NotFound(Msg("error.no_event", id=event_id))
    return event


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
    if "occurred_at" in fields and not isinstance(fields["occurred_at"], datetime):
        raise InvalidInput(Msg("error.event_time"))
    if "desk" in fields:
        fields["desk"] = desk_of_case(fields["desk"], case_id)
    return fields


def create_event(case_id: int, kind: str, summary: str, *, occurred_at: datetime | None = None,
                 desk: int | None = None, body: str = "", message_id: str | None = None,
                 files: list[tuple[str, str, int, str]] | None = None) -> Event:
    """`files`: blobs already in the store [(name, sha256, size, mime)] the entry carries from
    the start (imported mail): attached before the entry is sealed, so it is sealed once."""
    now = clock.now()
    with database.atomic():
        cases.get_case(case_id)
        fields = _clean({"kind": kind, "summary": summary.strip(), "body": body,
                         "occurred_at": occurred_at or now, "desk": desk}, case_id)
        if not fields["summary"] and not fields["body"].strip():
            raise InvalidInput(Msg("error.event_empty"))
        event = Event.create(case=case_id, created_at=now, updated_at=now, message_id=message_id, **fields)
        if files:
            from .attachments import insert_rows

            insert_rows(event.id, files, now)
        chain.after_create(event)
        deadlines.after_event_change(event)
        cases.touch(case_id)
        return event


def update_event(event_id: int, **fields) -> Event:
    with database.atomic():
        event = get_event(event_id)
        change = chain.before_change(event)
        old_desk_id = event.desk_id
        for key, value in _clean(fields, event.case_id).items():
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
