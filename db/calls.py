"""Calls and chats as they happen (issue 14): a call entry with its length and how it
ended (reached a person, voicemail, no answer, referred, missed), the desk it referred
you to, a missed call with a call-back reminder inside the desk's hours, and a chat
session whose transcript is kept as the entry's text and, as pasted, as an attachment."""
from __future__ import annotations

import math
from datetime import datetime

from . import attachments, clock, deadlines, desk_calendar, desks, events
from .labels import text as label
from .models import Event, database
from .timeutil import to_utc


def outcome_text(outcome: str, lang: str = "en") -> str:
    return label(lang, f"call.outcome.{outcome}")


def log_call(case_id: int, desk_id: int | None, started: datetime, ended: datetime, outcome: str, *,
             notes: str = "", referred_to: int | None = None, lang: str = "en") -> Event:
    """One call, from `started` to `ended`. `referred_to`: the desk they sent you to, which is
    then recorded as referred by this one."""
    started, ended = to_utc(started), to_utc(ended)
    seconds = max(0, int((ended - started).total_seconds()))
    name = desks.get_desk(desk_id).name if desk_id else ""
    words = outcome_text(outcome, lang)
    summary = (label(lang, "call.summary_duration", desk=name, outcome=words, minutes=math.ceil(seconds / 60))
               if seconds else label(lang, "call.summary", desk=name, outcome=words))
    body = notes.strip()
    with database.atomic():
        if referred_to is not None:
            to = desks.get_desk(referred_to)
            body = "\n".join(filter(None, [body, label(lang, "call.referred_to", desk=to.name)]))
            if desk_id and to.id != desk_id:
                desks.update_desk(to.id, referred_by=desk_id)
        return events.create_event(case_id, "call", summary, occurred_at=started, desk=desk_id, body=body,
                                   duration_s=seconds, outcome=outcome)


def callback_at(desk_id: int, after: datetime | None = None) -> datetime:
    """The first moment from `after` (default now) when the desk takes calls: now when it is
    open, else when it next opens (its hours, holidays and closures, in its own zone)."""
    after = to_utc(after) if after is not None else clock.now()
    status = desk_calendar.for_desk(desks.get_desk(desk_id)).status(after)
    return after if status.open_now or status.next_open is None else status.next_open


def log_missed_call(case_id: int, desk_id: int, at: datetime | None = None, *, notes: str = "",
                    callback: datetime | None = None, lang: str = "en") -> tuple[Event, object | None]:
    """"They called, I missed it": the entry, and a call-back reminder at `callback` (a moment
    inside the desk's hours, see callback_at) when one is given."""
    at = to_utc(at) if at is not None else clock.now()
    name = desks.get_desk(desk_id).name
    with database.atomic():
        event = events.create_event(case_id, "call", label(lang, "call.summary", desk=name,
                                                               outcome=outcome_text("missed", lang)),
                                    occurred_at=at, desk=desk_id, body=notes.strip(), outcome="missed")
        reminder = None
        if callback is not None:
            reminder = deadlines.create_deadline(case_id, "custom", label(lang, "call.callback_title", desk=name),
                                                 desk=desk_id, due_at=callback)
        return event, reminder


def log_chat(case_id: int, desk_id: int | None, started: datetime, ended: datetime, transcript: str, *,
             lang: str = "en") -> Event:
    """A chat session: the transcript as the entry's text, and as pasted (UTF-8) as an attachment."""
    started, ended = to_utc(started), to_utc(ended)
    name = desks.get_desk(desk_id).name if desk_id else ""
    data = transcript.encode("utf-8")
    files = []
    if transcript.strip():
        sha, size = attachments.store_bytes(data)
        stamp = started.strftime("%Y%m%d-%H%M%S")
        files = [(label(lang, "chat.transcript_name", at=stamp), sha, size, "text/plain")]
    seconds = max(0, int((ended - started).total_seconds()))
    return events.create_event(case_id, "chat", label(lang, "chat.summary", desk=name), occurred_at=started,
                               desk=desk_id, body=transcript.strip(), files=files, duration_s=seconds)
