"""A case as a Markdown report a person can send (a lawyer, a consumer centre,
a blog, the provider's management): summary, desks and which identifiers each
asks for, the timeline with what was asked and what was answered, deadlines,
resources, checklists, outcome and the integrity check. Secrets never appear:
logins are not part of the report at all."""
from __future__ import annotations

import re
from datetime import tzinfo

from . import attachments, chain, clock, serialize
from .hours import display as display_hours
from .labels import text as label
from .text_bounds import in_pieces
from .timeutil import parse_iso

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


def _when(iso_text: str | None, zone: tzinfo | None) -> str:
    if not iso_text:
        return ""
    return parse_iso(iso_text).astimezone(zone).strftime("%Y-%m-%d %H:%M")


def zone_name(zone: tzinfo | None) -> str:
    moment = clock.now().astimezone(zone)
    return getattr(zone, "key", None) or moment.tzname() or "UTC"


def render(case_id: int, lang: str = "en", zone: tzinfo | None = None) -> str:
    """The report as Markdown text. Times are shown in `zone` (default: the user's)."""
    data = serialize.case_dict(case_id)
    t = lambda key, **kw: label(lang, key, **kw)  # noqa: E731
    desks = {d["id"]: d for d in data["desks"]}
    idents = {i["id"]: i for i in data["identifiers"]}
    out = [f"# {esc(t('report_title', title=data['title']))}", "",
           f"*{esc(t('generated', at=clock.now().astimezone(zone).strftime('%Y-%m-%d %H:%M'), zone=zone_name(zone)))}*",
           ""]
    facts = [(t("provider"), data["provider"]), (t("account"), data["account"]),
             (t("status"), t("status." + data["status"])), (t("opened"), _when(data["opened_at"], zone)),
             (t("closed"), _when(data["closed_at"], zone))]
    out += [f"- **{esc(k)}**: {esc(v)}" for k, v in facts if v] + [""]
    if data["summary"]:
        out += [f"## {t('summary')}", "", *quote(data["summary"]), ""]

    out += [f"## {t('desks')}", ""]
    for d in data["desks"]:
        out.append(f"### {esc(d['name'])}")
        out.append("")
        if d["address"]:
            out.append(f"- {t('address')}: {esc(d['address'])}")
        if d["hours"]:
            out.append(f"- {t('hours')}: {esc(display_hours(d['hours'], lang))} ({esc(d['timezone'])})")
        asks = [idents[i]["name"] for i in d["asks_for"] if i in idents]
        out.append(f"- {t('asks_for')}: {esc(', '.join(asks)) if asks else t('none')}")
        out.append("")

    out += [f"## {t('identifiers')}", ""]
    if data["identifiers"]:
        out += [f"| {t('identifiers')} | {t('value')} | {t('needed_by')} |", "|---|---|---|"]
        for i in data["identifiers"]:
            who = ", ".join(desks[d]["name"] for d in i["needed_by"] if d in desks)
            out.append(f"| {esc(i['name'])} | {esc(i['value']) or t('missing')} | {esc(who)} |")
    else:
        out.append(t("none"))
    out.append("")

    out += [f"## {t('timeline')}", ""]
    for e in data["events"]:
        desk = desks.get(e["desk_id"])
        head = f"### {_when(e['occurred_at'], zone)} · {t('kind.' + e['kind'])}"
        out += [head + (f" · {esc(desk['name'])}" if desk else ""), ""]
        if e["summary"]:
            out += [f"**{piece}**" for piece in in_pieces(esc(e["summary"])).split("\n")] + [""]
        if e["body"].strip():
            out += [*quote(e["body"]), ""]
        atts = attachments.list_attachments(e["id"])
        if atts:
            out.append(f"{t('attachments')}:")
            out += [f"- {esc(a.name)} ({attachments.human_size(a.size)}, SHA-256 `{a.sha256}`)" for a in atts]
            out.append("")

    if data["deadlines"]:
        out += [f"## {t('deadlines')}", ""]
        out += [f"- {_when(d['due_at'], zone)} {esc(d['title'])} "
                f"({t('done') if d['state'] == 'done' else t('open') if d['state'] == 'open' else esc(d['state'])})"
                for d in data["deadlines"]]
        out.append("")
    if data["resources"]:
        out += [f"## {t('resources')}", ""]
        for r in data["resources"]:
            moved = t("moved") if r["moved"] else t("not_moved")
            line = f"- **{esc(r['name'])}** ({esc(r['kind'])}): {t('state.' + r['state'])}, {moved}"
            out.append(line + (f" — {esc(r['notes'])}" if r["notes"] else ""))
        out.append("")
    if data["checklists"]:
        out += [f"## {t('checklists')}", ""]
        for cl in data["checklists"]:
            out += [f"### {esc(cl['title'])}", ""]
            out += [f"- [{'x' if it['done'] else ' '}] {esc(it['text'])}" for it in cl["items"]]
            out.append("")
    if data["outcome"]:
        out += [f"## {t('outcome')}", "", *quote(data["outcome"]), ""]

    check = chain.verify_case(case_id)
    out += [f"## {t('integrity')}", ""]
    if check.ok:
        out.append(esc(t("chain_ok", count=check.checked, head=check.head)))
    else:
        out.append(esc(t("chain_bad", problems="; ".join(
            t("problem." + p.code, event=p.event_id) for p in check.problems))))
    out.append("")
    return "\n".join(out)
