"""Keys that are not a window action: the ones the dialogs, text fields, date fields and
lists handle themselves. The code that handles them uses these declarations, and
Help > Keyboard shortcuts lists them next to the window's actions (gui/shortcuts_help.py),
so the list cannot drift from what the keys do."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence


@dataclass(frozen=True)
class Declared:
    keys: tuple[str, ...]   # portable key names (QKeySequence.PortableText)
    what: str               # English; translated in the "Keys" context
    where: str              # English group title; translated in the "Keys" context

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(k) for k in self.keys]

    def text(self) -> str:
        return QCoreApplication.translate("Keys", self.what)


DIALOGS = QT_TRANSLATE_NOOP("Keys", "Dialogs")
TEXT_FIELDS = QT_TRANSLATE_NOOP("Keys", "Text and date fields")
LISTS = QT_TRANSLATE_NOOP("Keys", "Lists and tables")

SUBMIT = Declared(("Ctrl+Return", "Ctrl+Enter"), QT_TRANSLATE_NOOP("Keys", "Save or submit the dialog (as its OK button)"),
                  DIALOGS)
DISCARD = Declared(("Esc",), QT_TRANSLATE_NOOP("Keys", "Close the dialog (asks first when you typed something)"), DIALOGS)
NEXT_FIELD = Declared(("Tab", "Shift+Tab"), QT_TRANSLATE_NOOP(
    "Keys", "Next or previous field, also out of text and date fields"), DIALOGS)
INSERT_TAB = Declared(("Ctrl+Tab",), QT_TRANSLATE_NOOP("Keys", "Type a tab character in a text field"), TEXT_FIELDS)
DATE_SECTION = Declared(("Left", "Right"), QT_TRANSLATE_NOOP(
    "Keys", "Date field: previous or next part (year, month, day, hour, minute)"), TEXT_FIELDS)
DATE_STEP = Declared(("Up", "Down"), QT_TRANSLATE_NOOP("Keys", "Date field: one more or one less of the selected part"),
                     TEXT_FIELDS)
MNEMONIC = Declared(("Alt",), QT_TRANSLATE_NOOP(
    "Keys", "With the underlined letter: open that menu, press that button or go to that field"), DIALOGS)
LIST_MOVE = Declared(("Up", "Down", "PgUp", "PgDown", "Home", "End"), QT_TRANSLATE_NOOP(
    "Keys", "Move through the rows of a list"), LISTS)
TICK = Declared(("Space",), QT_TRANSLATE_NOOP("Keys", "Tick or untick the selected checklist item"), LISTS)
EDIT_CELL = Declared(("F2",), QT_TRANSLATE_NOOP("Keys", "Edit the selected checklist item in place"), LISTS)

DECLARED = [SUBMIT, DISCARD, NEXT_FIELD, MNEMONIC, INSERT_TAB, DATE_SECTION, DATE_STEP, LIST_MOVE, TICK, EDIT_CELL]


def matches(event, declared: Declared) -> bool:
    """True when a key event is one of the declared key combinations."""
    combo = QKeySequence(event.keyCombination())
    return any(combo.matches(seq) == QKeySequence.SequenceMatch.ExactMatch for seq in declared.sequences())
