"""The real app: a damaged database at start-up, and a second instance on the same data dir."""
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from argparse import Namespace
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.faults_support import damaged_after_backup
from tests.gui_shell_support import ModalAnswer, click_button

ROOT = Path(__file__).resolve().parent.parent


def close_main_window_when_shown():
    from casekeeper.gui.main_window import MainWindow

    found = []

    def poll():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(20, poll)
            return
        found.append([windows[0].case_model.index(r, 0).data() for r in range(windows[0].case_model.rowCount())])
        windows[0].close()
    QTimer.singleShot(0, poll)
    return found


def test_damaged_database_at_start_offers_the_newest_backup_and_opens_it(qtbot, data_dir, clock, capsys):
    from casekeeper.gui import app

    path = damaged_after_backup(data_dir, lambda _: b"SQLite format 3\x00" + b"\x13\x37" * 3000, "Safe in the backup")
    damaged = hashlib.sha256(path.read_bytes()).hexdigest()
    shown = []
    answer = ModalAnswer(lambda box: (shown.append(box.text() + "\n" + box.informativeText()),
                                      click_button(box, "Restore backup")))
    listed = close_main_window_when_shown()
    assert app.run(Namespace(data_dir=str(data_dir), lang="en")) == 0
    answer.check()
    assert "damaged" in shown[0] and "newest backup" in shown[0]
    assert listed and "Safe in the backup" in listed[0]
    aside = [p for p in data_dir.iterdir() if ".damaged-" in p.name]
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in aside] == [damaged]


def test_declining_the_backup_quits_and_leaves_the_file(qtbot, data_dir, clock, capsys):
    from casekeeper.gui import app

    path = damaged_after_backup(data_dir, lambda _: b"SQLite format 3\x00" + b"\x13\x37" * 3000)
    before = path.read_bytes()
    boxes = []

    def answer_all(box):
        boxes.append(box.text())
        click_button(box, "Quit" if len(boxes) == 1 else "Close")
        if len(boxes) == 1:
            ModalAnswer(answer_all)  # then the "cannot open" message
    answer = ModalAnswer(answer_all)
    assert app.run(Namespace(data_dir=str(data_dir), lang="en")) != 0
    answer.check()
    assert "damaged" in boxes[0] and "cannot open" in boxes[1]
    assert path.read_bytes() == before
    assert not [p for p in data_dir.iterdir() if ".damaged-" in p.name]


def start_app(data_dir, **env):
    return subprocess.Popen([sys.executable, "-m", "casekeeper.gui.main", "--data-dir", str(data_dir), "--lang", "en"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env})


def test_second_app_process_defers_to_the_first(data_dir):
    first = start_app(data_dir)
    try:
        from casekeeper.gui.single_instance import server_name

        socket = Path(tempfile.gettempdir()) / server_name(data_dir)   # where QLocalServer listens on Linux
        deadline = time.monotonic() + 30
        while not socket.exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert socket.exists() and first.poll() is None, "the first window never started listening"
        second = start_app(data_dir)
        out, err = second.communicate(timeout=30)
        assert second.returncode == 0 and "already open" in err
        assert first.poll() is None  # the first one is still there
    finally:
        first.kill()
        first.wait()
    # after the first one is gone (even killed), the app starts normally again
    third = start_app(data_dir, CASEKEEPER_BENCH="1")
    out, err = third.communicate(timeout=30)
    assert third.returncode == 0 and out.startswith("SHOWN"), err
