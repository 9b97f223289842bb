"""Secrets in the system keyring; never in the settings file or the log.

Where no real keyring backend exists (a headless machine), we say so instead of falling back to a plain
text file: callers then ask for the secret each time and keep it in memory only.
"""

from __future__ import annotations

SERVICE = "ush-izin"
_INSECURE = ("keyring.backends.fail", "keyring.backends.null", "keyring.backends.chainer", "keyrings.alt")


class NoSecureStore(Exception):
    def __init__(self) -> None:
        super().__init__(
            "Bu bilgisayarda güvenli anahtar deposu (keyring) bulunamadı; parola kaydedilmedi. "
            "Parola her açılışta sorulacak."
        )


def _real_backends(kr: object) -> list[object]:
    kids = getattr(kr, "backends", None)
    items = list(kids) if kids is not None else [kr]
    return [b for b in items if not type(b).__module__.startswith(_INSECURE)]


def keyring_available() -> bool:
    import keyring

    try:
        return bool(_real_backends(keyring.get_keyring()))
    except Exception:
        return False


def get_secret(key: str) -> str | None:
    if not keyring_available():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, key)
    except KeyringError:
        return None


def set_secret(key: str, value: str) -> None:
    if not keyring_available():
        raise NoSecureStore()
    import keyring

    keyring.set_password(SERVICE, key, value)


def delete_secret(key: str) -> None:
    if not keyring_available():
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, key)
    except (PasswordDeleteError, KeyringError):
        pass


def db_password_key(username: str, host: str, port: int | None, database: str) -> str:
    return f"db:{username}@{host}:{port or 5432}/{database}"
