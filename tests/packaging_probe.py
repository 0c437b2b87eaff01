"""Run by the packaging tests with an installed Casekeeper's own Python (a fresh venv's,
from a temp working directory, never with the checkout on sys.path):

    VENV/bin/python packaging_probe.py [--stay] [--autostart] CASEKEEPER-OPTIONS...

It starts the app through its real entry point (casekeeper.gui.main.main) and, once the
main window is shown, prints one JSON line of what a user sees: the menu titles, the window
icon, the desktop file name, where casekeeper was imported from. --autostart then ticks
Settings > Start at login. --stay keeps the window open until a second instance brings it
forward (prints "activated"); otherwise it quits at once."""
import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

flags = {"--stay", "--autostart"}
options = [a for a in sys.argv[1:] if a in flags]
app = QApplication(sys.argv[:1])


def icon_report(icon):
    image = icon.pixmap(48, 48).toImage()
    opaque = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
                 if image.pixelColor(x, y).alpha() > 0)
    return {"null": icon.isNull(), "width": image.width(), "opaque_samples": opaque}


def report():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    # (the Settings menu's "Start at login" is added right after the first paint)
    if not windows or not hasattr(windows[0], "autostart_action"):
        QTimer.singleShot(20, report)
        return
    window = windows[0]
    import casekeeper

    print(json.dumps({
        "menus": [a.text() for a in window.menuBar().actions()],
        "title": window.windowTitle(),
        "app_icon": icon_report(app.windowIcon()),
        "window_icon": icon_report(window.windowIcon()),
        "desktop_file_name": app.desktopFileName(),
        "application_name": app.applicationName(),
        "casekeeper_file": casekeeper.__file__,
    }, ensure_ascii=False), flush=True)
    if "--autostart" in options:
        window.autostart_action.setChecked(True)
    if "--stay" in options:
        from casekeeper.gui.single_instance import SingleInstance

        instance = app.findChildren(SingleInstance)[0]
        instance.activated.connect(lambda: (print("activated", flush=True), app.quit()))
        print("waiting", flush=True)
    else:
        app.quit()


QTimer.singleShot(0, report)
from casekeeper.gui.main import main  # noqa: E402  (after the application: main uses it)

main([a for a in sys.argv[1:] if a not in flags])
