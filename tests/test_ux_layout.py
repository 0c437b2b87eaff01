"""What the eye meets: a selected search hit stays readable, every empty tab says what to do,
Today's headings look like headings, long desk names are not cut on the cards, cut table
texts show in full on hover."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QToolTip

from casekeeper.db import cases, desks, events, search
from tests.gui_workspace_helpers import demo_case, show_view


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# ---------------------------------------------------------------- the search hit


def test_a_selected_search_hit_keeps_its_words_readable(db, clock, qtbot):
    from casekeeper.gui.evidence.search_model import MARK_BACKGROUND, HtmlDelegate, SearchResultsModel
    from PySide6.QtWidgets import QTableView

    case = cases.create_case("Account suspended")
    events.create_event(case.id, "received", "Decision", body="The account stays closed; the decision is final.")
    model = SearchResultsModel()
    model.set_results("decision is final", search.search("decision is final"))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    delegate = HtmlDelegate(table)
    index = model.index(0, SearchResultsModel.MATCH)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = QRect(0, 0, 600, 28)
    option.state |= QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_Active
    option.palette.setColor(QPalette.ColorRole.Highlight, QColor("#308cc6"))
    option.palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    image = QImage(600, 28, QImage.Format.Format_RGB32)
    image.fill(QColor("#308cc6"))
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    mark = QColor(MARK_BACKGROUND)
    spots = [(x, y) for x in range(600) for y in range(28) if QColor(image.pixel(x, y)) == mark]
    assert spots, "the matched words are not marked"
    xs, ys = [x for x, _ in spots], [y for _, y in spots]
    inside = [QColor(image.pixel(x, y)) for x in range(min(xs), max(xs) + 1) for y in range(min(ys), max(ys) + 1)]
    best = max(contrast(c, mark) for c in inside)
    assert best >= 4.5, f"marked words barely readable on the selected row (contrast {best:.1f})"


# ---------------------------------------------------------------- empty tabs


def _hint(view) -> str:
    from casekeeper.gui.views.empty_hint import hint_of

    return hint_of(view)


def test_every_empty_case_tab_says_what_to_do(window, qtbot):
    from casekeeper.gui.window_parts import CASE_VIEWS

    case = cases.create_case("Fresh case")
    window.refresh_cases()
    hints = {}
    for i, spec in enumerate(CASE_VIEWS):
        window.open_case(case.id, tab=i)
        view = window.view(spec.name)
        qtbot.waitUntil(view.isVisible, timeout=2000)
        hints[spec.name] = _hint(view)
    for name in ("TimelineView", "DesksView", "IdentifiersView", "ChecklistsView", "ResourcesView", "LoginsView"):
        assert hints[name], f"{name}: an empty tab without a hint"
    assert "Add resource" in hints["ResourcesView"]
    assert "Add identifier" in hints["IdentifiersView"]
    assert "Add login" in hints["LoginsView"]
    assert "Log contact" in hints["TimelineView"]


def test_the_hint_is_painted_in_the_empty_table_and_goes_with_the_first_row(db, clock, qtbot):
    from casekeeper.db import resources
    from casekeeper.gui.views.resources import ResourcesView

    case = cases.create_case("Fresh case")
    view = show_view(qtbot, ResourcesView(), case.id)
    before = view.table.viewport().grab().toImage()
    assert _hint(view)
    blank = QImage(before.size(), before.format())
    blank.fill(before.pixelColor(1, 1))
    assert before != blank                              # something is written in the empty table
    resources.create_resource(case.id, "web-1")
    view.refresh()
    assert _hint(view) == ""


# ---------------------------------------------------------------- headings


def test_todays_section_headings_look_like_headings(window, qtbot):
    case = demo_case()
    window.refresh_cases()
    window.show_today()
    today = window.today
    qtbot.waitUntil(lambda: today.due_heading.text() != "", timeout=3000)
    body = today.font()
    window.open_case(case.id)                  # the two clocks of a case: on its Deadlines tab
    clocks = window.view("DeadlinesView").clocks
    for label in (today.clocks_heading, today.due_heading, today.waiting_heading, today.desks_heading,
                  clocks.owe.heading, clocks.waiting.heading):
        assert label.isEnabled()
        font = label.font()
        assert font.bold() or font.weight() >= 600
        colour = label.palette().color(label.foregroundRole())
        assert contrast(colour, label.palette().color(QPalette.ColorRole.Window)) >= 4.5, \
            f"{label.text()!r} is grey like a disabled label"
    for label in (today.due_heading, today.waiting_heading, today.desks_heading):
        assert label.font().pointSizeF() > body.pointSizeF()
    assert case


# ---------------------------------------------------------------- the "have these ready" cards


def test_long_desk_names_are_whole_on_the_cards(db, clock, qtbot):
    from PySide6.QtGui import QFontMetrics

    from casekeeper.gui.views.identifiers import IdentifiersView

    case = demo_case()
    long_name = "Oracle Digital (sales inquiry form for suspended accounts)"
    desk = next(d for d in desks.list_desks(case.id) if d.name.startswith("Oracle Digital"))
    desks.update_desk(desk.id, name=long_name)
    view = show_view(qtbot, IdentifiersView(), case.id, (1000, 700))
    row = next(r for r in range(view.cards.rowCount()) if view.cards.card_at(r).name == long_name)
    index = view.cards.index(row, 0)
    rect = view.card_list.visualRect(index)
    option = QStyleOptionViewItem()
    option.initFrom(view.card_list)
    option.rect = rect
    option.widget = view.card_list
    lines = view.card_delegate.name_lines(option, index)
    assert "".join(lines).replace(" ", "") == long_name.replace(" ", "")    # every word shown, none cut
    fm = QFontMetrics(view.card_list.font())
    assert all("…" not in line for line in lines) and fm.height() > 0


# ---------------------------------------------------------------- tooltips of cut texts


def test_a_cut_cell_shows_the_whole_text_on_hover(db, clock, qtbot):
    from casekeeper.db import resources
    from casekeeper.gui.views.resources import ResourcesView
    from casekeeper.gui.models.resource_model import ResourceTableModel

    case = cases.create_case("Fresh case")
    long_name = "satodev-backups-archive-bucket-in-the-tokyo-region-kept-for-seven-years"
    resources.create_resource(case.id, long_name)
    view = show_view(qtbot, ResourcesView(), case.id, (700, 400))
    index = view.model.index(0, ResourceTableModel.NAME)
    rect = view.table.visualRect(index)
    assert view.table.fontMetrics().horizontalAdvance(long_name) > rect.width()   # it is cut
    pos = rect.center()
    QApplication.sendEvent(view.table.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos,
                                                             view.table.viewport().mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert QToolTip.text() == long_name
    QToolTip.hideText()
    assert QPoint
