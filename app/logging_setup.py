"""The log file: a rotating file in the platform's log folder (`app.config.log_dir()`), never with a password.

`setup_logging()` is called once by `run_gui` (and may be called again: it does not add a second handler).
Every record passes `RedactPasswords`, which removes the password part of database addresses
(``postgresql://user:secret@host`` → ``postgresql://user:***@host``) and ``password=…`` pairs.
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
_KEY_VALUE = re.compile(r"(?P<head>\b(?:pg)?(?:password|passwd|pwd|passphrase|parola)\s*[=:]\s*)(?P<secret>[^\s,;&'\"]+)",
                        re.IGNORECASE)


def redact(text: str) -> str:
    """The text with every password in a URL or a ``password=…`` pair replaced by ``***``."""
    text = _URL_PASSWORD.sub(lambda m: f"{m['head']}***{m['tail']}", text)
    return _KEY_VALUE.sub(lambda m: f"{m['head']}***", text)


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
        return True


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
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8", delay=True)
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
