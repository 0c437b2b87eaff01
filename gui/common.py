"""Small shared pieces of the UI: time display, confirmations, errors, clipboard."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from casekeeper.db.errors import CasekeeperError
from casekeeper.db.timeutil import local


def tr(text: str, context: str = "Common") -> str:
    return QCoreApplication.translate(context, text)


def arg(text: str, *values) -> str:
    """Fill %1, %2 ... of a translated text (Qt's QString::arg for Python strings)."""
    for n in range(len(values), 0, -1):
        text = text.replace(f"%{n}", str(values[n - 1]))
    return text


def fmt_datetime(value: datetime | None, *, seconds: bool = False) -> str:
    """A moment shown in the user's zone, in the UI language's short format."""
    if value is None:
        return ""
    return local(value).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def fmt_date(value: datetime | None) -> str:
    return "" if value is None else local(value).strftime("%Y-%m-%d")


def confirm(parent: QWidget | None, title: str, text: str, *, destructive: bool = True) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Cancel, parent)
    label = QCoreApplication.translate("Common", "Delete") if destructive else QCoreApplication.translate("Common", "OK")
    ok = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def show_error(parent: QWidget | None, error: Exception | str) -> None:
    """An expected failure, in words. Unexpected exceptions are not shown here."""
    text = str(error)
    QMessageBox.warning(parent, QCoreApplication.translate("Common", "Casekeeper"), text)


def run_action(parent: QWidget | None, func, *args, **kwargs):
    """Call a db action; an expected failure (CasekeeperError) becomes a message box
    and None is returned. Anything else propagates (a real bug)."""
    try:
        return func(*args, **kwargs)
    except CasekeeperError as exc:
        show_error(parent, exc)
        return None


def copy_text(text: str) -> None:
    QApplication.clipboard().setText(text)
