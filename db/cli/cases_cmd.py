"""cases, show, demo, new."""
from __future__ import annotations

from .. import cases
from ..timeutil import local
from .common import case_id, open_db, print_json


def register(sub) -> None:
    p = sub.add_parser("cases", help="list the cases")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_cases)

    p = sub.add_parser("show", help="show one case whole")
    p.add_argument("case_id", metavar="CASE_ID", type=case_id)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("demo", help="add the demo case (the story from the brief)")
    p.add_argument("--language", default="en", choices=["en", "ja"], help="language of the demo text")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("new", help="start a new case")
    p.add_argument("title", nargs="?", help="case title (default: from the playbook)")
    p.add_argument("--provider", default="")
    p.add_argument("--playbook", metavar="FILE", help="start from a playbook (docs/playbooks.md)")
    p.set_defaults(func=cmd_new)


def cmd_cases(args) -> int:
    open_db(args)
    from .. import serialize  # lazy: the window's start parses the command line too

    rows = [serialize.case_summary(c) for c in cases.list_cases()]
    if args.json:
        print_json(rows)
    else:
        for c in cases.list_cases():
            print(f"{c.id:>5}  {c.status:<16} {local(c.updated_at):%Y-%m-%d %H:%M}  {c.title}  ({c.provider})")
    return 0


def cmd_show(args) -> int:
    open_db(args)
    from .. import serialize

    from .. import labels

    data = serialize.case_dict(case_id(args.case_id), labels.language(getattr(args, "lang", None)))
    if args.json:
        print_json(data)
        return 0
    print(f"{data['title']}  [{data['status']}]  {data['provider']}")
    if data["summary"]:
        print(data["summary"])
    print(f"\nDesks ({len(data['desks'])}):")
    for d in data["desks"]:
        print(f"  {d['id']:>4}  {d['name']}  <{d['address']}>")
    print(f"\nIdentifiers ({len(data['identifiers'])}):")
    for i in data["identifiers"]:
        print(f"  {i['name']}: {i['value'] or '(missing)'}")
    print(f"\nTimeline ({len(data['events'])} events):")
    for e in data["events"]:
        print(f"  {e['occurred_at']}  {e['kind']:<11} {e['summary']}")
    return 0


def cmd_demo(args) -> int:
    open_db(args)
    from .. import demo  # lazy: the window's start parses the command line too

    case = demo.add_demo_case(args.language)
    print(f"Added the demo case as case {case.id}.")
    return 0


def cmd_new(args) -> int:
    open_db(args)
    if args.playbook:
        from .. import playbook

        case = playbook.create_case_from_file(args.playbook, title=args.title)
    else:
        from ..validate import required_text

        case = cases.create_case(required_text(args.title, "field.case_title"), provider=args.provider)
    print(f"Created case {case.id}: {case.title}")
    return 0
