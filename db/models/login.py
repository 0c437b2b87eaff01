import peewee as pw

from .base import BaseModel, UtcDateTimeField
from .case import Case
from .desk import Desk


class Login(BaseModel):
    """A username for a desk or portal. The secret lives only in the OS keyring;
    this row keeps the reference to it (empty keyring_service: no secret stored)."""

    case = pw.ForeignKeyField(Case, backref="logins", on_delete="CASCADE")
    desk = pw.ForeignKeyField(Desk, null=True, backref="logins", on_delete="SET NULL")
    label = pw.TextField()
    username = pw.TextField(default="")
    url = pw.TextField(default="")
    notes = pw.TextField(default="")
    keyring_service = pw.TextField(default="")
    keyring_user = pw.TextField(default="")
    keyring_backend = pw.TextField(default="")   # human name of the backend holding the secret
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()

    class Meta:
        table_name = "logins"

    @property
    def has_secret(self) -> bool:
        return bool(self.keyring_service)


class KeyringNamespace(BaseModel):
    """One random token per database: part of every keyring service name."""

    token = pw.TextField()

    class Meta:
        table_name = "keyring_namespace"
