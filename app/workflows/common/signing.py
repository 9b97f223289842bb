"""PAdES signing of issued documents with pyHanko, and checking such a signature offline.

The certificate is the PKCS#12 file the administrator configures (`Settings.signing_cert_path`); its
passphrase lives in keyring under ``signing:<path>``. Without a configured certificate the desk makes, once,
a self-signed demo certificate in ``data_dir()/signing/`` (CN "USH İzin DEMO") and every document signed
with it is marked "DEMO — GEÇERSİZ ÖRNEK BELGE".

pyHanko is imported lazily (``import pyhanko.sign`` costs about half a second). Its sync API runs
``asyncio.run``; call these functions from plain threads, never from inside a running event loop.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.config import Settings, data_dir
from app.storage.files import private_dir, private_file_opener
from app.storage.secrets import get_secret
from app.workflows.common.errors import DomainError
from app.workflows.common.messages import msg

DEMO_CN = "USH İzin DEMO"
DEMO_FILE = "demo-imza.p12"
SIGNATURE_FIELD = "SHGM_Imza"
_lock = threading.Lock()
_cache: dict[tuple[str, float], SigningIdentity] = {}

for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)  # self-signed chains log tracebacks, not errors


class SigningUnavailable(DomainError):
    pass


class PassphraseNeeded(SigningUnavailable):
    """The configured certificate needs its passphrase and none is kept (no keyring on this computer, nothing
    given in this session): the desk asks the officer once for the session, the command line prompts."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(msg("Hatalar", "İmza sertifikasının ({name}) parolası gerekiyor: bu bilgisayarda anahtar "
                                        "deposu (keyring) yok ya da parola kaydedilmemiş. Parolayı bu oturum için "
                                        "girin.").format(name=path.name))


# Passphrases given for this session only (no keyring): in memory, never written anywhere.
_session_passphrases: dict[str, str] = {}


def keep_for_session(path: str | Path, passphrase: str) -> None:
    """Remember a certificate's passphrase in memory until the application ends (where no keyring exists)."""
    _session_passphrases[str(Path(path))] = passphrase
    _cache.clear()


def forget_session_passphrases() -> None:
    _session_passphrases.clear()
    _cache.clear()


def passphrase_for(path: str | Path) -> str | None:
    """The passphrase of a certificate: the keyring's, else the one given in this session."""
    return get_secret(secret_key(path)) or _session_passphrases.get(str(Path(path)))


def needs_passphrase(settings: Settings | None = None) -> Path | None:
    """The configured certificate's path when it cannot be opened with what is kept (keyring, session), else
    None (no certificate configured: the demo certificate needs none)."""
    settings = settings if settings is not None else _settings()
    if not settings.signing_cert_path:
        return None
    try:
        load_identity(settings)
    except PassphraseNeeded as exc:
        return exc.path
    except SigningUnavailable:
        return None          # another problem (missing file, wrong passphrase): signing itself will say so
    return None


def secret_key(path: str | Path) -> str:
    """The keyring key of a PKCS#12 file's passphrase."""
    return f"signing:{path}"


@dataclass(frozen=True)
class SigningIdentity:
    signer: Any                 # pyhanko.sign.signers.SimpleSigner
    cert_der: bytes
    subject: str                # the certificate's common name (or full subject)
    demo: bool
    path: Path


def demo_path() -> Path:
    return data_dir() / "signing" / DEMO_FILE


def load_identity(settings: Settings | None = None) -> SigningIdentity:
    """The configured certificate, or the demo certificate (made on first use)."""
    settings = settings if settings is not None else _settings()
    if settings.signing_cert_path:
        path = Path(settings.signing_cert_path)
        if not path.is_file():
            raise SigningUnavailable(msg("Hatalar", "İmza sertifikası dosyası bulunamadı: {path}. Ayarlardan "
                                         "sertifikayı yeniden seçin.").format(path=path))
        passphrase = passphrase_for(settings.signing_cert_path)
        try:
            return _load(path, passphrase.encode() if passphrase else None, demo=False)
        except SigningUnavailable:
            if passphrase is None:
                raise PassphraseNeeded(path) from None
            raise
    path = demo_path()
    with _lock:
        if not path.is_file():
            _make_demo(path)
    return _load(path, None, demo=True)


def certificate_configured(settings: Settings | None = None) -> bool:
    """Whether a signing certificate is set (letters are then e-signed by the desk), without opening it."""
    settings = settings if settings is not None else _settings()
    return bool(settings.signing_cert_path)


def configured_identity(settings: Settings | None = None) -> SigningIdentity | None:
    """The certificate configured in the settings, opened; None where none is set (no demo certificate: a letter
    is e-signed by the desk only with a real one, otherwise in EBYS). Raises like `load_identity`."""
    settings = settings if settings is not None else _settings()
    return load_identity(settings) if settings.signing_cert_path else None


def _settings() -> Settings:
    try:
        return Settings.load()
    except Exception:  # noqa: BLE001 (an unreadable settings file must not stop issuing with the demo cert)
        return Settings()


def _load(path: Path, passphrase: bytes | None, *, demo: bool) -> SigningIdentity:
    key = (str(path), path.stat().st_mtime)
    if key in _cache:
        return _cache[key]
    from pyhanko.sign import signers

    try:
        signer = signers.SimpleSigner.load_pkcs12(str(path), passphrase=passphrase)
    except Exception as exc:  # noqa: BLE001
        raise SigningUnavailable(msg("Hatalar", "İmza sertifikası açılamadı ({name}): parola yanlış ya da dosya bozuk. "
                                     "Ayrıntı: {detail}").format(name=path.name, detail=exc)) from exc
    if signer is None:
        raise SigningUnavailable(msg("Hatalar", "İmza sertifikası açılamadı ({name}): parola yanlış ya da dosya "
                                     "bozuk.").format(name=path.name))
    signer.__class__ = _kept_key_signer_class()
    cert = signer.signing_cert
    subject = cert.subject.native.get("common_name") or cert.subject.human_friendly
    ident = SigningIdentity(signer, cert.dump(), str(subject), demo, path)
    _cache[key] = ident
    return ident


_kept_key_cls: type | None = None


def _kept_key_signer_class() -> type:
    """SimpleSigner that parses its private key once, not on every signature.

    pyHanko's SimpleSigner.sign_raw turns the asn1crypto key into a `cryptography` key for each signature;
    for RSA that re-runs OpenSSL's key check, about 80 ms of the ~100 ms a signature took (bench/permit_pdf.py).
    RSA PKCS#1 v1.5 (the demo certificate and the usual e-imza certificates) uses the kept key; any other
    mechanism goes through pyHanko's own code.
    """
    global _kept_key_cls
    if _kept_key_cls is not None:
        return _kept_key_cls
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
    from pyhanko.sign import signers
    from pyhanko_certvalidator.util import get_pyca_cryptography_hash

    class KeptKeySigner(signers.SimpleSigner):
        _kept_key: Any = None

        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            try:
                name = mechanism.signature_algo
            except ValueError:
                name = mechanism["algorithm"].native
            if name != "rsassa_pkcs1v15":
                return super().sign_raw(data, digest_algorithm)
            key = self._kept_key
            if key is None:
                key = serialization.load_der_private_key(self.signing_key.dump(), password=None)
                if not isinstance(key, RSAPrivateKey):
                    return super().sign_raw(data, digest_algorithm)
                self._kept_key = key
            return key.sign(data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))

    _kept_key_cls = KeptKeySigner
    return KeptKeySigner


def _make_demo(path: Path) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import NoEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "TR"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "USH İzin (demo, resmî değildir)"),
        x509.NameAttribute(NameOID.COMMON_NAME, DEMO_CN),
    ])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_cert_sign=True,
                                         crl_sign=False, key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, encipher_only=False, decipher_only=False),
                           critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    blob = pkcs12.serialize_key_and_certificates(b"ush-izin-demo", key, cert, None, NoEncryption())
    private_dir(path.parent, own=True)             # a private key: folder 0700, file 0600 from the start
    tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
    with open(tmp, "wb", opener=private_file_opener) as f:
        f.write(blob)
    os.replace(tmp, path)


def sign_pdf(pdf: bytes, identity: SigningIdentity, *, reason: str, location: str = "Ankara") -> bytes:
    """A PAdES B-B signature (no visible stamp: the certificate draws its own signature box)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    meta = signers.PdfSignatureMetadata(field_name=SIGNATURE_FIELD, subfilter=fields.SigSeedSubFilter.PADES,
                                        md_algorithm="sha256", reason=reason, location=location)
    out = io.BytesIO()
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    signers.PdfSigner(meta, signer=identity.signer).sign_pdf(writer, output=out)
    return out.getvalue()


@dataclass(frozen=True)
class SignatureCheck:
    present: bool
    intact: bool
    trusted: bool
    signer: str
    signer_cert_der: bytes | None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.present and self.intact and self.trusted


def is_demo_certificate(cert_der: bytes | None) -> bool:
    """Whether a signer certificate is a demo certificate: one this application makes (CN "USH İzin DEMO", any
    desk's) or this desk's own demo certificate file. Such a signature proves nothing about who signed."""
    if not cert_der:
        return False
    try:
        from asn1crypto import x509 as asn1_x509

        subject = asn1_x509.Certificate.load(cert_der).subject.native
    except Exception:  # noqa: BLE001  (unreadable: not ours, so not our demo certificate either)
        return False
    if subject.get("common_name") == DEMO_CN or "(demo" in str(subject.get("organization_name") or ""):
        return True
    local = demo_path()
    if local.is_file():
        try:
            return _load(local, None, demo=True).cert_der == cert_der
        except SigningUnavailable:
            return False
    return False


def signer_certificate(pdf: bytes) -> bytes | None:
    """The DER certificate of the PDF's first signature (None when unsigned or unreadable)."""
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader

        sigs = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures
        return sigs[0].signer_cert.dump() if sigs else None
    except Exception:  # noqa: BLE001
        return None


def check_signature(pdf: bytes, trusted_certs_der: list[bytes]) -> SignatureCheck:
    """Validate the PDF's first signature offline against the given trust roots (never fetches anything)."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        sigs = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures
    except Exception as exc:  # noqa: BLE001
        return SignatureCheck(False, False, False, "", None, f"PDF okunamadı: {exc}")
    if not sigs:
        return SignatureCheck(False, False, False, "", None, "imza yok")
    sig = sigs[0]
    try:
        cert = sig.signer_cert
        signer = str(cert.subject.native.get("common_name") or cert.subject.human_friendly)
        cert_der = cert.dump()
    except Exception:  # noqa: BLE001
        signer, cert_der = "", None
    roots = []
    for der in trusted_certs_der:
        try:
            roots.append(asn1_x509.Certificate.load(der))
        except Exception:  # noqa: BLE001
            continue
    try:
        vc = ValidationContext(trust_roots=roots, allow_fetching=False)
        status = validate_pdf_signature(sig, vc)
    except Exception as exc:  # noqa: BLE001
        return SignatureCheck(True, False, False, signer, cert_der, f"imza doğrulanamadı: {exc}")
    from pyhanko.sign.validation import SignatureCoverageLevel

    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    intact = bool(status.intact and status.valid and whole)
    return SignatureCheck(True, intact, bool(status.trusted), signer, cert_der,
                          "" if whole else "imzadan sonra belgeye ekleme yapılmış")
