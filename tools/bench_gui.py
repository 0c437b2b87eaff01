"""Inside the app's window, for tools/bench.py: click the large case in the case list and
time it to the first paint of its timeline; the peak RSS of the process; with --type WORD,
type WORD into the search box and measure the longest GUI stall and the time to its answer.

    python tools/bench_gui.py DATA_DIR [--runs N] [--type WORD]

Prints one JSON line: {"timeline_ms": median, "runs_ms": [...], "events": N, "rss_mb": peak,
"typed": [{"word", "type_stall_ms", "type_answer_ms", "type_hits", "type_complete"}, ...]}.
Each run first clicks a small case (so the large one is opened afresh), waits until
the window is idle, then clicks the large case's row as a person would."""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication  # noqa: E402


class PaintWatch(QObject):
    """Notes the end of the first paint of a view whose model holds at least `rows` rows."""

    def __init__(self, rows: int):
        super().__init__()
        self.rows = rows
        self.painted_at: float | None = None
        self.armed = False

    def eventFilter(self, obj, event):
        if self.armed and event.type() == QEvent.Type.Paint:
            view = obj.parent()
            if isinstance(view, QAbstractItemView) and view.model() is not None \
                    and view.model().rowCount() >= self.rows:
                view.viewportEvent(event)  # paint now, so the time includes the painting itself
                self.painted_at = time.perf_counter()
                self.armed = False
                return True
        return False


def settle(app: QApplication, ms: int = 150) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def row_of_case(window, case_id: int):
    proxy = window.case_table.model()
    from casekeeper.gui.case_list_model import CASE_ID_ROLE

    for r in range(proxy.rowCount()):
        index = proxy.index(r, 0)
        if index.data(CASE_ID_ROLE) == case_id:
            return index
    raise SystemExit(f"case {case_id} is not in the case list")


def click(window, index) -> None:
    table = window.case_table
    table.scrollTo(index)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     table.visualRect(index).center())


class Heartbeat(QObject):
    """A 2 ms timer: the longest gap between its ticks is the longest the GUI thread was busy."""

    def __init__(self):
        super().__init__()
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(2)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self):
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def type_search(app: QApplication, window, word: str) -> dict:
    """Type `word` into the search box one character at a time, as an input method commits
    them (150 ms apart), then wait for its answer: the longest GUI stall meanwhile, and the
    time from the last character to the results shown."""
    ev = window.evidence
    ev.search_box.setFocus()
    ev.search_box.clear()
    settle(app, 300)
    answers = []
    ev.results.finished.connect(lambda n: answers.append((time.perf_counter(), ev.results.query, n)))
    beat = Heartbeat()
    for n, ch in enumerate(word):
        ev.search_box.insert(ch)
        last_key = time.perf_counter()
        if n + 1 < len(word):
            settle(app, 150)
    deadline = last_key + 20
    while not any(q == word for _, q, _ in answers) and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    settle(app, 300)
    at, _, hits = next(a for a in answers if a[1] == word)
    return {"type_stall_ms": beat.longest * 1000, "type_answer_ms": (at - last_key) * 1000, "type_hits": hits,
            "type_complete": "newest entries" not in ev.results.summary.text()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--type", default="", help="then type these words (comma-separated) into the search box (stall, answer time)")
    parser.add_argument("--profile", action="store_true",
                        help="print a pyinstrument profile of the clicks (pip install pyinstrument first)")
    args = parser.parse_args()

    from casekeeper.db.connection import open_database
    from casekeeper.db.models import Event

    app = QApplication(sys.argv[:1])
    from casekeeper.gui import i18n
    i18n.install("en")
    open_database(args.data_dir)
    from peewee import fn

    big = Event.select(Event.case).group_by(Event.case).order_by(fn.COUNT(Event.id).desc()).first().case_id
    events = Event.select().where(Event.case == big).count()
    small = Event.select(Event.case).where(Event.case != big).group_by(Event.case) \
        .order_by(fn.COUNT(Event.id)).first().case_id

    from casekeeper.gui.main_window import MainWindow

    window = MainWindow(args.data_dir)
    window.resize(1280, 800)
    window.show()
    settle(app, 400)
    tabs = window.tabs
    timeline_tab = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == "Timeline")

    watch = PaintWatch(events)
    app.installEventFilter(watch)
    runs = []
    profiler = None
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
    for _ in range(args.runs):
        click(window, row_of_case(window, small))
        tabs.setCurrentIndex(timeline_tab)
        settle(app)
        target = row_of_case(window, big)
        watch.painted_at, watch.armed = None, True
        if profiler:
            profiler.start()
        started = time.perf_counter()
        click(window, target)
        deadline = started + 20
        while watch.painted_at is None and time.perf_counter() < deadline:
            app.processEvents()
        if profiler:
            profiler.stop()
        if watch.painted_at is None:
            raise SystemExit("the timeline of the large case was never painted")
        runs.append((watch.painted_at - started) * 1000)
        settle(app)
    if profiler:
        print(profiler.output_text(unicode=True, color=False), file=sys.stderr)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    typed = {"typed": [{"word": w, **type_search(app, window, w)} for w in args.type.split(",") if w]}
    print(json.dumps({"timeline_ms": statistics.median(runs), "runs_ms": [round(r, 1) for r in runs],
                      "events": events, "rss_mb": rss_mb, **typed}))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
