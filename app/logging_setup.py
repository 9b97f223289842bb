"""The log file: a rotating file in the platform's log folder (`app.config.log_dir()`), never with a password.

`setup_logging()` is called once by `run_gui` (and may be called again: it does not add a second handler).
Every record passes `RedactPasswords`, which applies `redact` (the one redaction function, also used by the
error report): passwords in database addresses (``postgresql://user:secret@host`` → ``postgresql://user:***@host``),
``password=…`` / ``"password": "…"`` / PGPASSWORD / passphrase / secret pairs, keyring secrets, password hashes,
and TC kimlik numbers (masked). SQL parameters never reach it: every engine hides them (`hide_parameters`).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from app.config import log_dir

LOG_FILE = "ush-izin.log"
MAX_BYTES = 2_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

# The secret runs to the last "@" of the address, so a password with an unencoded "@" is removed whole.
_URL_PASSWORD = re.compile(r"(?P<head>[a-zA-Z][a-zA-Z0-9+.\-]*://[^:/@\s]*:)(?P<secret>\S+)(?P<tail>@)")
# Any key that names a secret (password, PGPASSWORD, db_password, password_hash, passphrase, secret, token, api key,
# Turkish parola/şifre), bare or quoted ("password": "…", 'password': '…'), followed by = or : and a value that is
# quoted (spaces and escaped quotes included) or runs to the next space or separator.
_SECRET_KEY = r"[\w.-]*(?:passw(?:or)?d|pwd|passphrase|pass|secret|token|api[_-]?key|parola|şifre|sifre)[\w.-]*"
_KEY_VALUE = re.compile(
    r"(?P<head>(?P<q>[\"']?)\b" + _SECRET_KEY + r"(?P=q)\s*(?:=|:(?!//))\s*)"
    r"(?P<secret>\"(?:[^\"\\]|\\.)*\"?|'(?:[^'\\]|\\.)*'?|[^\s,;&'\"}\])]+)",
    re.IGNORECASE)
# keyring calls as they appear in messages: set_password("service", "key", "secret") / set_secret("key", "secret")
_KEYRING_CALL = re.compile(
    r"(?P<head>\b(?:set_password|set_secret)\s*\((?:\s*(?:\"[^\"]*\"|'[^']*'|[^,()]*)\s*,)+\s*)"
    r"(?P<secret>\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|[^)\s]+)")
# argon2 password hashes wherever they appear (credential material, even salted)
_ARGON2 = re.compile(r"\$argon2(?:id|i|d)\$[A-Za-z0-9+/=$,.]+")
# PEM private keys
_PEM_KEY = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)", re.DOTALL)
# TC kimlik numbers (and any other 11-digit number standing alone, e.g. a phone number): 123******01
_ELEVEN_DIGITS = re.compile(r"(?<![0-9])([0-9]{3})[0-9]{6}([0-9]{2})(?![0-9])")


def redact(text: str) -> str:
    """The text without secrets or identity numbers: the one redaction of the log and the error report.

    Removes passwords in database addresses (``postgresql://user:***@host``), every ``key=value`` or
    ``"key": "value"`` pair whose key names a secret (password, PGPASSWORD, passphrase, secret, token, parola …),
    the secret argument of keyring calls, argon2 hashes and private keys, and masks 11-digit numbers (TC kimlik
    numbers) as ``123******01``."""
    if not text:
        return text
    text = _PEM_KEY.sub("-----PRIVATE KEY ***-----", text)
    text = _URL_PASSWORD.sub(lambda m: f"{m['head']}***{m['tail']}", text)
    text = _KEYRING_CALL.sub(lambda m: f"{m['head']}***", text)
    text = _KEY_VALUE.sub(lambda m: f"{m['head']}***", text)
    text = _ARGON2.sub("$argon2***", text)
    return _ELEVEN_DIGITS.sub(lambda m: f"{m[1]}******{m[2]}", text)


class RedactPasswords(logging.Filter):
    """Formats the record's message once and removes passwords from it (and from the traceback text)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001  (a bad format string must not lose the record)
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log file (and each rotated one) is the owner's only: 0600."""

    def _open(self):  # type: ignore[no-untyped-def]
        from app.storage.files import make_private, private_file_opener

        f = open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors,  # noqa: SIM115
                 opener=private_file_opener)
        make_private(self.baseFilename)
        return f


class _RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_path() -> Path:
    return log_dir() / LOG_FILE


def setup_logging(level: int = logging.INFO, folder: Path | None = None) -> Path | None:
    """Attach the rotating log file to the root logger; the file's path, or None when it cannot be written.

    Called again with the same folder it keeps the handler; with another folder (a moved data folder, a
    test) it replaces it, so there is never more than one log file handler.
    """
    root = logging.getLogger()
    path = (folder or log_dir()) / LOG_FILE
    for h in root.handlers:
        if getattr(h, "_ush_log", False) and Path(h.baseFilename) == path.absolute():  # type: ignore[attr-defined]
            return path
    teardown_logging()
    try:
        from app.storage.files import private_dir

        private_dir(path.parent)
        handler = _PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8",
                                              delay=True)
    except OSError:
        return None
    handler._ush_log = True  # type: ignore[attr-defined]
    handler.setFormatter(_RedactingFormatter(FORMAT))
    handler.addFilter(RedactPasswords())
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


def teardown_logging() -> None:
    """Remove (and close) the handler `setup_logging` added; for tests and a clean exit."""
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_ush_log", False):
            root.removeHandler(h)
            h.close()
