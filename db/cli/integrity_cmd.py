"""verify, seal: the timeline chain of a case (db/chain.py, docs/integrity.md). No Qt."""
from __future__ import annotations

from .. import chain, chain_text
from ..labels import Msg
from .common import case_id, open_db, print_json
from .evidence_cmd import report_language
from .words import h


def register(sub) -> None:
    p = sub.add_parser("verify", help=h("cli.help.verify"))
    p.add_argument("case_id", metavar="CASE_ID", type=case_id)
    p.add_argument("--fingerprint", metavar="F",
                   help=h("cli.help.fingerprint"))
    p.add_argument("--json", action="store_true", help=h("cli.help.json"))
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("seal", help=h("cli.help.seal"))
    p.add_argument("case_id", metavar="CASE_ID", type=case_id)
    p.add_argument("--json", action="store_true", help=h("cli.help.json"))
    p.set_defaults(func=cmd_seal)


def cmd_verify(args) -> int:
    open_db(args)
    lang = report_language(args)
    check = chain.verify_case(case_id(args.case_id), fingerprint=args.fingerprint)
    if args.json:
        print_json(check.as_dict(lang))
    else:
        print("\n".join(chain_text.verdict_lines(check, lang, limit=None) + chain_text.seal_lines(check, lang)))
    return 0 if check.ok else 1


def cmd_seal(args) -> int:
    open_db(args)
    lang = report_language(args)
    result = chain.seal_case(case_id(args.case_id))
    if args.json:
        print_json({"case_id": result.case_id, "sealed_entries": result.entries, "head_seq": result.seq,
                    "accepted": [p.as_dict(lang) for p in result.accepted]})
        return 0
    if not result.seq:
        print(Msg("chain.nothing_to_seal").text(lang))
        return 0
    print(Msg("chain.sealed", count=result.entries, seq=result.seq).text(lang))
    print("\n".join("- " + line for line in chain_text.problem_lines(result.accepted, lang)))
    return 0
