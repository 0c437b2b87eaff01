"""import, verify, search, export: evidence in and reports out (no Qt).

The export formats are listed in db/export_formats.py; none of them needs Qt (the PDF
report is typeset by Typst, db/report_pdf.py)."""
from __future__ import annotations

import sys
from pathlib import Path

from .. import export_formats, labels, mail_desks, mail_import, search, settings
from ..errors import InvalidInput
from ..labels import Msg
from ..paths import resolve_data_dir
from .common import case_id, number, open_db, print_json, record_id


def register(sub) -> None:
    p = sub.add_parser("import", help="import .eml / mbox files into a case")
    p.add_argument("case_id", metavar="CASE_ID", type=case_id)
    p.add_argument("files", metavar="FILE", nargs="+")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--limit-mb", type=number("--limit-mb", 0.001, 4096), metavar="MB",
                   help=f"size limit per message/attachment (default: setting {mail_import.SETTING} or "
                        f"{mail_import.DEFAULT_LIMIT_MB})")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("mail-rule", help="which mail addresses or domains belong to a desk")
    p.add_argument("action", choices=["list", "add", "remove"])
    p.add_argument("target", metavar="DESK_ID|RULE_ID", type=record_id)
    p.add_argument("pattern", nargs="?", metavar="ADDRESS|@DOMAIN")
    p.set_defaults(func=cmd_mail_rule)

    p = sub.add_parser("search", help="search all cases")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--limit", type=number("--limit", 1, 10000, whole=True), default=50)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("export", help="write a case as a report: " + ", ".join(export_formats.names()))
    p.add_argument("case_id", metavar="CASE_ID", type=case_id)
    p.add_argument("--format", choices=export_formats.names(), default="md")
    p.add_argument("-o", "--output", metavar="PATH", required=True,
                   help="file to write; an existing file is replaced atomically, a symlink is followed, "
                        "a pipe or terminal (or - for standard output) gets the report as a stream")
    p.set_defaults(func=cmd_export)


def report_language(args) -> str:
    """--lang, else the UI language setting, else the system's."""
    return labels.language(args.lang or settings.get(resolve_data_dir(args.data_dir), "language"))


def cmd_import(args) -> int:
    open_db(args)
    lang = report_language(args)
    limit = int(args.limit_mb * 1024 * 1024) if args.limit_mb else None
    def so_far(path: str, count: int) -> None:  # a long mailbox: what is safely in already
        print(labels.Msg("mail.so_far", name=Path(path).name, count=count).text(lang), file=sys.stderr, flush=True)

    results = mail_import.import_files(case_id(args.case_id), args.files, lang=lang, limit=limit, on_commit=so_far)
    if args.json:
        print_json([r.as_dict(lang) for r in results])
    else:
        for r in results:
            print("\n".join(r.lines(lang)))
    return 0 if all(r.ok for r in results) else 1


def cmd_mail_rule(args) -> int:
    open_db(args)
    if args.action == "add":
        if not args.pattern:
            raise InvalidInput(Msg("cli.rule_needs_pattern"))
        rule = mail_desks.add_rule(args.target, args.pattern)
        print(f"Rule {rule.id}: mail from or to {rule.pattern} belongs to desk {rule.desk_id}.")
    elif args.action == "remove":
        mail_desks.remove_rule(args.target)
        print(f"Removed rule {args.target}.")
    else:
        for rule in mail_desks.list_rules(args.target):
            print(f"{rule.id:>5}  {rule.pattern}")
    return 0


def cmd_search(args) -> int:
    open_db(args)
    hits = search.search(args.query, limit=args.limit)
    if args.json:
        print_json([h.as_dict() for h in hits])
    else:
        for h in hits:
            where = f"event {h.event_id}" if h.event_id else h.source
            print(f"case {h.case_id} ({h.case_title}), {where}: {h.marked('[', ']')}")
    return 0


def cmd_export(args) -> int:
    open_db(args)
    cid = case_id(args.case_id)
    fmt = export_formats.by_name(args.format)
    path = fmt.write(cid, args.output, report_language(args))
    print(f"Wrote {path}", file=sys.stderr)
    return 0
