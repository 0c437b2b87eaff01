"""Help > Keyboard shortcuts: every key of the window, read from the window itself (its
actions, QShortcuts and buttons with a shortcut, in the menus and in every case tab) plus the
keys declared in gui/keys.py for dialogs, text fields and lists. Nothing is typed twice, so
the list cannot drift from what the keys do."""
from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMenu, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from . import keys
from .window_parts import CASE_VIEWS, MENUS

_MNEMONIC = re.compile(r"\(&.\)|&(?=[^&])")


MAIN_WINDOW = QT_TRANSLATE_NOOP("ShortcutsHelp", "Main window")
TODAY = QT_TRANSLATE_NOOP("ShortcutsHelp", "Today")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsHelp", text)


def plain(text: str) -> str:
    """A menu or button text without its mnemonic: "&New case…" -> "New case…", "ファイル(&F)" -> "ファイル"."""
    return _MNEMONIC.sub("", text or "").replace("&&", "&").strip()


def key_text(sequences) -> str:
    """The keys as the user's keyboard names them; Backtab only where no Tab says it already."""
    shown = []
    for seq in sequences:
        text = seq.toString(QKeySequence.SequenceFormat.NativeText)
        if "Backtab" in text and any("Tab" in s and "Backtab" not in s for s in shown):
            continue
        if text and text not in shown:
            shown.append(text)
    return ", ".join(shown)


@dataclass(frozen=True)
class Entry:
    group: str
    keys: str
    what: str


def _group(window, obj) -> str:
    """Where a key works: a menu, a case tab, Today, or the main window at large."""
    if isinstance(obj, QAction):
        menu = next((o for o in obj.associatedObjects() if isinstance(o, QMenu)), None)
        if menu is not None:
            return plain(menu.title())
    views = {id(v): spec for v, spec in zip(window.views, CASE_VIEWS) if v is not None}
    node = obj
    while node is not None and node is not window:
        if id(node) in views:
            return QCoreApplication.translate("CaseViews", views[id(node)].title)
        if node is getattr(window, "today", None):
            return _tr(TODAY)
        node = node.parent()
    return _tr(MAIN_WINDOW)


def _in_window(window, obj) -> bool:
    """Whether `obj` belongs to the main window itself, not to a dialog it owns (those keys
    are the dialogs' declared ones)."""
    node = obj
    while node is not None and not isinstance(node, QWidget):
        node = node.parent()
    return node is not None and node.window() is window


def window_entries(window) -> list[Entry]:
    """Every key of `window` (a MainWindow); every case tab is built first so its keys count."""
    for spec in CASE_VIEWS:
        window.view(spec.name)
    out: list[Entry] = []
    for action in window.findChildren(QAction):
        if action.shortcuts() and _in_window(window, action):
            out.append(Entry(_group(window, action), key_text(action.shortcuts()),
                             plain(action.text()) or action.toolTip()))
    for shortcut in window.findChildren(QShortcut):
        if not shortcut.key().isEmpty() and _in_window(window, shortcut):
            out.append(Entry(_group(window, shortcut), key_text([shortcut.key()]), shortcut.whatsThis()))
    for button in window.findChildren(QAbstractButton):
        seq = button.shortcut()
        if not seq.isEmpty() and seq != QKeySequence.mnemonic(button.text()) and _in_window(window, button):     # a mnemonic is underlined already
            out.append(Entry(_group(window, button), key_text([seq]), plain(button.text()) or button.toolTip()))
    for declared in keys.DECLARED:
        out.append(Entry(QCoreApplication.translate("Keys", declared.where), key_text(declared.sequences()),
                         declared.text()))
    unique = list(dict.fromkeys(out))
    return sorted(unique, key=lambda e: _rank(window, e.group))


def _rank(window, group: str) -> int:
    order = [_tr(MAIN_WINDOW)] + [plain(window.menu(m.name).title()) for m in MENUS] + [_tr(TODAY)] \
        + [QCoreApplication.translate("CaseViews", v.title) for v in CASE_VIEWS]
    return order.index(group) if group in order else len(order)


class ShortcutsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.entries = window_entries(window)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in self.entries:
            group = groups.get(entry.group)
            if group is None:
                group = groups[entry.group] = QTreeWidgetItem(self.tree, [entry.group])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            QTreeWidgetItem(group, [entry.keys, entry.what])
        self.tree.expandAll()
        hint = QLabel(self.tr("Menus, buttons and fields with an underlined letter: Alt and that letter."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        screen = (window.screen() or self.screen()).availableGeometry()
        self.resize(min(720, screen.width() - 40), min(640, screen.height() - 80))

    def texts(self) -> list[tuple[str, str, str]]:
        """(group, keys, what) of each line shown."""
        out = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for c in range(group.childCount()):
                out.append((group.text(0), group.child(c).text(0), group.child(c).text(1)))
        return out
