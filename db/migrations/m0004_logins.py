"""Version 4: logins (label, username, URL, desk, notes) and the keyring namespace.

The secret itself never enters the database: a login row keeps only the
reference to its OS-keyring entry (service name, keyring user name and the
name of the backend that holds it). `keyring_namespace` holds one random token
per database, so two data dirs on one machine never share keyring entries.
Frozen SQL: never edit a released step, add a new one."""

from . import run_script

SQL = """
CREATE TABLE logins (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    desk_id INTEGER REFERENCES desks(id) ON DELETE SET NULL,
    label TEXT NOT NULL,
    username TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    keyring_service TEXT NOT NULL DEFAULT '',
    keyring_user TEXT NOT NULL DEFAULT '',
    keyring_backend TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX logins_case_label ON logins(case_id, label);
CREATE TABLE keyring_namespace (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    token TEXT NOT NULL
);
INSERT INTO keyring_namespace (id, token) VALUES (1, lower(hex(randomblob(6))))
"""


def apply(conn):
    run_script(conn, SQL)


SAMPLE = {
    "logins": {"id": 1, "case_id": 1, "label": "v4 login", "username": "v4user",
               "keyring_service": "casekeeper/v4sample/case-1/login-1", "keyring_user": "v4user",
               "keyring_backend": "GNOME Keyring (Secret Service)",
               "created_at": "2026-01-05 00:00:00", "updated_at": "2026-01-05 00:00:00"},
    "keyring_namespace": {"id": 1, "token": "v4sample"},
}
