"""A record's fields (db/fields.py) in the widgets of its add/edit dialog: a dialog names
one widget per field, `fill` shows a record's values (or a new record's) in them, and
`taken` reads them back as the db action takes them, one value for every declared field
(a declared field without a widget is a KeyError the dialog's tests see at once)."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from casekeeper.db.fields import Fields

from ..datetime_edit import DateTimeEdit


def put(widget: QWidget, value) -> None:
    """Show `value` in the widget; a combo box selects the item whose data it is (the first
    item when none is; an editable one shows it as text)."""
    if isinstance(widget, QLineEdit):
        widget.setText(value or "")
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QComboBox):
        if widget.isEditable():
            widget.setCurrentText(value or "")
        else:
            widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QSpinBox):
        widget.setValue(value or 0)
    elif isinstance(widget, QAbstractButton):
        widget.setChecked(bool(value))
    elif isinstance(widget, DateTimeEdit):
        widget.set_value(value)
    else:
        raise TypeError(type(widget).__name__)


def take(widget: QWidget):
    """The widget's value as a field takes it (texts without surrounding blanks)."""
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return widget.currentText().strip() if widget.isEditable() else widget.currentData()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, DateTimeEdit):
        return widget.value()
    raise TypeError(type(widget).__name__)


def fill(widgets: dict[str, QWidget], values: dict) -> None:
    for name, widget in widgets.items():
        put(widget, values[name])


def taken(fields: Fields, widgets: dict[str, QWidget], **given) -> dict:
    """Every field of `fields`: from `given` (values the dialog works out itself) or its widget."""
    return {name: given[name] if name in given else take(widgets[name]) for name in fields.names}
