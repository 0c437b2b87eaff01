"""Start at login: an XDG autostart entry (~/.config/autostart/casekeeper.desktop)."""
from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

FILE_NAME = "casekeeper.desktop"


def autostart_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / FILE_NAME


def command() -> str:
    exe = shutil.which("casekeeper") or str(Path(sys.argv[0]).resolve())
    return f"{shlex.quote(exe)} --tray"


def is_enabled() -> bool:
    return autostart_file().is_file()


def set_enabled(enabled: bool) -> Path:
    path = autostart_file()
    if not enabled:
        path.unlink(missing_ok=True)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    text = ("[Desktop Entry]\nType=Application\nName=Casekeeper\n"
            "Comment=Deadlines and reminders of your cases\n"
            f"Exec={command()}\nIcon=casekeeper\nTerminal=false\nX-GNOME-Autostart-enabled=true\n")
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path
