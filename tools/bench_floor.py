"""The floor for `make bench`: a bare PySide6 window, nothing else. It reports nothing:
tools/bench_ready.py watches it from outside as it watches the app (map, pings, title)."""
import sys

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("floor")
window.resize(1280, 800)
window.show()
app.exec()
