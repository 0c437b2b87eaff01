"""Opening the window parses its options without importing every command module;
commands, help and mistakes still go through the full parser."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casekeeper.db import cli

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("argv", [[], ["--lang", "ja"], ["--data-dir", "/tmp/x", "--tray"], ["--lang=en", "--data", "d"]])
def test_window_options_parse_as_the_full_parser_does(argv):
    assert vars(cli.parse(argv)) == vars(cli.build_parser().parse_args(argv))


def test_commands_help_and_mistakes_still_reach_the_full_parser(capsys):
    assert cli.parse(["--data-dir", "d", "cases"]).command == "cases"
    for bad in (["--lang"], ["--bogus"], ["-h"]):
        with pytest.raises(SystemExit):
            cli.parse(bad)
    out = capsys.readouterr()
    assert "unrecognized arguments: --bogus" in out.err and "COMMAND" in out.out


def test_opening_the_window_does_not_import_the_command_modules():
    probe = "import sys; from casekeeper.db import cli; cli.parse(['--lang', 'ja']); print(sorted(m for m in sys.modules if m.startswith('casekeeper.db.cli.')))"
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                       env={**os.environ}, timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == "[]", r.stderr
