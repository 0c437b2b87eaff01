"""Logins of a case: label, username, URL, desk, notes. Their secrets live only
in the OS keyring (db.secrets); a row keeps the reference to its entry.

Each action is one transaction. An action that writes a secret does the
keyring call inside the transaction, so a keyring failure (none, locked,
refused) rolls the row back too: nothing is saved, and the error says why."""
from __future__ import annotations

from . import cases, clock, secrets
from .errors import InvalidInput
from .fields import Field, Fields
from .labels import Msg
from .models import KeyringNamespace, Login, database
from .validate import desk_of_case, existing

# What a person sets on a login (db/fields.py; never the secret): the actions and the dialog read it.
FIELDS = Fields(
    Login, "field.login",
    Field("label", label="field.login_label", required=True),   # unique in the case
    Field("username"),
    Field("url"),
    Field("desk", ref=True),           # a desk of the same case, or none
    Field("notes"),
)
NO_USERNAME = "(no username)"   # keyring entries need a user name


def get_login(login_id: int) -> Login:
    return existing(Login, login_id, "error.no_login")


def list_logins(case_id: int) -> list[Login]:
    return list(Login.select().where(Login.case == case_id).order_by(Login.label, Login.id))


def find_login(case_id: int, label: str) -> Login | None:
    return Login.get_or_none((Login.case == case_id) & (Login.label == (label or "").strip()))


def _namespace() -> str:
    return KeyringNamespace.get_by_id(1).token


def _clean(fields: dict, case_id: int, login_id: int | None = None) -> dict:
    FIELDS.clean(fields)
    if "label" in fields:
        same = Login.select().where((Login.case == case_id) & (Login.label == fields["label"]))
        if login_id is not None:
            same = same.where(Login.id != login_id)
        if same.exists():
            raise InvalidInput(Msg("secret.label_taken", label=fields["label"]))
    for key in ("username", "url", "notes"):
        if key in fields:
            fields[key] = (fields[key] or "").strip()
    if "desk" in fields:
        fields["desk"] = desk_of_case(fields["desk"], case_id)
    return fields


def _check_secret(secret: str | None) -> None:
    if secret is not None and (not isinstance(secret, str) or secret == ""):
        raise InvalidInput(Msg("secret.empty_secret"))


def _keyring_user(username: str) -> str:
    return username or NO_USERNAME


def create_login(case_id: int, label: str, *, secret: str | None = None, **fields) -> Login:
    """A new login; with `secret`, the secret goes to the keyring (or nothing is saved)."""
    _check_secret(secret)
    if secret is not None:
        secrets.require_backend()
    now = clock.now()
    with database.atomic():
        cases.get_case(case_id)
        fields = _clean({"label": label, **fields}, case_id)
        login = Login.create(case=case_id, created_at=now, updated_at=now, **fields)
        if secret is not None:
            _store(login, secret)
        cases.touch(case_id)
        return login


def update_login(login_id: int, *, secret: str | None = None, **fields) -> Login:
    """Change fields; `secret=None` keeps the stored secret. A changed username
    moves the keyring entry to the new name."""
    _check_secret(secret)
    with database.atomic():
        login = get_login(login_id)
        fields = _clean(fields, login.case_id, login.id)
        old_service, old_user = login.keyring_service, login.keyring_user
        for key, value in fields.items():
            setattr(login, key, value)
        login.updated_at = clock.now()
        moved = bool(old_service) and old_user != _keyring_user(login.username)
        if secret is None and moved:
            secret = secrets.fetch(old_service, old_user)
            if secret is None:  # the entry vanished from the keyring meanwhile
                login.keyring_service = login.keyring_user = login.keyring_backend = ""
        if secret is not None:
            _store(login, secret)
            if moved:
                secrets.remove(old_service, old_user)
        login.save()
        cases.touch(login.case_id)
        return login


def _store(login: Login, secret: str) -> None:
    service = login.keyring_service or secrets.service_name(_namespace(), login.case_id, login.id)
    user = _keyring_user(login.username)
    login.keyring_backend = secrets.store(service, user, secret)
    login.keyring_service, login.keyring_user = service, user
    login.updated_at = clock.now()
    login.save()


def set_login(case_id: int, label: str, *, username: str, secret: str, url: str | None = None,
              desk: int | None = None) -> tuple[Login, bool]:
    """Create the login labelled `label`, or update it: (login, created)."""
    fields = {"username": username}
    if url is not None:
        fields["url"] = url
    if desk is not None:
        fields["desk"] = desk
    existing = find_login(case_id, label)
    if existing is None:
        return create_login(case_id, label, secret=secret, **fields), True
    return update_login(existing.id, secret=secret, **fields), False


def read_secret(login_id: int) -> str | None:
    """The secret from the keyring; None when none is stored."""
    login = get_login(login_id)
    if not login.has_secret:
        return None
    return secrets.fetch(login.keyring_service, login.keyring_user)


def delete_login(login_id: int, *, keep_secret: bool = False) -> None:
    """Delete the login and its keyring entry. When the keyring cannot delete
    the entry (none, locked), the login stays and the error says why; with
    `keep_secret` (the user's explicit choice) the entry is left where it is."""
    with database.atomic():
        login = get_login(login_id)
        if login.has_secret and not keep_secret:
            secrets.remove(login.keyring_service, login.keyring_user)
        login.delete_instance()
        cases.touch(login.case_id)


def count_case_secrets(case_id: int) -> int:
    """How many logins of the case have a secret in the keyring (for the case-delete question)."""
    return Login.select().where((Login.case == case_id) & (Login.keyring_service != "")).count()


def forget_case_secrets(case_id: int) -> int:
    """Remove the keyring entries of every login of the case (before deleting the case);
    the rows keep their labels and lose the reference. Returns how many were removed."""
    removed = 0
    with database.atomic():
        for login in Login.select().where((Login.case == case_id) & (Login.keyring_service != "")):
            secrets.remove(login.keyring_service, login.keyring_user)
            login.keyring_service = login.keyring_user = login.keyring_backend = ""
            login.updated_at = clock.now()
            login.save()
            removed += 1
    return removed


def clipboard_clear_seconds(data_dir=None) -> int:
    """After how many seconds a copied secret leaves the clipboard (setting, default 20);
    `data_dir` defaults to the one of the open database."""
    from . import settings

    return settings.get(data_dir or secrets.open_data_dir(), "clipboard_clear_seconds")
