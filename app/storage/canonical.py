"""Canonical JSON: the one text form of a value (keys sorted, no spaces, Turkish letters as they are).

The audit chain hashes entries in this form, and the database writes its JSON columns in it (the engine's
json_serializer), so verifying the chain can hash the stored text as it is instead of decoding and re-encoding
every entry (docs/performance.md)."""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
from typing import Any


def plain(value: Any) -> Any:
    """A JSON-ready form of the values the schema holds besides JSON's own (dates, bytes, decimals)."""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


# One encoder for every call: json.dumps with these options would build a new JSONEncoder each time.
ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=plain)


def dumps(value: Any) -> str:
    return ENCODER.encode(value)
