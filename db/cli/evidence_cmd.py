"""import, verify, search, export: evidence in and reports out (no Qt).

`export --format pdf` is rendered by Qt: gui/main.py routes that one case to
gui/report_pdf.py before this module runs, so every other command stays Qt-free."""
from __future__ import annotations

import sys

from .. import chain, export, labels, mail_import, search, settings
from ..errors import InvalidInput
from ..paths import resolve_data_dir
from .common import case_id, open_db, print_json


def register(sub) -> None:
    p = sub.add_parser("import", help="import .eml / mbox files into a case")
    p.add_argument("case_id", metavar="CASE_ID")
    p.add_argument("files", metavar="FILE", nargs="+")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("verify", help="check the timeline's hash chain for changes made outside the app")
    p.add_argument("case_id", metavar="CASE_ID")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("search", help="search all cases")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("export", help="write a case as a report: md, pdf or bundle (zip with manifest)")
    p.add_argument("case_id", metavar="CASE_ID")
    p.add_argument("--format", choices=export.FORMATS, default="md")
    p.add_argument("-o", "--output", metavar="PATH", required=True)
    p.set_defaults(func=cmd_export)


def report_language(args) -> str:
    """--lang, else the UI language setting, else the system's."""
    return labels.language(args.lang or settings.load(resolve_data_dir(args.data_dir)).get("language"))


def cmd_import(args) -> int:
    open_db(args)
    lang = report_language(args)
    results = mail_import.import_files(case_id(args.case_id), args.files, lang=lang)
    if args.json:
        print_json([r.as_dict(lang) for r in results])
    else:
        for r in results:
            print("\n".join(r.lines(lang)))
    return 0 if all(r.ok for r in results) else 1


def cmd_verify(args) -> int:
    open_db(args)
    check = chain.verify_case(case_id(args.case_id))
    if args.json:
        print_json(check.as_dict())
    elif check.ok:
        extra = f" ({check.sealed_now} events from before sealing were sealed now)" if check.sealed_now else ""
        print(f"OK: {check.checked} events, nothing changed outside the app{extra}. Head {check.head}")
    else:
        print(f"CHANGED: {len(check.problems)} problem(s) in {check.checked} events:")
        for p in check.problems:
            print(f"  {p.message}")
    return 0 if check.ok else 1


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
    lang = report_language(args)
    if args.format == "md":
        path = export.export_markdown(cid, args.output, lang)
    elif args.format == "bundle":
        path = export.export_bundle(cid, args.output, lang)
    else:
        raise InvalidInput("PDF export needs the full app: run it as `casekeeper export ... --format pdf`.")
    print(f"Wrote {path}", file=sys.stderr)
    return 0
