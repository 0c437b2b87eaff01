"""compose: a message to a desk with what it wants (db/compose.py), for a script or another
mail tool. No Qt."""
from __future__ import annotations

from .. import compose, desks
from .common import case_id, open_db, print_json, record_id
from .evidence_cmd import report_language


def register(sub) -> None:
    p = sub.add_parser("compose", help="a message to a desk: to, subject (the desk's subject rule filled with the "
                                       "case's numbers), body, a mailto: link and the numbers still missing")
    p.add_argument("case_id", metavar="CASE_ID", type=case_id)
    p.add_argument("desk", metavar="DESK", help="the desk's id or exact name")
    p.add_argument("--template", metavar="NAME", help="one of the desk's message templates (default: its first)")
    p.add_argument("--reply-to", metavar="ENTRY_ID", type=record_id,
                   help="a timeline entry to answer: the subject is 'Re: ' and its subject unchanged")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_compose)


def cmd_compose(args) -> int:
    open_db(args)
    desk = desks.find_desk(args.case_id, args.desk)
    message = compose.compose(args.case_id, desk.id, template=args.template, reply_to=args.reply_to,
                              lang=report_language(args))
    if args.json:
        print_json(message.as_json())
        return 0
    print(f"To: {message.to}\nSubject: {message.subject}\n\n{message.body}")
    if message.missing:
        print("Missing: " + ", ".join(message.missing))
    print(message.mailto)
    return 0
