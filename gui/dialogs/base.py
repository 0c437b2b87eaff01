"""The base of every dialog that takes input, so the keys work the same in all of them
(and a new dialog gets them by subclassing FormDialog):

- Tab / Shift+Tab always move to the next / previous field, also out of multi-line text
  fields (Ctrl+Tab types a tab character there) and out of date fields (gui/datetime_edit.py).
- Ctrl+Enter submits from any field, multi-line ones included: the dialog's accept(), as OK.
- Esc, or the window's close button, on a dialog whose fields were changed asks before the
  changes are thrown away; an untouched dialog closes at once. Cancel closes without asking
  (it says what it does), and so does reject() called by code.

"Changed" compares the fields' values with those the dialog was shown with: every line
edit, text field, combo box, spin box, date field, check box and item list of the dialog
(see field_values); a widget with the property `dirty_ignore` set is left out.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QDialog, QLineEdit, QMessageBox,
    QPlainTextEdit, QTextEdit, QWidget,
)

from .. import keys


class _TabInserter(QObject):
    """Ctrl+Tab in a text field whose Tab moves the focus: types a tab character."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and keys.matches(event, keys.INSERT_TAB) \
                and not obj.isReadOnly():
            obj.insertPlainText("\t")
            return True
        return False


_inserter: _TabInserter | None = None


def tab_moves_focus(edit: QPlainTextEdit | QTextEdit) -> None:
    """Tab leaves the text field (as in every other field); Ctrl+Tab types a tab."""
    global _inserter
    if _inserter is None:
        _inserter = _TabInserter()
    edit.setTabChangesFocus(True)
    edit.removeEventFilter(_inserter)
    edit.installEventFilter(_inserter)


def _is_field(widget: QWidget, dialog: QWidget) -> bool:
    """A widget of the dialog itself: not part of a combo box or spin box (their value counts
    once), not in a popup window (completers, calendars), not marked dirty_ignore."""
    if widget.window() is not dialog or widget.property("dirty_ignore"):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)) or parent.property("dirty_ignore"):
            return False
        parent = parent.parentWidget()
    return True


def _value(widget: QWidget):
    if isinstance(widget, QLineEdit):
        # a password field's text is not kept around: whether something was typed is enough
        return bool(widget.text()) if widget.echoMode() != QLineEdit.EchoMode.Normal else widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model, root = widget.model(), QModelIndex()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)  # private in list models
        return tuple((model.index(r, c).data(), model.index(r, c).data(Qt.ItemDataRole.CheckStateRole))
                     for r in range(model.rowCount(root)) for c in range(columns))
    return None


def field_values(dialog: QWidget) -> list:
    """The values of the dialog's fields, in the order of the widget tree."""
    out = []
    for widget in dialog.findChildren(QWidget):
        if _is_field(widget, dialog):
            value = _value(widget)
            if value is not None:
                out.append((type(widget).__name__, value))
    return out


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._shown_values: list | None = None
        for seq in keys.SUBMIT.sequences():
            shortcut = QShortcut(seq, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.submit)

    # --- what subclasses may change
    def submit(self) -> None:
        """Ctrl+Enter: what OK does."""
        self.accept()

    def is_changed(self) -> bool:
        """True when a field differs from what the dialog was shown with."""
        return self._shown_values is not None and field_values(self) != self._shown_values

    def confirm_discard(self) -> bool:
        """Ask before throwing away what was typed; True: throw it away."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard changes?"),
                          self.tr("You have changed fields of this dialog. Close it and lose those changes?"),
                          QMessageBox.StandardButton.NoButton, self)
        discard = box.addButton(self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    # --- Qt
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._shown_values is None:
            for edit in self.findChildren(QPlainTextEdit) + self.findChildren(QTextEdit):
                if not edit.isReadOnly():
                    tab_moves_focus(edit)
            self._shown_values = field_values(self)

    def keyPressEvent(self, event) -> None:
        if keys.matches(event, keys.DISCARD):
            if not self.is_changed() or self.confirm_discard():
                self.reject()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if event.spontaneous() and self.isVisible() and self.is_changed() and not self.confirm_discard():
            event.ignore()
            return
        super().closeEvent(event)
