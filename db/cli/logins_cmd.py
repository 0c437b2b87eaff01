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
from .words import h, of


def register(sub) -> None:
    p = sub.add_parser("login", help=h("cli.help.login"))
    login_sub = p.add_subparsers(dest="login_command", metavar="ACTION", required=True)

    q = login_sub.add_parser("list", help=h("cli.help.login_list"))
    q.add_argument("case_id", metavar="CASE_ID", type=case_id)
    q.add_argument("--json", action="store_true", help=h("cli.help.json"))
    q.set_defaults(func=cmd_list)

    q = login_sub.add_parser(
        "set", help=h("cli.help.login_set"), description=h("cli.help.login_set_about"))
    q.add_argument("case_id", metavar="CASE_ID", type=case_id)
    q.add_argument("label", metavar="LABEL")
    q.add_argument("--user", required=True, metavar="NAME", help=h("cli.help.login_user"))
    q.add_argument("--url", metavar="URL", help=h("cli.help.login_url"))
    q.add_argument("--desk", metavar="DESK_ID", type=record_id, help=h("cli.help.login_desk"))
    q.set_defaults(func=cmd_set)

    q = login_sub.add_parser("forget", help=h("cli.help.login_forget"))
    q.add_argument("login_id", metavar="LOGIN_ID", type=login_id)
    q.add_argument("--keep-secret", action="store_true",
                   help=h("cli.help.keep_secret"))
    q.set_defaults(func=cmd_forget)

    q = login_sub.add_parser(
        "use-encrypted-file", help=h("cli.help.use_file"), description=h("cli.help.use_file_about"))
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
    t = of(args)
    for r in rows:
        where = f"  [{r['backend'] or t('cli.out.no_secret')}]"
        print(f"{r['id']:>5}  {r['label']}  {r['username']}  {r['url']}{where}")
    return 0


def read_secret(label: str, t) -> str:
    if sys.stdin.isatty():
        secret = getpass.getpass(t("cli.out.secret_prompt", label=label))
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


def unlock_file_if_chosen(db, t) -> None:
    data_dir = Path(db.database).parent
    if secret_file.chosen(data_dir) and not secret_file.is_unlocked(data_dir):
        secret_file.unlock(data_dir, _terminal_passphrase(t("cli.out.passphrase_prompt")))


def cmd_use_file(args) -> int:
    db = open_db(args)
    data_dir = Path(db.database).parent
    t = of(args)
    first = _terminal_passphrase(t("cli.out.new_passphrase_prompt"))
    if _terminal_passphrase(t("cli.out.passphrase_again")) != first:
        raise InvalidInput(Msg("cli.passphrases_differ"))
    secret_file.create(data_dir, first)
    print(t("cli.out.secret_file_on", path=secret_file.path(data_dir)))
    return 0


def cmd_set(args) -> int:
    db = open_db(args)
    cid = case_id(args.case_id)
    cases.get_case(cid)
    t = of(args)
    secret = read_secret(args.label, t)
    unlock_file_if_chosen(db, t)
    login, created = logins.set_login(cid, args.label, username=args.user, secret=secret, url=args.url,
                                      desk=args.desk)
    print(t("cli.out.login_added" if created else "cli.out.login_updated", id=login.id, label=login.label,
            backend=login.keyring_backend))
    return 0


def cmd_forget(args) -> int:
    db = open_db(args)
    lid = args.login_id
    login = logins.get_login(lid)
    t = of(args)
    if login.has_secret and not args.keep_secret:
        unlock_file_if_chosen(db, t)
    logins.delete_login(lid, keep_secret=args.keep_secret)
    if args.keep_secret and login.has_secret:
        print(t("cli.out.login_forgotten_kept", id=lid, label=login.label, backend=login.keyring_backend))
    else:
        print(t("cli.out.login_forgotten", id=lid, label=login.label))
    return 0
