"""A non-demo signing certificate for tests that need a genuine-looking permit (a demo-signed permit is not
valid outside a demo database: docs/decisions.md)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.config import Settings
from app.storage.secrets import set_secret
from app.workflows.common import signing

PASSPHRASE = "test-imza-parolasi"


def use_test_certificate(folder: Path, name: str = "SHGM Test İmza Sertifikası") -> Path:
    """Make a self-signed PKCS#12 certificate (CN `name`, not a demo certificate) in `folder`, configure it in the
    settings and keep its passphrase in the (test) keyring; returns its path. A second call makes another key."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import (
        BestAvailableEncryption,
        pkcs12,
    )
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "TR"),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Sağlık Bakanlığı (test)"),
                         x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_cert_sign=True,
                                         crl_sign=False, key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, encipher_only=False, decipher_only=False),
                           critical=True)
            .sign(key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"test-imza-{cert.serial_number % 100000}.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"test", key, cert, None,
                                                           BestAvailableEncryption(PASSPHRASE.encode())))
    settings = Settings.load()
    settings.signing_cert_path = str(path)
    settings.save()
    set_secret(signing.secret_key(str(path)), PASSPHRASE)
    signing._cache.clear()
    return path
