"""`casekeeper login ...`: JSON shape, secrets only from stdin or a hidden prompt, no Qt."""
from __future__ import annotations

import json
import os
import sqlite3

from logins_support import run_on_terminal, secret_service  # noqa: F401
from test_cli import ck

from casekeeper.db.paths import database_path


def _reference(data_dir, login_id):
    conn = sqlite3.connect(database_path(data_dir))
    return conn.execute("SELECT keyring_service, keyring_user FROM logins WHERE id = ?", (login_id,)).fetchone()


def test_set_list_forget(data_dir, secret_service):
    import keyring

    assert ck("new", "Suspended", data_dir=data_dir).returncode == 0
    r = ck("login", "set", "1", "Support portal", "--user", "dev@example.com", "--url", "https://support.example.com",
           data_dir=data_dir, input="first-secret\n")
    assert r.returncode == 0, r.stderr
    assert "first-secret" not in r.stdout + r.stderr
    r = ck("login", "set", "1", "Support portal", "--user", "dev@example.com", data_dir=data_dir, input="second\n")
    assert r.returncode == 0 and "Updated login 1" in r.stdout
    r = ck("login", "list", "1", "--json", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert rows == [{"id": 1, "label": "Support portal", "username": "dev@example.com",
                     "url": "https://support.example.com", "desk_id": None,
                     "backend": "GNOME Keyring (Secret Service)"}]
    service, user = _reference(data_dir, 1)
    assert keyring.get_password(service, user) == "second"
    r = ck("login", "forget", "1", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert keyring.get_password(service, user) is None
    assert json.loads(ck("login", "list", "1", "--json", data_dir=data_dir).stdout) == []


def test_secret_is_never_an_argument_and_never_empty(data_dir, secret_service):
    ck("new", "Suspended", data_dir=data_dir)
    r = ck("login", "set", "1", "Portal", "--user", "u", "hunter2", data_dir=data_dir, input="")
    assert r.returncode == 2 and "unrecognized arguments" in r.stderr
    r = ck("login", "set", "1", "Portal", "--user", "u", data_dir=data_dir, input="")
    assert r.returncode == 2 and r.stderr.strip() == "casekeeper: No secret on standard input; nothing was saved."
    assert json.loads(ck("login", "list", "1", "--json", data_dir=data_dir).stdout) == []


def test_no_keyring_saves_nothing_and_says_so(data_dir):
    ck("new", "Suspended", data_dir=data_dir)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    try:
        r = ck("login", "set", "1", "Portal", "--user", "u", data_dir=data_dir, input="nowhere-to-go\n")
    finally:
        del os.environ["PYTHON_KEYRING_BACKEND"]
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "no usable keyring" in r.stderr and "Traceback" not in r.stderr
    assert json.loads(ck("login", "list", "1", "--json", data_dir=data_dir).stdout) == []


def test_hidden_prompt_on_a_terminal(data_dir, secret_service):
    import keyring

    ck("new", "Suspended", data_dir=data_dir)
    code, text = run_on_terminal(["login", "set", "1", "Console", "--user", "me"], data_dir,
                                 [("(hidden)", "typed-秘密")])
    assert code == 0, text
    assert "Secret for Console (hidden):" in text and "Added login 1" in text
    assert "typed" not in text   # not echoed
    service, user = _reference(data_dir, 1)
    assert keyring.get_password(service, user) == "typed-秘密"


def test_forget_without_a_keyring_keeps_the_login_unless_told(data_dir, secret_service):
    import keyring

    ck("new", "Suspended", data_dir=data_dir)
    assert ck("login", "set", "1", "Portal", "--user", "u", data_dir=data_dir, input="stays\n").returncode == 0
    service, user = _reference(data_dir, 1)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    try:
        r = ck("login", "forget", "1", data_dir=data_dir)
        assert r.returncode == 2 and "cannot delete the secret. Nothing was deleted." in r.stderr
        assert len(json.loads(ck("login", "list", "1", "--json", data_dir=data_dir).stdout)) == 1
        r = ck("login", "forget", "1", "--keep-secret", data_dir=data_dir)
        assert r.returncode == 0 and "left in GNOME Keyring" in r.stdout
    finally:
        del os.environ["PYTHON_KEYRING_BACKEND"]
    assert json.loads(ck("login", "list", "1", "--json", data_dir=data_dir).stdout) == []
    assert keyring.get_password(service, user) == "stays"
    keyring.delete_password(service, user)
