"""Version 17: events by desk, kind and time, so "who am I waiting on" (the Today page)
reads a few index entries per desk instead of every message of every open case. It
replaces the plain desk index (its first column serves the same lookups)."""

from . import run_script

SQL = """
CREATE INDEX events_desk_kind_time ON events(desk_id, kind, occurred_at, id);
DROP INDEX events_desk;
"""


def apply(conn):
    run_script(conn, SQL)


SAMPLE: dict = {}   # no table changed: the rows of earlier steps exercise the new index
