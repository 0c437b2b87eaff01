"""The opt-in encrypted secrets file: only when the user turns it on, passphrase-locked
each session, never in plain text; keyring never picks it on its own."""
from __future__ import annotations

import json

import pytest
from logins_support import keyring_backend, run_on_terminal  # noqa: F401
from test_cli import ck

from casekeeper.db import cases, logins, secret_file, secrets
from casekeeper.db.errors import InvalidInput
from casekeeper.db.models import Login

PASS = "correct horse 電池"


@pytest.fixture
def file_store(db, clock, data_dir):
    secret_file.create(data_dir, PASS)
    yield data_dir
    secret_file.lock(data_dir)


def test_keyring_never_picks_the_encrypted_file_on_its_own(db, clock, keyring_backend):
    from keyrings.cryptfile.cryptfile import CryptFileKeyring

    keyring_backend.set_keyring(CryptFileKeyring())   # what keyring chooses on a box without Secret Service
    assert secrets.status().state == "unavailable"
    case = cases.create_case("x")
    with pytest.raises(secrets.NoKeyring):
        logins.create_login(case.id, "Portal", username="u", secret="s")
    assert Login.select().count() == 0


def test_encrypted_file_roundtrip_and_no_plain_text(file_store):
    assert secrets.status().state == "ready" and secrets.status().backend == secret_file.LABEL
    case = cases.create_case("x")
    login = logins.create_login(case.id, "Portal", username="u", secret="FILE-SECRET-秘密")
    assert logins.read_secret(login.id) == "FILE-SECRET-秘密"
    assert Login.get_by_id(login.id).keyring_backend == secret_file.LABEL
    raw = secret_file.path(file_store).read_bytes()
    assert b"FILE-SECRET" not in raw and "秘密".encode() not in raw and PASS.encode() not in raw
    assert PASS not in (file_store / "settings.json").read_text()
    logins.delete_login(login.id)
    assert Login.select().count() == 0


def test_locked_until_the_passphrase_is_given(file_store):
    case = cases.create_case("x")
    login = logins.create_login(case.id, "Kept", username="u", secret="kept")
    secret_file.lock(file_store)   # a new session
    assert secrets.status().state == "locked"
    with pytest.raises(secrets.KeyringIsLocked, match="passphrase"):
        logins.create_login(case.id, "New", username="u", secret="x")
    with pytest.raises(secrets.WrongPassphrase):
        secret_file.unlock(file_store, "not the passphrase")
    assert secrets.status().state == "locked"
    secret_file.unlock(file_store, PASS)
    assert logins.read_secret(login.id) == "kept"
    assert [lg.label for lg in logins.list_logins(case.id)] == ["Kept"]


def test_turning_it_on_needs_a_real_passphrase_and_no_existing_file(db, data_dir):
    with pytest.raises(InvalidInput, match="at least"):
        secret_file.create(data_dir, "short")
    assert not secret_file.chosen(data_dir)
    secret_file.create(data_dir, PASS)
    with pytest.raises(InvalidInput, match="already exists"):
        secret_file.create(data_dir, "another passphrase")
    secret_file.lock(data_dir)


def test_cli_asks_for_the_passphrase_on_the_terminal_only(data_dir):
    assert ck("new", "Headless", data_dir=data_dir).returncode == 0
    code, text = run_on_terminal(["login", "use-encrypted-file"], data_dir,
                                 [("New passphrase", PASS), ("again", PASS)])
    assert code == 0 and "encrypted with your passphrase" in text, text
    # Secret on standard input, no terminal to ask for the passphrase: refused in words.
    r = ck("login", "set", "1", "Portal", "--user", "u", data_dir=data_dir, input="piped\n")
    assert r.returncode == 2 and "no terminal" in r.stderr and r.stderr.count("\n") == 1
    assert json.loads(ck("login", "list", "1", "--json", data_dir=data_dir).stdout) == []
    code, text = run_on_terminal(["login", "set", "1", "Portal", "--user", "u"], data_dir,
                                 [("(hidden)", "typed-secret"), ("Passphrase", "wrong passphrase")])
    assert code == 2 and "does not open" in text
    code, text = run_on_terminal(["login", "set", "1", "Portal", "--user", "u"], data_dir,
                                 [("(hidden)", "typed-secret"), ("Passphrase", PASS)])
    assert code == 0 and secret_file.LABEL in text, text
    rows = json.loads(ck("login", "list", "1", "--json", data_dir=data_dir).stdout)
    assert rows[0]["backend"] == secret_file.LABEL
    assert b"typed-secret" not in secret_file.path(data_dir).read_bytes()
