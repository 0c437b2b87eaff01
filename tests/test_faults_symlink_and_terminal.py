"""Issue 16, points 8 and 9: a symlinked database file is resolved once and everything lives
beside the real file; `--data-dir ""` is refused; control characters never reach the
terminal raw; no core dumps."""
import os
import sys
import subprocess

from casekeeper.db import attachments, backups, cases, events
from casekeeper.db.connection import close_database, open_database
from casekeeper.db.export import export_bundle
from casekeeper.db.paths import DB_NAME, database_path
from tests.faults_support import RUNNER, assert_one_line_error, ck


def test_a_symlinked_database_keeps_everything_beside_the_real_file(tmp_path, clock):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    real_home = tmp_path / "volume"
    real_home.mkdir()
    real = real_home / "my-case-file.sqlite3"
    link = data_dir / DB_NAME
    link.symlink_to(real)
    open_database(data_dir)
    assert database_path(data_dir) == real
    event = events.create_event(cases.create_case("Linked").id, "note", "with a file")
    attachments.add_stored(event, [("a.txt", *attachments.store_bytes(b"attached bytes"), "text/plain")])
    assert attachments.data_dir() == real_home and list((real_home / "attachments").rglob("*"))
    made = backups.make_backup(data_dir)
    assert made.path.parent == real_home / "backups"
    cases.create_case("After the backup")
    done = backups.restore(data_dir, made.name)
    assert link.is_symlink() and os.readlink(link) == str(real)   # the link stays a link
    assert done.previous.parent == real_home / "backups"
    open_database(data_dir)
    assert [c.title for c in cases.list_cases()] == ["Linked"]
    assert export_bundle(event.case_id, tmp_path / "bundle.zip").stat().st_size > 0
    close_database()
    assert not (data_dir / "attachments").exists() and not (data_dir / "backups").exists()


def test_an_empty_data_dir_argument_is_refused(tmp_path):
    r = ck("--data-dir", "", "cases", env={"CASEKEEPER_DATA_DIR": str(tmp_path / "env")})
    assert_one_line_error(r, "--data-dir is empty")
    assert not (tmp_path / "env").exists()


def test_control_characters_never_reach_the_terminal(data_dir):
    title = "Evil \x1b[31mred\x1b[0m title\r\x07\u202eblah"
    assert ck("new", title, data_dir=data_dir).returncode == 0
    for args in (["cases"], ["show", "1"], ["search", "red"]):
        r = ck(*args, data_dir=data_dir)
        assert r.returncode == 0, r.stderr
        assert "Evil red title" in r.stdout
        assert not any(ch in r.stdout for ch in "\x1b\r\x07\u202e"), repr(r.stdout)
    r = ck("cases", "--json", data_dir=data_dir)
    assert "\\u001b[31mred" in r.stdout and "\x1b" not in r.stdout    # JSON escapes them; data intact


def test_no_core_dumps_for_the_process(data_dir):
    probe = RUNNER.replace("sys.exit(e.code)", "pass") + (
        "import resource\nprint(resource.getrlimit(resource.RLIMIT_CORE))\n")
    r = subprocess.run([sys.executable, "-c", probe, "cases"], capture_output=True, text=True,
                       env={**os.environ, "CASEKEEPER_DATA_DIR": str(data_dir)}, timeout=60)
    assert r.stdout.strip().splitlines()[-1] == "(0, 0)", r.stdout + r.stderr
