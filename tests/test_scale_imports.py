"""Start-up stays lean: what the window needs to appear does not pull in keyring, holidays,
icalendar, email parsing or PDF (they load when a feature first needs them)."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Modules the start-up path imports (entry point, CLI parser, database open, backups, UI base).
STARTUP = ["gui.main", "db.cli", "db.connection", "db.backups", "gui.common", "gui.i18n"]
HEAVY = ("keyring", "holidays", "icalendar", "email", "mailbox", "PySide6.QtPdf", "pypdf", "fitz")

PROBE = r"""
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
import db.cli
db.cli.build_parser()  # every command module is imported to parse the command line
print(json.dumps(sorted(sys.modules)))
"""


def test_startup_imports_no_heavy_modules():
    r = subprocess.run([sys.executable, "-c", PROBE, *STARTUP], capture_output=True, text=True, cwd=ROOT,
                       env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert r.returncode == 0, r.stderr
    loaded = json.loads(r.stdout)
    heavy = [m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert heavy == []
    assert "db.connection" in loaded  # the probe did import the start-up path
