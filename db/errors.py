"""Errors with a message meant for a person, raised by the db layer."""


class CasekeeperError(Exception):
    """An expected failure: its str() is one clear line for the user."""


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
