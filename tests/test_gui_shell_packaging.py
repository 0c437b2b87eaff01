"""The desktop entry and AppStream metadata name the command and an icon that exists."""
import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_desktop_entry_and_metainfo_agree():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "casekeeper" / "io.github.casekeeper.Casekeeper.desktop", encoding="utf-8")
    desk = entry["Desktop Entry"]
    assert desk["Exec"].split()[0] == "casekeeper" and desk["Type"] == "Application"
    assert desk["Icon"] == "io.github.casekeeper.Casekeeper" and (ROOT / "resources" / "icons" / "casekeeper.svg").is_file()
    meta = ET.parse(ROOT / "packaging" / "casekeeper" / "io.github.casekeeper.Casekeeper.metainfo.xml").getroot()
    assert meta.findtext("id") == "io.github.casekeeper.Casekeeper"
    assert meta.findtext("launchable") == "io.github.casekeeper.Casekeeper.desktop"
    assert meta.findtext("icon") == desk["Icon"]
    assert meta.find("provides/binary").text == "casekeeper"
