"""`POST /api/v1/hizmet-sorgu`: a USBS vendor asks, before a remote service, whether the professional may serve
at the facility in the area on the day (USH flow chart §3). The answer is exactly `checks.can_serve`.

Order of the checks: the access code (`Authorization: Bearer <code>`; missing, malformed or wrong → 401), the
rate limit per access code (→ 429 with Retry-After; failed codes are limited per client network), the body
(→ 422 with every problem in Turkish), the code open today and the vendor on the KTS active list on the day asked
(→ 403 with the reason, SBYS art. 8/4), then `can_serve`. Every answer but a 429 is written to the service log
(the TC kimlik number only as a keyed hash). Nothing raises out of here: an unexpected failure is a 503 without
detail, logged on the server.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from app.web.rate_limit import TokenBuckets
from app.web.service import Service
from app.workflows.common import system_settings
from app.workflows.common.checks import can_serve, facility_ref
from app.workflows.common.service_log import Request as LogRequest
from app.workflows.common.service_log import client_prefix
from app.workflows.common.vendor_access import DEFAULT_RATE, closed_reason, find_code_and_vendor, query_rate
from app.workflows.common.vendors import VendorFacts, describe, load_facts, standing_from
from app.workflows.common.vocabulary import VendorStatus

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api/v1", tags=["USBS üreticileri"])

MAX_BODY = 4096                 # bytes; the four short fields need a few hundred
MAX_FIELD = 64
RATE_REFRESH_SECONDS = 30.0     # how long an instance keeps the rate setting before reading it again
FACTS_SECONDS = 5.0             # how long an instance keeps a producer's list events (docs/decisions.md)
KIND = "vendor-query"
FIELDS = {"tckn": "TC kimlik numarası", "ckys_kodu": "tesisin ÇKYS kodu", "alan": "USH alan kodu",
          "tarih": "hizmet tarihi"}
ART8 = "SBYS Yönetmeliği md. 8/4"
CHALLENGE = 'Bearer realm="hizmet-sorgu"'


class HizmetSorgu(BaseModel):
    """The question (JSON)."""

    tckn: str = Field(description="Sağlık meslek mensubunun TC kimlik numarası (11 hane)", examples=["10000000146"])
    ckys_kodu: str = Field(description="Sağlık tesisinin ÇKYS kurum kodu", examples=["35-0001"])
    alan: str = Field(description="USH alan kodu", examples=["MUAYENE"])
    tarih: dt.date | None = Field(default=None, description="Hizmet tarihi (YYYY-AA-GG); yoksa bugün (Türkiye)")


class HizmetYaniti(BaseModel):
    """The answer: `uygun` true only when every check passes; otherwise every failing reason in Turkish."""

    uygun: bool
    gerekceler: list[str]
    tarih: dt.date


class Problem(BaseModel):
    """An error (RFC 9457 problem+json), in Turkish."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    hatalar: dict[str, str] | None = None


class Limiter:
    """The instance's token buckets with the rate setting read from the database now and then (all instances
    read the same setting; each limits on its own: N instances allow N times the rate unless the proxy limits)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.buckets = TokenBuckets(DEFAULT_RATE, clock)
        self._read_at = -RATE_REFRESH_SECONDS

    def refresh(self, service: Service) -> None:
        now = time.monotonic()
        if now - self._read_at < RATE_REFRESH_SECONDS:
            return
        with service.read() as s:
            self.buckets.set_rate(query_rate(s))
        self._read_at = now


limiter = Limiter()


class FactsCache:
    """A producer's KTS list events and warnings (`vendors.load_facts`), kept by one instance for a few seconds: a
    vendor asks many times a second, its list status changes by desk acts days apart. The status on a day is still
    computed per request from the facts (a change that falls due needs no new read), and the access code itself is
    read on every request, so a revoked or rotated code is refused at once; a list change recorded on the KTS desk
    reaches the answers within `FACTS_SECONDS`."""

    def __init__(self, seconds: float = FACTS_SECONDS, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.clock = clock
        self._kept: dict[tuple[object, ...], tuple[float, VendorFacts]] = {}
        self._lock = threading.Lock()

    def get(self, s, vendor) -> VendorFacts:  # type: ignore[no-untyped-def]
        key = (vendor.id, vendor.access_code_issued_on, vendor.access_code_closes_on)
        now = self.clock()
        with self._lock:
            kept = self._kept.get(key)
        if kept is not None and now - kept[0] < self.seconds:
            return kept[1]
        facts = load_facts(s, [vendor.id])[vendor.id]
        with self._lock:
            if len(self._kept) > 10_000:       # a bound, not a policy: the active list has far fewer producers
                self._kept.clear()
            self._kept[key] = (now, facts)
        return facts


def _problem(status: int, title: str, detail: str, headers: dict[str, str] | None = None,
             errors: dict[str, str] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if errors:
        body["hatalar"] = errors
    return JSONResponse(body, status_code=status, media_type="application/problem+json",
                        headers={"Cache-Control": "no-store", **(headers or {})})


def _bearer(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    return value.strip() or None if scheme.lower() == "bearer" else None


def _parse(raw: bytes, today: dt.date) -> tuple[dict[str, Any] | None, dict[str, str]]:
    """The question from the body, or the problems of every field (Turkish)."""
    try:
        data = json.loads(raw.decode("utf-8")) if raw else None
    except (UnicodeDecodeError, ValueError):
        return None, {"govde": "İstek gövdesi geçerli bir JSON değil (UTF-8)."}
    if not isinstance(data, dict):
        return None, {"govde": "İstek gövdesi bir JSON nesnesi olmalı: {\"tckn\", \"ckys_kodu\", \"alan\", \"tarih\"}."}
    errors: dict[str, str] = {}
    for key in data:
        if key not in FIELDS:
            errors[str(key)[:40]] = f"Bilinmeyen alan: {str(key)[:40]}."
    out: dict[str, Any] = {}
    for key in ("tckn", "ckys_kodu", "alan"):
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            errors[key] = f"{FIELDS[key].capitalize()} ('{key}') metin olarak girilmelidir."
        elif len(value) > MAX_FIELD:
            errors[key] = f"{FIELDS[key].capitalize()} en çok {MAX_FIELD} karakter olabilir."
        else:
            out[key] = value.strip()
    day = data.get("tarih")
    if day is None:
        out["tarih"] = today
    else:
        try:
            out["tarih"] = dt.date.fromisoformat(day) if isinstance(day, str) and len(day) == 10 else None
        except ValueError:
            out["tarih"] = None
        if out["tarih"] is None:
            errors["tarih"] = "Tarih YYYY-AA-GG biçiminde geçerli bir gün olmalıdır (ör. 2026-03-15)."
    return (None, errors) if errors else (out, {})


def _log(service: Service, client: str | None, answer: str, *, vendor_id: int | None = None,
         facility_id: int | None = None, ckys: str = "", area: str = "", tckn: str | None = None) -> None:
    """Before the answer goes out (a query that cannot be logged is not answered: `Service.log` raises)."""
    service.log(LogRequest(kind=KIND, answer=answer, code=ckys, vendor_id=vendor_id, facility_id=facility_id,
                           detail=area, tckn=tckn, client=client))


def _answer(service: Service, facts_cache: FactsCache, token: str | None, raw: bytes,
            client: str | None) -> Response:
    limiter.refresh(service)
    today = service.clock.today()
    if token is None:
        _log(service, client, "yetkisiz")
        return _problem(401, "Erişim kodu gerekli",
                        "İstek 'Authorization: Bearer <yazılım erişim kodu>' başlığıyla gönderilmelidir.",
                        {"WWW-Authenticate": CHALLENGE})
    with service.read() as s:
        found = find_code_and_vendor(s, token)     # the code and its vendor in one statement, as rows
        if found is None:
            wait = limiter.buckets.take(("client", client_prefix(client)))
            if wait:
                return _problem(429, "Çok fazla istek", f"{wait} saniye sonra yeniden deneyin.",
                                {"Retry-After": str(wait)})
            _log(service, client, "yetkisiz")
            return _problem(401, "Erişim kodu geçersiz", "Bu yazılım erişim kodu tanınmıyor.",
                            {"WWW-Authenticate": CHALLENGE + ', error="invalid_token"'})
        code, vendor = found
        wait = limiter.buckets.take(code.id)
        if wait:
            return _problem(429, "Çok fazla istek",
                            f"Bu erişim kodu için saniyede en çok {limiter.buckets.rate:g} sorgu yapılabilir; "
                            f"{wait} saniye sonra yeniden deneyin.", {"Retry-After": str(wait)})
        question, errors = _parse(raw, today)
        if question is None:
            _log(service, client, "gecersiz-istek", vendor_id=vendor.id)
            return _problem(422, "Geçersiz istek", "İstek gövdesindeki alanlar eksik ya da hatalı.", errors=errors)
        day: dt.date = question["tarih"]
        facility = facility_ref(s, question["ckys_kodu"])
        where = {"vendor_id": vendor.id, "facility_id": facility.id if facility else None,
                 "ckys": question["ckys_kodu"], "area": question["alan"], "tckn": question["tckn"]}
        facts = facts_cache.get(s, vendor)     # read once for both days, kept a few seconds
        st_today = standing_from(facts, today)
        if reason := closed_reason(s, vendor, code, today, st_today, facts):
            _log(service, client, "kod-kapali", **where)
            return _problem(403, "Erişim kodu kapalı", reason)
        st = st_today if day == today else standing_from(facts, day)
        if st.status != VendorStatus.ACTIVE and not _may_keep_serving(s, st):
            _log(service, client, "liste-disi", **where)
            return _problem(403, "Üretici KTS aktif listesinde değil",
                            f"{vendor.name} {day.strftime('%d.%m.%Y')} tarihinde KTS aktif listesinde değil "
                            f"(durumu: {describe(st)}); aktif listede olmayan üretici hizmet sorgusu yapamaz "
                            f"({ART8}).")
        # the facility already found (no second lookup); an unknown code goes in as asked, for can_serve's reason
        ok, reasons = can_serve(s, question["tckn"], facility or question["ckys_kodu"],
                                question["alan"], day, known=st)
    _log(service, client, "uygun" if ok else "uygun-degil", **where)
    return JSONResponse({"uygun": ok, "gerekceler": reasons, "tarih": day.isoformat()},
                        headers={"Cache-Control": "no-store"})


def _may_keep_serving(s, st) -> bool:  # type: ignore[no-untyped-def]
    """A passive producer, or a deleted one whose code is still open, asks on: where the ministry lets producers
    that leave the list keep the facilities they served (`system_settings.producer_keeps_facilities`),
    `can_serve` itself says for which facility (its producer check)."""
    return st.status in (VendorStatus.PASSIVE, VendorStatus.DELETED) and system_settings.producer_keeps_facilities(s)


@router.post(
    "/hizmet-sorgu", response_model=HizmetYaniti, summary="USBS üreticisinin hizmet sorgusu",
    description="Sağlık meslek mensubu bu tesiste bu USH alanında bu tarihte uzaktan hizmet verebilir mi? "
                "Yanıt masaüstü uygulamasının 'Yetki Sorgulama' kurallarıyla aynıdır. Kimlik doğrulama: "
                "`Authorization: Bearer <yazılım erişim kodu>` (KTS biriminden). Erişim kodu başına saniyede "
                f"{DEFAULT_RATE:g} sorgu (sistem ayarı).",
    openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": HizmetSorgu.model_json_schema()}}}},
    responses={401: {"model": Problem, "description": "Erişim kodu yok ya da geçersiz"},
               403: {"model": Problem, "description": "Erişim kodu kapalı ya da üretici aktif listede değil"},
               413: {"model": Problem, "description": "İstek gövdesi çok büyük"},
               422: {"model": Problem, "description": "Eksik ya da hatalı alanlar"},
               429: {"model": Problem, "description": "Sorgu sınırı aşıldı (Retry-After)"},
               503: {"model": Problem, "description": "Hizmet geçici olarak yanıt veremiyor"}})
async def hizmet_sorgu(request: Request) -> Response:
    service: Service = request.app.state.service
    facts_cache: FactsCache = request.app.state.vendor_facts
    client = request.client.host if request.client else None
    raw = b""
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_BODY:
            return _problem(413, "İstek gövdesi çok büyük", f"İstek gövdesi en çok {MAX_BODY} bayt olabilir.")
    try:
        token = _bearer(request.headers.get("authorization"))
        return await run_in_threadpool(_answer, service, facts_cache, token, raw, client)
    except Exception:
        log.exception("vendor query failed")
        return _problem(503, "Hizmet geçici olarak yanıt veremiyor", "Lütfen biraz sonra yeniden deneyin.")
