"""What the case report says, as plain data in one language: every label, time and
word already rendered, so the Markdown report (db/report_md.py) and the PDF report
(db/report_pdf.py) say the same thing in the same words, and a test can look for
each text in either.

Times are shown in `zone` (the user's zone by default), and an entry at a desk that
works in another zone also carries the desk's own time. The words are the window's
("Received", "Observation", "Virtual machine"), from db/texts/report.py. Secrets never
appear: logins are not part of the report at all."""
from __future__ import annotations

import hashlib
from datetime import datetime, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import attachments, chain, chain_text, clock, forked, serialize
from .deadlines import display_title
from .desk_calendar import closure_label
from .hours import display as display_hours
from .labels import text as label
from .timeutil import parse_iso

TIME_FORMAT = "%Y-%m-%d %H:%M"
# A timeline longer than this is divided by month (in the report's zone): in the PDF each month
# starts a page under its own heading (a bookmark), which also lets Typst lay the months out in
# parallel (it does so only between explicit page breaks). The PDF numbers pages "n" rather than
# "n / total" from the same length (resources/report/report.typ).
MONTHS_FROM = 5000

def sniff_image(head: bytes) -> str | None:
    """The picture format of a file's first bytes, as Typst names it, or None (not a picture it reads)."""
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    return None


@lru_cache(maxsize=64)
def _zone(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def zone_name(zone: tzinfo | None) -> str:
    moment = clock.now().astimezone(zone)
    return getattr(zone, "key", None) or moment.tzname() or "UTC"


class Clock:
    """Formats moments in the reader's zone, and in a desk's zone where that differs."""

    def __init__(self, zone: tzinfo | None):
        self.zone = zone

    def when(self, value: datetime | str | None) -> str:
        if not value:
            return ""
        moment = parse_iso(value) if isinstance(value, str) else value
        return moment.astimezone(self.zone).strftime(TIME_FORMAT)

    def month(self, value: datetime | str) -> tuple[int, int]:
        moment = (parse_iso(value) if isinstance(value, str) else value).astimezone(self.zone)
        return moment.year, moment.month

    def desk_when(self, value: datetime | str | None, desk_zone: str) -> str:
        """The desk's own time ('2026-03-01 15:40 PST') when its offset differs from the reader's, else ''."""
        zone = _zone(desk_zone)
        if not value or zone is None:
            return ""
        moment = parse_iso(value) if isinstance(value, str) else value
        mine, theirs = moment.astimezone(self.zone), moment.astimezone(zone)
        if mine.utcoffset() == theirs.utcoffset():
            return ""
        return f"{theirs.strftime(TIME_FORMAT)} {theirs.tzname() or desk_zone}"


def deadline_title(d: dict, desk_name: str, lang: str) -> str:
    """A deadline's own title, or the rule's title in `lang` (as the window words it)."""
    return display_title(d.get("title") or "", d["kind"], desk_name, lang)


def deadline_state(d: dict, now: datetime, t, clk) -> str:
    """open / overdue, or how and when it ended ("answered late 2026-03-21 09:10")."""
    if d["state"] == "open":
        return t("deadline.state.overdue" if parse_iso(d["due_at"]) <= now else "deadline.state.open")
    what = t("deadline.outcome." + (d.get("outcome") or d["state"]))
    return t("deadline.ended", outcome=what, at=clk.when(d["ended_at"])) if d.get("ended_at") else what


def _image_of(att) -> dict:
    """Where a picture's bytes are, relative to the attachment store (for the PDF), or {}.
    The format comes from the bytes, not the name: a file that only claims to be a picture is listed, not shown."""
    if not attachments.is_image(att):
        return {}
    path = attachments.blob_path(att.sha256)
    try:
        with open(path, "rb") as fh:
            fmt = sniff_image(fh.read(16))
    except OSError:
        return {"image_missing": True}
    return {"image": f"{att.sha256[:2]}/{att.sha256}", "image_format": fmt} if fmt else {}


def mail_lines(mail: dict, t) -> list[str]:
    """An imported mail: its original, its DKIM check (with the key used) and the import's notes."""
    out = []
    if mail["original"]:
        out.append(f"{t('mail.original')}: {mail['original']['name']} (SHA-256 {mail['original']['sha256']})")
    dkim = mail["dkim"]
    line = dkim["text"]
    if dkim["key_record"]:
        digest = hashlib.sha256(dkim["key_record"].encode("utf-8")).hexdigest()  # the record itself is in the bundle
        line += f" — {t('dkim.key_used', name=dkim['selector'] + '._domainkey.' + dkim['domain'])} {digest}"
    out.append(line)
    if mail["notes"]:
        out.append(f"{t('mail.notes')}: " + "; ".join(n["text"] for n in mail["notes"]))
    return out


def by_month(moments: list, clk: Clock, t) -> list[dict]:
    """A long timeline's parts, one per month (in the reader's zone), titled "October 2025" /
    "2025年10月". Each names the entries it holds: [start, end)."""
    parts: list[dict] = []
    current = None
    for i, moment in enumerate(moments):
        month = clk.month(moment)
        if month != current:
            if parts:
                parts[-1]["end"] = i
            current = month
            parts.append({"title": t("timeline_month", year=month[0], name=t(f"month.{month[1]}")),
                          "start": i, "end": len(moments)})
    return parts


def _verify_in_child(case_id: int):
    from .connection import reconnect_in_child

    reconnect_in_child()
    return chain.verify_case(case_id)


def build(case_id: int, lang: str = "en", zone: tzinfo | None = None) -> dict:
    """The report of a case in `lang`, times in `zone` (default: the user's)."""
    # the integrity check (a 50,000-entry chain: ~0.7 s) runs beside the rest where it can
    checking = forked.start(_verify_in_child, case_id)
    data = serialize.case_dict(case_id, lang)
    t = lambda key, **kw: label(lang, key, **kw)  # noqa: E731
    clk = Clock(zone)
    desks = {d["id"]: d for d in data["desks"]}
    idents = {i["id"]: i for i in data["identifiers"]}
    zname = zone_name(zone)

    report = {
        "lang": lang,
        "title": t("report_title", title=data["title"]),
        "generated": t("generated", at=clk.when(clock.now()), zone=zname),
        "times": t("times", zone=zname),
        "headings": {k: t(k) for k in ("summary", "desks", "identifiers", "timeline", "deadlines", "resources",
                                       "checklists", "outcome", "integrity", "attachments")},
        "facts": [[k, v] for k, v in (
            (t("provider"), data["provider"]), (t("account"), data["account"]),
            (t("status"), t("status." + data["status"])), (t("opened"), clk.when(data["opened_at"])),
            (t("closed"), clk.when(data["closed_at"]))) if v],
        "summary": data["summary"] or "",
        "outcome": data["outcome"] or "",
    }

    report["desks"] = []
    for d in data["desks"]:
        lines = [[t("kind"), t("desk_kind." + d["kind"])]]
        if d["address"]:
            lines.append([t("address"), d["address"]])
        lines.append([t("hours"), f"{display_hours(d['hours'], lang)} ({d['timezone']})"])
        closed = [t("holidays", country=d["holidays"])] if d["holidays"] else []
        closed += [t("closure", start=c.get("from", ""), end=c.get("to", ""),
                     label=closure_label(c.get("label", ""), lang)) for c in d["closures"] or []]
        if closed:
            lines.append([t("closed_days"), "; ".join(closed)])
        asks = [idents[i]["name"] for i in d["asks_for"] if i in idents]
        lines.append([t("asks_for"), ", ".join(asks) if asks else t("none")])
        report["desks"].append({"name": d["name"], "lines": lines})

    report["identifier_columns"] = [t("identifiers"), t("value"), t("needed_by")]
    report["identifiers"] = [
        {"name": i["name"], "value": i["value"] or "", "shown": i["value"] or t("missing"),
         "asked_by": ", ".join(desks[d]["name"] for d in i["needed_by"] if d in desks)}
        for i in data["identifiers"]]
    report["none"] = t("none")
    report["image_missing"] = t("image_missing")

    by_event: dict[int, list] = {}
    for att in attachments.case_attachments(case_id):
        by_event.setdefault(att.event_id, []).append(att)
    entries, moments = [], []
    kinds: dict[str, str] = {}
    for e in data["events"]:
        desk = desks.get(e["desk_id"])
        at = parse_iso(e["occurred_at"])            # once: a case may have 50,000 entries
        moments.append(at)
        kind = kinds.get(e["kind"]) or kinds.setdefault(e["kind"], t("kind." + e["kind"]))
        head = [clk.when(at), kind] + ([desk["name"]] if desk else [])
        entry = {"head": " · ".join(head), "summary": e["summary"] or "", "body": e["body"] or ""}
        if desk:
            there = clk.desk_when(at, desk["timezone"])
            if there:
                entry["desk_time"] = t("desk_time", at=there)
                entry["line"] = t("head_desk_time", head=entry["head"], desk_time=entry["desk_time"])
        atts = by_event.get(e["id"])
        if atts:
            entry["attachments"] = [
                {"name": a.name, "sha256": a.sha256,
                 "line": t("attachment_line", name=a.name, size=attachments.human_size(a.size), sha=a.sha256),
                 **_image_of(a)}
                for a in atts]
        if e.get("mail"):
            entry["mail"] = mail_lines(e["mail"], t)
        entries.append(entry)
    report["timeline"] = entries
    in_months = len(entries) > MONTHS_FROM
    report["timeline_parts"] = by_month(moments, clk, t) if in_months else [{"title": "", "start": 0,
                                                                            "end": len(entries)}]
    report["page_of_total"] = not in_months      # pages numbered "n / total", else "n"

    report["deadlines"] = []
    now = clock.now()
    for d in data["deadlines"]:
        desk = desks.get(d["desk_id"])
        name = desk["name"] if desk else ""
        line = f"{clk.when(d['due_at'])} · {deadline_title(d, name, lang)} · {deadline_state(d, now, t, clk)}"
        there = clk.desk_when(d["due_at"], desk["timezone"]) if desk else ""
        report["deadlines"].append(line + (f" ({t('desk_time', at=there)})" if there else ""))

    report["resources"] = [
        {"name": r["name"],
         "line": f"{t('resource_kind.' + r['kind'])}: {t('state.' + r['state'])}, "
                 f"{t('moved') if r['moved'] else t('not_moved')}",
         "notes": r["notes"] or ""}
        for r in data["resources"]]
    report["checklists"] = [
        {"title": cl["title"], "items": [{"text": it["text"], "done": bool(it["done"])} for it in cl["items"]]}
        for cl in data["checklists"]]

    check = checking.result() if checking is not None else None
    if check is None:
        check = chain.verify_case(case_id)
    report["integrity"] = "\n".join(chain_text.report_lines(check, lang, zone))   # one paragraph a line
    return report
