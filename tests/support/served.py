"""A REAL `python -m app serve` (uvicorn) process for the browser tests (issue 16), no tests here.

`prepare_permits` issues four permits through the real SHGM services (signed with a test certificate), one in each
state a reader can meet today: valid, suspended (until a day after today), revoked, and a first revision replaced
by a second. `running_service` starts `serve` on a free loopback port against that database (SQLite read-only, or
PostgreSQL as the verifier role), waits until it answers (no sleep-only wait) and stops it with SIGTERM.
`served_permits` is the module-scoped fixture that does both, once per engine chosen with --db.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import httpx
import keyring
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.storage.database import Target, make_engine, sqlite_url
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import Answer, Role
from app.workflows.ism import intake, review
from app.workflows.ism import notify as nt
from app.workflows.shgm import decisions, permits
from tests.support.ism import TODAY, form, izmir_desk, vendor
from tests.support.memkeyring import MemoryKeyring
from tests.support.shgm import SHGM_DAY, amend, on_day
from tests.support.shgm import shgm as shgm_desk
from tests.support.signing import use_test_certificate

ROOT = Path(__file__).resolve().parents[2]
VERIFIER_PW = "Tarayici2026dogrulama"
AREAS = [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)]
# (ÇKYS code, facility, district, the professional's TC kimlik no): one facility per permit
FACILITIES = {
    "valid": ("35-0101", "Özel Karşıyaka Şifa Tıp Merkezi", "Karşıyaka", "10000000146"),
    "superseded": ("35-0102", "Özel Çiğli Göğüs Hastalıkları Polikliniği", "Çiğli", "10000001204"),
    "suspended": ("35-0103", "Özel Bornova Ünye Tıp Merkezi", "Bornova", "10000002362"),
    "revoked": ("35-0104", "Özel Buca Işık Tıp Merkezi", "Buca", "10000003420"),
}
UNKNOWN_CODE = "AAAA-BBBB-CCCC-DDDD"



@dataclass
class Prepared:
    """What the browser tests expect to read: codes and facilities by state, the PDF of the valid permit."""

    codes: dict[str, str] = field(default_factory=dict)          # state -> verification code
    numbers: dict[str, str] = field(default_factory=dict)        # state -> permit number
    facilities: dict[str, str] = field(default_factory=dict)     # state -> facility name
    current_code: str = ""                                       # the superseded permit's revision in force
    suspended: tuple[dt.date, dt.date] | None = None
    revoked_on: dt.date | None = None
    amended_on: dt.date | None = None
    valid_pdf: bytes = b""
    personal: tuple[str, ...] = ()                               # what must never be shown (TC kimlik nos, names)


def _forwarded(desk: AppContext, vendor_ids: tuple[int, int], state: str) -> int:
    ckys, name, district, tc = FACILITIES[state]
    base = form(*vendor_ids, ckys=ckys)
    person = replace(base.professionals[0], tckn=tc, work_permit_no=f"ÇB-{ckys}")
    app_form = replace(base, new_facility=replace(base.new_facility, ckys_code=ckys, name=name, district=district),
                       professionals=[person])
    app_id = intake.receive(desk, app_form)
    with desk.read() as s:
        rows = review.checklist(s, app_id)
    for r in rows:
        review.answer_item(desk, app_id, r.criterion_id, Answer.UYGUN)
    nt.notify(desk, app_id, nt.NoticeInput(letter_date=TODAY, sent_on=TODAY, send_channel="kep",
                                           signer_name="Dr. Mehmet Şahin", signer_title="İl Sağlık Müdürü"))
    nt.forward(desk, app_id, "Ek-1 incelemesi uygun.")
    return app_id


def prepare_permits(ctx: AppContext, cert_folder: Path, today: dt.date) -> Prepared:
    """Four permits issued on SHGM_DAY; on `today` (the real day: `serve` runs on the real clock) one is valid,
    one suspended, one revoked and one replaced by its second revision."""
    use_test_certificate(cert_folder)
    out = Prepared(personal=tuple(f[3] for f in FACILITIES.values()) + ("İlkay", "Güneş", "Ayşe Çınar"))
    desk = izmir_desk(ctx, TODAY)
    vendor_ids = vendor(desk)
    approver = shgm_desk(ctx, Role.SHGM_APPROVER)
    ids = {}
    for i, state in enumerate(FACILITIES):
        did = decisions.assign_areas(approver, _forwarded(desk, vendor_ids, state), AREAS)
        decisions.mark_ckys_recorded(approver, did, f"CKYS-2026-000{i + 1:04d}")
        issued = permits.issue_permit(approver, did)
        assert not issued.demo, "the test certificate was not used"
        ids[state] = issued.permit_id
        out.codes[state], out.numbers[state] = issued.verification_code, issued.number
        out.facilities[state] = FACILITIES[state][1]
    out.amended_on = SHGM_DAY + dt.timedelta(days=3)
    new = amend(on_day(approver, out.amended_on), ids["superseded"], [("MUAYENE", None)],
                "Alan daraltıldı.", out.amended_on)
    out.current_code = new.verification_code
    start = SHGM_DAY + dt.timedelta(days=5)
    out.suspended = (start, today + dt.timedelta(days=30))
    permits.suspend(on_day(approver, start), ids["suspended"], start, out.suspended[1],
                    "Denetimde hekim Dr. Ayşe Yılmaz'ın belgesi eksik bulundu.", "E-2026-55")
    out.revoked_on = SHGM_DAY + dt.timedelta(days=7)
    permits.revoke(on_day(approver, out.revoked_on), ids["revoked"], out.revoked_on,
                   "Tesis sahibi Ali Veli'nin talebi.", "E-2026-77")
    out.personal += ("Ayşe Yılmaz", "Ali Veli")
    out.valid_pdf = permits.permit_document(on_day(approver, today), ids["valid"]).content
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, proc: subprocess.Popen, timeout: float = 30.0) -> None:
    """Poll a cheap route with a growing delay until it answers 200; fail at once if the process died."""
    deadline, delay = time.monotonic() + timeout, 0.02
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"ush-izin serve exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"ush-izin serve did not answer {url} within {timeout:.0f} s")
        time.sleep(delay)
        delay = min(delay * 2, 0.25)


def stop(proc: subprocess.Popen) -> None:
    """SIGTERM (uvicorn finishes its requests), then kill if it does not end."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


@contextlib.contextmanager
def running_service(db_url: str, env: dict[str, str] | None = None, workers: int = 1,
                    log_file: Path | None = None) -> Iterator[str]:
    """`python -m app --db URL serve` on a free loopback port; yields its base URL (http://127.0.0.1:PORT)."""
    for attempt in range(3):            # another process may take the free port before uvicorn binds it
        port = free_port()
        out = open(log_file, "ab") if log_file else subprocess.DEVNULL  # noqa: SIM115
        proc = subprocess.Popen([sys.executable, "-m", "app", "--db", db_url, "serve", "--host", "127.0.0.1",
                                 "--port", str(port), "--workers", str(workers)],
                                cwd=ROOT, env={**os.environ, **(env or {})}, stdout=out, stderr=out)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_ready(base + "/api/v1/saglik", proc)
        except RuntimeError:
            stop(proc)
            if attempt == 2:
                raise
            continue
        except BaseException:
            stop(proc)
            raise
        try:
            yield base
        finally:
            stop(proc)
            if log_file:
                out.close()  # type: ignore[union-attr]
        return


@pytest.fixture(scope="module")
def served_permits(db_kind: str, template: str, tmp_path_factory: pytest.TempPathFactory,
                   request: pytest.FixtureRequest) -> Iterator[tuple[str, Prepared]]:
    """(base URL of a running `ush-izin serve`, what it holds): four permits, served as `serve` serves them."""
    folder = tmp_path_factory.mktemp("served")
    mp = pytest.MonkeyPatch()           # the function-scoped isolation of conftest is not there yet
    mp.setenv("USH_DATA_DIR", str(folder / "data"))
    mp.setenv("USH_CONFIG_DIR", str(folder / "config"))
    mp.delenv("USH_DB_URL", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    today = dt.date.today()
    cleanup = contextlib.ExitStack()
    try:
        if db_kind == "sqlite":
            path = folder / "ush-izin.db"
            shutil.copyfile(template, path)
            target, env = Target(sqlite_url(path)), {}
        else:
            url = cleanup.enter_context(_pg_copy(request.getfixturevalue("pg_server"), template))
            target, env = Target(make_url(url)), {"PGPASSWORD": VERIFIER_PW}
        engine = make_engine(target)
        prepared = prepare_permits(AppContext(engine, target), folder / "cert", today)
        engine.dispose()
        if db_kind == "postgresql":
            cleanup.enter_context(_verifier_may_log_in(request.getfixturevalue("pg_server"), url))
        db_url = target.url.render_as_string(hide_password=False)
        keyring.set_keyring(previous)
        with running_service(db_url, env, log_file=folder / "serve.log") as base:
            yield base, prepared
    finally:
        cleanup.close()
        keyring.set_keyring(previous)
        mp.undo()


@contextlib.contextmanager
def _pg_copy(server, template: str) -> Iterator[str]:  # type: ignore[no-untyped-def]
    name = f"served_{os.getpid()}"
    su = create_engine(server.url(), isolation_level="AUTOCOMMIT")
    with su.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(template).database}"'))
    try:
        yield server.url(name)
    finally:
        with su.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        su.dispose()


@contextlib.contextmanager
def _verifier_may_log_in(server, url: str) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """`ush-izin server init` on the database, and a password for the verifier role (as a DBA would)."""
    import app.cli.main as cli

    target = Target(make_url(url))
    engine = make_engine(target)
    with engine.connect() as c:
        persons = list(c.execute(text("SELECT username FROM users")).scalars())
    engine.dispose()
    with contextlib.redirect_stdout(io.StringIO()):
        assert cli.main(["--db", url, "server", "init"]) == 0
    su = create_engine(server.url(), isolation_level="AUTOCOMMIT")
    with su.connect() as c:
        c.execute(text(f"ALTER ROLE ush_verifier LOGIN PASSWORD '{VERIFIER_PW}'"))
    try:
        yield
    finally:
        with su.connect() as c:
            c.execute(text("ALTER ROLE ush_verifier NOLOGIN PASSWORD NULL"))
        with su.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
            for person in persons:
                c.execute(text(f'DROP ROLE IF EXISTS "{person}"'))
        su.dispose()
