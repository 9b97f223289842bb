"""What the pages and the API share: reading sessions, the service log, the clock, one verification per request."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import queue
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.workflows.common import verification
from app.workflows.common.clock import Clock
from app.workflows.common.service_log import Request, check_kind, log_requests

log = logging.getLogger("ush_izin.web")

CODE_SHAPE = re.compile(r"[A-Z2-7]{4}(?:-[A-Z2-7]{4}){3}|[A-Z2-7]{12}")   # issued codes (and the older short ones)
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
class _Pending:
    request: Request
    at: dt.datetime
    done: threading.Event = field(default_factory=threading.Event)
    error: BaseException | None = None


class LogWriter:
    """Group commit of the service log: a request hands its row to the instance's one writer thread and waits until
    the row is committed; the writer commits whatever rows have queued up meanwhile in one transaction. The answer
    still goes out only after its row is in the log (a failed commit fails every request of the batch), while 64
    concurrent requests cost a few commits instead of 64 (bench/verify_service.py, docs/performance.md). One writer
    per process also keeps threads from contending for SQLite's write lock. The thread ends when idle and starts
    again with the next row."""

    IDLE_SECONDS = 5.0
    MAX_BATCH = 256

    def __init__(self, engine: Engine, timeout: float = 30.0) -> None:
        self.engine = engine
        self.timeout = timeout
        self._queue: queue.SimpleQueue[_Pending] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def write(self, request: Request, at: dt.datetime) -> None:
        check_kind(request)
        item = _Pending(request, at)
        with self._lock:
            self._queue.put(item)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="ush-service-log", daemon=True)
                self._thread.start()
        if not item.done.wait(self.timeout):
            raise TimeoutError("the service log writer did not answer")
        if item.error is not None:
            raise item.error

    def _run(self) -> None:
        while True:
            try:
                batch = [self._queue.get(timeout=self.IDLE_SECONDS)]
            except queue.Empty:
                with self._lock:
                    if self._queue.empty():
                        self._thread = None
                        return
                continue
            while len(batch) < self.MAX_BATCH:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            error: BaseException | None = None
            try:
                log_requests(self.engine, [(p.request, p.at) for p in batch])
            except Exception as exc:  # noqa: BLE001 (handed to every waiting request, which answers 503)
                error = exc
            for p in batch:
                p.error = error
                p.done.set()


@dataclass
class Service:
    engine: Engine
    sessions: sessionmaker[Session]
    log_engine: Engine
    clock: Clock
    max_upload: int
    writer: LogWriter = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.writer = LogWriter(self.log_engine)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as s:
            yield s

    def log(self, request: Request) -> None:
        """Append to the service log before the answer goes out: a request that cannot be logged is not
        answered (docs/decisions.md)."""
        try:
            self.writer.write(request, self.clock.now())
        except Exception as exc:
            log.exception("service log not written")
            raise ServiceUnavailable from exc

    def permit(self, code: str, kind: str, client: str | None) -> verification.PublicPermit | None:
        with self.engine.connect() as c:           # Core statements on one connection, no Session
            found = verification.public_permit(c, code, self.clock.today())
        if found is None:
            norm = verification.normalise_code(code)
            # only what looks like a code is kept: someone may type a TC kimlik number into the box
            shaped = CODE_SHAPE.fullmatch(norm) is not None
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
