"""What the pages and the API share: reading sessions, the service log, the clock, one verification per request."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.workflows.common import verification
from app.workflows.common.clock import Clock
from app.workflows.common.service_log import Request, log_request

log = logging.getLogger("ush_izin.web")

MAX_UPLOAD = 10 * 1024 * 1024       # issue 16: a permit PDF is ~100 KB; 10 MB leaves room for a scan


@dataclass
class WebSettings:
    """How one instance of the service runs (nothing here is secret)."""

    log_engine: Engine | None = None       # where the service log is written (default: the reading engine)
    clock: Clock = field(default_factory=Clock)
    max_upload: int = MAX_UPLOAD
    extra_routers: tuple[str, ...] = ()    # modules with a `router` to include (app.web.vendor_api …)


class ServiceUnavailable(Exception):
    """The database (or the service log) cannot be reached: the request is answered 503, never half done."""


@dataclass
class Service:
    engine: Engine
    sessions: sessionmaker[Session]
    log_engine: Engine
    clock: Clock
    max_upload: int
    _log_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as s:
            yield s

    def log(self, request: Request) -> None:
        """Append to the service log before the answer goes out: a request that cannot be logged is not
        answered (docs/decisions.md)."""
        try:
            if self.log_engine.dialect.name == "sqlite":
                # one writer of the file per process at a time: 64 threads contending for SQLite's lock sleep in
                # its busy handler (up to 100 ms a try) instead of queueing (bench/verify_service.py)
                with self._log_lock:
                    log_request(self.log_engine, request, self.clock.now())
            else:
                log_request(self.log_engine, request, self.clock.now())
        except Exception as exc:
            log.exception("service log not written")
            raise ServiceUnavailable from exc

    def permit(self, code: str, kind: str, client: str | None) -> verification.PublicPermit | None:
        with self.engine.connect() as c:           # Core statements on one connection, no Session
            found = verification.public_permit(c, code, self.clock.today())
        if found is None:
            norm = verification.normalise_code(code)
            # only what looks like a code is kept: someone may type a TC kimlik number into the box
            shaped = verification.CODE_SHAPE.fullmatch(norm) is not None
            self.log(Request(kind, "bilinmiyor", code=norm if shaped else "", detail="" if shaped else "biçim dışı",
                             client=client))
        else:
            self.log(Request(kind, found.durum, code=found.code, facility_id=found.facility_id,
                             permit_id=found.permit_id, detail="demo" if found.demo else "", client=client))
        return found

    def file(self, pdf: bytes, via: str, client: str | None) -> tuple[verification.Result,
                                                                          verification.PublicPermit | None]:
        """The checks of `ush-izin verify FILE`, and the permit's public facts when the file names a known code."""
        today = self.clock.today()
        result = verification.check_file(self.read, pdf, today)
        facts = None
        if result.code and result.revision_id is not None:
            with self.read() as s:
                facts = verification.public_permit(s, result.code, today)
        self.log(Request("file", answer_of(result), code=result.code[:60], facility_id=result.facility_id,
                         permit_id=result.permit_id, detail=f"{via}: {result.status}",
                         file_sha256=hashlib.sha256(pdf).hexdigest(), client=client))
        return result, facts


def answer_of(result: verification.Result) -> str:
    """A file check's one word: the permit's `durum` when the file itself is sound, else what is wrong with it."""
    if result.status in verification.DURUM:
        return verification.DURUM[result.status]
    return {"unknown_code": "bilinmiyor", "no_code": "kod_yok"}.get(result.status, "belge_gecersiz")


def service_of(engine_or_sessions: Engine | sessionmaker[Session], settings: WebSettings) -> Service:
    if isinstance(engine_or_sessions, Engine):
        sessions = sessionmaker(engine_or_sessions, expire_on_commit=False)
        engine = engine_or_sessions
    else:
        sessions = engine_or_sessions
        engine = sessions.kw["bind"]
    return Service(engine, sessions, settings.log_engine or engine, settings.clock, settings.max_upload)


def today_text(day: dt.date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else ""
