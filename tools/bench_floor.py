"""The floor for the start-up benchmark: a bare PySide6 window, nothing else.

Prints `SHOWN <peak RSS kB>` once the window has painted for the first time, then quits."""
import resource
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow


PAINTED = QEvent.Type(QEvent.registerEventType())


class FirstPaint(QObject):
    """The same measuring point as gui/bench_marker.py: right after the first paint pass."""

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            QCoreApplication.postEvent(self, QEvent(PAINTED))
        return False

    def event(self, event):
        if event.type() == PAINTED:
            report()
            return True
        return super().event(event)


def report():
    print(f"SHOWN {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
    QApplication.quit()


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("floor")
window.resize(1280, 800)
watch = FirstPaint()
window.installEventFilter(watch)
window.show()
app.exec()
