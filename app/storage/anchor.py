"""The audit chain's anchor outside the database: an Ed25519 signing key and signed checkpoint files.

A checkpoint says "this database's audit chain had N entries ending in hash H at time T"; it is signed with a
key that is never stored in the database, so whoever can write the database (or its file) cannot make a
checkpoint agree with a chain they rewrote. docs/security.md ("Audit anchor") says what that protects against
and what it cannot.

Where things live:
- the private key: the system keyring (app.storage.secrets, entry `audit-anchor-key`); on a machine without a
  working keyring, the file `audit-anchor.key` in the config folder (mode 0600, folder 0700) — Ayarlar says
  which (`key_location`);
- the public keys this machine trusts: `audit-anchor/keys/<fingerprint>.pub` in the data folder (its own key's
  is written there when the key is made; an administrator may copy another machine's there). Checking a
  signature needs only these, never the private key;
- checkpoint files: `audit-anchor/<database>/checkpoint-….json` in the data folder, one folder per database
  location (`location_dir`), the same text as the row in `audit_checkpoints`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.config import config_dir, data_dir
from app.storage import secrets

FORMAT = "ush-izin-audit-checkpoint/1"
KEY_NAME = "audit-anchor-key"
KEY_FILE = "audit-anchor.key"
ANCHOR_DIR = "audit-anchor"


class AnchorKeyError(Exception):
    """The signing key cannot be read or made (the message is for the officer, Turkish)."""


@dataclass(frozen=True)
class KeyLocation:
    kind: str            # "keyring", "file" or "none" (no key yet)
    path: Path | None    # the key file where kind == "file" (or where one would be made)


@dataclass(frozen=True)
class Checkpoint:
    """One signed checkpoint as stored (database row, file, backup manifest): the signed text and its signature."""

    payload: str
    signature: str
    public_key: str
    key_fingerprint: str

    @property
    def data(self) -> dict[str, Any]:
        try:
            out = json.loads(self.payload)
        except ValueError:
            return {}
        return out if isinstance(out, dict) else {}

    def as_json(self) -> dict[str, str]:
        return {"payload": self.payload, "signature": self.signature, "public_key": self.public_key,
                "key_fingerprint": self.key_fingerprint}

    @classmethod
    def from_json(cls, raw: Any) -> Checkpoint | None:
        if not isinstance(raw, dict):
            return None
        try:
            return cls(str(raw["payload"]), str(raw["signature"]), str(raw["public_key"]),
                       str(raw["key_fingerprint"]))
        except KeyError:
            return None

    def signature_ok(self) -> bool:
        """The signature is the public key's over the payload, and the fingerprint is that key's."""
        return fingerprint(self.public_key) == self.key_fingerprint and verify_signature(
            self.public_key, self.payload, self.signature)


def canonical_payload(fields: dict[str, Any]) -> str:
    return json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def fingerprint(public_hex: str) -> str:
    try:
        return hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()
    except ValueError:
        return ""


# --- private files --------------------------------------------------------------------------------------------------

def _private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    try:
        path.chmod(0o700)
    except OSError:
        pass


def _write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read (0600), whole or not at all (a temporary name, then a rename)."""
    _private_dir(path.parent)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


# --- the key --------------------------------------------------------------------------------------------------------

def key_file() -> Path:
    return config_dir() / KEY_FILE


def key_location() -> KeyLocation:
    """Where this machine's signing key lives, or would be made (for Ayarlar; makes nothing)."""
    if secrets.keyring_available() and secrets.get_secret(KEY_NAME):
        return KeyLocation("keyring", None)
    if key_file().is_file():
        return KeyLocation("file", key_file())
    if secrets.keyring_available():
        return KeyLocation("keyring", None)
    return KeyLocation("file", key_file())


def _load_private(create: bool) -> Any | None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    raw = secrets.get_secret(KEY_NAME) if secrets.keyring_available() else None
    if raw is None and key_file().is_file():
        try:
            raw = key_file().read_text(encoding="ascii").strip()
        except OSError as exc:
            raise AnchorKeyError(f"Denetim izi imza anahtarı okunamadı ({key_file()}): {exc}") from exc
    if raw is not None:
        try:
            return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(raw))
        except ValueError as exc:
            raise AnchorKeyError("Denetim izi imza anahtarı bozuk; yenisi yapılmadı. Sistem yöneticisine "
                                 "başvurun (docs/security.md).") from exc
    if not create:
        return None
    key = Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives import serialization

    text = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption()).hex()
    try:
        secrets.set_secret(KEY_NAME, text)
    except secrets.NoSecureStore:
        _write_private(key_file(), text + "\n")
    _remember_public(_public_hex(key))
    return key


def _public_hex(key: Any) -> str:
    from cryptography.hazmat.primitives import serialization

    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def keys_dir() -> Path:
    return data_dir() / ANCHOR_DIR / "keys"


def _remember_public(public_hex: str) -> None:
    path = keys_dir() / f"{fingerprint(public_hex)}.pub"
    if not path.is_file():
        _private_dir(data_dir() / ANCHOR_DIR)
        _write_private(path, public_hex + "\n")


def save_public(folder: Path, fp: str, public_hex: str) -> Path:
    path = folder / f"{fp}.pub"
    _write_private(path, public_hex + "\n")
    return path


def own_public_key() -> str | None:
    """This machine's public key (hex), without making a key."""
    key = _load_private(create=False)
    return None if key is None else _public_hex(key)


def sign(fields: dict[str, Any]) -> Checkpoint:
    """Sign the fields (made into canonical JSON) with this machine's key, making the key the first time."""
    key = _load_private(create=True)
    public = _public_hex(key)
    _remember_public(public)   # also when the key came from the keyring of a machine whose data folder moved
    payload = canonical_payload({"format": FORMAT, **fields})
    return Checkpoint(payload, key.sign(payload.encode("utf-8")).hex(), public, fingerprint(public))


@functools.lru_cache(maxsize=65536)   # the same checkpoint is met in the table, a file and a backup
def verify_signature(public_hex: str, payload: str, signature_hex: str) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(bytes.fromhex(signature_hex),
                                                                             payload.encode("utf-8"))
    except (InvalidSignature, ValueError):
        return False
    return True


def trusted_keys() -> dict[str, str]:
    """{fingerprint: public key hex} this machine trusts: its own key and the public key files in the data folder
    (never keys read from the database or a backup, which whoever rewrote them could have put there)."""
    out: dict[str, str] = {}
    folder = keys_dir()
    if folder.is_dir():
        for path in sorted(folder.glob("*.pub")):
            try:
                public = path.read_text(encoding="ascii").strip()
            except (OSError, UnicodeDecodeError):
                continue
            fp = fingerprint(public)
            if fp and path.stem == fp:
                out[fp] = public
    try:
        own = own_public_key()
    except AnchorKeyError:
        own = None
    if own:
        out[fingerprint(own)] = own
    return out


# --- checkpoint files -----------------------------------------------------------------------------------------------

def location_dir(location: str) -> Path:
    """The folder of one database's checkpoint files: a readable part and a hash of its full location."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in location.rsplit("/", 1)[-1])[:40]
    return data_dir() / ANCHOR_DIR / f"{safe or 'db'}-{hashlib.sha256(location.encode()).hexdigest()[:16]}"


def file_name(cp: Checkpoint) -> str:
    d = cp.data
    stamp = "".join(ch for ch in str(d.get("made_at", "")) if ch.isdigit())[:20]
    return f"checkpoint-{stamp}-{d.get('entries', 0)}-{cp.signature[:8]}.json"


def save_file(folder: Path, cp: Checkpoint) -> Path:
    path = folder / file_name(cp)
    if folder.parent.name == ANCHOR_DIR:
        _private_dir(folder.parent)
    _write_private(path, json.dumps(cp.as_json(), ensure_ascii=False, indent=2) + "\n")
    return path


def read_files(folder: Path) -> list[tuple[Path, Checkpoint | None]]:
    """Every checkpoint file in `folder` (None where a file cannot be read as one)."""
    out: list[tuple[Path, Checkpoint | None]] = []
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("checkpoint-*.json")):
        try:
            cp = Checkpoint.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            cp = None
        out.append((path, cp))
    return out
