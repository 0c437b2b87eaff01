"""log, deadline list|add|edit|done|dismiss|snooze|reopen: what the window's Log contact
and Deadlines tab do, from the command line (no Qt)."""
from __future__ import annotations

import argparse
from datetime import timedelta

from .. import cases, clock, labels
from ..timeutil import iso, local, parse_iso
from .common import case_id, moment, number, open_db, print_json, record_id
from .words import h, of


def register(sub) -> None:
    p = sub.add_parser("log", help=h("cli.help.log"))
    p.add_argument("case_id", metavar="CASE_ID", type=case_id)
    p.add_argument("--kind", required=True, choices=["received", "sent", "call", "chat", "observation", "note"],
                   help=h("cli.help.log_kind"))
    p.add_argument("--text", required=True, help=h("cli.help.log_text"))
    p.add_argument("--summary", help=h("cli.help.log_summary"))
    p.add_argument("--desk", metavar="DESK", help=h("cli.help.desk"))
    p.add_argument("--at", metavar="ISO", help=h("cli.help.log_at"))
    reply = p.add_mutually_exclusive_group()
    reply.add_argument("--reply-within", metavar="N", help=h("cli.help.reply_within"))
    reply.add_argument("--reply-by", metavar="ISO", help=h("cli.help.reply_by"))
    p.add_argument("--json", action="store_true", help=h("cli.help.log_json"))
    p.set_defaults(func=cmd_log)

    p = sub.add_parser("deadline", help=h("cli.help.deadline"))
    dsub = p.add_subparsers(dest="deadline_command", metavar="ACTION", required=True)
    q = dsub.add_parser("list", help=h("cli.help.deadline_list"))
    q.add_argument("case_id", metavar="CASE_ID", nargs="?", type=case_id)
    q.add_argument("--json", action="store_true", help=h("cli.help.json"))
    q.set_defaults(func=cmd_list)
    q = dsub.add_parser("add", help=h("cli.help.deadline_add"))
    q.add_argument("case_id", metavar="CASE_ID", type=case_id)
    q.add_argument("--title", default="", help=h("cli.help.deadline_title"))
    q.add_argument("--kind", default="custom", choices=["custom", "inactivity", "reply_window", "follow_up"],
                   help=h("cli.help.deadline_kind"))
    q.add_argument("--desk", metavar="DESK", help=h("cli.help.desk"))
    q.add_argument("--due", metavar="ISO", help=h("cli.help.deadline_due"))
    q.add_argument("--days", type=number("--days", 0, 3650, whole=True), help=h("cli.help.deadline_days"))
    q.add_argument("--business", action="store_true", help=h("cli.help.deadline_business"))
    q.add_argument("--from", dest="counted_from", metavar="ISO", help=h("cli.help.deadline_from"))
    q.add_argument("--note", default="", help=h("cli.help.deadline_note"))
    q.add_argument("--json", action="store_true", help=h("cli.help.json"))
    q.set_defaults(func=cmd_add)
    q = dsub.add_parser("edit", help=h("cli.help.deadline_edit"))
    q.add_argument("deadline_id", metavar="ID", type=record_id)
    q.add_argument("--title", help=h("cli.help.deadline_title"))
    q.add_argument("--note", help=h("cli.help.deadline_note"))
    q.add_argument("--due", metavar="ISO", help=h("cli.help.deadline_due"))
    q.add_argument("--json", action="store_true", help=h("cli.help.json"))
    q.set_defaults(func=cmd_edit)
    for name, state, text in (("done", "done", "cli.help.deadline_done"),
                              ("dismiss", "dismissed", "cli.help.deadline_dismiss"),
                              ("reopen", "open", "cli.help.deadline_reopen")):
        q = dsub.add_parser(name, help=h(text))
        q.add_argument("deadline_id", metavar="ID", type=record_id)
        q.add_argument("--json", action="store_true", help=h("cli.help.json"))
        q.set_defaults(func=cmd_state, state=state)
    q = dsub.add_parser("snooze", help=h("cli.help.deadline_snooze"))
    q.add_argument("deadline_id", metavar="ID", type=record_id)
    when = q.add_mutually_exclusive_group()
    when.add_argument("--until", metavar="ISO", help=h("cli.help.snooze_until"))
    when.add_argument("--for", dest="for_", metavar="SPAN", help=h("cli.help.snooze_for"))
    when.add_argument("--off", action="store_true", help=h("cli.help.snooze_off"))
    q.add_argument("--json", action="store_true", help=h("cli.help.json"))
    q.set_defaults(func=cmd_snooze)
    for parser in (sub.choices["log"], *dsub.choices.values()):
        parser.add_argument("--now", metavar="ISO", type=moment, help=argparse.SUPPRESS)


GROUP_HEADINGS = {"overdue": "cli.out.group.overdue", "today": "cli.out.group.today", "week": "cli.out.group.week",
                  "later": "cli.out.group.later", "history": "cli.out.group.history"}   # deadline_lists.GROUPS


def _lang(args) -> str:
    return labels.language(getattr(args, "lang", None))


def _now(args):
    if getattr(args, "now", None):
        at = args.now
        clock.set_clock(lambda: at)
    return clock.now()


def _desk(cid: int, text: str | None):
    from .. import desks

    return desks.find_desk(cid, text).id if text else None


def _print_deadline(args, deadline_id: int) -> int:
    from .. import deadline_lists

    item = deadline_lists.row(deadline_id, _lang(args))
    if args.json:
        print_json(item.as_json(clock.now()))
    else:
        print(_with_ended(args, item, f"{item.id:>5}  {local(item.due_at):%Y-%m-%d %H:%M}  {item.title}"))
    return 0


def _with_ended(args, item, line: str) -> str:
    """A deadline's line, and how it ended when it has ("answered late 2026-03-21 09:10")."""
    from .. import deadline_lists

    ended = deadline_lists.ended_words(item, _lang(args))
    return of(args)("cli.out.with_ended", line=line, ended=ended) if ended else line


def cmd_log(args) -> int:
    from .. import deadlines, events, reply_by
    from ..models import Deadline

    open_db(args)
    _now(args)
    cid = case_id(args.case_id)
    cases.get_case(cid)
    desk = _desk(cid, args.desk)
    reply = None
    if args.reply_within is not None:
        reply = reply_by.parse_within(args.reply_within)
    elif args.reply_by is not None:
        reply = reply_by.ReplyBy(at=parse_iso(args.reply_by))
    text = args.text.replace("\r\n", "\n")
    summary = args.summary if args.summary is not None else text.strip().split("\n", 1)[0][:200]
    event = events.create_event(cid, args.kind, summary, body=text, desk=desk, reply=reply,
                                occurred_at=parse_iso(args.at) if args.at else None)
    started = Deadline.get_or_none(Deadline.source_event == event.id)
    if args.json:
        from .. import deadline_lists

        print_json({"id": event.id, "case_id": cid, "desk_id": event.desk_id, "kind": event.kind,
                    "occurred_at": iso(event.occurred_at), "summary": event.summary, "body": event.body,
                    "reply_by": reply_by.of_event(event).as_json(),
                    "deadline": deadline_lists.row(started.id, _lang(args)).as_json() if started else None})
        return 0
    t = of(args)
    if started is None:
        print(t("cli.out.logged", id=event.id))
    else:
        print(t("cli.out.logged_deadline", id=event.id, title=deadlines.title_of(started, _lang(args)),
                due=f"{local(started.due_at):%Y-%m-%d %H:%M}"))
    return 0


def cmd_list(args) -> int:
    from .. import deadline_lists

    open_db(args)
    now = _now(args)
    cid = case_id(args.case_id) if args.case_id else None
    if cid is not None:
        cases.get_case(cid)
    items = deadline_lists.rows(cid, lang=_lang(args))
    if args.json:
        print_json([i.as_json(now) for i in items])
        return 0
    t = of(args)
    groups = deadline_lists.grouped(items, now)
    for group, rows in groups.items():
        if not rows:
            continue
        print(t(GROUP_HEADINGS[group]))
        for i in rows:
            print(_with_ended(args, i, f"  {i.id:>5}  {local(i.due_at):%Y-%m-%d %H:%M}  "
                                       + t("cli.out.case_item", id=i.case_id, title=i.title)))
    if not items:
        print(t("cli.out.no_deadlines"))
    return 0


def cmd_add(args) -> int:
    from .. import deadlines

    open_db(args)
    _now(args)
    cid = case_id(args.case_id)
    fields = {"desk": _desk(cid, args.desk), "notes": args.note}
    if args.due:
        fields["due_at"] = parse_iso(args.due)
    if args.days:
        fields.update(days=args.days, business=args.business,
                      counted_from=parse_iso(args.counted_from) if args.counted_from else None)
    d = deadlines.create_deadline(cid, args.kind, args.title, **fields)
    return _print_deadline(args, d.id)


def cmd_edit(args) -> int:
    from .. import deadlines

    open_db(args)
    _now(args)
    fields = {}
    if args.title is not None:
        fields["title"] = args.title
    if args.note is not None:
        fields["notes"] = args.note
    if args.due is not None:
        fields["due_at"] = parse_iso(args.due)
    deadlines.update_deadline(args.deadline_id, **fields)
    return _print_deadline(args, args.deadline_id)


def cmd_state(args) -> int:
    from .. import deadlines

    open_db(args)
    _now(args)
    deadlines.set_state(args.deadline_id, args.state)
    return _print_deadline(args, args.deadline_id)


def cmd_snooze(args) -> int:
    from .. import deadlines, reminders

    open_db(args)
    now = _now(args)
    if args.off:
        until = None
    elif args.until:
        until = parse_iso(args.until)
    else:
        until = now + (reminders.parse_offset(args.for_) if args.for_ else timedelta(days=1))
    deadlines.snooze(args.deadline_id, until)
    return _print_deadline(args, args.deadline_id)
