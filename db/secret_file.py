"""The opt-in encrypted secrets file (keyrings.cryptfile: AES-GCM, key from an Argon2
passphrase hash), for a computer without a usable OS keyring.

Never chosen on its own: the user turns it on (`create`), which records the
choice in the settings; after that, each session unlocks it with the passphrase
(`unlock`). The file sits in the data dir next to the database and holds only
encrypted secrets; the passphrase is kept in memory for the session, never written."""
from __future__ import annotations

from pathlib import Path

from . import settings
from .errors import InvalidInput
from .labels import Msg

FILE_NAME = "secrets.cryptfile.cfg"
SETTING = "secret_store"          # "keyring" (default) or "encrypted_file"
CHOSEN = "encrypted_file"
LABEL = "Casekeeper's encrypted secrets file"
MIN_PASSPHRASE = 8

_open: dict[Path, object] = {}    # data dir -> unlocked backend, for this session


def path(data_dir: Path) -> Path:
    return Path(data_dir) / FILE_NAME


def chosen(data_dir: Path) -> bool:
    return settings.get(data_dir, SETTING) == CHOSEN


def is_unlocked(data_dir: Path) -> bool:
    return Path(data_dir) in _open


def _backend(data_dir: Path, passphrase: str):
    from keyrings.cryptfile.cryptfile import CryptFileKeyring

    kr = CryptFileKeyring()
    kr.file_path = str(path(data_dir))
    try:
        kr.keyring_key = passphrase     # creates the file, or checks the passphrase against it
    except (ValueError, AssertionError) as exc:
        from .secrets import WrongPassphrase

        raise WrongPassphrase(Msg("secret.wrong_passphrase")) from exc
    return kr


def create(data_dir: Path, passphrase: str) -> None:
    """Turn the encrypted file on, protected by `passphrase` (the user's explicit choice)."""
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise InvalidInput(Msg("secret.short_passphrase", n=MIN_PASSPHRASE))
    if path(data_dir).exists():
        raise InvalidInput(Msg("secret.file_exists"))
    _open[Path(data_dir)] = _backend(data_dir, passphrase)
    settings.save(data_dir, {SETTING: CHOSEN})


def unlock(data_dir: Path, passphrase: str) -> None:
    if not path(data_dir).exists():
        raise InvalidInput(Msg("secret.no_file"))
    _open[Path(data_dir)] = _backend(data_dir, passphrase)


def owns(kr) -> bool:
    """Is `kr` an encrypted file this session unlocked (so the user chose it)?"""
    return any(kr is b for b in _open.values())


def lock(data_dir: Path) -> None:
    _open.pop(Path(data_dir), None)


def backend(data_dir: Path):
    """The unlocked file backend, or KeyringIsLocked."""
    kr = _open.get(Path(data_dir))
    if kr is None:
        from .secrets import KeyringIsLocked

        raise KeyringIsLocked(Msg("secret.file_locked"))
    return kr
