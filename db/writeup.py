"""A case as a write-up to publish (File > Publish write-up…, `casekeeper export CASE
--format writeup -o FILE.md|FILE.html`; docs/writeup.md).

The story in the reader's language: what happened, in order and desk by desk (how each desk
is reached, what it asks for, what it answered), the outcome, and what a reader can learn
(which desk wants which number, who sent you where, the desks' rules, the checklists).
Identifying values are masked (db/writeup_masks.py); the preview in the window lets the user
keep some. No logins' secrets, no attachments (a picture can show what no mask can see)."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path

from . import attachments, logins, serialize, settings
from .hours import display as display_hours
from .labels import text as label
from .timeutil import parse_iso
from .writeup_masks import Item, Masker, collect

SETTING = "writeup_extra_masks"     # {case id: [words the user asked to mask]}
_MAIL_HEADER = re.compile(r"^(From|To|Cc|Reply-To|Date|Subject):", re.IGNORECASE)
_OPEN, _CLOSE = "\x00", "\x01"


@dataclass
class Block:
    kind: str            # title | meta | h2 | h3 | p | entry | facts | table | list
    text: str = ""
    lines: list = field(default_factory=list)    # entry: body paragraphs; facts/list: lines; table: rows
    head: list = field(default_factory=list)     # table header
    label: str = ""      # entry: "2026-03-09 08:25 · We wrote"

    def texts(self):
        yield self.text
        yield self.label
        for line in self.lines:
            yield from (line if isinstance(line, list) else [line])


@dataclass
class Writeup:
    case_id: int
    lang: str
    title: str
    blocks: list[Block]
    items: list[Item]
    entries: int         # timeline entries told

    def masker(self, masked: set[str] | None = None) -> Masker:
        """Masks every item unless `masked` (item keys) says which."""
        return Masker(self.items, {i.key for i in self.items} if masked is None else set(masked))

    def markdown(self, masked: set[str] | None = None, limit: int | None = None) -> str:
        return to_markdown(self._shown(limit), self.masker(masked))

    def html(self, masked: set[str] | None = None, limit: int | None = None) -> str:
        return to_html(self._shown(limit), self.masker(masked), self.title, self.lang)

    def _shown(self, limit: int | None) -> list[Block]:
        """The blocks up to the `limit`-th timeline entry (the window's preview of a huge case)."""
        if limit is None or self.entries <= limit:
            return self.blocks
        out, seen = [], 0
        for block in self.blocks:
            if block.kind == "entry":
                seen += 1
                if seen > limit:
                    out.append(Block("p", label(self.lang, "writeup.preview_cut", count=self.entries - limit)))
                    break
            out.append(block)
        return out


def _paragraphs(text: str) -> list[str]:
    parts = re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n").strip())
    return [p.strip() for p in parts if p.strip()]


def story_body(kind: str, body: str) -> list[str]:
    """An entry's text as told: a mail's header lines, quoted lines and signature left out."""
    lines = (body or "").replace("\r\n", "\n").split("\n")
    if kind in ("sent", "received") and lines and _MAIL_HEADER.match(lines[0]):
        while lines and lines[0].strip():
            lines.pop(0)
    kept = []
    for line in lines:
        if line.rstrip() == "--":
            break
        if not line.lstrip().startswith(">"):
            kept.append(line)
    return _paragraphs("\n".join(kept))


def build(case_id: int, lang: str = "en", zone: tzinfo | None = None, extra: list[str] | None = None) -> Writeup:
    data = serialize.case_dict(case_id)
    t = lambda key, **kw: label(lang, key, **kw)  # noqa: E731
    when = lambda iso, fmt="%Y-%m-%d %H:%M": parse_iso(iso).astimezone(zone).strftime(fmt) if iso else ""  # noqa
    desks = {d["id"]: d for d in data["desks"]}
    idents = {i["id"]: i for i in data["identifiers"]}

    closed = when(data["closed_at"], "%Y-%m-%d") or t("writeup.still_open")
    blocks = [Block("title", data["title"]),
              Block("meta", t("writeup.meta", provider=data["provider"] or "—", opened=when(data["opened_at"],
                                                                                           "%Y-%m-%d"),
                              closed=closed, status=t("status." + data["status"])))]
    blocks += [Block("p", p) for p in _paragraphs(data["summary"])]

    blocks.append(Block("h2", t("writeup.what_happened")))
    current, introduced = object(), set()
    for event in data["events"]:
        desk = desks.get(event["desk_id"])
        if event["desk_id"] != current:
            current = event["desk_id"]
            place = desk["name"] if desk else t("writeup.my_side")
            blocks.append(Block("h3", f"{when(event['occurred_at'], '%Y-%m-%d')} · {place}"))
            if desk and desk["id"] not in introduced:
                introduced.add(desk["id"])
                blocks.append(_desk_facts(desk, desks, idents, t, lang))
        blocks.append(Block("entry", event["summary"], story_body(event["kind"], event["body"]),
                            label=f"{when(event['occurred_at'])} · {t('kind.' + event['kind'])}"))

    blocks.append(Block("h2", t("writeup.outcome")))
    blocks.append(Block("p", t("writeup.status_now", status=t("status." + data["status"]), closed=closed)))
    blocks += [Block("p", p) for p in _paragraphs(data["outcome"])]
    blocks += _lessons(data, desks, idents, t)
    blocks.append(Block("meta", t("writeup.footer")))

    mine = settings.get(attachments.data_dir(), "my_addresses")
    words = list(extra if extra is not None else saved_extra(case_id))
    texts = [text for block in blocks for text in block.texts()]
    items = collect(data, logins.list_logins(case_id), mine, texts, words)
    masker = Masker(items)
    masker.count(texts)
    shown = [i for i in items if i.count]
    return Writeup(case_id, lang, data["title"], blocks, shown, len(data["events"]))


def _desk_facts(desk: dict, desks: dict, idents: dict, t, lang: str) -> Block:
    lines = [t("writeup.reach", kind=t("writeup.desk_kind." + desk["kind"]),
               address=desk["address"] or t("writeup.no_address"))]
    if desk["hours"]:
        lines.append(t("writeup.hours", hours=display_hours(desk["hours"], lang), zone=desk["timezone"]))
    asks = [idents[i]["name"] for i in desk["asks_for"] if i in idents]
    lines.append(t("writeup.asks_for", names=t("sep.list").join(asks) if asks else t("writeup.nothing")))
    if desk["referred_by"] in desks:
        lines.append(t("writeup.referred_by", desk=desks[desk["referred_by"]]["name"]))
    lines += _paragraphs(desk["notes"])
    return Block("facts", lines=lines)


def _lessons(data: dict, desks: dict, idents: dict, t) -> list[Block]:
    out = [Block("h2", t("writeup.learn"))]
    if data["identifiers"]:
        out.append(Block("h3", t("writeup.numbers")))
        rows = [[i["name"], i["value"] or t("writeup.never_had"),
                 t("sep.list").join(desks[d]["name"] for d in i["needed_by"] if d in desks) or "—",
                 i["where_found"] or "—"] for i in data["identifiers"]]
        out.append(Block("table", head=[t("writeup.col_number"), t("writeup.col_looks"), t("writeup.col_desks"),
                                        t("writeup.col_where")], lines=rows))
    referrals = [t("writeup.referral", src=desks[d["referred_by"]]["name"], dst=d["name"])
                 for d in data["desks"] if d["referred_by"] in desks]
    if referrals:
        out += [Block("h3", t("writeup.referrals")), Block("list", lines=referrals)]
    rules = []
    for d in data["desks"]:
        if d["reply_window_days"]:
            unit = t("writeup.business_days" if d["reply_window_business"] else "writeup.days",
                     n=d["reply_window_days"])
            rules.append(t("writeup.rule_reply", desk=d["name"], days=unit))
        if d["follow_up_days"]:
            rules.append(t("writeup.rule_follow", desk=d["name"],
                           days=t("writeup.business_days", n=d["follow_up_days"])))
    if rules:
        out += [Block("h3", t("writeup.rules")), Block("list", lines=rules)]
    for checklist in data["checklists"]:
        out.append(Block("h3", checklist["title"]))
        out.append(Block("list", lines=[("☑ " if it["done"] else "☐ ") + it["text"] for it in checklist["items"]]))
    return out


# ----------------------------------------------------------------------------- rendering
def to_markdown(blocks: list[Block], masker: Masker) -> str:
    from .report_md import esc, quote

    m = lambda text: esc(masker.apply(text))  # noqa: E731
    out: list[str] = []
    for b in blocks:
        if b.kind == "title":
            out += [f"# {m(b.text)}", ""]
        elif b.kind in ("h2", "h3"):
            out += [("## " if b.kind == "h2" else "### ") + m(b.text), ""]
        elif b.kind == "meta":
            out += [f"*{m(b.text)}*", ""]
        elif b.kind == "p":
            out += [m(b.text), ""]
        elif b.kind == "entry":
            out += [f"**{m(b.label)}** — {m(b.text)}" if b.text else f"**{m(b.label)}**", ""]
            for para in b.lines:
                out += [*quote(masker.apply(para)), ""]
        elif b.kind in ("facts", "list"):
            out += [f"- {m(line)}" for line in b.lines] + [""]
        elif b.kind == "table":
            cells = lambda row: "| " + " | ".join(m(c) for c in row) + " |"  # noqa: E731
            out += [cells(b.head), "|" + "---|" * len(b.head)] + [cells(r) for r in b.lines] + [""]
    return "\n".join(out)


_CSS = ("body{font-family:system-ui,'Noto Sans CJK JP',sans-serif;max-width:46em;margin:2em auto;padding:0 1em;"
        "line-height:1.6;color:#222}h1{font-size:1.7em}h2{margin-top:2em;border-bottom:1px solid #ddd}"
        "h3{margin-top:1.5em}.meta{color:#666}.entry{margin:1em 0}.entry .when{color:#555;font-weight:bold}"
        "blockquote{margin:.4em 0 .4em 1em;padding-left:.8em;border-left:3px solid #ccc;white-space:pre-wrap}"
        ".facts{background:#f6f6f6;padding:.6em 1.2em;border-radius:4px;list-style:none}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;"
        "vertical-align:top}.masked{background:#eee;border-radius:2px}")


def to_html(blocks: list[Block], masker: Masker, title: str, lang: str) -> str:
    def m(text: str) -> str:
        clean = (text or "").replace(_OPEN, "").replace(_CLOSE, "")
        marked = html.escape(masker.apply(clean, lambda hidden: _OPEN + hidden + _CLOSE))
        return marked.replace(_OPEN, '<span class="masked">').replace(_CLOSE, "</span>")

    out = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
           f"<title>{m(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>"]
    for b in blocks:
        if b.kind == "title":
            out.append(f"<h1>{m(b.text)}</h1>")
        elif b.kind in ("h2", "h3"):
            out.append(f"<{b.kind}>{m(b.text)}</{b.kind}>")
        elif b.kind == "meta":
            out.append(f'<p class="meta">{m(b.text)}</p>')
        elif b.kind == "p":
            out.append(f"<p>{m(b.text)}</p>".replace("\n", "<br>\n"))
        elif b.kind == "entry":
            body = "".join(f"<blockquote>{m(p)}</blockquote>" for p in b.lines)
            out.append(f'<div class="entry"><span class="when">{m(b.label)}</span> — {m(b.text)}{body}</div>')
        elif b.kind in ("facts", "list"):
            cls = ' class="facts"' if b.kind == "facts" else ""
            out.append(f"<ul{cls}>" + "".join(f"<li>{m(line)}</li>" for line in b.lines) + "</ul>")
        elif b.kind == "table":
            head = "".join(f"<th>{m(c)}</th>" for c in b.head)
            rows = "".join("<tr>" + "".join(f"<td>{m(c)}</td>" for c in r) + "</tr>" for r in b.lines)
            out.append(f"<table><tr>{head}</tr>{rows}</table>")
    out.append("</body>\n</html>\n")
    return "\n".join(out)


# ----------------------------------------------------------------------------- files
def is_html(path) -> bool:
    return str(path).lower().endswith((".html", ".htm"))


def saved_extra(case_id: int) -> list[str]:
    """Words the user asked to mask in this case's write-ups (kept in settings.json)."""
    return [w for w in settings.get(attachments.data_dir(), SETTING).get(str(case_id), []) if w.strip()]


def save_extra(case_id: int, words: list[str]) -> None:
    data_dir = attachments.data_dir()
    values = settings.get(data_dir, SETTING)
    values[str(case_id)] = sorted({w.strip() for w in words if w.strip()})
    settings.save(data_dir, {SETTING: values})


def write(writeup: Writeup, path, masked: set[str] | None = None) -> Path:
    """Write Markdown, or HTML when the name ends in .html/.htm; `masked`: item keys (None: all)."""
    from .export import write_atomic

    text = writeup.html(masked) if is_html(path) else writeup.markdown(masked)
    return write_atomic(path, lambda fh: fh.write(text.encode("utf-8")))


def export_writeup(case_id: int, path, lang: str = "en", zone: tzinfo | None = None) -> Path:
    """The export format "writeup": everything masked (the window's preview lets the user keep items)."""
    return write(build(case_id, lang, zone), path)
