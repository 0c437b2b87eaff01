"""Shared fixtures: a real SQLite file in a temp dir, an injectable clock, Qt offscreen."""
from __future__ import annotations

import os
from datetime import datetime, timezone

import pytest

# Qt's offscreen platform with one 1366x768 screen (the smallest laptop screen the window
# must fit; Qt's default offscreen screen is 800x600).
SCREEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "offscreen-1366x768.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"


@pytest.fixture
def data_dir(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def db(data_dir):
    """An open, migrated database in a fresh data dir."""
    from casekeeper.db.connection import close_database, open_database

    database = open_database(data_dir)
    yield database
    close_database()


class FixedClock:
    def __init__(self, at: datetime):
        self.at = at

    def __call__(self):
        return self.at

    def set(self, at: datetime):
        self.at = at


@pytest.fixture
def clock():
    """The app's clock, fixed at 2026-03-02 00:00 UTC; tests move it with .set()."""
    from casekeeper.db import clock as app_clock

    fixed = FixedClock(datetime(2026, 3, 2, 0, 0, tzinfo=timezone.utc))
    app_clock.set_clock(fixed)
    yield fixed
    app_clock.set_clock(None)


@pytest.fixture
def user_zone(monkeypatch):
    """user_zone("Asia/Tokyo"): the user's (the process's) local zone, through TZ; put back afterwards."""
    import time

    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def user_in_utc(user_zone):
    """The user's zone is UTC (TZ): desks in other zones show their own time beside the user's."""
    user_zone("UTC")


@pytest.fixture
def window(qtbot, db, data_dir, clock):
    """The real main window on the test database, shown; English again afterwards."""
    from casekeeper.gui import i18n
    from casekeeper.gui.main_window import MainWindow

    w = MainWindow(data_dir)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    i18n.install("en")


@pytest.fixture(autouse=True)
def _no_network_for_dkim():
    """No test looks anything up on the network: DKIM key lookups answer 'offline' unless a
    test injects its own resolver (casekeeper.db.dkim_check.set_resolver)."""
    from casekeeper.db import dkim_check

    def offline(name):
        raise dkim_check.Offline("tests never use the network")

    dkim_check.set_resolver(offline)
    yield
    dkim_check.set_resolver(None)
