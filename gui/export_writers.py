"""The export formats that Qt renders (db/export_formats.py lists them with no writer),
and the one way the window and the command line write any format."""
from __future__ import annotations

from pathlib import Path

from casekeeper.db import export_formats

QT_WRITERS = {"pdf": "casekeeper.gui.report_pdf:export_pdf"}


def write(fmt: export_formats.ExportFormat, case_id: int, path, lang: str = "en") -> Path:
    if fmt.needs_qt:
        return export_formats.call(QT_WRITERS[fmt.name], case_id, path, lang)
    return fmt.write(case_id, path, lang)


def cli_export(args) -> int:
    """`casekeeper export CASE_ID --format F -o PATH` for a format Qt renders (from gui/main.py)."""
    import sys

    from casekeeper.db.cli.common import case_id, open_db
    from casekeeper.db.cli.evidence_cmd import report_language

    open_db(args)
    path = write(export_formats.by_name(args.format), case_id(args.case_id), args.output, report_language(args))
    print(f"Wrote {path}", file=sys.stderr)
    return 0
