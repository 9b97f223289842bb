"""The verification service's log (issue 16): one row per public verification or USBS vendor query.

`log_request` is the one writer: the web pages, the JSON API and the vendor query (app.web) all call it. A TC
kimlik number is kept only as HMAC-SHA256 under the database's service log key (`service_log_key`, made by
migration 0010; on a shared server only the verifier role reads it), so a desk holding the log cannot try the
~10^9 valid numbers against it. A client address is kept truncated (IPv4 /24, IPv6 /48): enough to see a
flood from one network, not enough to name a person (KVKK art. 4: data minimisation; docs/decisions.md).

The log is written with Core statements outside `ctx.write()`: the service has no officer as actor, and the
log is not audited row by row (it is a log itself; app.storage.server_policies).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import ipaddress
import threading
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, func, insert, select
from sqlalchemy.orm import Session

from app.models import ServiceLog, ServiceLogKey

KINDS = ("page", "api", "file", "vendor-query")
KIND_LABELS = {"page": "Web sayfası", "api": "Web API", "file": "Belge yükleme", "vendor-query": "USBS sorgusu"}
ANSWER_LABELS = {"gecerli": "Geçerli", "askida": "Askıda", "iptal": "İptal edilmiş", "yenilenmis": "Yenilenmiş",
                 "yururlukte_degil": "Henüz yürürlükte değil", "gecersiz": "Geçersiz", "bilinmiyor": "Kod bilinmiyor",
                 "kod_yok": "Belgede kod yok", "belge_gecersiz": "Belge doğrulanamadı"}

_keys: dict[int, bytes] = {}
_keys_lock = threading.Lock()


def client_prefix(address: str | None) -> str:
    """The client's network, not the client: 203.0.113.0/24, 2001:db8:1::/48; "" for anything else."""
    if not address:
        return ""
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return ""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    bits = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{bits}", strict=False))


def log_key(conn: Connection | Session) -> bytes:
    """The database's HMAC key for TC kimlik numbers (read once per engine and kept)."""
    bind = conn.get_bind() if isinstance(conn, Session) else conn.engine
    with _keys_lock:
        key = _keys.get(id(bind))
    if key is None:
        key = bytes(conn.execute(select(ServiceLogKey.key).where(ServiceLogKey.id == 1)).scalar_one())
        with _keys_lock:
            _keys[id(bind)] = key
    return key


def tckn_hash(key: bytes, tckn: str) -> str:
    return hmac.new(key, tckn.strip().encode("ascii", "ignore"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Request:
    """What one request asked and what it was told (no personal data but the hashed TC kimlik number)."""

    kind: str                          # KINDS
    answer: str                        # gecerli, askida, iptal, yenilenmis, bilinmiyor, gecersiz, uygun …
    code: str = ""
    vendor_id: int | None = None
    facility_id: int | None = None
    permit_id: int | None = None
    detail: str = ""
    tckn: str | None = None            # hashed here, never stored
    file_sha256: str | None = None
    client: str | None = None          # the full address as received; truncated here


_INSERT = insert(ServiceLog).inline()   # built once, values as parameters; inline: no nextval round trip first


def log_request(engine: Engine, request: Request, at: dt.datetime) -> None:
    """Append one row to the service log, in its own short transaction."""
    if request.kind not in KINDS:
        raise ValueError(f"unknown service log kind: {request.kind}")
    with engine.begin() as conn:
        digest = tckn_hash(log_key(conn), request.tckn) if request.tckn else None
        conn.execute(_INSERT, {
            "at": at, "kind": request.kind, "code": request.code[:60], "vendor_id": request.vendor_id,
            "facility_id": request.facility_id, "permit_id": request.permit_id, "answer": request.answer[:30],
            "detail": request.detail[:300], "tckn_hash": digest, "file_sha256": request.file_sha256,
            "client": client_prefix(request.client)})


@dataclass(frozen=True)
class LogEntry:
    at: dt.datetime
    kind: str
    code: str
    answer: str
    detail: str
    client: str

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def answer_label(self) -> str:
        return ANSWER_LABELS.get(self.answer, self.answer)


@dataclass(frozen=True)
class PermitChecks:
    """A permit's public verifications for its history: how many, and the latest."""

    count: int
    latest: list[LogEntry]


def permit_requests(s: Session, permit_id: int, limit: int = 200) -> list[LogEntry]:
    """The public verifications of a permit, newest first (a permit's history on the desk)."""
    rows = s.execute(select(ServiceLog.at, ServiceLog.kind, ServiceLog.code, ServiceLog.answer, ServiceLog.detail,
                            ServiceLog.client)
                     .where(ServiceLog.permit_id == permit_id)
                     .order_by(ServiceLog.at.desc(), ServiceLog.id.desc()).limit(limit)).all()
    return [LogEntry(*r) for r in rows]


def permit_checks(s: Session, permit_id: int, latest: int = 10) -> PermitChecks:
    count = s.scalar(select(func.count()).select_from(ServiceLog).where(ServiceLog.permit_id == permit_id)) or 0
    return PermitChecks(count, permit_requests(s, permit_id, latest) if count else [])
