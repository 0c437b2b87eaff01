"""Helpers shared by the command modules."""
from __future__ import annotations

import json
import sys

from ..connection import open_database
from ..paths import resolve_data_dir


def open_db(args):
    """Open the database of --data-dir / $CASEKEEPER_DATA_DIR / the default."""
    return open_database(resolve_data_dir(args.data_dir))


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def case_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        from ..errors import InvalidInput

        raise InvalidInput(f"Not a case id: {text!r} (see `casekeeper cases`).") from None
