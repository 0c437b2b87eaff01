"""Secrets of logins, kept only in the OS keyring through the `keyring` package
(or, when the user explicitly chose it, in the encrypted file of db.secret_file).

`keyring` (and D-Bus behind it) is imported lazily, on the first call that
needs it. Nothing here ever falls back to storing a secret somewhere else:
when there is no usable keyring, or it is locked, or the user refuses to
unlock it, a SecretStoreError subclass says so in one line and nothing is
saved. Service names are namespaced per database, case and login
(`service_name`), so equal usernames never collide.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import CasekeeperError
from .labels import Msg

SERVICE_PREFIX = "casekeeper"


class SecretStoreError(CasekeeperError):
    """The keyring could not do what was asked; nothing was saved."""


class NoKeyring(SecretStoreError):
    """No usable keyring backend (keyring's `fail`/`null` backend, no Secret Service, plain-text stores)."""


class KeyringIsLocked(SecretStoreError):
    """The keyring is locked."""


class UnlockRefused(KeyringIsLocked):
    """The keyring asked to be unlocked and the prompt was dismissed (or could not be shown)."""


class WrongPassphrase(KeyringIsLocked):
    """The passphrase does not open the encrypted secrets file."""


class KeyringFailed(SecretStoreError):
    """The keyring backend failed in another way (D-Bus error, daemon gone, ...)."""


def service_name(namespace: str, case_id: int, login_id: int) -> str:
    """The keyring service name of one login: unique per database, case and login."""
    return f"{SERVICE_PREFIX}/{namespace}/case-{int(case_id)}/login-{int(login_id)}"


# --- the backend -----------------------------------------------------------------

# keyrings.cryptfile is refused when keyring picks it on its own (it would ask for a
# passphrase on a terminal); it is used only when the user chose it (db.secret_file).
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt", "keyrings.cryptfile")


def open_data_dir() -> Path | None:
    """The data dir of the open database (None when no database is open)."""
    from .models import database

    db = database.obj
    return Path(db.database).parent if db is not None and not db.is_closed() else None


def _backend():
    """The backend secrets go to: the encrypted file when the user chose it, else keyring's
    active backend, with the chainer resolved to the backend it writes to."""
    import keyring

    from . import secret_file

    data_dir = open_data_dir()
    if data_dir is not None and secret_file.chosen(data_dir):
        return secret_file.backend(data_dir)
    kr = keyring.get_keyring()
    if type(kr).__module__ == "keyring.backends.chainer":
        chained = list(type(kr).backends)
        kr = next((b for b in chained if not _refused(b)), chained[0] if chained else None)
    return kr


def _is_file_store(kr) -> bool:
    from . import secret_file

    return secret_file.owns(kr)


def _refused(kr) -> bool:
    return kr is None or (type(kr).__module__.startswith(_REFUSED_MODULES) and not _is_file_store(kr))


def _is_secret_service(kr) -> bool:
    return type(kr).__module__ in ("keyring.backends.SecretService", "keyring.backends.libsecret")


def _secret_service_provider() -> str:
    """Which program owns org.freedesktop.secrets (GNOME Keyring, KWallet, KeePassXC), or ''."""
    try:
        import secretstorage
        from jeepney.bus_messages import message_bus

        conn = secretstorage.dbus_init()
        try:
            reply = conn.send_and_get_reply(message_bus.GetConnectionUnixProcessID("org.freedesktop.secrets"))
        finally:
            conn.close()
        comm = Path(f"/proc/{int(reply.body[0])}/comm").read_text().strip().lower()
    except Exception:  # an unknown provider is not an error, only an unknown name
        return ""
    for prefix, name in (("gnome-keyring", "GNOME Keyring"), ("kwallet", "KWallet"), ("ksecretd", "KWallet"),
                         ("keepassxc", "KeePassXC")):
        if comm.startswith(prefix):
            return name
    return comm


def backend_label(kr) -> str:
    """A human name for a keyring backend."""
    if kr is None:
        return ""
    module = type(kr).__module__
    if _is_file_store(kr):
        from .secret_file import LABEL

        return LABEL
    if _is_secret_service(kr):
        provider = _secret_service_provider()
        return f"{provider} (Secret Service)" if provider else "Secret Service"
    if module == "keyring.backends.kwallet":
        return "KWallet"
    if module.startswith("keyring.backends.macOS"):
        return "macOS Keychain"
    if module == "keyring.backends.Windows":
        return "Windows Credential Manager"
    return getattr(kr, "name", type(kr).__name__)


# What was asked of the keyring (text keys), and what the user is told came of it.
SAVE, READ, DELETE = "secret.op_save", "secret.op_read", "secret.op_delete"
_OUTCOME = {SAVE: "secret.nothing_saved", READ: "", DELETE: "secret.nothing_deleted"}


def _what(what: str) -> dict:
    return {"what": Msg(what), "outcome": Msg(_OUTCOME[what]) if _OUTCOME[what] else ""}


def _no_keyring_message(kr, what: str) -> Msg:
    if kr is not None and type(kr).__module__.startswith("keyrings.alt"):
        return Msg("secret.unsafe_backend", name=backend_label(kr), **_what(what))
    return Msg("secret.none", **_what(what))


def require_backend(what: str = SAVE):
    """The usable backend, or NoKeyring (its message says what could not be done)."""
    kr = _backend()
    if _refused(kr):
        raise NoKeyring(_no_keyring_message(kr, what))
    return kr


@dataclass(frozen=True)
class KeyringStatus:
    """What the window says about the keyring, found without prompting the user."""

    state: str      # "ready" | "locked" | "unavailable"
    backend: str    # human name ("" when there is none)
    message: Msg    # one line for the user (str() is English)

    @property
    def ready(self) -> bool:
        return self.state == "ready"


def status() -> KeyringStatus:
    try:
        kr = require_backend()
    except NoKeyring as exc:
        return KeyringStatus("unavailable", "", exc.msg)
    except KeyringIsLocked as exc:   # the encrypted file, not unlocked yet this session
        from .secret_file import LABEL

        return KeyringStatus("locked", LABEL, exc.msg)
    name = backend_label(kr)
    if _is_secret_service(kr):
        try:
            import secretstorage

            conn = secretstorage.dbus_init()
            try:   # the default collection, without creating one (that would prompt)
                locked = secretstorage.Collection(conn).is_locked()
            except secretstorage.exceptions.ItemNotFoundException:
                locked = False   # none yet: the first save asks the keyring to create it
            finally:
                conn.close()
        except Exception as exc:
            return KeyringStatus("unavailable", name, Msg("secret.unreachable", name=name, error=_one_line(exc)))
        if locked:
            return KeyringStatus("locked", name, _locked_message(name))
    return KeyringStatus("ready", name, Msg("secret.ready", name=name))


def _shown(name: str) -> Msg | str:
    """A backend's name inside a message: the encrypted file's name is translated, product names are not."""
    from .secret_file import LABEL

    return Msg("secret.file") if name == LABEL else name


def _locked_message(name: str) -> Msg:
    return Msg("secret.locked", name=_shown(name))


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if text.endswith(".") else text + "."


def _call(kr, what: str, func, *args):
    """Run one backend call; any failure becomes a SecretStoreError with one line."""
    from keyring.errors import KeyringLocked, NoKeyringError

    try:
        return func(*args)
    except NoKeyringError as exc:
        raise NoKeyring(_no_keyring_message(None, what)) from exc
    except KeyringLocked as exc:
        name = backend_label(kr)
        if _is_secret_service(kr):
            # keyring asked the Secret Service to unlock and the collection stayed locked.
            raise UnlockRefused(Msg("secret.unlock_refused", name=name, **_what(what))) from exc
        raise KeyringIsLocked(_locked_message(name)) from exc
    except Exception as exc:  # the backend talks to another program; report, never crash
        raise KeyringFailed(Msg("secret.failed", name=_shown(backend_label(kr)), error=_one_line(exc), **_what(what))) from exc


# --- the three operations ----------------------------------------------------------

def store(service: str, user: str, secret: str) -> str:
    """Save `secret`; returns the human name of the backend that holds it now."""
    kr = require_backend(SAVE)
    _call(kr, SAVE, kr.set_password, service, user, secret)
    return backend_label(kr)


def fetch(service: str, user: str) -> str | None:
    """The secret, or None when the keyring has no entry for it."""
    kr = require_backend(READ)
    return _call(kr, READ, kr.get_password, service, user)


def remove(service: str, user: str) -> bool:
    """Delete the entry; False when there was none."""
    from keyring.errors import PasswordDeleteError

    kr = require_backend(DELETE)
    try:
        _call(kr, DELETE, kr.delete_password, service, user)
    except KeyringFailed as exc:
        if isinstance(exc.__cause__, PasswordDeleteError):
            return False
        raise
    return True
