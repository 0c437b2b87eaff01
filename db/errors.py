"""Errors with a message meant for a person, raised by the db layer.

Raise them with a `Msg` (a key of the db/texts tables and its values), e.g.
`raise NotFound(Msg("error.no_desk", id=desk_id))`. `str(exc)` is the English line
(logs, tests); `exc.text(lang)` renders it in the language the person reads."""
from __future__ import annotations

from .labels import Msg, Plain


class CasekeeperError(Exception):
    """An expected failure: its message is one clear line for the user."""

    def __init__(self, message: Msg | str = ""):
        if isinstance(message, Msg):
            self.msg = message
        elif not isinstance(getattr(self, "msg", None), Msg):  # a subclass may have set it already
            self.msg = Plain(message)   # text from another program: the same in every language
        super().__init__(str(self.msg))

    def text(self, lang: str = "en") -> str:
        """The message in `lang` ('en' or 'ja')."""
        return self.msg.text(lang)


def message_text(error: BaseException | str, lang: str) -> str:
    """What to show for `error` in `lang`: a CasekeeperError in that language, anything else as str()."""
    return error.text(lang) if isinstance(error, CasekeeperError) else str(error)


class DataDirError(CasekeeperError):
    pass


class DatabaseOpenError(CasekeeperError):
    pass


class NotCasekeeperDatabase(DatabaseOpenError):
    pass


class DatabaseTooNew(DatabaseOpenError):
    pass


class DatabaseCorrupt(DatabaseOpenError):
    pass


class NotFound(CasekeeperError):
    pass


class InvalidInput(CasekeeperError):
    pass
