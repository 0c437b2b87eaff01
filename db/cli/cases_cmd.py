"""cases, show, demo, new."""
from __future__ import annotations

from .. import cases, labels
from ..timeutil import local
from .common import case_id, open_db, print_json
from .words import h, of, pad


def register(sub) -> None:
    p = sub.add_parser("cases", help=h("cli.help.cases"))
    p.add_argument("--json", action="store_true", help=h("cli.help.json"))
    p.set_defaults(func=cmd_cases)

    p = sub.add_parser("show", help=h("cli.help.show"))
    p.add_argument("case_id", metavar="CASE_ID", type=case_id)
    p.add_argument("--json", action="store_true", help=h("cli.help.json"))
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("demo", help=h("cli.help.demo"))
    p.add_argument("--language", choices=["en", "ja"], help=h("cli.help.demo_language"))
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("new", help=h("cli.help.new"))
    p.add_argument("title", nargs="?", help=h("cli.help.new_title"))
    p.add_argument("--provider", default="", help=h("cli.help.new_provider"))
    p.add_argument("--playbook", metavar="FILE", help=h("cli.help.playbook"))
    p.set_defaults(func=cmd_new)


def cmd_cases(args) -> int:
    open_db(args)
    from .. import serialize  # lazy: the window's start parses the command line too

    rows = [serialize.case_summary(c) for c in cases.list_cases()]
    if args.json:
        print_json(rows)
    else:
        t = of(args)
        for c in cases.list_cases():
            print(f"{c.id:>5}  {pad(t('status.' + c.status), 16)} {local(c.updated_at):%Y-%m-%d %H:%M}  "
                  + t("cli.out.title_provider", title=c.title, provider=c.provider))
    return 0


def cmd_show(args) -> int:
    open_db(args)
    from .. import serialize

    data = serialize.case_dict(case_id(args.case_id), labels.language(getattr(args, "lang", None)))
    if args.json:
        print_json(data)
        return 0
    t = of(args)
    print(t("cli.out.show_head", title=data["title"], status=t("status." + data["status"]), provider=data["provider"]))
    if data["summary"]:
        print(data["summary"])
    print("\n" + t("cli.out.section", title=t("desks"), count=len(data["desks"])))
    for d in data["desks"]:
        print(f"  {d['id']:>4}  {d['name']}  <{d['address']}>")
    print("\n" + t("cli.out.section", title=t("identifiers"), count=len(data["identifiers"])))
    for i in data["identifiers"]:
        print(f"  {i['name']}: {i['value'] or t('missing')}")
    print("\n" + t("cli.out.timeline", count=len(data["events"])))
    for e in data["events"]:
        print(f"  {e['occurred_at']}  {pad(t('kind.' + e['kind']), 11)} {e['summary']}")
    return 0


def cmd_demo(args) -> int:
    open_db(args)
    from .. import demo  # lazy: the window's start parses the command line too

    case = demo.add_demo_case(args.language or labels.language(getattr(args, "lang", None)))
    print(of(args)("cli.out.demo_added", id=case.id))
    return 0


def cmd_new(args) -> int:
    open_db(args)
    if args.playbook:
        from .. import playbook

        case = playbook.create_case_from_file(args.playbook, title=args.title)
    else:
        from ..validate import required_text

        case = cases.create_case(required_text(args.title, "field.case_title"), provider=args.provider)
    print(of(args)("cli.out.case_created", id=case.id, title=case.title))
    return 0
