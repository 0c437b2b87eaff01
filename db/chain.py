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
from .models import ChainHead, Event, EventRevision

GENESIS = ""


_COLUMNS = "id, case_id, kind, occurred_at, created_at, summary, body, message_id, seal_prev, seal_hash"


@dataclass
class Row:
    """An event as stored (raw column text), with its attachments: what the seal covers."""

    id: int
    case_id: int
    kind: str
    occurred_at: str
    created_at: str
    summary: str
    body: str
    message_id: str | None
    seal_prev: str | None
    seal_hash: str | None
    attachments: list = field(default_factory=list)

    def content(self) -> dict:
        """The desk is left out: deleting a desk legitimately clears it on its events."""
        return {"id": self.id, "case": self.case_id, "kind": self.kind, "occurred_at": self.occurred_at,
                "created_at": self.created_at, "summary": self.summary, "body": self.body,
                "message_id": self.message_id, "attachments": self.attachments}

    def intact(self) -> bool:
        return self.seal_hash is not None and link_hash(self.seal_prev or GENESIS, self.content()) == self.seal_hash


def _rows(where: str, params: list) -> list[Row]:
    """Events (and their attachments, two queries in all) in chain order."""
    from .models import database

    rows = [Row(*r) for r in database.execute_sql(f"SELECT {_COLUMNS} FROM events WHERE {where} ORDER BY id", params)]
    by_id = {r.id: r for r in rows}
    if rows:
        atts = database.execute_sql(
            f"SELECT event_id, name, size, sha256 FROM attachments WHERE event_id IN "
            f"(SELECT id FROM events WHERE {where}) ORDER BY id", params)
        for event_id, name, size, sha in atts:
            by_id[event_id].attachments.append([name, size, sha])
    return rows


def case_rows(case_id: int, after_id: int = 0) -> list[Row]:
    return _rows("case_id = ? AND id > ?", [case_id, after_id])


def row(event_id: int) -> Row:
    (r,) = _rows("id = ?", [event_id])
    return r


def content(event: Event) -> dict:
    """What the seal of `event` covers, as stored."""
    return row(event.id).content()


def link_hash(prev: str, data: dict) -> str:
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(f"{prev}\n{blob}".encode("utf-8")).hexdigest()


def _set_seal(event_id: int, prev: str, new_hash: str) -> None:
    Event.update(seal_prev=prev, seal_hash=new_hash).where(Event.id == event_id).execute()


def _set_seals(updates: list[tuple[str, str, int]]) -> None:
    """[(prev, hash, event id)] in one statement."""
    from .models import database

    if updates:
        database.connection().executemany("UPDATE events SET seal_prev = ?, seal_hash = ? WHERE id = ?", updates)


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
    updates: list[tuple[str, str, int]] = []
    reached_end = True
    for ev in case_rows(case_id, after_id):
        if ev.seal_prev != old_link:
            reached_end = False
            break
        if not ev.intact():  # altered outside the app: keep the link coherent, leave its seal mismatched
            updates.append((new_link, ev.seal_hash, ev.id))
            reached_end = False
            break
        new_hash = link_hash(new_link, ev.content())
        updates.append((new_link, new_hash, ev.id))
        old_link, new_link = ev.seal_hash, new_hash
    _set_seals(updates)
    head = ChainHead.get_or_none(ChainHead.case == case_id)
    if reached_end and head is not None and head.head_hash == old_link:
        ChainHead.update(head_hash=new_link, sealed_at=clock.now()).where(ChainHead.case == case_id).execute()


def seal_case(case_id: int) -> int:
    """Seal every event of a case from scratch (events from before sealing existed).
    Call inside a transaction. Returns how many events were sealed."""
    prev, updates = GENESIS, []
    for ev in case_rows(case_id):
        new_hash = link_hash(prev, ev.content())
        updates.append((prev, new_hash, ev.id))
        prev = new_hash
    _set_seals(updates)
    ChainHead.delete().where(ChainHead.case == case_id).execute()
    ChainHead.create(case=case_id, head_hash=prev, event_count=len(updates), sealed_at=clock.now())
    return len(updates)


def after_create(event: Event) -> None:
    """Hook for db.events.create_event (inside its transaction): append to the chain."""
    head = ChainHead.get_or_none(ChainHead.case == event.case_id)
    if head is None:
        seal_case(event.case_id)
        return
    new_hash = link_hash(head.head_hash, row(event.id).content())
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
    stored = row(event.id)  # the stored seal, not a stale copy
    return Change(event.id, event.case_id, action, stored.seal_hash, stored.seal_prev or GENESIS, stored.intact(),
                  before=stored.content(),
                  row={"kind": event.kind, "desk_id": event.desk_id, "occurred_at": event.occurred_at,
                       "summary": event.summary, "body": event.body})


def _revision(change: Change) -> None:
    EventRevision.create(case=change.case_id, event_id=change.event_id, action=change.action,
                         changed_at=clock.now(), seal_hash=change.old_hash, **change.row)


def after_change(change: Change, *, keep_revision: bool = True) -> None:
    """Hook: the event was saved. Keep what it said before, re-seal, move later links along."""
    event = Event.get_by_id(change.event_id)
    now_content = row(event.id).content()
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
        count = Event.select().where(Event.case == case_id).count()
        if head is None:
            sealed = seal_case(case_id) if count else 0
            head = ChainHead.get(ChainHead.case == case_id) if count else None
            return Verification(case_id, count, head.head_hash if head else GENESIS, [], sealed_now=sealed)
        rows = case_rows(case_id)
    problems: list[Problem] = []
    expected = GENESIS
    for ev in rows:
        if ev.seal_hash is None:
            problems.append(Problem("unsealed", ev.id, f"Event {ev.id} was added outside the app (it has no seal)."))
            continue
        if (ev.seal_prev or GENESIS) != expected:
            problems.append(Problem("unlinked", ev.id, f"The link before event {ev.id} is broken: "
                                                       "an earlier event was removed or its seal changed."))
        if link_hash(ev.seal_prev or GENESIS, ev.content()) != ev.seal_hash:
            problems.append(Problem("changed", ev.id, f"Event {ev.id} was changed outside the app."))
        expected = ev.seal_hash
    if head.head_hash != expected:
        problems.append(Problem("removed_last", None, "The newest sealed event is missing or its seal was changed."))
    elif head.event_count != count:
        problems.append(Problem("count", None, f"The case had {head.event_count} sealed events; {count} are there now."))
    return Verification(case_id, count, expected, problems)
