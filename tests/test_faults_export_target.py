"""Issue 16, point 2: `export -o PATH` writes regular files only, and never replaces what is
not one. Everything here lives in the test's temp dir (no /dev targets)."""
import os
import socket
import stat
import threading

import pytest

from casekeeper.db import cases, events
from casekeeper.db.errors import InvalidInput
from casekeeper.db.export import export_bundle, export_markdown, write_atomic
from tests.faults_support import assert_one_line_error, ck


@pytest.fixture
def case_id(db, clock):
    case = cases.create_case("Export target")
    events.create_event(case.id, "note", "A note worth exporting", body="Line one\nLine two")
    return case.id


def through_a_fifo(tmp_path, name, write):
    """`write(path)` onto a FIFO while a reader drains it: (what was read, what write returned);
    the FIFO is still one afterwards."""
    fifo = tmp_path / name
    os.mkfifo(fifo)
    got = {}

    def reader():
        with open(fifo, "rb") as fh:
            got["data"] = fh.read()

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    result = write(fifo)
    thread.join(30)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)               # still a FIFO, not a regular file
    return got["data"], result


def test_export_onto_a_fifo_streams_into_it_and_leaves_the_fifo(tmp_path, case_id):
    data, _ = through_a_fifo(tmp_path, "report.fifo", lambda fifo: export_markdown(case_id, fifo))
    assert b"A note worth exporting" in data
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_cli_export_onto_a_fifo(tmp_path, data_dir, case_id):
    data, r = through_a_fifo(tmp_path, "cli.fifo",
                             lambda fifo: ck("export", str(case_id), "-o", str(fifo), data_dir=data_dir))
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert b"A note worth exporting" in data


def test_a_bundle_streams_into_a_fifo_as_a_valid_zip(tmp_path, case_id):
    import io
    import zipfile

    data, _ = through_a_fifo(tmp_path, "bundle.fifo", lambda fifo: export_bundle(case_id, fifo))
    assert "manifest.json" in zipfile.ZipFile(io.BytesIO(data)).namelist()


def test_a_symlink_is_followed_not_replaced(tmp_path, case_id):
    real = tmp_path / "reports" / "real.md"
    real.parent.mkdir()
    real.write_text("old report")
    link = tmp_path / "latest.md"
    link.symlink_to(real)
    export_markdown(case_id, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert "A note worth exporting" in real.read_text()
    dangling = tmp_path / "new.md"
    dangling.symlink_to(tmp_path / "reports" / "created.md")
    export_markdown(case_id, dangling)
    assert dangling.is_symlink() and "A note" in (tmp_path / "reports" / "created.md").read_text()


def test_cli_export_onto_a_symlink(tmp_path, data_dir, case_id):
    real = tmp_path / "real.md"
    real.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    r = ck("export", str(case_id), "-o", str(link), data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert link.is_symlink() and "A note worth exporting" in real.read_text()


def test_a_regular_file_is_replaced_whole_keeping_its_permissions_and_hard_links(tmp_path, case_id):
    target = tmp_path / "report.md"
    target.write_text("old")
    os.chmod(target, 0o640)
    export_markdown(case_id, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and "A note" in target.read_text()
    other = tmp_path / "other-name.md"
    os.link(target, other)
    events.create_event(case_id, "note", "Added after the first export")
    export_markdown(case_id, target)
    assert target.stat().st_ino == other.stat().st_ino
    assert "Added after the first export" in other.read_text()


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path):
    target = tmp_path / "keep.md"
    target.write_text("the old content")

    def boom(fh):
        fh.write(b"half")
        raise RuntimeError("renderer failed")

    with pytest.raises(RuntimeError):
        write_atomic(target, boom)
    assert target.read_text() == "the old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.md"]


def test_dash_writes_to_standard_output(data_dir, case_id):
    r = ck("export", str(case_id), "-o", "-", data_dir=data_dir)
    assert r.returncode == 0, r.stderr
    assert "A note worth exporting" in r.stdout


def test_a_socket_or_folder_is_refused_with_one_line(tmp_path, data_dir, case_id):
    sock_path = tmp_path / "s.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock_path))
    try:
        with pytest.raises(InvalidInput, match="not a regular file"):
            export_markdown(case_id, sock_path)
        r = ck("export", str(case_id), "-o", str(sock_path), data_dir=data_dir)
        assert_one_line_error(r, "not a regular file")
        assert stat.S_ISSOCK(os.lstat(sock_path).st_mode)
    finally:
        server.close()
    r = ck("export", str(case_id), "-o", str(tmp_path), data_dir=data_dir)
    assert_one_line_error(r, "is a folder")


def test_ics_onto_a_fifo_and_a_symlink(tmp_path, data_dir, case_id):
    from casekeeper.db import deadlines

    deadlines.create_deadline(case_id, "custom", "Reply", due_at=cases.get_case(case_id).opened_at)
    data, r = through_a_fifo(tmp_path, "cal.fifo", lambda fifo: ck("ics", "-o", str(fifo), data_dir=data_dir))
    assert r.returncode == 0, r.stderr
    assert b"BEGIN:VCALENDAR" in data
    real = tmp_path / "cal.ics"
    link = tmp_path / "cal-link.ics"
    link.symlink_to(real)
    assert ck("ics", "-o", str(link), data_dir=data_dir).returncode == 0
    assert link.is_symlink() and b"BEGIN:VCALENDAR" in real.read_bytes()
