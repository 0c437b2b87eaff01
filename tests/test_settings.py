"""settings.json: every key declared once with its type and default; a damaged or
hand-edited file never stops the app (a value that does not fit reads as the default)."""
import json
import subprocess
import sys

import pytest

from casekeeper.db import backups, logins, mail_import, reminders, secret_file, settings, writeup
from casekeeper.db.mail_parse import MB

# a value of the wrong type for every declared key, and keys this version does not know
WRONG = {
    "language": 3, "last_case": "abc", "window_geometry": 5, "splitter": [], "demo_offered": "yes",
    "close_to_tray": "x", "import_limit_mb": "big", "reminder_offsets": "3d", "my_addresses": [1, 2],
    "writeup_extra_masks": ["a"], "clipboard_clear_seconds": 2.5, "backup_keep": True, "secret_store": "paper",
    "from_a_newer_version": {"kept": True},
}


def write(data_dir, values):
    (data_dir / settings.FILE).write_text(json.dumps(values), encoding="utf-8")


def test_every_declared_key_reads_as_its_default_when_the_file_is_wrong(data_dir):
    assert set(WRONG) - {"from_a_newer_version"} == set(settings.SETTINGS)
    defaults = {name: settings.default(name) for name in settings.SETTINGS}
    assert settings.load(data_dir) == defaults                         # no file
    write(data_dir, WRONG)
    assert settings.load(data_dir) == defaults
    assert all(settings.get(data_dir, name) == value for name, value in defaults.items())
    for text in ("{not json", "[1, 2]", "null", '"text"', "[" * 100_000):
        (data_dir / settings.FILE).write_text(text, encoding="utf-8")
        assert settings.load(data_dir) == defaults, text


def test_readers_fall_back_to_the_defaults(data_dir):
    write(data_dir, WRONG)
    assert mail_import.limit_bytes(data_dir) == 25 * MB
    assert backups.keep_count(data_dir) == 10
    assert logins.clipboard_clear_seconds(data_dir) == 20
    assert not secret_file.chosen(data_dir)
    assert reminders.offsets_of(settings.load(data_dir)) == reminders.DEFAULT_OFFSETS == ("3d", "1d", "1h", "passed")


def test_numbers_below_their_floor_read_as_the_floor_and_good_values_are_kept(data_dir):
    write(data_dir, {"clipboard_clear_seconds": 1, "backup_keep": 0, "import_limit_mb": 0, "language": "ja",
                     "last_case": 7, "close_to_tray": False, "reminder_offsets": ["7d"]})
    values = settings.load(data_dir)
    assert (values["clipboard_clear_seconds"], values["backup_keep"], values["import_limit_mb"]) == (5, 1, 0.001)
    assert (values["language"], values["last_case"], values["close_to_tray"]) == ("ja", 7, False)
    assert reminders.offsets_of(values) == ("7d",)
    assert mail_import.limit_bytes(data_dir) == int(0.001 * MB)


def test_save_writes_declared_keys_of_their_type_and_keeps_unknown_ones(db, data_dir):
    write(data_dir, WRONG)
    settings.save(data_dir, {"language": "en", "last_case": None})
    stored = json.loads((data_dir / settings.FILE).read_text(encoding="utf-8"))
    assert stored["language"] == "en" and stored["last_case"] is None
    assert stored["from_a_newer_version"] == {"kept": True} and stored["backup_keep"] is True   # left as found
    writeup.save_extra(1, ["Tanaka", " "])
    assert writeup.saved_extra(1) == ["Tanaka"]
    with pytest.raises(KeyError):
        settings.save(data_dir, {"no_such_setting": 1})
    with pytest.raises(TypeError):
        settings.save(data_dir, {"backup_keep": "10"})
    assert json.loads((data_dir / settings.FILE).read_text(encoding="utf-8"))["language"] == "en"


def test_the_window_and_the_command_line_start_with_a_wrong_settings_file(window, data_dir):
    write(data_dir, WRONG)
    from casekeeper.gui.main_window import MainWindow

    again = MainWindow(data_dir)          # geometry, splitter, last case, language menu: defaults
    assert again.language_actions["system"].isChecked()
    again.close()
    again.deleteLater()
    r = subprocess.run([sys.executable, "-m", "casekeeper", "--data-dir", str(data_dir), "cases"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
