"""Files dropped from the desktop: which are mail to import, which are files to attach."""
from __future__ import annotations

from pathlib import Path

MAIL_SUFFIXES = (".eml", ".mbox", ".mbx", ".msg822")


def local_files(mime) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).is_file()]


def is_mail_file(path: str) -> bool:
    """.eml / mbox by name, or an mbox without a suffix (Thunderbird's 'Inbox')."""
    p = Path(path)
    if p.suffix.lower() in MAIL_SUFFIXES:
        return True
    if p.suffix:
        return False
    try:
        with open(p, "rb") as fh:
            return fh.read(5) == b"From "
    except OSError:
        return False


def split_drop(paths: list[str]) -> tuple[list[str], list[str]]:
    """(mail files to import, other files to attach)."""
    mail = [p for p in paths if is_mail_file(p)]
    return mail, [p for p in paths if p not in mail]
