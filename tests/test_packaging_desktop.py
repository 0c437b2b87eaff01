"""Desktop integration: the shipped desktop entry and metainfo pass Debian's validators, the
window's WM_CLASS is what the entry promises, `--install-desktop` writes an entry whose Exec
a real launcher (GLib) runs even from a path with spaces, an icon theme a desktop finds the
icon in, and `--uninstall-desktop` takes exactly that away; the autostart entry starts the
command that is running."""
from __future__ import annotations

import configparser
import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QIcon, QImage

from casekeeper.gui import autostart, desktop_install
from tests.packaging_support import APP_ID, ROOT, missing, need_tool, wait_for_window, xvfb

PACKAGING = ROOT / "packaging" / "casekeeper"
ENTRY = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def entry_of(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def validate_entry(path: Path) -> None:
    result = subprocess.run([need_tool("desktop-file-validate", "desktop-file-utils"), str(path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_shipped_desktop_entry_passes_desktop_file_validate():
    validate_entry(ENTRY)


def test_shipped_metainfo_passes_appstreamcli_and_shows_real_screenshots():
    result = subprocess.run([need_tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(METAINFO).getroot()
    shots = root.findall("screenshots/screenshot")
    assert len(shots) >= 2 and shots[0].get("type") == "default"
    prefix = "https://raw.githubusercontent.com/casekeeper/casekeeper/main/"
    for shot in shots:
        assert shot.findtext("caption")
        image = shot.find("image")
        assert image.text.startswith(prefix)
        local = ROOT / image.text[len(prefix):]
        picture = QImage(str(local))
        assert not picture.isNull(), local
        assert (picture.width(), picture.height()) == (int(image.get("width")), int(image.get("height"))) == (1366, 768)
    release = root.find("releases/release")
    assert release.get("version") and release.get("date") and release.find("description/ul/li") is not None


def test_window_class_is_the_entrys_startup_wm_class(tmp_path):
    with xvfb() as display:
        app = subprocess.Popen([sys.executable, "-m", "casekeeper", "--data-dir", str(tmp_path), "--lang", "en"],
                               cwd=tmp_path, env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            window = wait_for_window(app, display, lambda w: w["title"].endswith("Casekeeper") and w["wm_class"])
        finally:
            app.terminate()
            app.wait(timeout=30)
    assert window["wm_class"][1] == entry_of(ENTRY)["StartupWMClass"]


def test_install_desktop_writes_a_working_entry_and_an_icon_theme_and_uninstall_removes_exactly_that(
        tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    command = tmp_path / "My Apps" / "casekeeper"   # a home like /home/Jane Doe
    command.parent.mkdir()
    command.write_text("#!/bin/sh\nexit 0\n")
    said = []
    files = desktop_install.install(command=[str(command)], say=said.append)
    assert sorted(files) == sorted(p for p in (tmp_path / "data").rglob("*") if p.is_file()
                                   and p.name not in ("mimeinfo.cache", "icon-theme.cache"))
    assert all(any(str(f) in line for line in said) for f in files)

    entry_file = tmp_path / "data" / "applications" / f"{APP_ID}.desktop"
    validate_entry(entry_file)
    shipped, installed = entry_of(ENTRY), entry_of(entry_file)
    assert {k: v for k, v in installed.items() if k != "Exec"} == {k: v for k, v in shipped.items() if k != "Exec"}
    assert (tmp_path / "data" / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == METAINFO.read_bytes()

    # the icon, looked up by name in the hicolor theme as a desktop does (the theme's index is
    # the system's, the icon the user's), at every size
    index = Path("/usr/share/icons/hicolor/index.theme")
    if not index.is_file():
        missing("the hicolor icon theme is not installed (Debian package hicolor-icon-theme)")
    before = QIcon.themeSearchPaths(), QIcon.themeName()
    try:
        QIcon.setThemeSearchPaths([str(tmp_path / "data" / "icons"), str(index.parent.parent)])
        QIcon.setThemeName("hicolor")
        icon = QIcon.fromTheme(APP_ID)
        assert not icon.isNull()
        for size in desktop_install.PNG_SIZES:
            png = QImage(str(tmp_path / "data" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
            assert (png.width(), png.height()) == (size, size)
            assert png.pixelColor(size // 2, size // 2).alpha() == 255 and png.pixelColor(0, 0).alpha() == 0
    finally:
        QIcon.setThemeSearchPaths(before[0])
        QIcon.setThemeName(before[1])

    said.clear()
    removed = desktop_install.uninstall(say=said.append)
    assert sorted(removed) == sorted(files)
    assert [p for p in (tmp_path / "data").rglob("*") if p.is_file()
            and p.name not in ("mimeinfo.cache", "icon-theme.cache")] == []
    said.clear()
    assert desktop_install.uninstall(say=said.append) == [] and "Nothing to remove" in said[0]


def test_exec_line_survives_spaces_quotes_and_percent_signs_through_glibs_launcher(tmp_path):
    gio = need_tool("gio", "libglib2.0-bin")
    script = tmp_path / "odd $dir `x`" / "run me"
    script.parent.mkdir()
    out = tmp_path / "argv.txt"
    script.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$0\" \"$@\" > '{out}.tmp' && mv '{out}.tmp' '{out}'\n")
    script.chmod(0o755)
    args = [str(script), "--tray", "50%", 'back\\slash "quoted"']
    entry = tmp_path / "t.desktop"
    entry.write_text(f"[Desktop Entry]\nType=Application\nName=T\nExec={desktop_install.desktop_exec(args)}\n")
    validate_entry(entry)
    subprocess.run([gio, "launch", str(entry)], check=True, timeout=60, env={**os.environ, "DISPLAY": ""})
    deadline = time.monotonic() + 60
    while not out.exists() and time.monotonic() < deadline:
        time.sleep(0.05)   # polling for the launched process's file
    assert out.read_text().splitlines() == args


def test_running_command_is_absolute_for_a_bundle_a_console_script_and_python_m(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/casekeeper/casekeeper")
    assert desktop_install.running_command() == ["/opt/casekeeper/casekeeper"]
    monkeypatch.delattr(sys, "frozen")
    monkeypatch.setattr(sys, "executable", "/venv/bin/python")
    script = tmp_path / "bin" / "casekeeper"
    script.parent.mkdir()
    script.write_text("#!/venv/bin/python\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["bin/casekeeper"])      # started as ./bin/casekeeper
    assert desktop_install.running_command() == [str(script)]
    monkeypatch.setattr(sys, "argv", [str(ROOT / "packaging" / "casekeeper" / "__main__.py")])
    assert desktop_install.running_command() == ["/venv/bin/python", "-m", "casekeeper"]


def test_autostart_entry_starts_the_running_command_with_the_app_icon(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    script = tmp_path / "Jane Doe" / ".local" / "bin" / "casekeeper"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "argv", [str(script)])
    path = autostart.set_enabled(True)
    validate_entry(path)
    entry = entry_of(path)
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == f'"{script}" --tray'


def test_install_desktop_speaks_the_users_language(tmp_path):
    """`casekeeper --install-desktop` as typed in a Japanese terminal: its lines in Japanese."""
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "LANG": "ja_JP.UTF-8", "LC_ALL": ""}
    env.pop("LANGUAGE", None)
    done = subprocess.run([sys.executable, "-m", "casekeeper", "--install-desktop"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "インストールしました" in done.stdout and "Installed" not in done.stdout
    done = subprocess.run([sys.executable, "-m", "casekeeper", "--lang", "en", "--uninstall-desktop"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "Removed" in done.stdout and "削除" not in done.stdout
