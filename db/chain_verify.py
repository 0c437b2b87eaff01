"""Verifying a case's timeline chain and the explicit sealing step (db/chain.py has the
format and the links; docs/integrity.md says what it proves)."""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from .chain import (
    _DELETED, GENESIS, STATE_ACTIONS, _conn, _head_row, _moment, append, clean_fingerprint, differing, entries,
    fingerprint, fingerprint_msg, last_states, link_hash, when,
)
from .labels import Join, Msg, Plain

log = logging.getLogger("casekeeper.db.chain")


@dataclass
class Problem:
    code: str        # see db/texts/integrity.py chain.problem.*
    event_id: int | None = None
    seq: int | None = None      # the link where it was found
    values: dict = field(default_factory=dict)

    @property
    def msg(self) -> Msg:
        values = dict(self.values)
        if "fields" in values:
            values["fields"] = Join([field_label(f) for f in values["fields"]])
        if "at" in values:
            values["at"] = when(_moment(values["at"].replace("T", " ")), None)
        return Msg("chain.problem." + self.code, event=self.event_id, seq=self.seq, **values)

    @property
    def message(self) -> str:
        return str(self.msg)

    def as_note(self) -> dict:
        return {"code": self.code, "event": self.event_id, "seq": self.seq, **self.values}

    @classmethod
    def from_note(cls, note: dict) -> "Problem":
        values = {k: v for k, v in note.items() if k not in ("code", "event", "seq")}
        return cls(note.get("code", "?"), note.get("event"), note.get("seq"), values)

    def as_dict(self, lang: str = "en") -> dict:
        return {"code": self.code, "event_id": self.event_id, "seq": self.seq, "message": self.msg.text(lang)}


def field_label(name: str) -> Msg:
    from .labels import tables

    key = "chain.field." + name
    return Msg(key) if key in tables()["en"] else Plain(name)


@dataclass
class Seal:
    """A sealing step found in the chain."""

    seq: int
    at: datetime | None
    reason: str       # upgrade | by_hand | bench
    accepted: list[Problem]
    earlier: dict | None = None    # upgrade: what the check of the older chain found

    def msg(self, zone: tzinfo | None = None) -> Msg:
        return Msg("chain.seal." + self.reason, at=when(self.at, zone), count=len(self.accepted))


@dataclass
class Verification:
    case_id: int
    checked: int             # entries of the case now
    links: int               # links in the chain
    head: str                # hash of the newest link ("" when there is none)
    at: datetime | None      # time of the newest link
    problems: list[Problem]
    accepted: list[Problem] = field(default_factory=list)   # breaks a sealing step accepted
    seals: list[Seal] = field(default_factory=list)
    matched: int | None = None      # the link a given fingerprint named
    matched_at: datetime | None = None
    matched_fingerprint: str = ""
    since: dict | None = None       # what happened after it: {created, edited, deleted, sealed}

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.head)

    def fingerprint_msg(self, zone: tzinfo | None = None) -> Msg:
        return fingerprint_msg(self.head, self.checked, self.at, zone)

    def as_dict(self, lang: str = "en") -> dict:
        return {"case_id": self.case_id, "ok": self.ok, "events_checked": self.checked, "links": self.links,
                "head": self.head, "fingerprint": self.fingerprint,
                "sealed_at": self.at.isoformat() if self.at else None,
                "problems": [p.as_dict(lang) for p in self.problems],
                "accepted": [p.as_dict(lang) for p in self.accepted],
                "seals": [{"seq": s.seq, "at": s.at.isoformat() if s.at else None, "reason": s.reason,
                           "message": s.msg().text(lang)} for s in self.seals],
                "fingerprint_link": self.matched, "since_fingerprint": self.since}


def _walk(rows, case_id: int):
    """Check every link; returns (problems, accepted, seals, states, last seq, last hash, links list)."""
    problems: list[Problem] = []
    accepted: list[Problem] = []
    seals: list[Seal] = []
    states: dict[int, object] = {}
    expected, prev, count = 1, GENESIS, 0
    walked = []
    for seq, event_id, action, at, content, prev_stored, digest in rows:
        count += 1
        if seq != expected:
            problems.append(Problem("link_missing", seq=seq, values={"first": expected, "last": seq - 1}))
        if prev_stored != prev:
            problems.append(Problem("unlinked", seq=seq))
        data = None
        try:
            data = json.loads(content)
        except ValueError:
            pass
        if link_hash(prev_stored, content) != digest or not isinstance(data, dict) or (
                data.get("case"), data.get("seq"), data.get("event"), data.get("action")) != (case_id, seq, event_id,
                                                                                               action):
            problems.append(Problem("link_changed", event_id, seq))
        prev, expected = digest, seq + 1
        walked.append((seq, event_id, action, digest, at))
        if not isinstance(data, dict):
            continue
        note = data.get("note") or {}
        if event_id is not None and action in STATE_ACTIONS:
            states[event_id] = data.get("entry") or {}
        elif event_id is not None and action == "delete":
            states[event_id] = _DELETED
        if event_id is not None and note.get("outside") and action in ("edit", "delete"):
            fields = [f for f in note["outside"] if f != "*"]
            code = "edited_after_outside" if fields else "edited_unsealed"
            problems.append(Problem(code, event_id, seq, {"at": data.get("at", ""), "fields": fields}))
        if event_id is None and action == "seal":
            accepted += problems
            problems = []
            seals.append(Seal(seq, _moment(at), note.get("reason", "by_hand"),
                              [Problem.from_note(n) for n in note.get("accepted", [])], note.get("earlier")))
    return problems, accepted, seals, states, expected - 1, prev, count, walked


def _check(conn, case_id: int, *, files: bool, fingerprint_digits: str | None = None) -> Verification:
    rows = conn.execute("SELECT seq, event_id, action, at, content, prev, hash FROM chain_links WHERE case_id = ? "
                        "ORDER BY seq", (case_id,))
    problems, accepted, seals, states, last_seq, last_hash, count, walked = _walk(rows, case_id)
    current = entries(conn, "case_id = ?", (case_id,))
    at_row = conn.execute("SELECT at FROM chain_links WHERE case_id = ? ORDER BY seq DESC LIMIT 1",
                          (case_id,)).fetchone()
    head_row = _head_row(conn, case_id)
    if count == 0:
        if current:
            problems.append(Problem("never_sealed", values={"count": len(current)}))
        if head_row is not None:
            problems.append(Problem("head_mismatch"))
    else:
        if head_row is None:
            problems.append(Problem("head_missing"))
        elif (head_row[0], head_row[1]) != (last_seq, last_hash):
            problems.append(Problem("head_mismatch"))
        for event_id, entry in current.items():
            state = states.get(event_id)
            if state is None:
                problems.append(Problem("unsealed", event_id))
            elif state is _DELETED:
                problems.append(Problem("reappeared", event_id))
            elif state != entry:
                problems.append(Problem("changed", event_id, values={"fields": differing(state, entry)}))
        for event_id, state in states.items():
            if state is not _DELETED and event_id not in current:
                problems.append(Problem("removed", event_id))
    if files:
        problems += _file_problems(current)
    check = Verification(case_id, len(current), count, last_hash if count else GENESIS,
                         _moment(at_row[0]) if at_row else None, problems, accepted, seals)
    if fingerprint_digits is not None:
        _match_fingerprint(check, walked, fingerprint_digits)
    return check


def _file_problems(current: dict[int, dict]) -> list[Problem]:
    """Each stored attachment's bytes re-hashed (each blob once)."""
    from .attachments import blob_path

    seen: dict[str, str | None] = {}
    out = []
    for event_id, entry in current.items():
        for att in entry.get("attachments", []):
            sha = att.get("sha256", "")
            if sha not in seen:
                try:
                    path = blob_path(sha)
                except Exception:
                    path = None
                if path is None or not path.is_file():
                    seen[sha] = "attachment_missing"
                else:
                    digest = hashlib.sha256()
                    with open(path, "rb") as fh:
                        while chunk := fh.read(1 << 20):
                            digest.update(chunk)
                    seen[sha] = None if digest.hexdigest() == sha else "attachment_changed"
            if seen[sha]:
                out.append(Problem(seen[sha], event_id, values={"name": att.get("name", "")}))
    return out


def _match_fingerprint(check: Verification, walked: list, digits: str) -> None:
    """A fingerprint names a link: the chain must still lead through it, with no break and no
    sealing step at or after it."""
    hit = next((link for link in walked if link[3].startswith(digits)), None)
    if hit is None:
        check.problems.append(Problem("fingerprint_unknown", values={"fingerprint": fingerprint(digits)}))
        return
    found = hit[0]
    check.matched, check.matched_at, check.matched_fingerprint = found, _moment(hit[4]), fingerprint(digits)
    breaks = [p for p in check.accepted + check.problems if p.seq is not None and p.seq <= found
              and p.code in ("link_missing", "unlinked", "link_changed")]
    if breaks:
        check.problems.append(Problem("fingerprint_broken", seq=found, values={"fingerprint": fingerprint(digits)}))
    later_seals = [s for s in check.seals if s.seq > found]
    if later_seals:
        check.problems.append(Problem("fingerprint_sealed", seq=later_seals[0].seq,
                                      values={"fingerprint": fingerprint(digits),
                                              "at": later_seals[0].at.strftime("%Y-%m-%dT%H:%M:%SZ")
                                              if later_seals[0].at else ""}))
    since = {"created": 0, "edited": 0, "deleted": 0, "sealed": 0}
    key = {"create": "created", "edit": "edited", "delete": "deleted", "seal": "sealed"}
    for seq, event_id, action, _digest, _at in walked:
        if seq > found and event_id is not None and action in key:
            since[key[action]] += 1
    check.since = since


def verify_case(case_id: int, *, files: bool = True, fingerprint: str | None = None) -> Verification:
    """Recompute the chain of a case and list every break. Never writes. `files`: re-hash the
    stored attachment bytes. `fingerprint`: a fingerprint given earlier (see module doc)."""
    from . import cases

    cases.get_case(case_id)
    digits = clean_fingerprint(fingerprint) if fingerprint is not None else None
    return _check(_conn(), case_id, files=files, fingerprint_digits=digits)


# ----------------------------------------------------------------------------- sealing
@dataclass
class SealResult:
    case_id: int
    accepted: list[Problem]
    entries: int      # entries whose state was sealed
    seq: int          # the newest link after sealing (0: nothing was needed)


def seal(conn, case_id: int, reason: str, *, note: dict | None = None, earlier: list | None = None) -> SealResult:
    """An explicit sealing step on `conn` (a transaction is the caller's): accept the current
    state of every entry the chain does not match (added, changed or removed outside the app,
    or never sealed) and every break found so far, recorded as one seal link followed by a link
    per entry. `earlier`: links [(event id, entry, note)] kept from an older edit history.
    Does nothing when the chain already verifies (apart from attachment files)."""
    check = _check(conn, case_id, files=False)
    if check.ok and not earlier:
        return SealResult(case_id, [], 0, 0)
    current = entries(conn, "case_id = ?", (case_id,))
    record = {"reason": reason, "accepted": [p.as_note() for p in check.problems], **(note or {})}
    items: list[tuple] = [(None, "seal", None, record)]
    items += [(event_id, "earlier", entry, n) for event_id, entry, n in earlier or []]
    known = last_states(conn, case_id, list(current)) if check.links else {}
    sealed = 0
    for event_id, entry in current.items():
        if known.get(event_id) != entry:
            items.append((event_id, "seal", entry, None))
            sealed += 1
    removed = [p.event_id for p in check.problems if p.code == "removed"]
    items += [(event_id, "delete", None, None) for event_id in removed]
    seq = append(conn, case_id, items, move_head=True)
    log.info("sealed case %s (%s): %d entries, %d problems accepted", case_id, reason, sealed, len(check.problems))
    return SealResult(case_id, check.problems, sealed, seq)


def seal_case(case_id: int, reason: str = "by_hand") -> SealResult:
    """The explicit sealing step (File > Verify timeline > Seal, `casekeeper seal CASE`)."""
    from . import cases
    from .models import database

    with database.atomic():
        cases.get_case(case_id)
        return seal(_conn(), case_id, reason)


def seal_all(conn, reason: str) -> int:
    """Seal every case that has entries the chain does not match (bench data, an upgrade)."""
    done = 0
    for (case_id,) in conn.execute("SELECT id FROM cases ORDER BY id").fetchall():
        if seal(conn, case_id, reason).seq:
            done += 1
    return done
