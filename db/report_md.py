"""A case as a Markdown report a person can send (a lawyer, a consumer centre,
a blog, the provider's management): summary, desks and which identifiers each
asks for, the timeline with what was asked and what was answered, deadlines,
resources, checklists, outcome and the integrity check. What it says comes from
db/report_data.py (shared with the PDF report); this module only writes it as
Markdown. Secrets never appear: logins are not part of the report at all."""
from __future__ import annotations

import re
from datetime import tzinfo

from . import report_data
from .report_data import zone_name  # noqa: F401  (kept for callers)
from .text_bounds import in_pieces

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def esc(value) -> str:
    """Text safe inside a Markdown line (no accidental headings, links or HTML)."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(value or "").split()))


def quote(body: str) -> list[str]:
    """A multi-line text as a block quote that keeps its line breaks (a very long line is
    broken into pieces: text_bounds.in_pieces, so a renderer never lays out megabytes as one line)."""
    lines = [line.rstrip() for line in in_pieces((body or "").replace("\r\n", "\n").strip("\n")).split("\n")]
    out = []
    for n, line in enumerate(lines):
        if not line.strip():
            out.append(">")
            continue
        more = n + 1 < len(lines) and lines[n + 1].strip()
        out.append("> " + _SPECIAL.sub(r"\\\1", line) + ("\\" if more else ""))  # backslash: a hard line break
    return out


def render(case_id: int, lang: str = "en", zone: tzinfo | None = None) -> str:
    """The report as Markdown text. Times are shown in `zone` (default: the user's)."""
    return render_data(report_data.build(case_id, lang, zone))


def render_data(r: dict) -> str:
    """Markdown of a report built by db.report_data.build."""
    h = r["headings"]
    out = [f"# {esc(r['title'])}", "", f"*{esc(r['generated'])}*", "", f"*{esc(r['times'])}*", ""]
    out += [f"- **{esc(k)}**: {esc(v)}" for k, v in r["facts"]] + [""]
    if r["summary"]:
        out += [f"## {h['summary']}", "", *quote(r["summary"]), ""]

    out += [f"## {h['desks']}", ""]
    for d in r["desks"]:
        out += [f"### {esc(d['name'])}", ""]
        out += [f"- {esc(k)}: {esc(v)}" for k, v in d["lines"]] + [""]

    out += [f"## {h['identifiers']}", ""]
    if r["identifiers"]:
        cols = r["identifier_columns"]
        out += [f"| {cols[0]} | {cols[1]} | {cols[2]} |", "|---|---|---|"]
        out += [f"| {esc(i['name'])} | {esc(i['shown'])} | {esc(i['asked_by'])} |" for i in r["identifiers"]]
    else:
        out.append(r["none"])
    out.append("")

    out += [f"## {h['timeline']}", ""]
    for e in r["timeline"]:
        out += [f"### {esc(e['head'])}", ""]
        if e.get("desk_time"):
            out += [f"*{esc(e['desk_time'])}*", ""]
        if e["summary"]:
            out += [f"**{piece}**" for piece in in_pieces(esc(e["summary"])).split("\n")] + [""]
        if e["body"].strip():
            out += [*quote(e["body"]), ""]
        if e.get("attachments"):
            out.append(f"{h['attachments']}:")
            out += [f"- {esc(a['line'])}" for a in e["attachments"]]
            out.append("")
        if e.get("mail"):
            out += [f"- {esc(line)}" for line in e["mail"]] + [""]

    if r["deadlines"]:
        out += [f"## {h['deadlines']}", ""] + [f"- {esc(d)}" for d in r["deadlines"]] + [""]
    if r["resources"]:
        out += [f"## {h['resources']}", ""]
        out += [f"- **{esc(x['name'])}** ({esc(x['line'])})" + (f" — {esc(x['notes'])}" if x["notes"] else "")
                for x in r["resources"]]
        out.append("")
    if r["checklists"]:
        out += [f"## {h['checklists']}", ""]
        for cl in r["checklists"]:
            out += [f"### {esc(cl['title'])}", ""]
            out += [f"- [{'x' if it['done'] else ' '}] {esc(it['text'])}" for it in cl["items"]]
            out.append("")
    if r["outcome"]:
        out += [f"## {h['outcome']}", "", *quote(r["outcome"]), ""]
    out += [f"## {h['integrity']}", ""]
    for line in r["integrity"].split("\n"):
        out += [esc(line), ""]
    return "\n".join(out)
