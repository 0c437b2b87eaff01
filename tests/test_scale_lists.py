"""Long lists stay right when they are made fast: the paged timeline and the self-sorting case list."""
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from casekeeper.db import cases, events
from casekeeper.db.connection import close_database, open_database
from casekeeper.gui import i18n
from casekeeper.gui.case_list_model import CASE_ID_ROLE, CaseListModel
from casekeeper.gui.main_window import MainWindow
from casekeeper.gui.timeline_model import PAGE, TimelineModel

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import bench_data  # noqa: E402  (tools/bench_data.py: a developer's tool)


@pytest.fixture
def big(tmp_path, clock):
    """A data dir with one case of 2,000 events (several pages) and nine small ones."""
    d = tmp_path / "bench"
    built = bench_data.build(d, cases=10, events=8000)
    open_database(d)
    yield d, built.big_case_id
    close_database()


def test_paged_timeline_shows_every_event_in_order(qtbot, big):
    _d, case_id = big
    model = TimelineModel()
    model.load(case_id)
    want = events.event_rows(case_id)
    assert model.rowCount() == len(want) == 2000 and len(want) > 3 * PAGE
    for row in (0, PAGE - 1, PAGE, 2 * PAGE + 7, len(want) - 1):
        assert model.index(row, 3).data() == want[row][4]
        assert model.index(row, 0).data(Qt.ItemDataRole.UserRole + 1) == want[row][0]
        assert model.row_of(want[row][0]) == row
    assert model.row_of(10 ** 9) == -1
    desk = want[5][2]
    model.load(case_id, desk_ids=[desk], kinds=["note", "sent"])
    filtered = events.event_rows(case_id, desk_ids=[desk], kinds=["note", "sent"])
    assert [model.index(r, 3).data() for r in range(model.rowCount())] == [r[4] for r in filtered]


def test_new_event_appears_at_its_place_after_refresh(qtbot, big, clock):
    _d, case_id = big
    model = TimelineModel()
    model.load(case_id)
    model.index(model.rowCount() - 1, 3).data()  # the last page is cached
    new = events.create_event(case_id, "note", "最新のメモ", occurred_at=clock.at + timedelta(days=1))
    model.load(case_id)
    assert model.index(model.rowCount() - 1, 3).data() == "最新のメモ"
    assert model.row_of(new.id) == model.rowCount() - 1


def test_case_list_sorts_on_header_click_and_keeps_the_open_case(qtbot, big):
    data_dir, case_id = big
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_case(case_id)
    table, header = window.case_table, window.case_table.horizontalHeader()

    def column(col):
        return [table.model().index(r, col).data() for r in range(table.model().rowCount())]

    acts = [row.updated_at for row in cases.case_list_rows()]
    assert acts == sorted(acts, reverse=True)  # the start order: most recent activity first
    assert header.sortIndicatorSection() == CaseListModel.ACTIVITY
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(CaseListModel.TITLE) + 5, header.height() // 2))
    assert header.sortIndicatorSection() == CaseListModel.TITLE
    titles = column(CaseListModel.TITLE)
    first = sorted(titles, key=str.casefold)
    assert titles in (first, first[::-1])
    header.setSortIndicator(CaseListModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert column(CaseListModel.TITLE) == first
    header.setSortIndicator(CaseListModel.TITLE, Qt.SortOrder.DescendingOrder)
    assert column(CaseListModel.TITLE) == first[::-1]
    assert table.currentIndex().data(CASE_ID_ROLE) == case_id  # the selection followed its case
    window.refresh_cases()  # a refresh keeps the chosen order
    assert column(CaseListModel.TITLE) == first[::-1]
    i18n.install("en")
