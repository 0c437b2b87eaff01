"""The PyInstaller bundle (`make bundle`), run as on a machine with no Python packages: a clean
environment (no venv on PATH, no PYTHONPATH, a fresh home): the command line, the demo case,
holidays, iCalendar, PDF export, the keyring (Secret Service), translations and the window."""
from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
import tomllib
from types import SimpleNamespace

import pytest

from casekeeper.db import logins
from casekeeper.db.connection import close_database, open_database
from tests.logins_support import secret_service  # noqa: F401  (fixture: the real Secret Service)
from tests.packaging_support import (APP_ID, ROOT, built_wheel, host_env, need_tool, run, user_env,
                                     wait_for_window, xvfb)

pytestmark = pytest.mark.slow
DEMO_TITLE = tomllib.loads((ROOT / "resources" / "demo" / "demo.en.toml").read_text(encoding="utf-8"))["case"]["title"]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    """`make bundle` with the session's wheel, its build venv and output in a temp dir."""
    wheel = built_wheel(tmp_path_factory)
    need_tool("make", "make")
    work = tmp_path_factory.mktemp("bundle")
    run(["make", "--no-print-directory", "bundle", f"WHEEL={wheel}", f"BUNDLE_VENV={work / 'venv'}",
         f"DISTDIR={work / 'dist'}", f"BUNDLE_WORK={work / 'build'}", f"PYTHON={sys.executable}"],
        cwd=ROOT, env=host_env(), timeout=1200)
    folder = work / "dist" / "casekeeper"
    shutil.rmtree(work / "venv")   # nothing of the build venv is left to lean on
    return SimpleNamespace(folder=folder, command=folder / "casekeeper")


@pytest.fixture
def user(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = user_env(home)
    env["PATH"] = "/usr/bin:/bin"
    return SimpleNamespace(home=home, env=env, data=home / ".local" / "share" / "casekeeper")


def test_bundle_is_self_contained_and_lean(bundle):
    inside = bundle.folder / "_internal"
    qms = sorted(p.name for p in (inside / "casekeeper" / "resources" / "translations").glob("*.qm"))
    assert qms == sorted(ts.stem + ".qm" for ts in (ROOT / "resources" / "translations").glob("*.ts"))
    assert (inside / "casekeeper" / f"{APP_ID}.desktop").is_file()
    plugins = inside / "PySide6" / "Qt" / "plugins"
    for needed in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                   "imageformats/libqsvg.so", "iconengines/libqsvgicon.so"):
        assert (plugins / needed).is_file(), needed
    assert not (plugins / "platformthemes" / "libqgtk3.so").exists()   # would bring GTK from the build machine
    assert not list(inside.rglob("libQt6Qml*")) and not list(inside.rglob("libQt6Quick*"))
    assert list(inside.glob("keyring-*.dist-info/entry_points.txt"))   # how keyring finds its backends


def test_bundle_commands_work_in_a_clean_environment(bundle, user, tmp_path):
    assert "demo case" in run([bundle.command, "demo"], cwd=tmp_path, env=user.env).stdout
    listed = json.loads(run([bundle.command, "cases", "--json"], cwd=tmp_path, env=user.env).stdout)
    assert [c["title"] for c in listed] == [DEMO_TITLE]
    case_id = listed[0]["id"]
    desks = json.loads(run([bundle.command, "desks", str(case_id), "--json"], cwd=tmp_path, env=user.env).stdout)
    assert any(d["next_open"] for d in desks)   # desk hours with public holidays (`holidays`, loaded lazily)
    ics = tmp_path / "deadlines.ics"
    run([bundle.command, "ics", "-o", ics], cwd=tmp_path, env=user.env)
    assert ics.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    pdf = tmp_path / "report.pdf"
    # a machine without any CJK font: fontconfig finds nothing, the bundle's own fonts serve
    no_fonts = tmp_path / "fonts.conf"
    no_fonts.write_text('<?xml version="1.0"?><fontconfig><dir>/nonexistent</dir></fontconfig>', encoding="utf-8")
    run([bundle.command, "export", str(case_id), "--format", "pdf", "-o", pdf], cwd=tmp_path,
        env={**user.env, "FONTCONFIG_FILE": str(no_fonts)}, timeout=120)
    assert pdf.read_bytes().startswith(b"%PDF")
    text = run([need_tool("pdftotext", "poppler-utils"), pdf, "-"]).stdout
    assert DEMO_TITLE in text and "JP26-0048213" in text


def test_bundle_keeps_a_login_secret_in_the_secret_service(bundle, user, tmp_path, secret_service):  # noqa: F811
    run([bundle.command, "demo"], cwd=tmp_path, env=user.env)
    added = run([bundle.command, "login", "set", "1", "Support portal", "--user", "me@example.com"],
                input="bundle-secret-42\n", cwd=tmp_path, env=user.env, timeout=120)
    assert "Secret Service" in added.stdout
    open_database(user.data)
    try:
        login = logins.find_login(1, "Support portal")
        assert logins.read_secret(login.id) == "bundle-secret-42"
        logins.delete_login(login.id)
    finally:
        close_database()


def test_bundle_window_starts_offscreen_in_a_clean_environment(bundle, user, tmp_path):
    env = {**user.env, "QT_QPA_PLATFORM": "offscreen", "CASEKEEPER_BENCH": "1"}
    shown = run([bundle.command, "--lang", "ja"], cwd=tmp_path, env=env, timeout=120)
    assert shown.stdout.startswith("SHOWN")


def test_bundle_window_on_x11_speaks_japanese_and_installs_its_menu_entry(bundle, user, tmp_path):
    with xvfb() as display:
        app = subprocess.Popen([bundle.command, "--lang", "ja"], cwd=tmp_path, env={**user.env, "DISPLAY": display},
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            # the empty data dir's welcome, in Japanese: the translations load from the bundle
            window = wait_for_window(app, display, lambda w: "ようこそ" in w["title"])
        finally:
            app.terminate()
            app.wait(timeout=30)
    assert window["wm_class"] == ("casekeeper", "Casekeeper")

    out = run([bundle.command, "--install-desktop"], cwd=tmp_path, env=user.env).stdout
    entry = user.home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    assert str(entry) in out
    assert f"Exec={bundle.command}\n" in entry.read_text(encoding="utf-8")
    png = user.home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png"
    assert png.read_bytes()[:4] == b"\x89PNG"   # drawn by the bundle's QtSvg
    run([bundle.command, "--uninstall-desktop"], cwd=tmp_path, env=user.env)
    assert not entry.exists() and not png.exists()


def test_bundle_autostart_entry_starts_the_bundle(bundle, user, monkeypatch, tmp_path):
    """The autostart entry as the frozen app writes it (sys.frozen, sys.executable = the bundle's
    executable), and its Exec run as a session would run it."""
    from casekeeper.gui import autostart

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle.command))
    text = autostart.set_enabled(True).read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in text
    command = shlex.split(next(line for line in text.splitlines() if line.startswith("Exec="))[len("Exec="):])
    assert command == [str(bundle.command), "--tray"]
    env = {**user.env, "QT_QPA_PLATFORM": "offscreen", "CASEKEEPER_BENCH": "1"}
    assert run(command, cwd="/", env=env, timeout=120).stdout.startswith("SHOWN")
