"""Helpers for the packaging tests (wheel, desktop files, bundle).

The wheel is built once per test session (from a copy of the source tree without any
build output or compiled .qm, so the build has to make everything itself) and shared by
the wheel and bundle tests. What these tests need and cannot find is a skip on a
developer's machine and a failure under CI=true."""
from __future__ import annotations

import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UNDER_CI = os.environ.get("CI", "").lower() == "true"
APP_ID = "io.github.casekeeper.Casekeeper"
# Left out of the copy the wheel is built from: build output, venvs, caches, compiled translations.
_NOT_SOURCE = shutil.ignore_patterns(".git", ".venv", ".bundle-venv", "build", "dist", "*.egg-info", "__pycache__",
                                     "*.pyc", "*.qm", ".pytest_cache", ".hypothesis", ".bench", "shots")
_memo: dict[str, object] = {}


def missing(reason: str):
    if UNDER_CI:
        pytest.fail(f"CI=true but {reason}", pytrace=False)
    pytest.skip(reason)


def need_tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        missing(f"`{name}` is not installed (Debian package {package}; .ci/run installs it)")
    return path


def host_env() -> dict[str, str]:
    """This environment without the test venv (for pip and build: they keep the user's pip cache)."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    venv_bin = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p != venv_bin)
    return env


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """A clean environment, as a desktop session gives a program: no venv, no PYTHONPATH, a
    system PATH, a fresh home with its XDG dirs; the D-Bus session (with the test keyring) is kept."""
    env = {"HOME": str(home), "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
           "XDG_DATA_HOME": str(home / ".local" / "share"), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_CACHE_HOME": str(home / ".cache"), "XDG_STATE_HOME": str(home / ".local" / "state"),
           "TMPDIR": os.environ.get("TMPDIR", "/tmp")}
    for name in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"):
        if os.environ.get(name):
            env[name] = os.environ[name]
    env.update(extra)
    return env


def run(args, *, timeout: float = 300, check: bool = True, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=timeout, **kwargs)
    if check and result.returncode != 0:
        pytest.fail(f"{' '.join(map(str, args))} exited {result.returncode}\n"
                    f"--- stdout\n{result.stdout[-4000:]}\n--- stderr\n{result.stderr[-4000:]}", pytrace=False)
    return result


def built_wheel(tmp_path_factory) -> Path:
    """The casekeeper wheel, built once per session with `python -m build --wheel`."""
    if "wheel" not in _memo:
        try:
            import build  # noqa: F401  (the `build` front end: a test extra)
        except ImportError:
            missing("the `build` package is not installed in the test venv (make setup installs it)")
        work = tmp_path_factory.mktemp("wheel-build")
        source = work / "source"
        shutil.copytree(ROOT, source, ignore=_NOT_SOURCE, symlinks=True)
        out = work / "dist"
        result = run([sys.executable, "-m", "build", "--wheel", "--outdir", out, source], timeout=900,
                     check=False, env=host_env(), cwd=work)
        if result.returncode != 0:
            _memo["wheel"] = f"python -m build --wheel failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        else:
            _memo["wheel"] = next(out.glob("casekeeper-*.whl"))
    wheel = _memo["wheel"]
    if isinstance(wheel, str):
        pytest.fail(wheel, pytrace=False)
    return wheel


def wheel_files(wheel: Path) -> list[str]:
    """The files the wheel installs, from its RECORD."""
    with zipfile.ZipFile(wheel) as zf:
        record = next(n for n in zf.namelist() if n.endswith(".dist-info/RECORD"))
        return [line.rsplit(",", 2)[0] for line in zf.read(record).decode("utf-8").splitlines() if line.strip()]


def fresh_venv(path: Path, *requirements: str) -> Path:
    """A new venv at `path` with `requirements` installed by pip (dependencies from PyPI, pip's cache
    allowed); returns its bin dir."""
    result = run([sys.executable, "-m", "venv", path], check=False, env=host_env())
    if result.returncode != 0:
        missing(f"cannot create a venv (Debian package python3-venv): {result.stderr.strip()[-500:]}")
    bin_dir = path / "bin"
    run([bin_dir / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *requirements],
        timeout=900, env=host_env(), cwd=path)
    return bin_dir


class Lines:
    """The stdout lines of a running process, read in a thread, so a test waits for the next
    one with a timeout that fails instead of hanging."""

    def __init__(self, proc: subprocess.Popen):
        self.proc = proc
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            self._lines.put(line)
        self._lines.put("")

    def next(self, timeout: float = 120) -> str:
        try:
            return self._lines.get(timeout=timeout)
        except queue.Empty:
            self.proc.kill()
            err = self.proc.stderr.read()[-4000:] if self.proc.stderr else ""
            pytest.fail(f"no output within {timeout} s; stderr:\n{err}", pytrace=False)


@contextmanager
def xvfb():
    """A private X display (Xvfb, 1366x768), as a string for DISPLAY."""
    server = subprocess.Popen([need_tool("Xvfb", "xvfb"), "-displayfd", "1", "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        number = Lines(server).next(timeout=60).strip()
        assert number.isdigit(), number
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


_XPROP = re.compile(r'^(_NET_WM_NAME|WM_CLASS)\([A-Z0-9_]+\) = (.*)$')


def x_windows(pid: int, display: str) -> list[dict[str, object]]:
    """The X windows of process `pid`: their title (_NET_WM_NAME) and WM_CLASS (instance, class)."""
    env = {**os.environ, "DISPLAY": display}
    found = subprocess.run([need_tool("xdotool", "xdotool"), "search", "--pid", str(pid)], capture_output=True,
                           text=True, env=env, timeout=30).stdout.split()
    windows = []
    for window_id in found:
        props = subprocess.run([need_tool("xprop", "x11-utils"), "-id", window_id, "_NET_WM_NAME", "WM_CLASS"],
                               capture_output=True, text=True, env=env, timeout=30).stdout
        seen = {}
        for line in props.splitlines():
            m = _XPROP.match(line)
            if m:
                seen[m.group(1)] = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2))
        windows.append({"title": (seen.get("_NET_WM_NAME") or [""])[0], "wm_class": tuple(seen.get("WM_CLASS", ()))})
    return windows


def wait_for_window(proc: subprocess.Popen, display: str, wanted, timeout: float = 120) -> dict[str, object]:
    """Polls the windows of `proc` until one satisfies `wanted`; fails after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    seen: list = []
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the app exited ({proc.returncode}) before its window showed; windows seen: {seen}",
                        pytrace=False)
        seen = x_windows(proc.pid, display)
        for window in seen:
            if wanted(window):
                return window
        time.sleep(0.2)   # polling interval, not a wait for a fixed time
    pytest.fail(f"no window as wanted within {timeout} s; windows seen: {seen}", pytrace=False)
