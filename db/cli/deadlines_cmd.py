"""due, desks, ics: deadlines and desk hours from the command line."""
from __future__ import annotations

import argparse

from .. import cases, clock, deadlines, desk_calendar, desks, ics_export, labels, reminders, settings
from ..errors import InvalidInput
from ..labels import Msg
from ..timeutil import local, parse_iso
from ..paths import resolve_data_dir
from .common import case_id, moment, number, open_db, print_json


def register(sub) -> None:
    p = sub.add_parser("due", help="open deadlines of all cases, soonest first")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--now", metavar="ISO", type=moment, help="pretend it is this moment (ISO 8601)")
    p.add_argument("--within", metavar="DAYS", type=number("--within", 0, deadlines.MAX_WITHIN_DAYS),
                   help="only those due within DAYS (overdue always shown)")
    p.set_defaults(func=cmd_due)

    p = sub.add_parser("desks", help="the desks of a case: open now? closes at? next opens at?")
    p.add_argument("case_id", metavar="CASE_ID", type=case_id)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--now", metavar="ISO", type=moment, help="pretend it is this moment (ISO 8601)")
    p.set_defaults(func=cmd_desks)

    p = sub.add_parser("ics", help="export open deadlines as an iCalendar (.ics) file")
    p.add_argument("case_id", metavar="CASE_ID", nargs="?", type=case_id, help="only this case (default: all cases)")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="the .ics file to write")
    p.add_argument("--slots", metavar="DAYS", type=number("--slots", 0, ics_export.MAX_SLOT_DAYS, whole=True),
                   default=0, help=f"also the desks' opening slots of the next DAYS days (needs CASE_ID; "
                                   f"at most {ics_export.MAX_SLOT_DAYS})")
    p.add_argument("--now", metavar="ISO", type=moment, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_ics)


def _now(args):
    """--now as an aware moment (the `moment` argument type has checked it already)."""
    return parse_iso(args.now) if isinstance(args.now, str) else args.now


def _in_zone(value, zone) -> str | None:
    return None if value is None else value.astimezone(zone).isoformat(timespec="seconds")


def cmd_due(args) -> int:
    open_db(args)
    if args.within is not None and args.within < 0:
        raise InvalidInput(Msg("cli.within_negative"))
    items = deadlines.due(_now(args), args.within, lang=labels.language(getattr(args, "lang", None)))
    if args.json:
        print_json([{k: v for k, v in i.as_json().items() if k in
                     ("id", "case_id", "title", "kind", "due_at", "state", "desk_id")} for i in items])
        return 0
    if not items:
        print("No open deadlines.")
    for i in items:
        print(f"{local(i.due_at):%Y-%m-%d %H:%M}  {i.state:<8} {i.kind:<13} case {i.case_id}: {i.title}")
    return 0


def desk_status_json(desk, now) -> dict:
    cal = desk_calendar.for_desk(desk)
    st = cal.status(now)
    return {
        "id": desk.id, "name": desk.name, "kind": desk.kind, "timezone": desk.timezone,
        "open_now": st.open_now, "closes_at": _in_zone(st.closes_at, cal.zone),
        "next_open": _in_zone(st.next_open, cal.zone), "closed_reason": st.reason or None,
    }


def cmd_desks(args) -> int:
    open_db(args)
    cid = case_id(args.case_id)
    cases.get_case(cid)
    now = _now(args) or clock.now()
    rows = [desk_status_json(d, now) for d in desks.list_desks(cid)]
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        if r["open_now"]:
            state = "open" + (f", closes {r['closes_at']}" if r["closes_at"] else "")
        else:
            state = "closed" + (f" ({r['closed_reason']})" if r["closed_reason"] else "")
            state += f", opens {r['next_open']}" if r["next_open"] else ""
        print(f"{r['id']:>4}  {r['name']:<36} {state}")
    return 0


def cmd_ics(args) -> int:
    open_db(args)
    cid = case_id(args.case_id) if args.case_id is not None else None
    if cid is not None:
        cases.get_case(cid)
    n = ics_export.export(args.output, cid, slot_days=args.slots, now=_now(args),
                          lang=labels.language(getattr(args, "lang", None)),
                          offsets=reminders.offsets_of(settings.load(resolve_data_dir(args.data_dir))))
    print(f"Wrote {n} events to {args.output}.")
    return 0
