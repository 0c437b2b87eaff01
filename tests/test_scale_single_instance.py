"""Two app instances on one data dir: the second brings the first forward and exits."""
import os
import subprocess
import sys
from pathlib import Path

from casekeeper.gui.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parent.parent

# A stand-in for the app: claims the data dir, prints what happens, runs until told to stop.
PEER = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from casekeeper.gui.single_instance import SingleInstance
app = QApplication([])
inst = SingleInstance(sys.argv[1])
if not inst.claim():
    print("second", flush=True)
    sys.exit(0)
inst.activated.connect(lambda: print("activated", flush=True))
print("first", flush=True)
QTimer.singleShot(int(sys.argv[2]), app.quit)
app.exec()
"""


def peer(data_dir, ms=8000):
    return subprocess.Popen([sys.executable, "-c", PEER, str(data_dir), str(ms)], stdout=subprocess.PIPE, text=True,
                            cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_second_process_activates_first_and_exits(data_dir):
    first = peer(data_dir)
    assert first.stdout.readline() == "first\n"
    second = peer(data_dir)
    out, _ = second.communicate(timeout=20)
    assert out == "second\n" and second.returncode == 0
    assert first.stdout.readline() == "activated\n"
    first.kill()
    first.wait()


def test_lock_of_a_killed_instance_is_taken_over(data_dir):
    first = peer(data_dir)
    assert first.stdout.readline() == "first\n"
    first.kill()  # SIGKILL: lock file and socket stay behind
    first.wait()
    assert (data_dir / "casekeeper.lock").exists()
    again = peer(data_dir, ms=100)
    out, _ = again.communicate(timeout=20)
    assert out == "first\n"


def test_peers_in_one_process(qtbot, data_dir, tmp_path):
    first = SingleInstance(data_dir)
    assert first.claim()
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    elsewhere = SingleInstance(other_dir)  # another data dir is another instance
    assert elsewhere.claim()
    with qtbot.waitSignal(first.activated, timeout=5000):
        second = SingleInstance(data_dir)
        assert not second.claim()
    first.release()
    elsewhere.release()
    third = SingleInstance(data_dir)
    assert third.claim()
    third.release()
