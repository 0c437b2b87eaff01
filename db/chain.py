"""The tamper-evident timeline: one append-only hash chain per case (docs/integrity.md).

Every change to a case's timeline appends a link to `chain_links`: an entry created,
edited (any sealed field: its time, desk, kind, texts, attachments) or deleted, and
every explicit sealing step. Links are never rewritten. A link's `content` is a
canonical JSON object (FORMAT below) holding every sealed field of the entry as stored,
and its `hash` is SHA-256 over `prev + "\\n" + content`, prev being the hash of the link
before it ("" for the first). `chain_heads` keeps the newest link's seq and hash.

`verify_case` recomputes every link, compares the newest state of each entry in the
chain with the database, re-hashes the stored attachment bytes, checks the head, and
never writes. Sealing (`seal_case`) is an explicit step, recorded in the chain itself:
it accepts what was changed outside the app (or what was never sealed) as the new
state; breaks found before it are listed as accepted from then on.

The head's first 16 hex digits are the timeline's fingerprint. A fingerprint given to
someone earlier names one link: `verify_case(..., fingerprint=F)` says whether the chain
still leads through that link, which recomputing the chain after a rewrite cannot fake.

Sealed fields are listed in one place: every column of `events` except NOT_SEALED, plus
the entry's attachments (ATTACHMENT_FIELDS) and its rows in ENTRY_TABLES (an imported
mail's DKIM check and import notes). A column added later is sealed from then on
(NULL and '' are left out of the content, so earlier links stay valid: give new columns
a NULL or '' default).
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone, tzinfo

from . import clock
from .labels import Msg

ALGORITHM = "casekeeper-chain-1"
GENESIS = ""
FINGERPRINT_DIGITS = 16
# Columns of `events` that are not sealed, and why. Every other column is.
NOT_SEALED = {
    "id": "the link names the entry (its \"event\" field)",
    "updated_at": "the time of the last save; each link carries its own time (\"at\")",
}
ATTACHMENT_FIELDS = ("name", "size", "sha256", "mime")
# More of an entry kept in other tables, one row per entry (by event_id), sealed under a key of
# the entry: every column of the table except the ones named here.
ENTRY_TABLES = {
    "mail": ("mail_originals", {"event_id": "the entry itself",
                                "attachment_id": "a row id; the original's bytes are sealed as an attachment"}),
}
STATE_ACTIONS = ("create", "edit", "seal")   # links that give an entry's state; "delete" removes it
FORMAT = {
    "algorithm": ALGORITHM,
    "hash": "SHA-256, lower-case hex",
    "link_hash": "sha256(utf8(prev + \"\\n\" + content)); prev is the previous link's hash, \"\" for link 1",
    "content": "JSON, keys sorted, separators ',' and ':', non-ASCII as UTF-8 (not escaped): "
               "{v: 1, case, seq (1, 2, ...), at (UTC, ISO 8601), action, event (entry id or null), "
               "entry (sealed fields or null), note (optional)}",
    "actions": "create, edit: the entry's state after the change; delete: the entry is gone; "
               "seal with an event: its state accepted by a sealing step; seal without an event: "
               "a sealing step (note: reason, accepted problems); earlier: a version kept from before "
               "the chain recorded edits (note: was, changed_at)",
    "entry": "every column of the entry as stored (times 'YYYY-MM-DD HH:MM:SS' UTC) except id and "
             "updated_at, NULL and empty text left out; attachments: [{name, size, sha256, mime}] in the "
             "order they were added; mail: an imported mail's DKIM check and import notes",
    "state": "an entry's state is the entry of its newest create/edit/seal link, unless a delete link follows",
    "fingerprint": f"the first {FINGERPRINT_DIGITS} hex digits of a link's hash (shown in groups of four)",
}


# ----------------------------------------------------------------------------- format
def canonical(data) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def link_hash(prev: str, content: str) -> str:
    return hashlib.sha256(f"{prev}\n{content}".encode("utf-8")).hexdigest()


def fingerprint(head: str) -> str:
    """'3f9a 1c2e 77b0 d4c1': the first 16 hex digits of a hash, in groups of four."""
    digits = (head or "")[:FINGERPRINT_DIGITS]
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


def clean_fingerprint(text: str) -> str:
    """The hex digits of a fingerprint as typed ('3F9A-1C2E 77b0…d4c1' -> '3f9a1c2e77b0d4c1')."""
    from .errors import InvalidInput

    digits = re.sub(r"[^0-9a-f]", "", (text or "").lower())
    if len(digits) < FINGERPRINT_DIGITS or len(digits) > 64:
        raise InvalidInput(Msg("chain.bad_fingerprint", text=text, digits=FINGERPRINT_DIGITS))
    return digits


def _stamp(moment: datetime) -> tuple[str, str]:
    """(ISO text for the content, storage text for the column) of a moment."""
    utc = moment.astimezone(timezone.utc).replace(microsecond=0)
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ"), utc.strftime("%Y-%m-%d %H:%M:%S")


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text[:19]).replace(tzinfo=timezone.utc) if text else None


# ----------------------------------------------------------------------------- entries as sealed
def _conn():
    from .models import database

    return database.connection()


def sealed_columns(conn) -> list[str]:
    return [row[1] for row in conn.execute("PRAGMA table_info(events)") if row[1] not in NOT_SEALED]


def entries(conn, where: str, params: list | tuple) -> dict[int, dict]:
    """{event id: its sealed fields} for the events matching `where` (two queries in all)."""
    cols = sealed_columns(conn)
    names = ", ".join(f'"{c}"' for c in cols)
    out: dict[int, dict] = {}
    for row in conn.execute(f"SELECT id, {names} FROM events WHERE {where}", params):
        out[row[0]] = {c: v for c, v in zip(cols, row[1:]) if v is not None and v != ""}
    if out:
        for event_id, *values in conn.execute(
                f"SELECT event_id, name, size, sha256, mime FROM attachments WHERE event_id IN "
                f"(SELECT id FROM events WHERE {where}) ORDER BY id", params):
            att = {k: v for k, v in zip(ATTACHMENT_FIELDS, values) if v is not None and v != ""}
            out[event_id].setdefault("attachments", []).append(att)
        for key, (table, skip) in ENTRY_TABLES.items():
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] not in skip]
            if not cols:
                continue   # a database from before that table
            names = ", ".join(f'"{c}"' for c in cols)
            for event_id, *values in conn.execute(
                    f'SELECT event_id, {names} FROM "{table}" WHERE event_id IN (SELECT id FROM events WHERE {where})',
                    params):
                out[event_id][key] = {c: v for c, v in zip(cols, values) if v is not None and v != ""}
    return out


def _ids_where(ids: list[int]) -> tuple[str, list]:
    return f"id IN ({', '.join('?' * len(ids))})", list(ids)


def _chunks(ids: list[int], size: int = 500):
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def entries_of(conn, ids: list[int]) -> dict[int, dict]:
    out: dict[int, dict] = {}
    for part in _chunks(list(ids)):
        out.update(entries(conn, *_ids_where(part)))
    return out


_DELETED = object()


def last_states(conn, case_id: int, ids: list[int]) -> dict[int, object]:
    """{event id: its entry in the newest state link, or _DELETED} for entries the chain knows."""
    states: dict[int, object] = {}
    for part in _chunks(list(ids)):
        marks = ", ".join("?" * len(part))
        for event_id, action, content in conn.execute(
                f"SELECT event_id, action, content FROM chain_links WHERE case_id = ? AND event_id IN ({marks}) "
                f"AND action != 'earlier' ORDER BY seq", [case_id, *part]):
            if action == "delete":
                states[event_id] = _DELETED
            else:
                try:
                    states[event_id] = json.loads(content).get("entry") or {}
                except (ValueError, AttributeError):
                    states[event_id] = None
    return states


def differing(old: dict | None, new: dict | None) -> list[str]:
    old, new = old or {}, new or {}
    return sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))


# ----------------------------------------------------------------------------- appending
def _last_link(conn, case_id: int) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM chain_links WHERE case_id = ? ORDER BY seq DESC LIMIT 1",
                       (case_id,)).fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def _head_row(conn, case_id: int):
    return conn.execute("SELECT seq, head_hash, event_count, sealed_at FROM chain_heads WHERE case_id = ?",
                        (case_id,)).fetchone()


def append(conn, case_id: int, items: list[tuple], *, move_head: bool = False) -> int:
    """Append links [(event id | None, action, entry | None, note | None)]; returns the new last seq.

    The head follows only when it was in step with the chain (or a sealing step moves it):
    a head that was removed or no longer matches stays that way, so the break stays visible."""
    if not items:
        return _last_link(conn, case_id)[0]
    at_iso, at_db = _stamp(clock.now())
    seq, prev = _last_link(conn, case_id)
    head = _head_row(conn, case_id)
    in_step = (head is None and seq == 0) or (head is not None and head[0] == seq and head[1] == prev)
    rows = []
    for event_id, action, entry, note in items:
        seq += 1
        body = {"v": 1, "case": case_id, "seq": seq, "at": at_iso, "action": action, "event": event_id,
                "entry": entry}
        if note:
            body["note"] = note
        content = canonical(body)
        digest = link_hash(prev, content)
        rows.append((case_id, seq, event_id, action, at_db, content, prev, digest))
        prev = digest
    conn.executemany("INSERT INTO chain_links (case_id, seq, event_id, action, at, content, prev, hash) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    if in_step or move_head:
        count = conn.execute("SELECT count(*) FROM events WHERE case_id = ?", (case_id,)).fetchone()[0]
        conn.execute("INSERT OR REPLACE INTO chain_heads (case_id, head_hash, event_count, sealed_at, seq) "
                     "VALUES (?, ?, ?, ?, ?)", (case_id, prev, count, at_db, seq))
    return seq


@dataclass
class Change:
    """Entries as they were before a change (from before_change), and what of them the
    chain did not know: fields changed outside the app since their last link."""

    case_id: int
    action: str
    before: dict[int, dict]
    outside: dict[int, list[str]] = field(default_factory=dict)

    @property
    def event_id(self) -> int:
        return next(iter(self.before))


def before_changes(case_id: int, ids: list[int], action: str = "edit") -> Change:
    """Hook: call inside the transaction before changing or deleting these entries of a case."""
    conn = _conn()
    before = entries_of(conn, ids)
    states = last_states(conn, case_id, list(before))
    outside = {}
    for event_id, entry in before.items():
        state = states.get(event_id)
        if state is None or state is _DELETED:
            outside[event_id] = ["*"]            # the chain never had it
        elif state != entry:
            outside[event_id] = differing(state, entry)
    return Change(case_id, action, before, outside)


def before_change(event, action: str = "edit") -> Change:
    return before_changes(event.case_id, [event.id], action)


def after_create(event) -> None:
    """Hook for db.events.create_event (inside its transaction): a create link."""
    conn = _conn()
    append(conn, event.case_id, [(event.id, "create", entries_of(conn, [event.id])[event.id], None)])


def after_change(change: Change, *, keep_revision: bool = True) -> None:
    """Hook: the entries were saved (text, time, desk, attachments). An edit link for each
    that changed; one found changed outside the app before says so in its note, so that
    stays visible. (keep_revision is accepted for older callers: every change is a link.)"""
    conn = _conn()
    now = entries_of(conn, list(change.before))
    items = []
    for event_id, before in change.before.items():
        after = now.get(event_id)
        if after is None or after == before:
            continue   # nothing changed in the app (a mismatch found before stays for verify to report)
        note = {"outside": change.outside[event_id]} if event_id in change.outside else None
        items.append((event_id, "edit", after, note))
    append(conn, change.case_id, items)


def after_delete(change: Change) -> None:
    """Hook: the entries were deleted: a delete link each."""
    items = [(event_id, "delete", None, {"outside": change.outside[event_id]} if event_id in change.outside else None)
             for event_id in change.before]
    append(_conn(), change.case_id, items)


# ----------------------------------------------------------------------------- reading
@dataclass
class Head:
    case_id: int
    hash: str
    seq: int
    entries: int
    at: datetime | None
    in_step: bool   # the head row exists and names the newest link

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.hash)

    def msg(self, zone: tzinfo | None = None) -> Msg:
        return fingerprint_msg(self.hash, self.entries, self.at, zone)


def head(case_id: int) -> Head | None:
    """The newest link of a case (two indexed reads; for the window and reports), None without links."""
    conn = _conn()
    seq, digest = _last_link(conn, case_id)
    if not seq:
        return None
    row = _head_row(conn, case_id)
    at = conn.execute("SELECT at FROM chain_links WHERE case_id = ? AND seq = ?", (case_id, seq)).fetchone()[0]
    entries_now = conn.execute("SELECT count(*) FROM events WHERE case_id = ?", (case_id,)).fetchone()[0]
    return Head(case_id, digest, seq, entries_now, _moment(at), row is not None and row[0] == seq and row[1] == digest)


def when(moment: datetime | None, zone: tzinfo | None = None) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M") if moment else ""


def fingerprint_msg(digest: str, entries_count: int, at: datetime | None, zone: tzinfo | None = None) -> Msg:
    """'Timeline fingerprint 3f9a 1c2e 77b0 d4c1, 28 entries, 2026-04-29 23:30'."""
    return Msg("chain.fingerprint_line", fingerprint=fingerprint(digest), entries=entries_count, at=when(at, zone))


@dataclass
class Link:
    seq: int
    event_id: int | None
    action: str
    at: datetime | None
    content: str
    prev: str
    hash: str

    def data(self) -> dict:
        return json.loads(self.content)

    def as_dict(self) -> dict:
        """As the bundle carries it (timeline-chain.jsonl): exactly what the hash covers."""
        return {"seq": self.seq, "prev": self.prev, "hash": self.hash, "content": self.content}


def links(case_id: int, conn=None) -> list[Link]:
    conn = conn or _conn()
    return [Link(seq, event_id, action, _moment(at), content, prev, digest)
            for seq, event_id, action, at, content, prev, digest in conn.execute(
                "SELECT seq, event_id, action, at, content, prev, hash FROM chain_links WHERE case_id = ? "
                "ORDER BY seq", (case_id,))]


@dataclass
class Revision:
    """What an entry said before a change (for the history dialog)."""

    action: str          # edit | delete
    changed_at: datetime | None
    kind: str
    desk_id: int | None
    occurred_at: datetime | None
    summary: str
    body: str
    outside: bool = False   # the change was made outside the app (accepted by a sealing step)


_SHOWN = ("kind", "desk_id", "occurred_at", "summary", "body")


def revisions(event_id: int) -> list[Revision]:
    """Earlier versions of an entry, newest first: each state that a later link replaced with
    different text, time, kind or desk (attachments have their own list)."""
    rows = [(action, at, json.loads(content)) for action, at, content in _conn().execute(
        "SELECT action, at, content FROM chain_links WHERE event_id = ? ORDER BY case_id, seq", (event_id,))]
    out: list[Revision] = []

    def rev(entry: dict, action: str, at, outside: bool = False) -> Revision:
        return Revision(action, at, entry.get("kind", ""), entry.get("desk_id"), _moment(entry.get("occurred_at")),
                        entry.get("summary", ""), entry.get("body", ""), outside)

    state = None
    for action, at, data in rows:
        entry = data.get("entry") or {}
        note = data.get("note") or {}
        if action == "earlier":
            out.append(rev(entry, note.get("was", "edit"), _moment(note.get("changed_at", "").replace("T", " "))))
            continue
        if action == "seal" and data.get("event") is None:
            continue
        if state is not None and (action == "delete" or any(state.get(k) != entry.get(k) for k in _SHOWN)):
            out.append(rev(state, "delete" if action == "delete" else "edit", _moment(at), action == "seal"))
        state = None if action == "delete" else entry
    return out[::-1]


# ----------------------------------------------------------------------------- verifying, sealing
def verify_case(case_id: int, *, files: bool = True, fingerprint: str | None = None):
    """Recompute the chain of a case and list every break; never writes (db/chain_verify.py)."""
    from .chain_verify import verify_case as run

    return run(case_id, files=files, fingerprint=fingerprint)


def seal_case(case_id: int, reason: str = "by_hand"):
    """The explicit sealing step (db/chain_verify.py)."""
    from .chain_verify import seal_case as run

    return run(case_id, reason)
