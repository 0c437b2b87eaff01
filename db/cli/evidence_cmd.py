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
from .words import h, in_language, of


def register(sub) -> None:
    p = sub.add_parser("import", help=h("cli.help.import"))
    p.add_argument("case_id", metavar="CASE_ID", type=case_id)
    p.add_argument("files", metavar="FILE", nargs="+")
    p.add_argument("--json", action="store_true", help=h("cli.help.json"))
    p.add_argument("--limit-mb", type=number("--limit-mb", 0.001, 4096), metavar="MB",
                   help=h("cli.help.import_limit", setting=mail_import.SETTING, default=mail_import.DEFAULT_LIMIT_MB))
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("mail-rule", help=h("cli.help.mail_rule"))
    p.add_argument("action", choices=["list", "add", "remove"])
    p.add_argument("target", metavar="DESK_ID|RULE_ID", type=record_id)
    p.add_argument("pattern", nargs="?", metavar="ADDRESS|@DOMAIN")
    p.set_defaults(func=cmd_mail_rule)

    p = sub.add_parser("search", help=h("cli.help.search"))
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--json", action="store_true", help=h("cli.help.json"))
    p.add_argument("--limit", type=number("--limit", 1, 10000, whole=True), default=50,
                   help=h("cli.help.search_limit"))
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("export", help=h("cli.help.export", formats=", ".join(export_formats.names())))
    p.add_argument("case_id", metavar="CASE_ID", type=case_id)
    p.add_argument("--format", choices=export_formats.names(), default="md", help=h("cli.help.export_format"))
    p.add_argument("-o", "--output", metavar="PATH", required=True,
                   help=h("cli.help.export_output"))
    p.set_defaults(func=cmd_export)


# Where a search hit was found (search.Hit.source), in words.
SOURCES = {"case": "cli.out.source.case", "desk": "cli.out.source.desk", "identifier": "cli.out.source.identifier",
           "event": "cli.out.source.event", "attachment": "cli.out.source.attachment",
           "resource": "cli.out.source.resource"}


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
    t = of(args)
    if args.action == "add":
        if not args.pattern:
            raise InvalidInput(Msg("cli.rule_needs_pattern"))
        rule = mail_desks.add_rule(args.target, args.pattern)
        print(t("cli.out.rule_added", id=rule.id, pattern=rule.pattern, desk=rule.desk_id))
    elif args.action == "remove":
        mail_desks.remove_rule(args.target)
        print(t("cli.out.rule_removed", id=args.target))
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
        t = of(args)
        for hit in hits:
            where = t("cli.out.hit_event", id=hit.event_id) if hit.event_id else t(SOURCES.get(hit.source, hit.source))
            print(t("cli.out.hit", id=hit.case_id, title=hit.case_title, where=where, text=hit.marked("[", "]")))
    return 0


def cmd_export(args) -> int:
    open_db(args)
    cid = case_id(args.case_id)
    fmt = export_formats.by_name(args.format)
    lang = report_language(args)   # "Wrote" in the report's language
    path = fmt.write(cid, args.output, lang)
    print(in_language(lang)("cli.out.wrote", path=path), file=sys.stderr)
    return 0
