"""What the screenshot tools share (tools/*_shots.py): a fresh data dir with the demo case in
the UI language, and grabbing the whole screen once the window has settled."""
from __future__ import annotations

import subprocess
import tempfile
from datetime import timedelta
from pathlib import Path


class Shots:
    """`Shots(out_dir, lang, "ck-window-shots-")`: the app, its translators and an open database
    with the demo case (`case`, in `data_dir`); `shot(name)` writes OUT/LANG-NAME.png."""

    def __init__(self, out_dir: str, lang: str, prefix: str, settle_ms: int = 600):
        from PySide6.QtWidgets import QApplication

        from casekeeper.db.connection import open_database
        from casekeeper.db.demo import add_demo_case
        from casekeeper.gui import i18n

        self.out, self.lang, self.settle_ms = Path(out_dir), lang, settle_ms
        self.out.mkdir(parents=True, exist_ok=True)
        self.app = QApplication.instance() or QApplication([])
        i18n.install(lang)
        self.data_dir = Path(tempfile.mkdtemp(prefix=prefix))
        open_database(self.data_dir)
        self.case = add_demo_case(lang)

    def settle(self, ms: int | None = None) -> None:
        from casekeeper.db import clock

        end = clock.now() + timedelta(milliseconds=self.settle_ms if ms is None else ms)
        while clock.now() < end:
            self.app.processEvents()

    def shot(self, name: str) -> None:
        """The whole screen (`import -window root`, ImageMagick), after the window has settled."""
        self.settle()
        subprocess.run(["import", "-window", "root", str(self.out / f"{self.lang}-{name}.png")], check=True)
