"""Version 14: reaching a desk (issue 14, db/compose.py, db/calls.py).

- desks: `subject_rule` (the subject a desk wants, with {identifier name} placeholders,
  e.g. "{Company name} / {Invoice number}") and `templates` (message templates per
  language: {"en": {"reply": "..."}, "ja": {...}}, JSON).
- events: `duration_s` (a call's length) and `outcome` (a call's end: reached, voicemail,
  no_answer, referred, missed). NULL by default, so the sealed content of entries written
  before stays the same (db/chain.py)."""

from . import run_script

SQL = """
ALTER TABLE desks ADD COLUMN subject_rule TEXT NOT NULL DEFAULT '';
ALTER TABLE desks ADD COLUMN templates TEXT NOT NULL DEFAULT '{}';
ALTER TABLE events ADD COLUMN duration_s INTEGER;
ALTER TABLE events ADD COLUMN outcome TEXT;
"""


def apply(conn):
    run_script(conn, SQL)


SAMPLE = {
    "desks": {"id": 3, "case_id": 1, "name": "v14 billing", "kind": "email", "address": "billing@example.com",
              "subject_rule": "{Company name} / {Invoice number}", "templates": '{"en": {"reply": "Hello"}}',
              "created_at": "2026-01-07 00:00:00", "updated_at": "2026-01-07 00:00:00"},
    "events": {"id": 3, "case_id": 1, "kind": "call", "occurred_at": "2026-01-07 00:00:00", "summary": "v14 call",
               "body": "", "created_at": "2026-01-07 00:00:00", "updated_at": "2026-01-07 00:00:00",
               "duration_s": 300, "outcome": "reached"},
}
