"""compose: a message to a desk with what it wants (db/compose.py), for a script or another
mail tool. No Qt."""
from __future__ import annotations

from .. import compose, desks
from .common import case_id, open_db, print_json, record_id
from .evidence_cmd import report_language
from .words import h, in_language


def register(sub) -> None:
    p = sub.add_parser("compose", help=h("cli.help.compose"))
    p.add_argument("case_id", metavar="CASE_ID", type=case_id)
    p.add_argument("desk", metavar="DESK", help=h("cli.help.desk"))
    p.add_argument("--template", metavar="NAME", help=h("cli.help.template"))
    p.add_argument("--reply-to", metavar="ENTRY_ID", type=record_id,
                   help=h("cli.help.reply_to"))
    p.add_argument("--json", action="store_true", help=h("cli.help.json"))
    p.set_defaults(func=cmd_compose)


def cmd_compose(args) -> int:
    open_db(args)
    desk = desks.find_desk(args.case_id, args.desk)
    lang = report_language(args)   # the words around the message are in the message's language
    message = compose.compose(args.case_id, desk.id, template=args.template, reply_to=args.reply_to, lang=lang)
    if args.json:
        print_json(message.as_json())
        return 0
    t = in_language(lang)
    print(t("cli.out.mail_to", to=message.to), t("cli.out.mail_subject", subject=message.subject), "", message.body,
          sep="\n")
    if message.missing:
        print(t("cli.out.mail_missing", numbers=t("sep.list").join(message.missing)))
    print(message.mailto)
    return 0
