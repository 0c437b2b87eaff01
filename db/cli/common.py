"""Helpers shared by the command modules."""
from __future__ import annotations

import json
import sys

from ..connection import open_database
from ..errors import DatabaseCorrupt
from ..labels import Join, Msg
from ..paths import resolve_data_dir


def open_db(args):
    """Open the database of --data-dir / $CASEKEEPER_DATA_DIR / the default.
    A damaged database is reported with the newest backup to put back."""
    data_dir = resolve_data_dir(args.data_dir)
    try:
        return open_database(data_dir)
    except DatabaseCorrupt as exc:
        from ..backups import recovery_hint

        raise DatabaseCorrupt(Join([exc.msg, recovery_hint(data_dir)], "sep.sentence")) from None


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def case_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        from ..errors import InvalidInput

        raise InvalidInput(Msg("cli.not_case_id", text=text)) from None
