"""Desktop integration of an installed Casekeeper: `casekeeper --install-desktop` puts the
desktop entry, the icon (hicolor theme: SVG plus PNG sizes) and the AppStream metainfo into
the user's XDG data dir ($XDG_DATA_HOME, else ~/.local/share), so the app shows in the
desktop's menu with its icon; `casekeeper --uninstall-desktop` removes exactly those files.

The entry's Exec is the absolute path of the command that is running (the console script of
a venv or pipx, or the executable of the PyInstaller bundle), so it works without PATH.
Messages go to the terminal in English, like the rest of the command line."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from casekeeper import APP_ID
from casekeeper.db.resources_dir import resource

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Characters that make the desktop entry spec's Exec key want an argument quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (as the spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def running_command() -> list[str]:
    """The absolute command line that starts this same Casekeeper: the bundle's executable,
    the console script that is running (a symlink such as ~/.local/bin/casekeeper is kept as
    it is), or this Python with `-m casekeeper`."""
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)]
    argv0 = sys.argv[0] if sys.argv else ""
    if argv0 and not argv0.endswith(".py") and os.path.isfile(argv0):
        return [os.path.abspath(argv0)]
    return [os.path.abspath(sys.executable), "-m", "casekeeper"]


def _exec_arg(arg: str) -> str:
    arg = arg.replace("%", "%%")
    if arg and not _RESERVED.intersection(arg):
        return arg
    return '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'


def desktop_exec(args: list[str]) -> str:
    """`args` as the value of a desktop entry's Exec key (quoted as the spec asks, then
    escaped as a string value)."""
    return " ".join(_exec_arg(a) for a in args).replace("\\", "\\\\")


def desktop_entry_text(command: list[str]) -> str:
    """The shipped desktop entry with its Exec set to `command`."""
    text = resource(f"{APP_ID}.desktop", package="casekeeper").read_text(encoding="utf-8")
    lines = [f"Exec={desktop_exec(command)}" if line.startswith("Exec=") else line for line in text.splitlines()]
    return "\n".join(lines) + "\n"


def installed_files(base: Path | None = None) -> list[Path]:
    """Every file --install-desktop writes (and --uninstall-desktop removes)."""
    base = base or data_home()
    icons = base / "icons" / "hicolor"
    return [base / "applications" / f"{APP_ID}.desktop",
            icons / "scalable" / "apps" / f"{APP_ID}.svg",
            *(icons / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in PNG_SIZES),
            base / "metainfo" / f"{APP_ID}.metainfo.xml"]


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from .icons import render_app_icon

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not render_app_icon(size).save(buffer, "PNG"):
        raise OSError(f"could not render the {size}x{size} icon")
    buffer.close()
    return bytes(data)


def _refresh_caches(base: Path, say: Callable[[str], None], t: Callable[..., str]) -> None:
    """Let the desktop see the change now: update-desktop-database and gtk-update-icon-cache,
    where they are installed (neither is required)."""
    for tool, args in (("update-desktop-database", ["-q", str(base / "applications")]),
                       ("gtk-update-icon-cache", ["-q", "-f", "-t", str(base / "icons" / "hicolor")])):
        exe = shutil.which(tool)
        if exe is None or not Path(args[-1]).is_dir():
            continue
        try:
            result = subprocess.run([exe, *args], capture_output=True, text=True, timeout=120)
        except (OSError, subprocess.TimeoutExpired) as exc:
            say(t("cli.out.desktop_tool_not_run", tool=tool, error=exc))
            continue
        if result.returncode == 0:
            say(t("cli.out.desktop_tool_ran", tool=tool, path=args[-1]))
        else:
            say(t("cli.out.desktop_tool_failed", tool=tool, error=(result.stderr or result.stdout).strip()))


def _in_english():
    from casekeeper.db.cli.words import in_language    # the command line's texts (db/texts/cli_output.py)

    return in_language("en")


def install(base: Path | None = None, command: list[str] | None = None,
            say: Callable[[str], None] = print, t: Callable[..., str] | None = None) -> list[Path]:
    base = base or data_home()
    t = t or _in_english()
    command = command or running_command()
    files = installed_files(base)
    desktop, svg, *pngs, metainfo = files
    _write(desktop, desktop_entry_text(command).encode("utf-8"))
    from .icons import app_icon_svg

    _write(svg, app_icon_svg())
    for size, path in zip(PNG_SIZES, pngs):
        _write(path, _png(size))
    _write(metainfo, resource(f"{APP_ID}.metainfo.xml", package="casekeeper").read_bytes())
    for path in files:
        say(t("cli.out.desktop_installed", path=path))
    say(t("cli.out.desktop_starts", command=" ".join(command)))
    _refresh_caches(base, say, t)
    return files


def uninstall(base: Path | None = None, say: Callable[[str], None] = print,
              t: Callable[..., str] | None = None) -> list[Path]:
    base = base or data_home()
    t = t or _in_english()
    removed = []
    for path in installed_files(base):
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
            say(t("cli.out.desktop_removed", path=path))
    if not removed:
        say(t("cli.out.desktop_nothing", path=base))
        return removed
    _refresh_caches(base, say, t)
    return removed


def main(args) -> int:
    """`casekeeper --install-desktop` / `--uninstall-desktop`."""
    from casekeeper.db.cli.words import of

    t = of(args)          # the command line's language: --lang, else the locale
    try:
        if getattr(args, "uninstall_desktop", False):
            uninstall(t=t)
        else:
            install(t=t)
    except OSError as exc:
        print(f"casekeeper: {exc}", file=sys.stderr)
        return 1
    return 0
