"""The wheel, as a new user gets it: built with `python -m build --wheel`, installed with pip
into a fresh venv outside the repository, and used from a temp working directory with a
clean environment (no venv on PATH, a fresh home)."""
from __future__ import annotations

import configparser
import json
import re
import shlex
import shutil
import struct
import subprocess
import tomllib
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.packaging_support import (APP_ID, ROOT, Lines, built_wheel, fresh_venv, need_tool, run, user_env,
                                     wheel_files)

pytestmark = pytest.mark.slow
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
DEMO_TITLE = tomllib.loads((ROOT / "resources" / "demo" / "demo.en.toml").read_text(encoding="utf-8"))["case"]["title"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    return built_wheel(tmp_path_factory)


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory):
    venv = tmp_path_factory.mktemp("installed") / "venv"
    bin_dir = fresh_venv(venv, str(wheel))
    return SimpleNamespace(venv=venv, bin=bin_dir, command=bin_dir / "casekeeper")


@pytest.fixture
def user(tmp_path):
    home, cwd = tmp_path / "home", tmp_path / "somewhere"
    home.mkdir()
    cwd.mkdir()
    return SimpleNamespace(home=home, cwd=cwd, env=user_env(home), window_env=user_env(home, QT_QPA_PLATFORM="offscreen"))


def desktop_entry(path: Path) -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(path, encoding="utf-8")
    return entry["Desktop Entry"]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_wheel_holds_one_import_package_with_its_resources(wheel):
    files = wheel_files(wheel)
    top = {name.split("/")[0] for name in files}
    assert {t for t in top if not t.endswith(".dist-info")} == {"casekeeper"}
    with zipfile.ZipFile(wheel) as zf:
        top_level = next(n for n in zf.namelist() if n.endswith(".dist-info/top_level.txt"))
        assert zf.read(top_level).decode().split() == ["casekeeper"]
    for source in sorted((ROOT / "db").rglob("*.py")) + sorted((ROOT / "gui").rglob("*.py")):
        assert "casekeeper/" + source.relative_to(ROOT).as_posix() in files, source
    translations = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    assert translations
    for ts in translations:
        assert f"casekeeper/resources/translations/{ts.stem}.qm" in files
    assert not [f for f in files if f.endswith((".ts", ".sources"))]
    for needed in ("casekeeper/resources/demo/demo.en.toml", "casekeeper/resources/demo/demo.ja.toml",
                   "casekeeper/resources/playbooks/oci-account-suspended.toml",
                   "casekeeper/resources/icons/casekeeper.svg",
                   f"casekeeper/{APP_ID}.desktop", f"casekeeper/{APP_ID}.metainfo.xml"):
        assert needed in files
    assert any(f.endswith(".dist-info/licenses/LICENSE") for f in files)


def test_installed_command_adds_and_lists_the_demo_from_any_directory(installed, user):
    added = run([installed.command, "demo"], cwd=user.cwd, env=user.env)
    assert "demo case" in added.stdout
    listed = run([installed.command, "cases", "--json"], cwd=user.cwd, env=user.env)
    assert [c["title"] for c in json.loads(listed.stdout)] == [DEMO_TITLE]
    # the default data dir: the user's, not the working directory or the venv
    assert (user.home / ".local" / "share" / "casekeeper" / "casekeeper.sqlite3").is_file()
    assert list(user.cwd.iterdir()) == []
    usage = run([installed.command, "--help"], cwd=user.cwd, env=user.env).stdout   # every command module loads
    assert all(f" {command} " in usage for command in ("demo", "cases", "export", "login", "--install-desktop"))


def test_installed_window_in_japanese_with_icon_single_instance_and_autostart(installed, user):
    probe = user.cwd / "packaging_probe.py"
    shutil.copy(ROOT / "tests" / "packaging_probe.py", probe)
    first = subprocess.Popen([installed.bin / "python", probe.name, "--stay", "--autostart", "--lang", "ja"],
                             cwd=user.cwd, env=user.window_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    lines = Lines(first)
    try:
        line = lines.next()
        assert line, first.stderr.read()
        seen = json.loads(line)
        assert lines.next() == "waiting\n"
        # the install's own package, and the window as a Japanese user sees it
        assert Path(seen["casekeeper_file"]).is_relative_to(installed.venv)
        assert seen["menus"][0].startswith("ファイル") and all(JAPANESE.search(m) for m in seen["menus"]), seen
        for icon in (seen["app_icon"], seen["window_icon"]):
            assert not icon["null"] and icon["width"] == 48 and icon["opaque_samples"] > 10, icon
        assert seen["desktop_file_name"] == APP_ID

        # a second start on the same data dir brings the first window forward and exits
        second = run([installed.command, "--lang", "ja"], cwd=user.home, env=user.window_env, timeout=60)
        assert "already open" in second.stderr
        assert lines.next() == "activated\n"
        assert first.wait(timeout=60) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()

    # Settings > Start at login wrote an autostart entry that starts this install, with no PATH help
    autostart = user.home / ".config" / "autostart" / "casekeeper.desktop"
    entry = desktop_entry(autostart)
    assert entry["Icon"] == APP_ID
    command = shlex.split(entry["Exec"])
    assert command == [str(installed.bin / "python"), "-m", "casekeeper", "--tray"]
    shown = run([*command, "--data-dir", user.home / "fresh"], cwd="/", timeout=120,
                env={**user.window_env, "PATH": "/usr/bin:/bin", "CASEKEEPER_BENCH": "1"})
    assert shown.stdout.startswith("SHOWN")


def test_install_desktop_puts_the_app_into_the_menu_and_uninstall_takes_it_out(installed, user):
    data_home = user.home / ".local" / "share"
    out = run([installed.command, "--install-desktop"], cwd=user.cwd, env=user.env).stdout
    entry_file = data_home / "applications" / f"{APP_ID}.desktop"
    pngs = {n: data_home / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png"
            for n in (16, 24, 32, 48, 64, 128, 256)}
    ours = [entry_file, data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
            *pngs.values(), data_home / "metainfo" / f"{APP_ID}.metainfo.xml"]
    for path in ours:
        assert path.is_file() and str(path) in out, path
    for size, path in pngs.items():
        assert png_size(path) == (size, size)
    entry = desktop_entry(entry_file)
    assert entry["Exec"] == str(installed.command) and entry["Icon"] == APP_ID
    validate = need_tool("desktop-file-validate", "desktop-file-utils")
    assert run([validate, entry_file], check=False).stdout == ""
    # the menu entry's command works from anywhere, without the venv on PATH
    listed = run([entry["Exec"], "--data-dir", user.home / "d", "cases", "--json"], cwd="/", env=user.env)
    assert json.loads(listed.stdout) == []

    out = run([installed.command, "--uninstall-desktop"], cwd=user.cwd, env=user.env).stdout
    for path in ours:
        assert not path.exists() and str(path) in out, path
    caches = {"mimeinfo.cache", "icon-theme.cache"}   # indexes the desktop tools keep up to date
    assert [p for p in data_home.rglob("*") if p.is_file() and p.name not in caches] == []
