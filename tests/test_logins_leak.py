"""A recognisable secret goes in; afterwards it is nowhere in the data dir (database,
WAL, SHM, logs, backups, settings) nor in any export the app can make."""
from __future__ import annotations

import json
import sqlite3

from logins_support import secret_service  # noqa: F401
from test_cli import ck

from casekeeper.db.paths import database_path

SECRET = "CK-LEAK-7f3a-秘密のパスワード-Zq9"
SECRET_2 = "CK-LEAK-second-回復コード-0042"
SECRET_3 = "CK-LEAK-third-セキュリティ質問"
USER = "leak-probe-user@example.com"


def _encodings(text: str) -> list[bytes]:
    return [text.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def _exports(data_dir) -> dict[str, str]:
    """Every export the app can make now (CLI outputs), by name."""
    out = {}
    for args in (["show", "1", "--json"], ["show", "1"], ["cases", "--json"], ["cases"],
                 ["login", "list", "1", "--json"], ["login", "list", "1"]):
        r = ck(*args, data_dir=data_dir)
        assert r.returncode == 0, (args, r.stderr)
        out[" ".join(args)] = r.stdout + r.stderr
    return out


def test_secret_is_nowhere_but_the_keyring(data_dir, secret_service):
    assert ck("demo", data_dir=data_dir).returncode == 0
    r = ck("login", "set", "1", "Support portal", "--user", USER, "--url", "https://support.example.com",
           "--desk", "3", data_dir=data_dir, input=SECRET + "\n")
    assert r.returncode == 0, r.stderr
    r = ck("login", "set", "1", "Cloud console", "--user", "other", data_dir=data_dir, input=SECRET_2 + "\n")
    assert r.returncode == 0, r.stderr
    # Change a secret and a username (the entry moves), then forget one login.
    assert ck("login", "set", "1", "Cloud console", "--user", "renamed", data_dir=data_dir,
              input=SECRET_2 + "-v2\n").returncode == 0
    assert ck("login", "forget", "2", data_dir=data_dir).returncode == 0

    # In-process too, and scan while the database is open, so its WAL is there to read.
    from casekeeper.db import logins
    from casekeeper.db.connection import close_database, open_database

    open_database(data_dir)
    third = logins.create_login(1, "Inquiry form", username="form-user", secret=SECRET_3)
    logins.update_login(third.id, notes="changed", secret=SECRET_3 + "-v2")
    try:
        _scan(data_dir, open_=True)
    finally:
        close_database()
    _scan(data_dir)   # and after closing (WAL checkpointed into the main file)


def _scan(data_dir, open_=False):
    import keyring

    conn = sqlite3.connect(database_path(data_dir))
    service, user = conn.execute("SELECT keyring_service, keyring_user FROM logins WHERE id = 1").fetchone()
    assert keyring.get_password(service, user) == SECRET   # it really was stored
    assert any(keyring.get_password(s, u) == SECRET_3 + "-v2"
               for s, u in conn.execute("SELECT keyring_service, keyring_user FROM logins"))
    # A backup as the app makes it (before a migration), taken now.
    from casekeeper.db.migrations import backup_file

    backup_file(conn, data_dir / "backups" / "now.sqlite3")
    conn.close()

    files = {p: p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file()}
    names = {p.name for p in files}
    assert {"casekeeper.sqlite3", "now.sqlite3"} <= names
    wal = data_dir / "casekeeper.sqlite3-wal"
    if open_:
        assert b"form-user" in files[wal]   # the WAL holds the newest writes, and we read it
    everything = dict(files)
    everything.update({name: text.encode() for name, text in _exports(data_dir).items()})
    # The scan can see what the app writes: the user name is there in plain bytes.
    assert any(USER.encode() in data for data in everything.values())
    assert USER in everything["login list 1 --json"].decode()
    for secret in (SECRET, SECRET_2, SECRET_2 + "-v2", SECRET_3, SECRET_3 + "-v2", "CK-LEAK"):
        for needle in _encodings(secret):
            hits = [str(name) for name, data in everything.items() if needle in data]
            assert hits == [], f"secret found in {hits}"
    rows = json.loads(everything["login list 1 --json"])
    assert rows[0]["backend"] == "GNOME Keyring (Secret Service)"
