"""The application icon (resources/icons/casekeeper.svg; its installed name is the app id)."""
from __future__ import annotations

from PySide6.QtGui import QIcon, QImage

from casekeeper.db.resources_dir import resource, resource_file

ICON_PARTS = ("icons", "casekeeper.svg")


def app_icon() -> QIcon:
    return QIcon(str(resource_file(*ICON_PARTS)))


def app_icon_svg() -> bytes:
    return resource(*ICON_PARTS).read_bytes()


def render_app_icon(size: int) -> QImage:
    """The icon drawn at size x size pixels (transparent around it), for the PNG sizes of an icon theme."""
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(app_icon_svg())
    if not renderer.isValid():
        raise ValueError("the application icon is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image
