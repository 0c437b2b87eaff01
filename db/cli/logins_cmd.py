"""login list / set / forget. The secret is read from standard input (or a hidden
prompt on a terminal), never from an argument, and is never printed."""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from .. import cases, logins, secret_file
from ..errors import InvalidInput
from ..labels import Msg
from ..secrets import KeyringIsLocked
from .common import case_id, login_id, open_db, print_json, record_id


def register(sub) -> None:
    p = sub.add_parser("login", help="logins of a case (secrets stay in the OS keyring)")
    login_sub = p.add_subparsers(dest="login_command", metavar="ACTION", required=True)

    q = login_sub.add_parser("list", help="list the logins of a case (never the secrets)")
    q.add_argument("case_id", metavar="CASE_ID", type=case_id)
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(func=cmd_list)

    q = login_sub.add_parser(
        "set", help="add or change a login; the secret is read from standard input",
        description="Add the login LABEL to the case, or change it. The secret is read from standard input "
                    "(all of it, less the final newline, so recovery codes may span lines; on a terminal, a "
                    "hidden prompt) and saved only in the OS keyring, or in the encrypted file if you turned "
                    "that on. It is never an argument.")
    q.add_argument("case_id", metavar="CASE_ID", type=case_id)
    q.add_argument("label", metavar="LABEL")
    q.add_argument("--user", required=True, metavar="NAME", help="user name at the desk or portal")
    q.add_argument("--url", metavar="URL", help="where to log in")
    q.add_argument("--desk", metavar="DESK_ID", type=record_id, help="the desk this login belongs to")
    q.set_defaults(func=cmd_set)

    q = login_sub.add_parser("forget", help="delete a login and its keyring entry")
    q.add_argument("login_id", metavar="LOGIN_ID", type=login_id)
    q.add_argument("--keep-secret", action="store_true",
                   help="delete the login even though its keyring entry cannot be removed (it stays there)")
    q.set_defaults(func=cmd_forget)

    q = login_sub.add_parser(
        "use-encrypted-file", help="keep secrets in an encrypted file instead (no OS keyring here)",
        description="Turn on Casekeeper's encrypted secrets file, for a computer without a usable OS keyring. "
                    "Asks for a new passphrase on the terminal; every later session asks for it again.")
    q.set_defaults(func=cmd_use_file)


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
        raise InvalidInput(Msg("cli.no_secret_on_stdin"))
    return secret


def _terminal_passphrase(prompt: str) -> str:
    """A hidden prompt on the controlling terminal (never standard input, which may carry the secret)."""
    try:
        os.close(os.open("/dev/tty", os.O_RDWR))
    except OSError:
        raise KeyringIsLocked(Msg("cli.no_terminal")) from None
    return getpass.getpass(prompt)


def unlock_file_if_chosen(db) -> None:
    data_dir = Path(db.database).parent
    if secret_file.chosen(data_dir) and not secret_file.is_unlocked(data_dir):
        secret_file.unlock(data_dir, _terminal_passphrase("Passphrase of the encrypted secrets file: "))


def cmd_use_file(args) -> int:
    db = open_db(args)
    data_dir = Path(db.database).parent
    first = _terminal_passphrase("New passphrase for the encrypted secrets file: ")
    if _terminal_passphrase("The same passphrase again: ") != first:
        raise InvalidInput(Msg("cli.passphrases_differ"))
    secret_file.create(data_dir, first)
    print(f"Secrets are now kept in {secret_file.path(data_dir)}, encrypted with your passphrase. "
          "Without the passphrase they cannot be recovered.")
    return 0


def cmd_set(args) -> int:
    db = open_db(args)
    cid = case_id(args.case_id)
    cases.get_case(cid)
    secret = read_secret(args.label)
    unlock_file_if_chosen(db)
    login, created = logins.set_login(cid, args.label, username=args.user, secret=secret, url=args.url,
                                      desk=args.desk)
    verb = "Added" if created else "Updated"
    print(f"{verb} login {login.id} ({login.label}); the secret is in {login.keyring_backend}.")
    return 0


def cmd_forget(args) -> int:
    db = open_db(args)
    lid = args.login_id
    login = logins.get_login(lid)
    if login.has_secret and not args.keep_secret:
        unlock_file_if_chosen(db)
    logins.delete_login(lid, keep_secret=args.keep_secret)
    kept = args.keep_secret and login.has_secret
    print(f"Forgot login {lid} ({login.label})"
          + (f"; its secret was left in {login.keyring_backend}." if kept else " and its keyring entry."))
    return 0
