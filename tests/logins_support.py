"""Helpers for the logins tests: the real Secret Service, or a clear skip (fail under CI=true)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UNDER_CI = os.environ.get("CI", "").lower() == "true"


def missing(reason: str):
    """Keyring tests must run for real in CI: there a missing keyring is a failure."""
    text = f"{reason} (run the tests with `make test`, which starts a private GNOME Keyring)"
    if UNDER_CI:
        pytest.fail(f"CI=true but {text}", pytrace=False)
    pytest.skip(text)


@pytest.fixture
def secret_service():
    """The real Secret Service (GNOME Keyring inside tests/run.sh's D-Bus session), unlocked."""
    from casekeeper.db import secrets

    state = secrets.status()
    if not state.ready or "Secret Service" not in state.backend:
        missing(f"no working Secret Service here ({state.message})")
    return state


@pytest.fixture
def keyring_backend():
    """Lets a test swap keyring's backend; the original comes back afterwards."""
    import keyring

    original = keyring.get_keyring()
    yield keyring
    keyring.set_keyring(original)


def run_in_private_keyring(script: str, *, timeout: int = 60) -> dict:
    """Run `script` (Python) in its own D-Bus session with its own fresh, unlocked GNOME
    Keyring and no display (so an unlock prompt can never be shown); it prints JSON."""
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        missing("dbus-run-session or gnome-keyring-daemon is not installed")
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                                   "DBUS_SESSION_BUS_ADDRESS")}
        env.update(KR_HOME=home, PY=sys.executable)
        shell = ('eval "$(printf "pw\\n" | XDG_DATA_HOME="$KR_HOME" gnome-keyring-daemon --unlock '
                 '--components=secrets 2>/dev/null)"; exec "$PY" -c "$0"')
        r = subprocess.run(["dbus-run-session", "--", "sh", "-c", shell, script], env=env,
                           capture_output=True, text=True, timeout=timeout)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout.strip().splitlines()[-1])


def run_on_terminal(args: list[str], data_dir, replies: list[tuple[str, str]], timeout: float = 30) -> tuple[int, str]:
    """Run `casekeeper ARGS` on a pseudo-terminal; answer each prompt (a text that appears)
    with its reply. Returns (exit code, everything the terminal showed)."""
    import os
    import pty
    import time

    from test_cli import RUNNER

    env = {**os.environ, "CASEKEEPER_DATA_DIR": str(data_dir)}
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(sys.executable, [sys.executable, "-c", RUNNER, *args], env)
    seen = b""
    deadline = time.monotonic() + timeout
    for prompt, reply in replies:
        while prompt.encode() not in seen and time.monotonic() < deadline:
            seen += os.read(fd, 1024)
        os.write(fd, (reply + "\n").encode())
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")


def answer_in_turn(*answers: str) -> tuple[list[str], list]:
    """Answer the next message boxes, one after the other, by clicking the button named in
    `answers` (e.g. "Delete", "Cancel"). Returns (the boxes' texts, the ModalAnswer objects)."""
    from tests.gui_shell_support import ModalAnswer, click_button

    texts: list[str] = []
    waiting: list = []

    def answer(i):
        def handler(box):
            texts.append(box.text())
            if i + 1 < len(answers):
                waiting.append(ModalAnswer(answer(i + 1)))
            click_button(box, answers[i])
        return handler

    waiting.append(ModalAnswer(answer(0)))
    return texts, waiting
