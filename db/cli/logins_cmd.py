"""login list / set / forget. The secret is read from standard input (or a hidden
prompt on a terminal), never from an argument, and is never printed."""
from __future__ import annotations

import getpass
import sys

from .. import cases, logins
from ..errors import InvalidInput
from .common import case_id, open_db, print_json


def register(sub) -> None:
    p = sub.add_parser("login", help="logins of a case (secrets stay in the OS keyring)")
    login_sub = p.add_subparsers(dest="login_command", metavar="ACTION", required=True)

    q = login_sub.add_parser("list", help="list the logins of a case (never the secrets)")
    q.add_argument("case_id", metavar="CASE_ID")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(func=cmd_list)

    q = login_sub.add_parser(
        "set", help="add or change a login; the secret is read from standard input",
        description="Add the login LABEL to the case, or change it. The secret is read from standard input "
                    "(one line; on a terminal, a hidden prompt) and saved only in the OS keyring.")
    q.add_argument("case_id", metavar="CASE_ID")
    q.add_argument("label", metavar="LABEL")
    q.add_argument("--user", required=True, metavar="NAME", help="user name at the desk or portal")
    q.add_argument("--url", metavar="URL", help="where to log in")
    q.add_argument("--desk", metavar="DESK_ID", type=int, help="the desk this login belongs to")
    q.set_defaults(func=cmd_set)

    q = login_sub.add_parser("forget", help="delete a login and its keyring entry")
    q.add_argument("login_id", metavar="LOGIN_ID")
    q.set_defaults(func=cmd_forget)


def login_row(login) -> dict:
    return {"id": login.id, "label": login.label, "username": login.username, "url": login.url,
            "desk_id": login.desk_id, "backend": login.keyring_backend or None}


def cmd_list(args) -> int:
    open_db(args)
    cid = case_id(args.case_id)
    cases.get_case(cid)
    rows = [login_row(lg) for lg in logins.list_logins(cid)]
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        where = f"  [{r['backend']}]" if r["backend"] else "  [no secret]"
        print(f"{r['id']:>5}  {r['label']}  {r['username']}  {r['url']}{where}")
    return 0


def read_secret(label: str) -> str:
    if sys.stdin.isatty():
        secret = getpass.getpass(f"Secret for {label} (hidden): ")
    else:
        secret = sys.stdin.read()
        if secret.endswith("\n"):
            secret = secret[:-2] if secret.endswith("\r\n") else secret[:-1]
    if not secret:
        raise InvalidInput("No secret on standard input; nothing was saved.")
    return secret


def cmd_set(args) -> int:
    open_db(args)
    cid = case_id(args.case_id)
    cases.get_case(cid)
    secret = read_secret(args.label)
    login, created = logins.set_login(cid, args.label, username=args.user, secret=secret, url=args.url,
                                      desk=args.desk)
    verb = "Added" if created else "Updated"
    print(f"{verb} login {login.id} ({login.label}); the secret is in {login.keyring_backend}.")
    return 0


def cmd_forget(args) -> int:
    open_db(args)
    try:
        login_id = int(args.login_id)
    except ValueError:
        raise InvalidInput(f"Not a login id: {args.login_id!r} (see `casekeeper login list CASE_ID`).") from None
    login = logins.get_login(login_id)
    logins.delete_login(login_id)
    print(f"Forgot login {login_id} ({login.label}) and its keyring entry.")
    return 0
