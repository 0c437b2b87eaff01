"""The main window: the case list on the left (with Today pinned above it), the open
case as tabs on the right, or the Today page across all cases."""
from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication, QLabel, QLineEdit, QMainWindow, QMenu, QMessageBox, QSizePolicy, QSplitter,
    QStackedWidget, QTableView, QTabWidget, QToolBar, QToolButton, QVBoxLayout, QWidget,
)

from casekeeper.db import cases, clock, settings

from . import i18n
from .backup_startup import restore_action_text, restore_into
from .case_list_model import CASE_ID_ROLE, SORT_ROLE, CaseListModel, attach_sorting
from .common import arg, confirm, fmt_datetime, run_action
from .empty_state import EmptyState
from .icons import app_icon
from .table_model import configure_list_table
from .views.empty_hint import set_empty_hint
from .views.table_fit import ColumnSharing
from .window_geometry import keep_on_screen, place_first_window
from .window_keys import add_tab_keys
from .window_parts import CASE_VIEWS, MENUS, TOOLBAR_SECTIONS, Sections, call_features, load_features

LANGUAGES = [("system", None), ("en", "English"), ("ja", "日本語")]


class MainWindow(QMainWindow):
    """Feature areas plug in by name (gui/window_parts.py): menus and their sections,
    toolbar sections, case views, and these signals."""

    view_built = Signal(str, QWidget)   # a case tab's view was built: (class name, view)
    data_changed = Signal()             # a view (or Today) wrote to the database

    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.case_id: int | None = None
        self._syncing = False
        self.quitting = False          # File > Quit: the app ends (closing the window may only hide it)
        self.features = load_features()
        self.setWindowIcon(app_icon())
        self.focus_filter_action = QAction(self)
        self.focus_filter_action.setShortcut(QKeySequence.StandardKey.Find)
        self.focus_filter_action.triggered.connect(lambda: (self.filter.setFocus(), self.filter.selectAll()))
        self.addAction(self.focus_filter_action)
        self.go_today_action = QAction(self)
        self.go_today_action.setShortcut(QKeySequence("Ctrl+T"))
        self.go_today_action.triggered.connect(lambda _checked=False: self.show_today())
        self.addAction(self.go_today_action)
        self._build()
        state = settings.load(self.data_dir)
        if not (state["window_geometry"]
                and self.restoreGeometry(QByteArray.fromBase64(state["window_geometry"].encode()))):
            place_first_window(self)
        self._restore_splitter(state)
        last = state["last_case"]
        if not (last is not None and self.case_model.row_of(last) >= 0):
            last = self.case_model.case_ids()[0] if self.case_model.rowCount() else None  # most recent activity
        if self.case_model.any_open():     # Today is the start page while any case is open
            self.case_id = last            # (no case tab is built at start then)
            self._syncing = True
            try:      # once the list had a current row, focusing it does not pick its first case
                self._select_row_of(last)
            finally:
                self._syncing = False
            self.show_today()
        elif last is not None:
            self.open_case(last)
        self.case_table.setFocus()    # arrows move through the cases; Ctrl+F reaches the filter

    # --- building (again on a language change) ----------------------------------------
    def _build(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._build_case_list())
        self.splitter.addWidget(self._build_case_side())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([440, 840])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self._build_toolbar()
        self.focus_filter_action.setText(self.tr("Filter the case list"))   # named for Help > Keyboard shortcuts
        self.go_today_action.setText(self.tr("Today — all cases"))
        add_tab_keys(self)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.refresh_cases()
        self._show_case(None)
        call_features(self.features, "build", self)

    def _build_case_list(self) -> QWidget:
        self.case_model = CaseListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.case_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter cases (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.case_table = QTableView()
        self.case_table.setModel(self.proxy)
        configure_list_table(self.case_table, row_padding=12)
        attach_sorting(self.case_table, self.case_model, CaseListModel.ACTIVITY, Qt.SortOrder.DescendingOrder)
        # the title takes the room; the provider goes (into the title's tooltip) before titles are cut
        self.case_columns = ColumnSharing(self.case_table, stretch=CaseListModel.TITLE,
                                          whole=(CaseListModel.STATUS, CaseListModel.ACTIVITY),
                                          optional=(CaseListModel.PROVIDER,))
        self.case_table.selectionModel().currentRowChanged.connect(self._case_row_changed)
        self.filter.textChanged.connect(lambda text: set_empty_hint(
            self.case_table, self.tr("No case matches the filter.") if text.strip() else ""))
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.case_table, self.delete_case)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # PySide6 ignores context= with a callable
        delete_key.setWhatsThis(self.tr("Delete the selected case (in the case list)"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self._build_today_button())
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.case_table, 1)
        return left

    def _build_today_button(self) -> QToolButton:
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Today — all cases (Ctrl+T)"))
        self.today_button.setToolTip(self.tr("What is due, who you are waiting on and which desks are open, "
                                             "across all cases"))
        self.today_button.setCheckable(True)
        self.today_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.today_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.today_button.setMinimumWidth(80)     # the list may be narrower than the text
        self.today_button.setStyleSheet("QToolButton { text-align: left; padding: 5px 8px; font-weight: 600; }")
        self.today_button.clicked.connect(lambda _checked=False: self.show_today())
        return self.today_button

    def _build_today(self) -> QWidget:
        from .views.today import TodayView

        self.today = TodayView(self)
        self.today.changed.connect(lambda: self._view_changed(self.today))
        self.today.open_case.connect(self._open_from_today)
        self.today.filled.connect(self._title_today)
        return self.today

    def _build_case_side(self) -> QWidget:
        """The open case as tabs, or the start page when none is open."""
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # A tab's view is built (and its module imported) the first time it is needed:
        # start-up pays only for the tab that is shown. Until then the tab holds a placeholder.
        self.views: list[QWidget | None] = []
        self._given: list[int | None] = []
        for spec in CASE_VIEWS:
            self.tabs.addTab(QWidget(), QCoreApplication.translate("CaseViews", spec.title))
            self.views.append(None)
            self._given.append(-1)
        self.tabs.currentChanged.connect(lambda _i: self._update_current_view())
        self.empty = EmptyState(self)
        self.empty.new_case.connect(self.new_case)
        self.empty.add_demo.connect(self.add_demo_case)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self._build_today())
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 6, 6)
        right_layout.addWidget(self.stack)
        return right

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        self._menus: dict[str, QMenu] = {}
        self._menu_sections: dict[str, Sections] = {}
        for spec in MENUS:
            menu = bar.addMenu(QCoreApplication.translate("MainWindow", spec.title))
            menu.setObjectName(f"{spec.name}Menu")
            self._menus[spec.name] = menu
            self._menu_sections[spec.name] = Sections(menu, spec.sections)
        self.new_action = self._action("file", "new", self.tr("&New case…"), self.new_case,
                                       QKeySequence("Ctrl+Shift+N"))
        self.demo_action = self._action("file", "new", self.tr("Add &demo case"), self.add_demo_case)
        self.delete_action = self._action("file", "delete", self.tr("&Delete case…"), self.delete_case)
        self._action("file", "backup", restore_action_text(), self.restore_backup)
        self.quit_action = self._action("file", "quit", self.tr("&Quit"), self.quit_app, QKeySequence.StandardKey.Quit)
        self.log_action = self._action("case", "contact", self.tr("&Log contact…"), self.log_contact,
                                       QKeySequence("Ctrl+N"))
        self.edit_action = self._action("case", "edit", self.tr("&Edit case…"), self.edit_case)

        lang_menu = QMenu(self.tr("&Language"), self._menus["settings"])
        self.add_action("settings", "language", lang_menu.menuAction())
        group = QActionGroup(lang_menu)
        current = settings.get(self.data_dir, "language")
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            action = QAction(name or self.tr("System"), lang_menu, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            lang_menu.addAction(action)
            self.language_actions[code] = action

        self._action("help", "help", self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence("Ctrl+/"))
        self._action("help", "about", self.tr("&About Casekeeper"), self.about)
        # actions that need an open case (features add theirs with case_action())
        self._case_actions = [self.delete_action, self.log_action, self.edit_action]

    def _build_toolbar(self) -> None:
        old = self.findChild(QToolBar, "mainToolbar")
        if old is not None:
            self.removeToolBar(old)
            old.deleteLater()
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._toolbar_sections = Sections(self.toolbar, TOOLBAR_SECTIONS)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    # --- extension points (gui/window_parts.py) ---------------------------------------
    def menu(self, name: str) -> QMenu:
        """One of the window's menus by name: file, case, settings, help."""
        return self._menus[name]

    def add_action(self, menu: str, section: str, action: QAction) -> QAction:
        """Put `action` at the end of a named section of a named menu."""
        if action.parent() is None:
            action.setParent(self)
        return self._menu_sections[menu].add(section, action)

    def add_to_toolbar(self, section: str, item: QAction | QWidget) -> QAction:
        """Put an action or a widget at the end of a named section of the main toolbar."""
        return self._toolbar_sections.add(section, item)

    def case_action(self, action: QAction) -> QAction:
        """Register an action that only makes sense with a case open: enabled with one."""
        self._case_actions.append(action)
        action.setEnabled(self.case_id is not None and not self.showing_today())
        return action

    def start_features(self) -> None:
        """Once, when the app starts the window: each feature's start (tray, reminders)."""
        call_features(self.features, "start", self)

    def show_status(self, text: str, msecs: int = 8000) -> None:
        self.statusBar().showMessage(text, msecs)

    def _action(self, menu: str, section: str, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
        return self.add_action(menu, section, action)

    # --- the case list ------------------------------------------------------------
    def refresh_cases(self) -> None:
        self._syncing = True
        try:
            self.case_model.refresh()
            self._select_row_of(self.case_id)
        finally:
            self._syncing = False
        self.count_label.setText(arg(self.tr("Cases: %1"), self.case_model.rowCount()))
        self._fit_case_columns()
        self.empty.set_has_cases(self.case_model.rowCount() > 0)

    def _fit_case_columns(self) -> None:
        """Widths from the font and the texts (not from measuring every row of a long list)."""
        fm, pad = self.case_table.fontMetrics(), 24
        header = self.case_table.horizontalHeader()
        natural = [max(max((fm.horizontalAdvance(t) for t in texts), default=0) + pad, header.sectionSizeHint(col))
                   for col, texts in enumerate(self.case_model.column_texts(200))]   # never narrower than its heading
        natural[CaseListModel.ACTIVITY] = max(fm.horizontalAdvance(fmt_datetime(clock.now())) + pad,
                                              header.sectionSizeHint(CaseListModel.ACTIVITY))
        self.case_columns.fit(natural)

    def _select_row_of(self, case_id: int | None) -> None:
        row = self.case_model.row_of(case_id) if case_id is not None else -1
        if row < 0:
            self.case_table.selectionModel().clear()
            return
        index = self.proxy.mapFromSource(self.case_model.index(row, 0))
        self.case_table.setCurrentIndex(index)
        self.case_table.scrollTo(index)

    def _case_row_changed(self, current, _previous) -> None:
        if self._syncing:   # the list follows the window, not the other way round
            return
        self._show_case(current.data(CASE_ID_ROLE) if current.isValid() else None)

    def open_case(self, case_id: int | None, tab: int | None = None) -> None:
        """Select the case in the list and show it (None: the empty state)."""
        self._syncing = True
        try:
            self._select_row_of(case_id)
        finally:
            self._syncing = False
        if tab is not None:
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(tab)
            self.tabs.blockSignals(False)
        self._show_case(case_id)

    def _show_case(self, case_id: int | None) -> None:
        if case_id != self.case_id:
            settings.save(self.data_dir, {"last_case": case_id})
        self.case_id = case_id
        has = case_id is not None
        self.stack.setCurrentWidget(self.tabs if has else self.empty)
        self.today_button.setChecked(False)
        for action in self._case_actions:
            action.setEnabled(has)
        title = cases.get_case(case_id).title if has else ""
        self.setWindowTitle(f"{title} — Casekeeper" if title else "Casekeeper")
        self._given = [-1] * len(self.views)
        if has:
            self._update_current_view()

    def show_today(self) -> None:
        """The Today page in place of a case; its clocks are those of the last case shown
        (if it is still going; else of the latest one that is). With no case at all, the
        welcome page instead."""
        if not self.case_model.rowCount():
            self._show_case(None)
            return
        self._syncing = True
        try:
            self.case_table.selectionModel().clear()     # choosing any case, even the last one, leaves Today
        finally:
            self._syncing = False
        self.stack.setCurrentWidget(self.today)
        self.today_button.setChecked(True)
        for action in self._case_actions:
            action.setEnabled(False)
        self._title_today()
        going = self.case_id if self.case_model.is_open(self.case_id) else self.case_model.first_open()
        self.today.set_case(going if going is not None else self.case_id)

    def _title_today(self) -> None:
        """The title names Today once the page has its figures (at start they arrive just after
        the window is shown: the title says when the start page is really there)."""
        if self.showing_today():
            self.setWindowTitle(self.tr("Today") + " — Casekeeper" if self.today.has_data else "Casekeeper")

    def showing_today(self) -> bool:
        return self.stack.currentWidget() is self.today

    def _open_from_today(self, case_id: int, view_name: str, item_id: int) -> None:
        """An item chosen in Today: its case, on the tab that shows it, the item selected there
        (a desk on Desks, a deadline on Deadlines)."""
        view = self.view(view_name)
        self.open_case(case_id, tab=self.tabs.indexOf(view) if view is not None else None)
        if item_id and hasattr(view, "select"):
            view.select(item_id)

    def _update_current_view(self) -> None:
        """Views are brought up to date when they are shown."""
        i = self.tabs.currentIndex()
        if i < 0 or self.case_id is None or self.stack.currentWidget() is not self.tabs:
            return
        view = self._view_at(i)
        if self._given[i] != self.case_id:
            self._given[i] = self.case_id
            view.set_case(self.case_id)

    def note_change(self) -> None:
        """Something outside the case views (a dialog of a feature) wrote to the database:
        the case list, Today and every view catch up as after a view's own change."""
        self._view_changed(None)

    def _view_changed(self, sender: QWidget) -> None:
        self.data_changed.emit()
        on_today = self.showing_today()
        self.refresh_cases()
        if self.case_id is not None and self.case_model.row_of(self.case_id) < 0:
            self._show_case(None)   # the case itself is gone
            return
        if on_today:
            self._syncing = True      # Today stays: clearing the list's selection opens no case
            try:
                self.case_table.selectionModel().clear()
            finally:
                self._syncing = False
        elif self.case_id is not None:
            self.setWindowTitle(f"{cases.get_case(self.case_id).title} — Casekeeper")
        for i, view in enumerate(self.views):
            if view is not sender:
                self._given[i] = -1
        self._update_current_view()

    def _view_at(self, i: int) -> QWidget:
        """The view of tab i, built in place of its placeholder on first use."""
        if self.views[i] is None:
            spec = CASE_VIEWS[i]
            view = getattr(importlib.import_module(spec.module), spec.name)(self.tabs)
            view.changed.connect(lambda v=view: self._view_changed(v))
            current, placeholder = self.tabs.currentIndex(), self.tabs.widget(i)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(i)
            self.tabs.insertTab(i, view, QCoreApplication.translate("CaseViews", spec.title))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            placeholder.deleteLater()
            self.views[i] = view
            call_features(self.features, "view_built", self, spec.name, view)
            self.view_built.emit(spec.name, view)
        return self.views[i]

    def view(self, cls_name: str) -> QWidget | None:
        """A case tab's view by class name, built if it was not yet."""
        for i, spec in enumerate(CASE_VIEWS):
            if spec.name == cls_name:
                return self._view_at(i)
        return None

    def view_if_built(self, cls_name: str) -> QWidget | None:
        """A case tab's view by class name, or None while its tab was never shown."""
        for i, spec in enumerate(CASE_VIEWS):
            if spec.name == cls_name:
                return self.views[i]
        return None

    # --- actions ------------------------------------------------------------------
    def new_case(self) -> None:
        from .dialogs.case_dialog import CaseDialog   # loaded when first asked for

        dialog = CaseDialog(self)
        if dialog.exec():
            self.refresh_cases()
            self.open_case(dialog.case_id, tab=0)
            self.statusBar().showMessage(self.tr("Case created."), 5000)

    def add_demo_case(self) -> None:
        from casekeeper.db import demo  # the playbook reader (tomllib) loads only when asked

        case = run_action(self, demo.add_demo_case, i18n.current())
        if case is not None:
            self.refresh_cases()
            self.open_case(case.id, tab=0)
            self.statusBar().showMessage(self.tr("Demo case added. Delete it any time from the File menu."), 8000)

    def delete_case(self) -> None:
        if self.case_id is None:
            return
        case = cases.get_case(self.case_id)
        c = cases.case_counts(self.case_id)
        text = (arg(self.tr("Delete the case “%1”?"), case.title) + "\n\n"
                + arg(self.tr("This deletes, for good, its timeline entries (%1), desks (%2), identifiers (%3), "
                              "resources (%4), checklists and deadlines. It cannot be undone."),
                      c["events"], c["desks"], c["identifiers"], c["resources"]))
        if not confirm(self, self.tr("Delete case"), text):
            return
        from .views.logins import ask_forget_case_secrets   # its logins' secrets: remove or keep?

        if not ask_forget_case_secrets(self, case.id):
            return
        if run_action(self, lambda: cases.delete_case(case.id) or True):
            self.refresh_cases()
            self._show_case(None)
            self.statusBar().showMessage(self.tr("Case deleted."), 5000)

    def edit_case(self) -> None:
        self._in_view("OverviewView", "edit_case")

    def log_contact(self) -> None:
        self._in_view("TimelineView", "log_contact")

    def _in_view(self, cls_name: str, method: str) -> None:
        """Bring the open case's view to the front and run one of its actions."""
        view = self.view(cls_name)
        if self.case_id is not None and view is not None:
            self.open_case(self.case_id, tab=self.tabs.indexOf(view))
            getattr(view, method)()

    def show_shortcuts(self) -> None:
        from .shortcuts_help import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("About Casekeeper"),
            "<h3>Casekeeper</h3><p>" + self.tr(
                "Keeps the case when your cloud account is suspended: the timeline, the desks, "
                "the numbers each desk asks for, deadlines and logins.") + "</p><p>"
            + arg(self.tr("Your data: %1"), self.data_dir) + "</p>")

    def offer_demo_if_empty(self) -> None:
        """On the first start with no case at all, offer the demo case (once)."""
        if self.case_model.rowCount() or settings.get(self.data_dir, "demo_offered"):
            return
        settings.save(self.data_dir, {"demo_offered": True})
        answer = QMessageBox.question(
            self, self.tr("Welcome", "title of the first-start question; Qt adds \" — Casekeeper\""),
            self.tr("You have no cases yet. Add the demo case to look around? It is the story of a suspended "
                    "cloud account, with its desks, numbers and timeline. You can delete it any time."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.add_demo_case()

    def restore_backup(self) -> None:
        restore_into(self)

    def quit_app(self) -> None:
        """File > Quit: the app ends, even where closing the window only hides it in the tray."""
        self.quitting = True
        self.close()
        QApplication.quit()

    # --- language -----------------------------------------------------------------
    def set_language(self, choice: str) -> None:
        """Install the translators for `choice` (system/en/ja), save it and rebuild
        the window in that language, keeping the open case and tab."""
        settings.save(self.data_dir, {"language": choice})
        i18n.install(i18n.resolve(choice))
        case_id, tab, on_today = self.case_id, self.tabs.currentIndex(), self.showing_today()
        sizes = self.splitter.sizes()
        old = [self.centralWidget(), self.case_model, self.proxy, self.count_label]
        self.statusBar().removeWidget(self.count_label)
        self._build()
        for obj in old:
            obj.deleteLater()
        self.splitter.setSizes(sizes)
        self.open_case(case_id, tab=tab)
        if on_today:
            self.show_today()

    # --- window state -------------------------------------------------------------
    def _restore_splitter(self, state: dict) -> None:
        if state["splitter"]:
            self.splitter.restoreState(QByteArray.fromBase64(state["splitter"].encode()))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_placed", False):     # the frame is known once shown: all of it on screen
            self._placed = True
            QTimer.singleShot(0, self, lambda: keep_on_screen(self))

    def closeEvent(self, event) -> None:
        settings.save(self.data_dir, {
            "window_geometry": bytes(self.saveGeometry().toBase64()).decode(),
            "splitter": bytes(self.splitter.saveState().toBase64()).decode(),
        })
        super().closeEvent(event)

