"""What a PKCS#12 signing certificate is (subject, issuer, validity), for the settings dialog; no Qt.

Opening the file with its passphrase is the test that the desk will be able to sign with it
(app.workflows.common.signing loads the same file with pyHanko when a permit is issued).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.storage.secrets import get_secret, set_secret
from app.workflows.common import signing
from app.workflows.common.messages import msg
from app.workflows.common.signing import SigningUnavailable, secret_key


@dataclass(frozen=True)
class CertificateInfo:
    path: Path
    subject: str
    issuer: str
    not_before: dt.datetime
    not_after: dt.datetime
    serial: str

    def valid_on(self, moment: dt.datetime) -> bool:
        return self.not_before <= moment <= self.not_after


def _name(name: object) -> str:
    from cryptography.x509.oid import NameOID

    cn = name.get_attributes_for_oid(NameOID.COMMON_NAME)  # type: ignore[attr-defined]
    return str(cn[0].value) if cn else name.rfc4514_string()  # type: ignore[attr-defined]


def describe(path: Path | str, passphrase: str | None = None) -> CertificateInfo:
    """Open the PKCS#12 file (with `passphrase`, else the one kept in the keyring); Turkish errors."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    p = Path(path)
    if not p.is_file():
        raise SigningUnavailable(msg("Hatalar", "İmza sertifikası dosyası bulunamadı: {path}").format(path=p))
    if passphrase is None:
        passphrase = signing.passphrase_for(p)
    try:
        key, cert, _extra = pkcs12.load_key_and_certificates(p.read_bytes(),
                                                            passphrase.encode() if passphrase else None)
    except ValueError as exc:
        raise SigningUnavailable(msg("Hatalar", "İmza sertifikası açılamadı ({name}): parola yanlış ya da dosya "
                                     "bozuk.").format(name=p.name)) from exc
    if key is None or cert is None:
        raise SigningUnavailable(msg("Hatalar", "{name} bir özel anahtar ve sertifika içermiyor; imza için "
                                     "kullanılamaz.").format(name=p.name))
    return CertificateInfo(p, _name(cert.subject), _name(cert.issuer), cert.not_valid_before_utc,
                           cert.not_valid_after_utc, format(cert.serial_number, "X"))


def passphrase_stored(path: Path | str) -> bool:
    return get_secret(secret_key(Path(path))) is not None


def remember_passphrase(path: Path | str, passphrase: str) -> None:
    """Keep the passphrase in the keyring (raises NoSecureStore where there is none); never in the settings.
    It is kept for this session too, so a desk without a keyring signs without asking again."""
    keep_for_session(path, passphrase)
    set_secret(secret_key(Path(path)), passphrase)


def keep_for_session(path: Path | str, passphrase: str) -> None:
    """Where no keyring exists: the passphrase in memory until the application ends (asked once per session)."""
    signing.keep_for_session(Path(path), passphrase)


def passphrase_needed() -> Path | None:
    """The configured certificate's path when its passphrase must be asked for this session, else None."""
    return signing.needs_passphrase()


def unlock_for_session(path: Path | str, passphrase: str) -> CertificateInfo:
    """Check the passphrase by opening the certificate, then keep it for this session; Turkish errors."""
    info = describe(path, passphrase)
    keep_for_session(path, passphrase)
    return info
