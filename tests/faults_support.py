"""Shared pieces of the fault and hostile-input tests (issue 16): the real command line in a
subprocess, the "one line, no traceback" check, mail builders, a process without root's
permission override, and a small tmpfs for the full-disk tests."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from email.utils import format_datetime
from pathlib import Path

import pytest

RUNNER = (
    "import sys; from casekeeper.gui.main import main\n"
    "try:\n    main(sys.argv[1:])\nexcept SystemExit as e:\n    sys.exit(e.code)\n"
)


def ck(*args, data_dir=None, env=None, input=None, prefix=(), timeout=120, text=True):
    """Run `casekeeper ARGS` (the real entry point) in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    if data_dir is not None:
        full_env["CASEKEEPER_DATA_DIR"] = str(data_dir)
    return subprocess.run([*prefix, sys.executable, "-c", RUNNER, *args], capture_output=True, text=text,
                          env=full_env, input=input, timeout=timeout)


def assert_one_line_error(r, *expected: str) -> str:
    """Exit != 0, one line on stderr starting `casekeeper:`, no traceback, nothing on stdout."""
    err = r.stderr if isinstance(r.stderr, str) else r.stderr.decode("utf-8", "replace")
    assert r.returncode != 0, (r.returncode, err)
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("casekeeper: "), err
    for part in expected:
        assert part in lines[0], (part, lines[0])
    return lines[0]


def mail(n: int = 0, *, subject: str | None = None, date: str | None = None, to: str = "me@example.com",
         attachment: bytes | None = None, message_id: str | None = None) -> bytes:
    from datetime import datetime, timedelta, timezone

    when = date or format_datetime(datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc) + timedelta(minutes=n))
    head = (f"From: Support <support@provider.example>\nTo: {to}\nSubject: {subject or f'Message {n}'}\n"
            f"Date: {when}\nMessage-ID: {message_id or f'<m{n}@provider.example>'}\nMIME-Version: 1.0\n")
    if attachment is None:
        return (head + f"Content-Type: text/plain; charset=utf-8\n\nBody of message {n}.\n").encode()
    import base64

    data = base64.encodebytes(attachment).decode()
    return (head + 'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\n'
            f"Body {n}\n--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; "
            f'filename="blob.bin"\nContent-Transfer-Encoding: base64\n\n{data}--b--\n').encode()


def mbox(messages: list[bytes]) -> bytes:
    return b"".join(b"From sender@example.com Mon Mar  2 09:00:00 2026\n" + m.rstrip(b"\n") + b"\n\n"
                    for m in messages)


def without_root_override() -> tuple[str, ...]:
    """A command prefix that runs a process without root's power to ignore file permissions
    (as root: setpriv drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH); empty when not root."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and setpriv (util-linux) is missing: permissions cannot be tested")
    return (setpriv, "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-all")


@pytest.fixture
def small_disk(tmp_path):
    """A 4 MB tmpfs mounted inside the test's temp dir (needs root: mount). Skipped with the
    reason where the machine does not allow it; unmounted afterwards."""
    mount = tmp_path / "small-disk"
    mount.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a full disk is simulated with a small tmpfs, and mounting one needs root "
                    f"(this run is uid {os.geteuid()}{', under CI' if os.environ.get('CI') else ''})")
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0755", "tmpfs", str(mount)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"mounting a small tmpfs is not allowed here ({r.stderr.strip() or r.returncode})"
                    f"{' (CI=true: the container lacks CAP_SYS_ADMIN)' if os.environ.get('CI') else ''}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def fill_up(folder: Path, leave: int = 0) -> None:
    """Fill the file system of `folder` until at most `leave` bytes are free."""
    n = 0
    while True:
        free = shutil.disk_usage(folder).free
        if free <= leave:
            return
        chunk = min(1 << 20, free - leave)
        try:
            with open(folder / f"filler-{n}", "wb") as fh:
                fh.write(b"\0" * chunk)
        except OSError:
            return
        n += 1


def damaged_after_backup(data_dir, damage, case_title: str | None = None) -> Path:
    """A data dir whose database (with a case called `case_title`, if given) was backed up by the
    daily backup and then damaged: `damage(old bytes) -> new bytes`. Returns the database's path."""
    from casekeeper.db import backups, cases
    from casekeeper.db.connection import close_database, open_database
    from casekeeper.db.paths import database_path

    open_database(data_dir)
    if case_title is not None:
        cases.create_case(case_title)
    backups.daily_backup(data_dir)
    close_database()
    path = database_path(data_dir)
    path.write_bytes(damage(path.read_bytes()))
    return path
