"""Peewee models, one concept a file, all bound to `database` (a proxy)."""
from .base import database
from .case import Case
from .attachment import Attachment
from .checklist import Checklist, ChecklistItem
from .deadline import Deadline
from .desk import Desk
from .event import Event
from .evidence import ChainHead, ChainLink, DeskMailRule
from .identifier import DeskIdentifier, Identifier
from .login import KeyringNamespace, Login
from .mail_original import MailOriginal
from .reminder import DeadlineReminder
from .resource import Resource

ALL_MODELS = [Case, Desk, Identifier, DeskIdentifier, Event, Checklist, ChecklistItem, Resource, Deadline,
              Login, KeyringNamespace, DeadlineReminder,
              Attachment, ChainLink, ChainHead, DeskMailRule, MailOriginal]

__all__ = [m.__name__ for m in ALL_MODELS] + ["database", "ALL_MODELS"]
