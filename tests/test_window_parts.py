"""Feature areas plug into the main window by name: menu sections, toolbar sections,
case views built on demand with a signal, and the window's own Quit."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QAction

from casekeeper.db import cases

ROOT = Path(__file__).resolve().parent.parent


def texts(menu) -> list[str]:
    return [a.text() if not a.isSeparator() else "---" for a in menu.actions() if a.isVisible()]


def test_menu_sections_keep_their_order_whoever_adds_first(window):
    file_texts = texts(window.menu("file"))
    # new | evidence (Import, Export, Verify) | export (.ics) | delete | backup | quit
    order = [file_texts.index(t) for t in ("&New case…", "&Import mail…", "E&xport…", "&Verify timeline",
                                           "Export deadlines (.ics)…", "&Delete case…", "&Quit")]
    assert order == sorted(order)
    late = QAction("Late addition", window)
    window.add_action("file", "new", late)            # added after everything else, still in its section
    file_texts = texts(window.menu("file"))
    assert file_texts.index("Add &demo case") < file_texts.index("Late addition") < file_texts.index("&Import mail…")
    # a separator between sections, never two in a row, none at either end
    assert file_texts[0] != "---" and file_texts[-1] != "---"
    assert all(not (a == b == "---") for a, b in zip(file_texts, file_texts[1:]))
    assert "Mail import &size limit…" in texts(window.menu("settings"))
    assert "Start at login (in the tray)" in texts(window.menu("settings"))


def test_toolbar_sections_put_search_at_the_right_end(window):
    bar = window.toolbar
    kinds = [("search" if bar.widgetForAction(a) is window.evidence.search_box else a.text())
             for a in bar.actions() if a.isVisible() and not a.isSeparator()]
    assert kinds[:3] == ["&Import mail…", "E&xport…", "&Verify timeline"] and kinds[-1] == "search"


def test_case_views_are_built_on_first_show_and_announced(window, qtbot):
    case = cases.create_case("Suspended")
    window.refresh_cases()
    built = []
    window.view_built.connect(lambda name, view: built.append(name))
    window.open_case(case.id, tab=0)
    assert window.view_if_built("TimelineView") is None          # the evidence area did not build it
    timeline_tab = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == "Timeline")
    window.tabs.setCurrentIndex(timeline_tab)
    timeline = window.view_if_built("TimelineView")
    assert timeline is not None and "TimelineView" in built
    assert timeline.evidence.panel is not None                  # the evidence feature attached itself
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentIndex(timeline_tab)
    assert built.count("TimelineView") == 1


def test_case_actions_follow_the_open_case(window):
    case = cases.create_case("Suspended")
    window.refresh_cases()
    window.show_today()
    assert not window.evidence.export_action.isEnabled()
    window.open_case(case.id, tab=0)
    assert window.evidence.export_action.isEnabled() and window.delete_action.isEnabled()


def test_language_switch_rebuilds_every_feature_once(window):
    window.set_language("ja")
    file_texts = texts(window.menu("file"))
    assert file_texts.count("期限を書き出す (.ics)…") == 1
    assert len([a for a in window.toolbar.actions() if window.toolbar.widgetForAction(a)
                is window.evidence.search_box]) == 1
    window.set_language("en")
    assert texts(window.menu("settings")).count("Mail import &size limit…") == 1


def test_no_code_finds_a_menu_or_action_by_position():
    by_position = re.compile(r"menuBar\(\)\.actions\(\)\[|\.actions\(\)\[\d+\]\.menu\(\)|\.parent\(\)\.parent\(\)")
    offenders = [f"{p.relative_to(ROOT)}:{n}" for p in sorted((ROOT / "gui").rglob("*.py"))
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if by_position.search(line)]
    assert offenders == []
