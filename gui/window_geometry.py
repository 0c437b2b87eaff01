"""The main window on the screen: the first window is as large as wanted but never larger
than the screen's available area (QScreen.availableGeometry: without panels and docks),
frame and title bar included, so the status bar is on screen at 1366x768; a saved geometry
from a larger monitor is brought back inside the screen too."""
from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

WANTED = QSize(1280, 800)
FRAME_GUESS = QMargins(4, 32, 4, 4)     # a title bar and borders, until the window manager says


def fit_rect(available: QRect, wanted: QSize, frame: QMargins) -> QRect:
    """The window's client rectangle: `wanted` (at most what fits with its frame inside
    `available`), centred in `available`."""
    width = min(wanted.width(), available.width() - frame.left() - frame.right())
    height = min(wanted.height(), available.height() - frame.top() - frame.bottom())
    outer = QRect(0, 0, width + frame.left() + frame.right(), height + frame.top() + frame.bottom())
    outer.moveCenter(available.center())
    return QRect(outer.left() + frame.left(), outer.top() + frame.top(), width, height)


def _frame(window: QWidget) -> QMargins:
    frame, inner = window.frameGeometry(), window.geometry()
    margins = QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                       frame.right() - inner.right(), frame.bottom() - inner.bottom())
    known = window.isVisible() and (margins.top() > 0 or margins.left() > 0)
    return margins if known else FRAME_GUESS


def _screen_area(window: QWidget) -> QRect:
    screen = window.screen() if window.isVisible() else None
    screen = screen or QGuiApplication.screenAt(window.frameGeometry().center()) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place_first_window(window: QWidget, wanted: QSize = WANTED) -> None:
    """No saved geometry: the wanted size, as far as the screen allows, centred."""
    frame = _frame(window)
    rect = fit_rect(_screen_area(window), wanted, frame)
    window.resize(rect.size())
    window.move(rect.left() - frame.left(), rect.top() - frame.top())    # move() places the frame


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move the window so that all of it, frame included, is inside the screen's
    available area (call it once the window is shown and its frame is known)."""
    if window.isMaximized() or window.isFullScreen():
        return
    available, frame = _screen_area(window), _frame(window)
    outer = window.frameGeometry()
    if available.contains(outer):
        return
    size = QSize(min(window.width(), available.width() - frame.left() - frame.right()),
                 min(window.height(), available.height() - frame.top() - frame.bottom()))
    window.resize(size)
    outer = QRect(outer.topLeft(), QSize(size.width() + frame.left() + frame.right(),
                                         size.height() + frame.top() + frame.bottom()))
    left = min(max(outer.left(), available.left()), available.right() + 1 - outer.width())
    top = min(max(outer.top(), available.top()), available.bottom() + 1 - outer.height())
    window.move(left, top)
