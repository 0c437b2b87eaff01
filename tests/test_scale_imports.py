"""Start-up stays lean: what the window needs to appear does not pull in keyring, holidays,
icalendar, email parsing or PDF (they load when a feature first needs them)."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Modules the start-up path imports (entry point, CLI parser, database open, backups, window).
STARTUP = ["casekeeper.gui.main", "casekeeper.db.cli", "casekeeper.db.connection", "casekeeper.db.backups", "casekeeper.gui.app", "casekeeper.gui.main_window",
           "casekeeper.gui.single_instance", "casekeeper.gui.backup_startup", "casekeeper.gui.bench_marker"]
HEAVY = ("keyring", "holidays", "icalendar", "email", "mailbox", "PySide6.QtPdf", "pypdf", "fitz", "typst")

PROBE = r"""
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
import casekeeper.db.cli
casekeeper.db.cli.build_parser()  # every command module is imported to parse the command line
import casekeeper.gui.main_window, casekeeper.gui.window_parts
for module in [v.module for v in casekeeper.gui.window_parts.CASE_VIEWS]:  # the case tabs are built at start-up
    importlib.import_module(module)
print(json.dumps(sorted(sys.modules)))
"""


def heavy(modules):
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_startup_modules_import_nothing_heavy():
    r = subprocess.run([sys.executable, "-c", PROBE, *STARTUP], capture_output=True, text=True, cwd=ROOT,
                       env=dict(os.environ), timeout=60)
    assert r.returncode == 0, r.stderr
    loaded = json.loads(r.stdout)
    assert "casekeeper.db.connection" in loaded and "casekeeper.gui.main_window" in loaded  # the probe did import the start-up path
    assert heavy(loaded) == []


def test_real_start_up_to_first_paint_imports_nothing_heavy(tmp_path):
    """The app itself, started on a data dir with the demo case, up to its first paint."""
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-m", "casekeeper.gui.main", "--data-dir", str(data), "demo"], cwd=ROOT, env=env,
                   check=True, capture_output=True, timeout=60)
    listing = tmp_path / "modules.txt"
    r = subprocess.run([sys.executable, "-m", "casekeeper.gui.main", "--data-dir", str(data), "--lang", "ja"], cwd=ROOT,
                       env={**env, "CASEKEEPER_BENCH": "1", "CASEKEEPER_BENCH_MODULES": str(listing)},
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.startswith("SHOWN"), r.stderr
    loaded = listing.read_text().split()
    assert "casekeeper.gui.main_window" in loaded and "PySide6.QtWidgets" in loaded
    assert heavy(loaded) == []
