"""Playbooks and the demo case: TOML files (docs/playbooks.md) turned into a case.

The whole file is checked before anything is written, and the case is created
in one transaction: a bad file leaves no half-made case."""
from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from . import cases, checklists, clock, desks, events, identifiers, resources
from .errors import InvalidInput
from .fields import BOOL, LIST, NUMBER, TABLE, TEXT, TEXTS, TIME
from .labels import Msg
from .models import Case, Deadline, database
from .timeutil import parse_iso

SUPPORTED_FORMAT = 1


def read(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError as exc:
        raise InvalidInput(Msg("playbook.no_file", path=path)) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InvalidInput(Msg("playbook.bad_toml", path=path, error=exc)) from exc
    except RecursionError as exc:   # arrays nested thousands deep
        raise InvalidInput(Msg("playbook.too_deep", path=path)) from exc
    except OSError as exc:
        raise InvalidInput(Msg("storage.cannot_read", path=path, error=exc.strerror or exc)) from exc
    if data.get("format") != SUPPORTED_FORMAT:
        raise InvalidInput(Msg("playbook.bad_format", path=path, format=data.get("format"), supported=SUPPORTED_FORMAT))
    return data


# What each table may hold (docs/playbooks.md): key -> type; the keys in REQUIRED must be there.
# The whole file is checked against this before anything is written, so a wrong type is a
# message naming the place, never a KeyError or AttributeError half-way. A case, its identifiers,
# desks and resources hold the fields their modules declare (db/fields.py), plus the keys that
# link them in the file.
SCHEMA = {
    "case": cases.FIELDS.schema(),
    "identifiers": {"key": TEXT, **identifiers.FIELDS.schema()},
    "desks": {"key": TEXT, **desks.FIELDS.schema(), "asks_for": TEXTS},
    "events": {"at": TIME, "desk": TEXT, "kind": TEXT, "summary": TEXT, "body": TEXT},
    "checklists": {"title": TEXT, "items": LIST},
    "checklist items": {"text": TEXT, "done": BOOL, "done_at": TIME},
    "closures": {"from": TEXT, "to": TEXT, "label": TEXT},
    "resources": resources.FIELDS.schema(),
    "deadlines": {"kind": TEXT, "title": TEXT, "desk": TEXT, "due_at": TIME, "state": TEXT, "days": NUMBER,
                  "business": BOOL, "counted_from": TIME, "notes": TEXT},
}
REQUIRED = {"identifiers": ("key", "name"), "desks": ("key", "name"), "events": ("at",),
            "checklists": ("title",), "checklist items": ("text",), "resources": ("name",)}
_FITS = {
    TEXT: lambda v: isinstance(v, str),
    NUMBER: lambda v: isinstance(v, int) and not isinstance(v, bool),
    BOOL: lambda v: isinstance(v, bool),
    TEXTS: lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
    TIME: lambda v: isinstance(v, (str, date)),    # TOML dates and date-times come as datetime/date
    LIST: lambda v: isinstance(v, list),
    TABLE: lambda v: isinstance(v, dict),
}
_TYPE_WORDS = {TEXT: "playbook.type.text", NUMBER: "playbook.type.number", BOOL: "playbook.type.bool",
               TEXTS: "playbook.type.texts", TIME: "playbook.type.time", LIST: "playbook.type.list",
               TABLE: "playbook.type.table"}


def _check_table(item, table: str, where: str) -> None:
    if not isinstance(item, dict):
        raise InvalidInput(Msg("playbook.wrong_type", where=where, name=table, expected=Msg("playbook.type.table")))
    for key in REQUIRED.get(table, ()):
        if key not in item:
            raise InvalidInput(Msg("playbook.missing_key", where=where, name=key))
    for key, kind in SCHEMA[table].items():
        if key in item and not _FITS[kind](item[key]):
            raise InvalidInput(Msg("playbook.wrong_type", where=where, name=key, expected=Msg(_TYPE_WORDS[kind])))


def check(data: dict) -> None:
    """Raise InvalidInput naming the first place where `data` does not fit SCHEMA."""
    if "case" in data:
        _check_table(data["case"], "case", "[case]")
    for table in ("identifiers", "desks", "events", "checklists", "resources", "deadlines"):
        items = data.get(table, [])
        if not isinstance(items, list):
            raise InvalidInput(Msg("playbook.not_a_list", name=table))
        for n, item in enumerate(items, 1):
            where = f"{table}[{n}]"
            _check_table(item, table, where)
            for sub, sub_table in (("items", "checklist items"), ("closures", "closures")):
                if table in ("checklists", "desks") and sub in SCHEMA[table]:
                    for m, entry in enumerate(item.get(sub, []), 1):
                        _check_table(entry, sub_table, f"{where}.{sub}[{m}]")


def _time(value, where: str):
    try:
        return parse_iso(str(value))
    except InvalidInput as exc:
        raise InvalidInput(Msg("playbook.at", where=where, error=exc.msg)) from exc


def create_case_from(data: dict, *, title: str | None = None):
    """Create a case from parsed playbook data; returns the Case."""
    check(data)
    info = data.get("case", {})
    fields = cases.FIELDS.from_playbook(info)
    named = fields.pop("title", "")
    with database.atomic():
        case = cases.create_case(
            title or named or "New case", **fields,
            opened_at=_time(info["opened_at"], "case.opened_at") if "opened_at" in info else clock.now(),
            closed_at=_time(info["closed_at"], "case.closed_at") if info.get("closed_at") else None,
        )
        ident_ids = {}
        for n, item in enumerate(data.get("identifiers", [])):
            fields = identifiers.FIELDS.from_playbook(item)
            ident = identifiers.create_identifier(case.id, fields.pop("name"), position=n, **fields)
            ident_ids[item["key"]] = ident.id
        desk_ids = {}
        for n, item in enumerate(data.get("desks", [])):
            try:
                asks = [ident_ids[k] for k in item.get("asks_for", [])]
            except KeyError as exc:
                raise InvalidInput(Msg("playbook.unknown_identifier", desk=item.get("key"), name=exc.args[0])) from exc
            try:
                # what the entry leaves out: a new desk's defaults; a calendar left out: the desk's
                # language's (a Japanese desk: Tokyo, JP holidays, the year-end closure; see
                # desks.create_desk), never a silent UTC for it
                fields = desks.FIELDS.from_playbook(item)
                desk = desks.create_desk(case.id, fields.pop("name"), asks_for=asks, position=n, **fields)
            except InvalidInput as exc:
                raise InvalidInput(Msg("playbook.in_desk", desk=item.get("key"), error=exc.msg)) from exc
            desk_ids[item["key"]] = desk.id
        for item in data.get("desks", []):
            ref = item.get("referred_by")
            if ref:
                if ref not in desk_ids:
                    raise InvalidInput(Msg("playbook.unknown_referrer", desk=item["key"], ref=ref))
                desks.update_desk(desk_ids[item["key"]], referred_by=desk_ids[ref])

        def desk_of(item):
            key = item.get("desk") or ""
            if key and key not in desk_ids:
                raise InvalidInput(Msg("playbook.unknown_desk", name=key, item=item.get("summary") or item.get("title")))
            return desk_ids.get(key)

        for item in data.get("events", []):
            events.create_event(
                case.id, item.get("kind", "note"), item.get("summary", ""), body=item.get("body", ""),
                occurred_at=_time(item["at"], "event time"), desk=desk_of(item),
            )
        for item in data.get("checklists", []):
            cl = checklists.create_checklist(case.id, item["title"])
            for entry in item.get("items", []):
                it = checklists.add_item(cl.id, entry["text"])
                if entry.get("done"):
                    at = _time(entry["done_at"], "done_at") if entry.get("done_at") else None
                    checklists.set_done(it.id, True, at)
        for item in data.get("resources", []):
            fields = resources.FIELDS.from_playbook(item)
            resources.create_resource(case.id, fields.pop("name"), **fields)
        for item in data.get("deadlines", []):
            _add_deadline(case.id, item, desk_of(item))
        if data.get("events"):     # "last activity" is the case's, not the moment of the import
            newest = max(_time(item["at"], "event time") for item in data["events"])
            Case.update(updated_at=newest).where(Case.id == case.id).execute()
            case.updated_at = newest
        return case


def _add_deadline(case_id: int, item: dict, desk_id: int | None) -> None:
    """A [[deadlines]] entry. One that the events already started (same kind, desk and
    due time, see db.deadlines) is completed with the entry's title and state, not doubled."""
    from . import deadlines

    kind = item.get("kind", "custom")
    due_at = _time(item["due_at"], "deadline due_at") if item.get("due_at") else None
    same = None
    if due_at is not None:
        same = (Deadline.select().where((Deadline.case == case_id) & (Deadline.kind == kind)
                                        & (Deadline.desk == desk_id) & (Deadline.due_at == due_at)).first())
    if same is None:
        rule = {}
        if item.get("days"):
            rule = {"days": item["days"], "business": bool(item.get("business", False)),
                    "counted_from": _time(item["counted_from"], "deadline counted_from")
                    if item.get("counted_from") else None}
        elif due_at is None:
            raise InvalidInput(Msg("playbook.deadline_needs_due", title=item.get("title")))
        same = deadlines.create_deadline(case_id, kind, item.get("title", ""), desk=desk_id, due_at=due_at,
                                         notes=item.get("notes", ""), **rule)
    if item.get("title"):
        deadlines.update_deadline(same.id, title=item["title"], notes=item.get("notes", same.notes))
    if item.get("state", "open") != same.state:
        deadlines.set_state(same.id, item.get("state", "open"))
        if same.satisfied_by_event_id is None and item.get("state") in ("done", "dismissed"):
            # when it ended: as the file says, else its due time (not the moment of the import)
            ended = _time(item["ended_at"], "deadline ended_at") if item.get("ended_at") else same.due_at
            Deadline.update(ended_at=ended).where(Deadline.id == same.id).execute()


def create_case_from_file(path: Path, *, title: str | None = None):
    return create_case_from(read(Path(path)), title=title)
