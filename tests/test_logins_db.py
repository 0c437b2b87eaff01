"""Logins: rows keep only the keyring reference; secrets go to the real Secret Service,
namespaced per database, case and login; no keyring, a locked or refused keyring save nothing."""
from __future__ import annotations

import sqlite3
import textwrap

import pytest
from logins_support import keyring_backend, run_in_private_keyring, secret_service  # noqa: F401

from casekeeper.db import cases, desks, logins, secrets
from casekeeper.db.connection import close_database, open_database
from casekeeper.db.errors import InvalidInput
from casekeeper.db.models import Login
from casekeeper.db.paths import database_path


def _case(title="Case"):
    return cases.create_case(title, provider="OCI")


def test_secret_roundtrip_through_the_secret_service(db, clock, secret_service):
    case = _case()
    login = logins.create_login(case.id, "Support portal", username="dev@example.com",
                                url="https://support.example.com", secret="s3cret-日本語\nrecovery 1234")
    assert logins.read_secret(login.id) == "s3cret-日本語\nrecovery 1234"
    row = Login.get_by_id(login.id)
    assert row.keyring_backend == "GNOME Keyring (Secret Service)"
    assert row.keyring_service.startswith("casekeeper/") and row.keyring_service.endswith(
        f"/case-{case.id}/login-{login.id}")
    # Seen from the keyring itself, not only through our own code:
    import keyring

    assert keyring.get_password(row.keyring_service, "dev@example.com") == "s3cret-日本語\nrecovery 1234"
    logins.update_login(login.id, secret="changed")
    assert logins.read_secret(login.id) == "changed"
    logins.delete_login(login.id)
    assert keyring.get_password(row.keyring_service, "dev@example.com") is None
    assert Login.select().count() == 0


def test_the_database_row_holds_no_secret(db, clock, secret_service, data_dir):
    login = logins.create_login(_case().id, "Console", username="me", secret="ROW-SECRET-42")
    conn = sqlite3.connect(database_path(data_dir))
    row = conn.execute("SELECT * FROM logins WHERE id = ?", (login.id,)).fetchone()
    assert row is not None and not any("ROW-SECRET-42" in str(v) for v in row)


def test_same_username_on_other_cases_desks_and_databases_never_collide(db, clock, secret_service, data_dir, tmp_path):
    a, b = _case("A"), _case("B")
    chat = desks.create_desk(a.id, "Chat", kind="chat")
    phone = desks.create_desk(a.id, "Phone", kind="phone")
    l1 = logins.create_login(a.id, "Portal (chat)", username="same@example.com", desk=chat.id, secret="one")
    l2 = logins.create_login(a.id, "Portal (phone)", username="same@example.com", desk=phone.id, secret="two")
    l3 = logins.create_login(b.id, "Portal", username="same@example.com", secret="three")
    close_database()
    other = tmp_path / "other-data"
    open_database(other)   # a second data dir: case 1 / login 1 again, same user name
    o1 = logins.create_login(_case("Other").id, "Portal", username="same@example.com", secret="four")
    assert (o1.case_id, o1.id) == (a.id, l1.id)
    assert logins.read_secret(o1.id) == "four"
    logins.delete_login(o1.id)
    close_database()
    open_database(data_dir)
    assert [logins.read_secret(x.id) for x in (l1, l2, l3)] == ["one", "two", "three"]
    logins.delete_login(l2.id)
    assert [logins.read_secret(x.id) for x in (l1, l3)] == ["one", "three"]


def test_changing_the_username_moves_the_keyring_entry(db, clock, secret_service):
    import keyring

    login = logins.create_login(_case().id, "Console", username="old", secret="kept")
    service = login.keyring_service
    logins.update_login(login.id, username="new")
    assert logins.read_secret(login.id) == "kept"
    assert keyring.get_password(service, "old") is None
    assert keyring.get_password(service, "new") == "kept"


def test_bad_input_writes_nothing(db, clock, secret_service):
    a, b = _case("A"), _case("B")
    other_desk = desks.create_desk(b.id, "Elsewhere")
    logins.create_login(a.id, "Portal", username="x", secret="s")
    with pytest.raises(InvalidInput, match="already has a login"):
        logins.create_login(a.id, "Portal", username="y", secret="t")
    with pytest.raises(InvalidInput, match="does not belong"):
        logins.create_login(a.id, "Other", desk=other_desk.id, secret="t")
    with pytest.raises(InvalidInput, match="empty"):
        logins.create_login(a.id, "Empty", secret="")
    with pytest.raises(InvalidInput, match="cannot be empty"):
        logins.create_login(a.id, "  ", secret="t")
    assert [lg.label for lg in logins.list_logins(a.id)] == ["Portal"]


def test_forget_case_secrets_before_deleting_the_case(db, clock, secret_service):
    import keyring

    a, b = _case("A"), _case("B")
    la = [logins.create_login(a.id, f"L{n}", username="u", secret=f"a{n}") for n in range(3)]
    logins.create_login(a.id, "no secret", username="u")
    lb = logins.create_login(b.id, "L0", username="u", secret="b0")
    services = [Login.get_by_id(x.id).keyring_service for x in la]
    assert logins.count_case_secrets(a.id) == 3
    assert logins.forget_case_secrets(a.id) == 3
    assert all(keyring.get_password(s, "u") is None for s in services)
    cases.delete_case(a.id)
    assert logins.read_secret(lb.id) == "b0"


def test_no_usable_keyring_saves_nothing(db, clock, keyring_backend):
    from keyring.backends import fail, null

    case = _case()
    for backend in (fail.Keyring(), null.Keyring()):   # null would silently drop the secret
        keyring_backend.set_keyring(backend)
        assert secrets.status().state == "unavailable"
        with pytest.raises(secrets.NoKeyring, match="no usable keyring"):
            logins.create_login(case.id, "Portal", username="u", secret="lost?")
        assert Login.select().count() == 0
    # A login without a secret needs no keyring.
    logins.create_login(case.id, "Portal", username="u")
    assert logins.read_secret(logins.find_login(case.id, "Portal").id) is None


def test_locked_backend_that_is_not_the_secret_service(db, clock, keyring_backend, secret_service):
    """A backend reporting 'locked' (as the macOS Keychain does) is named, and nothing is saved.
    Mocked: no such backend can run here."""
    from keyring.backend import KeyringBackend
    from keyring.errors import KeyringLocked

    class LockedKeyring(KeyringBackend):
        priority = 1

        def get_password(self, service, username, *secret):
            raise KeyringLocked("locked")

        set_password = delete_password = get_password

    case = _case()
    keep = logins.create_login(case.id, "Kept", username="u", secret="kept")
    keyring_backend.set_keyring(LockedKeyring())
    with pytest.raises(secrets.KeyringIsLocked, match="is locked") as err:
        logins.create_login(case.id, "Portal", username="u", secret="s")
    assert not isinstance(err.value, secrets.UnlockRefused)
    with pytest.raises(secrets.KeyringIsLocked):
        logins.delete_login(keep.id)
    assert [lg.label for lg in logins.list_logins(case.id)] == ["Kept"]
    logins.delete_login(keep.id, keep_secret=True)   # the user's explicit choice
    assert logins.list_logins(case.id) == []


LOCKED_SCRIPT = textwrap.dedent("""
    import json, tempfile, secretstorage
    from casekeeper.db import cases, logins, secrets
    from casekeeper.db.connection import open_database
    from casekeeper.db.models import Login
    open_database(tempfile.mkdtemp())
    case = cases.create_case("Locked")
    kept = logins.create_login(case.id, "Kept", username="u", secret="kept-secret")
    before = secrets.status().state
    conn = secretstorage.dbus_init()
    secretstorage.get_default_collection(conn).lock()
    out = {"before": before, "status": secrets.status().state, "message": str(secrets.status().message)}
    for name, call in [("create", lambda: logins.create_login(case.id, "New", username="u", secret="x")),
                       ("read", lambda: logins.read_secret(kept.id)),
                       ("delete", lambda: logins.delete_login(kept.id))]:
        try:
            call()
            out[name] = "no error"
        except secrets.SecretStoreError as exc:
            out[name] = [type(exc).__name__, str(exc)]
    out["labels"] = [lg.label for lg in Login.select()]
    print(json.dumps(out))
""")


def test_locked_secret_service_and_refused_unlock_save_nothing():
    """The real GNOME Keyring, locked; the unlock prompt cannot be shown (no display),
    which the Secret Service reports exactly like a user pressing Cancel."""
    out = run_in_private_keyring(LOCKED_SCRIPT)
    assert out["before"] == "ready"
    assert out["status"] == "locked" and "is locked" in out["message"]
    for action, outcome in (("create", "Nothing was saved."), ("read", ""), ("delete", "Nothing was deleted.")):
        kind, message = out[action]
        assert kind == "UnlockRefused", out
        assert "stayed locked" in message and message.endswith(outcome)
    assert out["labels"] == ["Kept"]
