# Casekeeper's bundle: PyInstaller's own QtGui hook, keeping only the Qt plugins a Linux
# desktop app needs. Dropping a plugin here also drops what it links (the GTK 3 platform
# theme would bring all of GTK and cairo from the build machine).
import os

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)

# plugin folder -> file names kept (None: all of them); folders not listed are dropped.
KEEP = {
    "platforms": {"libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqminimal.so"},
    "platforminputcontexts": None,       # compose keys, IBus (Japanese input)
    "platformthemes": {"libqxdgdesktopportal.so"},
    "iconengines": None,                 # SVG icons
    "imageformats": None,                # SVG, and previews of attached pictures
    "wayland-shell-integration": {"libxdg-shell.so"},
    "wayland-decoration-client": None,
}


def _kept(src, dest):
    parts = dest.replace(os.sep, "/").split("/")
    if "plugins" not in parts:
        return True
    folder = "/".join(parts[parts.index("plugins") + 1:])
    if folder not in KEEP:
        return False
    return KEEP[folder] is None or os.path.basename(src) in KEEP[folder]


binaries = [(src, dest) for src, dest in binaries if _kept(src, dest)]
