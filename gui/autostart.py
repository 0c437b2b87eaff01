"""Start at login: an XDG autostart entry (~/.config/autostart/casekeeper.desktop).

Its Exec is the absolute command that is running (the console script of a venv, pipx or
`make install`, or the bundle's executable), so it works without PATH; its Icon is the app
id that `casekeeper --install-desktop` puts into the icon theme."""
from __future__ import annotations

import os
from pathlib import Path

from casekeeper import APP_ID

from .desktop_install import desktop_exec, running_command

FILE_NAME = "casekeeper.desktop"


def autostart_file() -> Path:
    value = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(value) if os.path.isabs(value) else Path.home() / ".config"
    return base / "autostart" / FILE_NAME


def command() -> str:
    """The Exec value: this Casekeeper, started in the tray."""
    return desktop_exec([*running_command(), "--tray"])


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
            f"Exec={command()}\nIcon={APP_ID}\nTerminal=false\nX-GNOME-Autostart-enabled=true\n")
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path
