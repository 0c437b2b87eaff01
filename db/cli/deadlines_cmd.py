"""due, desks, ics: deadlines and desk hours from the command line."""
from __future__ import annotations

import argparse

from .. import cases, clock, deadlines, desk_calendar, desks, ics_export, labels, reminders
from ..errors import InvalidInput
from ..labels import Msg
from ..timeutil import local, parse_iso
from ..paths import resolve_data_dir
from .common import case_id, moment, number, open_db, print_json
from .words import h, of, pad


def register(sub) -> None:
    p = sub.add_parser("due", help=h("cli.help.due"))
    p.add_argument("--json", action="store_true", help=h("cli.help.json"))
    p.add_argument("--now", metavar="ISO", type=moment, help=h("cli.help.now"))
    p.add_argument("--within", metavar="DAYS", type=number("--within", 0, deadlines.MAX_WITHIN_DAYS),
                   help=h("cli.help.due_within"))
    p.set_defaults(func=cmd_due)

    p = sub.add_parser("desks", help=h("cli.help.desks"))
    p.add_argument("case_id", metavar="CASE_ID", type=case_id)
    p.add_argument("--json", action="store_true", help=h("cli.help.json"))
    p.add_argument("--now", metavar="ISO", type=moment, help=h("cli.help.now"))
    p.set_defaults(func=cmd_desks)

    p = sub.add_parser("ics", help=h("cli.help.ics"))
    p.add_argument("case_id", metavar="CASE_ID", nargs="?", type=case_id, help=h("cli.help.ics_case"))
    p.add_argument("-o", "--output", metavar="FILE", required=True, help=h("cli.help.ics_output"))
    p.add_argument("--slots", metavar="DAYS", type=number("--slots", 0, ics_export.MAX_SLOT_DAYS, whole=True),
                   default=0, help=h("cli.help.ics_slots", most=ics_export.MAX_SLOT_DAYS))
    p.add_argument("--now", metavar="ISO", type=moment, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_ics)


DEADLINE_KINDS = {"reply_window": "cli.out.deadline_kind.reply_window", "follow_up": "cli.out.deadline_kind.follow_up",
                  "inactivity": "cli.out.deadline_kind.inactivity", "custom": "cli.out.deadline_kind.custom"}


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
    t = of(args)
    if not items:
        print(t("cli.out.no_open_deadlines"))
    for i in items:
        print(f"{local(i.due_at):%Y-%m-%d %H:%M}  {pad(t('deadline.state.' + i.state), 8)} "
              f"{pad(t(DEADLINE_KINDS.get(i.kind, i.kind)), 13)} " + t("cli.out.case_item", id=i.case_id, title=i.title))
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
    t = of(args)
    for r in rows:
        if r["open_now"]:
            state = t("cli.out.desk_open_closes", at=r["closes_at"]) if r["closes_at"] else t("cli.out.desk_open")
        else:
            state = t("cli.out.desk_closed_reason", reason=r["closed_reason"]) if r["closed_reason"] \
                else t("cli.out.desk_closed")
            state = t("cli.out.desk_opens", state=state, at=r["next_open"]) if r["next_open"] else state
        print(f"{r['id']:>4}  {pad(r['name'], 36)} {state}")
    return 0


def cmd_ics(args) -> int:
    open_db(args)
    cid = case_id(args.case_id) if args.case_id is not None else None
    if cid is not None:
        cases.get_case(cid)
    n = ics_export.export(args.output, cid, slot_days=args.slots, now=_now(args),
                          lang=labels.language(getattr(args, "lang", None)),
                          offsets=reminders.user_offsets(resolve_data_dir(args.data_dir)))
    print(of(args)("cli.out.ics_written", count=n, path=args.output))
    return 0
