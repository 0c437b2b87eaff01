"""The tamper-evident timeline: each event of a case carries a SHA-256 over its
content and the previous event's hash (in the order events were added), and the
case keeps the newest hash. `verify_case` recomputes everything and says what
no longer matches, so a change made outside the app (raw SQL, another program)
shows. Changes made through db.events / db.attachments re-seal the chain and
keep the earlier text in event_revisions.

An event whose stored seal no longer matches is never re-sealed by the app:
later edits leave the mismatch visible.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from . import clock
from .models import Attachment, ChainHead, Event, EventRevision

GENESIS = ""


def content(event: Event) -> dict:
    """What the seal covers. The desk is left out: deleting a desk legitimately
    clears it on its events (ON DELETE SET NULL)."""
    atts = (Attachment.select(Attachment.name, Attachment.size, Attachment.sha256)
            .where(Attachment.event == event.id).order_by(Attachment.id).tuples())
    return {
        "id": event.id,
        "case": event.case_id,
        "kind": event.kind,
        "occurred_at": Event.occurred_at.db_value(event.occurred_at),
        "created_at": Event.created_at.db_value(event.created_at),
        "summary": event.summary,
        "body": event.body,
        "message_id": event.message_id,
        "attachments": [list(a) for a in atts],
    }


def link_hash(prev: str, data: dict) -> str:
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(f"{prev}\n{blob}".encode("utf-8")).hexdigest()


def _intact(event: Event) -> bool:
    return event.seal_hash is not None and link_hash(event.seal_prev or GENESIS, content(event)) == event.seal_hash


def _set_seal(event_id: int, prev: str, new_hash: str) -> None:
    Event.update(seal_prev=prev, seal_hash=new_hash).where(Event.id == event_id).execute()


def _set_head(case_id: int, head: str, count_delta: int) -> None:
    row = ChainHead.get_or_none(ChainHead.case == case_id)
    if row is None:
        ChainHead.create(case=case_id, head_hash=head, event_count=max(count_delta, 0), sealed_at=clock.now())
    else:
        ChainHead.update(head_hash=head, event_count=ChainHead.event_count + count_delta,
                         sealed_at=clock.now()).where(ChainHead.case == case_id).execute()


def _propagate(case_id: int, after_id: int, old_link: str, new_link: str) -> None:
    """Events after `after_id` that linked to `old_link` now link to `new_link`;
    carry on while each one was intact. The head follows if the walk reached the end."""
    if old_link == new_link:
        return
    for ev in Event.select().where((Event.case == case_id) & (Event.id > after_id)).order_by(Event.id):
        if ev.seal_prev != old_link:
            return
        if not _intact(ev):  # altered outside the app: keep the link coherent, leave its seal mismatched
            Event.update(seal_prev=new_link).where(Event.id == ev.id).execute()
            return
        new_hash = link_hash(new_link, content(ev))
        _set_seal(ev.id, new_link, new_hash)
        old_link, new_link = ev.seal_hash, new_hash
    head = ChainHead.get_or_none(ChainHead.case == case_id)
    if head is not None and head.head_hash == old_link:
        ChainHead.update(head_hash=new_link, sealed_at=clock.now()).where(ChainHead.case == case_id).execute()


def seal_case(case_id: int) -> int:
    """Seal every event of a case from scratch (events from before sealing existed).
    Call inside a transaction. Returns how many events were sealed."""
    prev, count = GENESIS, 0
    for ev in Event.select().where(Event.case == case_id).order_by(Event.id):
        new_hash = link_hash(prev, content(ev))
        _set_seal(ev.id, prev, new_hash)
        prev, count = new_hash, count + 1
    ChainHead.delete().where(ChainHead.case == case_id).execute()
    ChainHead.create(case=case_id, head_hash=prev, event_count=count, sealed_at=clock.now())
    return count


def after_create(event: Event) -> None:
    """Hook for db.events.create_event (inside its transaction): append to the chain."""
    head = ChainHead.get_or_none(ChainHead.case == event.case_id)
    if head is None:
        seal_case(event.case_id)
        return
    new_hash = link_hash(head.head_hash, content(event))
    _set_seal(event.id, head.head_hash, new_hash)
    event.seal_prev, event.seal_hash = head.head_hash, new_hash
    _set_head(event.case_id, new_hash, 1)


@dataclass
class Change:
    """An event as it was before an edit or delete (from before_change)."""

    event_id: int
    case_id: int
    action: str
    old_hash: str | None
    old_prev: str
    intact: bool
    before: dict = field(default_factory=dict)
    row: dict = field(default_factory=dict)


def before_change(event: Event, action: str = "edit") -> Change:
    """Hook: call before changing or deleting `event` (inside the transaction)."""
    event = Event.get_by_id(event.id)  # the stored seal, not a stale copy
    return Change(event.id, event.case_id, action, event.seal_hash, event.seal_prev or GENESIS, _intact(event),
                  before=content(event),
                  row={"kind": event.kind, "desk_id": event.desk_id, "occurred_at": event.occurred_at,
                       "summary": event.summary, "body": event.body})


def _revision(change: Change) -> None:
    EventRevision.create(case=change.case_id, event_id=change.event_id, action=change.action,
                         changed_at=clock.now(), seal_hash=change.old_hash, **change.row)


def after_change(change: Change, *, keep_revision: bool = True) -> None:
    """Hook: the event was saved. Keep what it said before, re-seal, move later links along."""
    event = Event.get_by_id(change.event_id)
    now_content = content(event)
    if now_content == change.before and event.desk_id == change.row["desk_id"]:
        return
    if keep_revision:
        _revision(change)
    if not change.intact or change.old_hash is None:
        return  # a mismatch found before this edit stays visible
    new_hash = link_hash(change.old_prev, now_content)
    _set_seal(event.id, change.old_prev, new_hash)
    _propagate(event.case_id, event.id, change.old_hash, new_hash)


def after_delete(change: Change) -> None:
    """Hook: the event was deleted. Its successor now links to its predecessor."""
    _revision(change)
    head = ChainHead.get_or_none(ChainHead.case == change.case_id)
    if head is not None:
        _set_head(change.case_id, head.head_hash, -1)
    if change.old_hash is not None:
        _propagate(change.case_id, change.event_id, change.old_hash, change.old_prev)


def revisions(event_id: int) -> list[EventRevision]:
    """What an entry said before each edit, newest first."""
    return list(EventRevision.select().where(EventRevision.event_id == event_id)
                .order_by(EventRevision.id.desc()))


@dataclass
class Problem:
    code: str  # changed | unlinked | unsealed | removed_last | count
    event_id: int | None
    message: str


@dataclass
class Verification:
    case_id: int
    checked: int
    head: str
    problems: list[Problem]
    sealed_now: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {"case_id": self.case_id, "ok": self.ok, "events_checked": self.checked, "head": self.head,
                "sealed_now": self.sealed_now,
                "problems": [{"code": p.code, "event_id": p.event_id, "message": p.message} for p in self.problems]}


def chain_rows(case_id: int) -> list[dict]:
    """The stored chain, in order, for the bundle manifest."""
    return [{"event_id": i, "prev": p or GENESIS, "hash": h}
            for i, p, h in Event.select(Event.id, Event.seal_prev, Event.seal_hash)
            .where(Event.case == case_id).order_by(Event.id).tuples()]


def verify_case(case_id: int) -> Verification:
    """Recompute the chain of a case and list every mismatch. A case from before
    sealing existed (no head yet) is sealed now and reported as such."""
    from . import cases
    from .models import database

    with database.atomic():
        cases.get_case(case_id)
        head = ChainHead.get_or_none(ChainHead.case == case_id)
        events = list(Event.select().where(Event.case == case_id).order_by(Event.id))
        if head is None:
            sealed = seal_case(case_id) if events else 0
            head = ChainHead.get(ChainHead.case == case_id) if events else None
            return Verification(case_id, len(events), head.head_hash if head else GENESIS, [], sealed_now=sealed)
    problems: list[Problem] = []
    expected = GENESIS
    for ev in events:
        if ev.seal_hash is None:
            problems.append(Problem("unsealed", ev.id, f"Event {ev.id} was added outside the app (it has no seal)."))
            continue
        if (ev.seal_prev or GENESIS) != expected:
            problems.append(Problem("unlinked", ev.id,
                                    f"The link before event {ev.id} is broken: an earlier event was removed or its seal changed."))
        if link_hash(ev.seal_prev or GENESIS, content(ev)) != ev.seal_hash:
            problems.append(Problem("changed", ev.id, f"Event {ev.id} was changed outside the app."))
        expected = ev.seal_hash
    if head.head_hash != expected:
        problems.append(Problem("removed_last", None, "The newest sealed event is missing or its seal was changed."))
    elif head.event_count != len(events):
        problems.append(Problem("count", None,
                                f"The case had {head.event_count} sealed events; {len(events)} are there now."))
    return Verification(case_id, len(events), expected, problems)
