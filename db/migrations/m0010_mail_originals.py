"""Version 10: the original of each imported mail. One row per imported message: the
attachment that holds its bytes as received (.eml), the notes the import made about it
(damaged parts, guessed charsets, JSON list of db.labels messages), and its DKIM check
(result, signing domain, selector, the public key record used, when it was checked), so
the check can be shown and repeated without the network.

Frozen SQL: never edit a released step, add a new one."""

from . import run_script

SQL = """
CREATE TABLE mail_originals (
    event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    attachment_id INTEGER REFERENCES attachments(id) ON DELETE SET NULL,
    sender_domain TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '[]',
    dkim_status TEXT NOT NULL DEFAULT 'none',
    dkim_domain TEXT NOT NULL DEFAULT '',
    dkim_selector TEXT NOT NULL DEFAULT '',
    dkim_key TEXT NOT NULL DEFAULT '',
    dkim_reason TEXT NOT NULL DEFAULT '',
    dkim_detail TEXT NOT NULL DEFAULT '',
    dkim_checked_at TEXT
);
CREATE INDEX mail_originals_attachment ON mail_originals(attachment_id);
"""


def apply(conn):
    run_script(conn, SQL)


SAMPLE = {
    "mail_originals": {"event_id": 1, "attachment_id": 1, "sender_domain": "example.com",
                       "notes": '[{"key": "mail.no_date", "values": {}}]', "dkim_status": "valid",
                       "dkim_domain": "example.com", "dkim_selector": "s1", "dkim_key": "v=DKIM1; k=rsa; p=AAAA",
                       "dkim_checked_at": "2026-01-10 00:00:00"},
}
