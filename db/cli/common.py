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


def case_id(text) -> int:
    """A case id from an argument (argparse `type=case_id`, or called on a value)."""
    return record_id(text, "cli.not_case_id")


def login_id(text) -> int:
    return record_id(text, "cli.not_login_id")


# -- argument types (argparse `type=`), for every command module ----------------------------
# They raise InvalidInput (not ArgumentTypeError), so a bad value is one line in the user's
# language and exit 2 (cli.parse), never a usage dump or a traceback further down.
MAX_ID = 2**63 - 1   # SQLite's INTEGER


def record_id(text, key: str = "cli.bad_id") -> int:
    """An id of a case, desk, login ... : a whole number from 1 to 2^63-1 (`key`: the message)."""
    from ..errors import InvalidInput

    try:
        value = int(str(text).strip())
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_ID:
        raise InvalidInput(Msg(key, text=str(text), high=MAX_ID))
    return value


def moment(text: str):
    """An ISO 8601 moment within the dates Casekeeper keeps (timeutil.EARLIEST..LATEST), as aware UTC."""
    from ..timeutil import parse_iso

    return parse_iso(text)


def number(option: str, low: float, high: float, *, whole: bool = False):
    """A type for a number option: finite, from `low` to `high` (inf, nan and 1e9 are refused)."""
    import math

    def parse(text: str):
        from ..errors import InvalidInput

        try:
            value = int(text) if whole else float(text)
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and low <= value <= high):
            raise InvalidInput(Msg("cli.bad_number", option=option, text=text, low=low, high=high))
        return value

    return parse


# Arguments that name files: any bytes the file system allows are fine there (surrogate-escaped).
PATH_ARGUMENTS = {"data_dir", "files", "output", "playbook", "dir", "backup"}


def check_text_arguments(args) -> None:
    """Refuse text arguments (titles, labels, queries) that are not valid UTF-8: they could be
    neither stored nor printed."""
    from ..errors import InvalidInput

    for name, value in vars(args).items():
        if name in PATH_ARGUMENTS:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and any("\udc80" <= ch <= "\udcff" for ch in item):
                shown = item.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
                raise InvalidInput(Msg("cli.not_utf8", text=shown))
