"""One search across all cases: summaries, bodies, notes, desk names and
addresses, identifier values, resource notes and attachment names.

The index is an FTS5 table with the trigram tokenizer (m0005), kept in step by
triggers, so a Japanese word is found inside a sentence (no word breaks
needed). Trigrams need 3 characters: shorter queries fall back to LIKE, reading the
rows newest first and stopping at the limit (or at a time budget, see search()).

Bounded work against hostile records (issue 16): of a query, the first MAX_QUERY_CHARS
characters are read, and at most MAX_TERMS terms of at most MAX_TERM_CHARS characters each
(longer ones are cut: the match is a little looser); FTS5's snippet() is asked only for texts up to SNIPPET_MAX_CHARS (on a 120,000-character
record of one repeated letter it scores every window and takes minutes), longer texts get
a snippet cut here from the first SNIPPET_SCAN_CHARS characters only."""
from __future__ import annotations

import re
import time
from dataclasses import dataclass

from .models import database

START, END = "\ue000", "\ue001"   # highlight markers: private-use characters, never in real text
_CONTEXT = 40
RANK_AT_MOST = 5000   # more matches than this: newest first instead of best first (see search())
SLICE = 20_000        # rows per step of a short-word scan (a few ms each)
MAX_TERMS = 16
MAX_TERM_CHARS = 64
MAX_QUERY_CHARS = 65_536
SNIPPET_MAX_CHARS = 20_000
SNIPPET_SCAN_CHARS = 200_000


@dataclass
class Hit:
    source: str          # case | desk | identifier | event | attachment | resource
    case_id: int
    case_title: str
    event_id: int | None
    ref_id: int          # id of the row in its own table
    title: str
    snippet: str         # with START/END around each match

    def marked(self, start: str, end: str) -> str:
        return self.snippet.replace(START, start).replace(END, end)

    def as_dict(self, start: str = "[", end: str = "]") -> dict:
        return {"source": self.source, "case_id": self.case_id, "case_title": self.case_title,
                "event_id": self.event_id, "id": self.ref_id, "title": self.title,
                "snippet": self.marked(start, end)}


def _terms(query: str) -> list[str]:
    terms = [t[:MAX_TERM_CHARS] for t in re.split(r"[\s\u3000]+", query[:MAX_QUERY_CHARS].strip())
             if t]
    return list(dict.fromkeys(terms))[:MAX_TERMS]


def _fts_query(terms: list[str]) -> str:
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _snippet(text: str, terms: list[str]) -> str:
    """A piece of `text` around the first match with every match marked (the LIKE path, and
    texts too long for FTS5's snippet). Looks at the first SNIPPET_SCAN_CHARS characters only,
    and marks matches inside the piece only: bounded work for any record."""
    more = len(text) > SNIPPET_SCAN_CHARS
    text = " ".join(text[:SNIPPET_SCAN_CHARS].split())
    lower = text.lower()
    firsts = [(i, i + len(t)) for t in terms if (i := lower.find(t.lower())) >= 0]
    if not firsts:
        return text[: _CONTEXT * 2] + ("…" if more or len(text) > _CONTEXT * 2 else "")
    first = min(firsts)
    lo = max(0, first[0] - _CONTEXT)
    hi = min(len(text), first[1] + _CONTEXT * 2)
    piece, low_piece = text[lo:hi], lower[lo:hi]
    spans = []
    for t in terms:
        start = 0
        while (i := low_piece.find(t.lower(), start)) >= 0:
            spans.append((i, i + len(t)))
            start = i + len(t)
    out, pos = [], 0
    for a, b in sorted(spans):
        if a < pos:
            continue
        out += [piece[pos:a], START, piece[a:b], END]
        pos = b
    out.append(piece[pos:])
    return ("…" if lo else "") + "".join(out) + ("…" if hi < len(text) or more else "")


_SELECT = """
SELECT s.source, s.case_id, c.title, s.event_id, s.rowid / 8, s.title, {snippet_title}, {snippet_text}
FROM search_index s JOIN cases c ON c.id = s.case_id
"""
# FTS5's snippet() for texts of a sensible length; for longer ones the text itself (substr:
# at most SNIPPET_SCAN_CHARS come back), cut by _snippet. CASE evaluates only the branch taken.
_BOUNDED = ("CASE WHEN length(s.{col}) <= {most} THEN snippet(search_index, {n}, '{start}', '{end}', '…', {tokens}) "
            "ELSE '{long}' || substr(s.{col}, 1, {scan}) END")
_LONG = "\ue002"   # marks a text handed back whole (too long for snippet())


class Results(list):
    """The hits (a list), and whether every row was looked at: a search of short words with
    a time budget may stop early (then the hits are those of the newest entries)."""

    complete = True


def search(query: str, *, limit: int = 100, case_id: int | None = None, budget: float | None = None) -> Results:
    """Hits for every term of `query` (AND), best first; all cases unless case_id is given.
    Words of 3 characters or more go through the trigram index. A query of only 1-2 character
    words reads the rows newest first; with `budget` (seconds) it stops after about that long
    with what it found in the newest entries (`Results.complete` False)."""
    terms = _terms(query)
    if not terms:
        return Results()
    scope, args = ("AND s.case_id = ?", [case_id]) if case_id is not None else ("", [])
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    if long_terms and short_terms:
        # e.g. "請求書 返信": the index finds the rows for the long words, LIKE only checks those
        where = " AND ".join("(s.title LIKE ? ESCAPE '\\' OR s.text LIKE ? ESCAPE '\\')" for _ in short_terms)
        params = [p for t in short_terms for p in (_like(t), _like(t))]
        sql = _SELECT.format(snippet_title="s.title", snippet_text="s.text") + \
            f"WHERE search_index MATCH ? AND {where} {scope} ORDER BY s.rowid DESC LIMIT ?"
        rows = database.execute_sql(sql, [_fts_query(long_terms), *params, *args, limit]).fetchall()
        return Results(_hit(r, terms) for r in rows)
    if all(len(t) >= 3 for t in terms):
        match = _fts_query(terms)
        # bm25 ranks every match before LIMIT applies: tens of ms for a word found 40,000 times.
        # Past RANK_AT_MOST matches relevance says little anyway; the newest come first instead.
        found = database.execute_sql(   # counted only up to RANK_AT_MOST + 1: a common word stops early
            f"SELECT count(*) FROM (SELECT 1 FROM search_index s WHERE search_index MATCH ? {scope} LIMIT ?)",
            [match, *args, RANK_AT_MOST + 1]).fetchone()[0]
        order = "rank" if found <= RANK_AT_MOST else "s.rowid DESC"
        bounded = dict(most=SNIPPET_MAX_CHARS, start=START, end=END, long=_LONG, scan=SNIPPET_SCAN_CHARS)
        sql = _SELECT.format(
            snippet_title=_BOUNDED.format(col="title", n=3, tokens=32, **bounded),
            snippet_text=_BOUNDED.format(col="text", n=4, tokens=48, **bounded),
        ) + f"WHERE search_index MATCH ? {scope} ORDER BY {order} LIMIT ?"
        rows = database.execute_sql(sql, [match, *args, limit]).fetchall()
        return Results(_hit(r, None, terms) for r in rows)
    return _scan_short(terms, scope, args, limit, budget)


def _scan_short(terms: list[str], scope: str, args: list, limit: int, budget: float | None) -> Results:
    """Words of 1-2 characters (the trigram index cannot help): every row is read, newest
    first, in slices of SLICE rows, so the scan stops at `limit` hits, or after `budget`
    seconds with the hits of the newest part (Results.complete is then False)."""
    where = " AND ".join("(s.title LIKE ? ESCAPE '\\' OR s.text LIKE ? ESCAPE '\\')" for _ in terms)
    params = [p for t in terms for p in (_like(t), _like(t))]
    sql = _SELECT.format(snippet_title="s.title", snippet_text="s.text") + \
        f"WHERE s.rowid > ? AND s.rowid <= ? AND {where} {scope} ORDER BY s.rowid DESC LIMIT ?"
    top = database.execute_sql("SELECT max(rowid) FROM search_index").fetchone()[0] or 0
    started = time.monotonic()
    out = Results()
    hi = top
    while hi > 0 and len(out) < limit:
        lo = max(0, hi - SLICE * 8)
        rows = database.execute_sql(sql, [lo, hi, *params, *args, limit - len(out)]).fetchall()
        out.extend(_hit(r, terms) for r in rows)
        hi = lo
        if hi > 0 and len(out) < limit and budget is not None and time.monotonic() - started > budget:
            out.complete = False
            break
    return out


def _hit(row, terms: list[str] | None, long_terms: list[str] | None = None) -> Hit:
    source, case_id, case_title, event_id, ref_id, title, snip_title, snip_text = row
    if terms is not None:  # LIKE path: mark it ourselves
        snip_title, snip_text = _snippet(snip_title or "", terms), _snippet(snip_text or "", terms)
    else:                  # FTS path: a text too long for snippet() came back whole
        if (snip_title or "").startswith(_LONG):
            snip_title = _snippet(snip_title[1:], long_terms or [])
        if (snip_text or "").startswith(_LONG):
            snip_text = _snippet(snip_text[1:], long_terms or [])
    snippet = snip_text if START in (snip_text or "") else snip_title
    if source == "attachment":
        snippet = snip_title
    return Hit(source, case_id, case_title, event_id, ref_id, title or "", " ".join((snippet or "").split()))
