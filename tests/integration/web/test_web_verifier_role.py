"""On a shared PostgreSQL server the service connects as the verifier role (issue 16): it answers every page
and writes its log, and the server lets that role write nothing else, read no application or account, and never
change or read back the log (the vendor query's reads are that engineer's tests); the desks read the log
but never its HMAC key (only the administrator's backup does)."""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import app.cli.main as cli
from app.storage.database import Target, make_engine
from app.workflows.common.context import AppContext
from tests.support import web

pytestmark = pytest.mark.engines("postgresql")

VERIFIER_PW = "Dogrulama2026servis"


@pytest.fixture
def secured(pg_server, template, tmp_path) -> Iterator[tuple[str, web.Issued]]:
    """A database with one issued permit, then made a shared server (`server init`); the verifier may log in."""
    name = f"web_verifier_{os.getpid()}"
    su = create_engine(pg_server.url(), isolation_level="AUTOCOMMIT")
    with su.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(template).database}"'))
    url = pg_server.url(name)
    target = Target(make_url(url))
    ctx = AppContext(make_engine(target), target)
    issued = web.issued_permit(ctx, tmp_path / "cert")
    with ctx.read() as s:
        persons = list(s.execute(text("SELECT username FROM users")).scalars())
    ctx.engine.dispose()
    with contextlib.redirect_stdout(io.StringIO()):
        assert cli.main(["--db", url, "server", "init"]) == 0
    with su.connect() as c:
        c.execute(text(f"ALTER ROLE ush_verifier LOGIN PASSWORD '{VERIFIER_PW}'"))
    try:
        yield url, issued
    finally:
        with su.connect() as c:
            c.execute(text("ALTER ROLE ush_verifier NOLOGIN PASSWORD NULL"))
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for person in persons:
                c.execute(text(f'DROP ROLE IF EXISTS "{person}"'))
        su.dispose()


def _raw(url: str, user: str, password: str) -> psycopg.Connection:
    u = make_url(url)
    return psycopg.connect(host=u.host, port=u.port, dbname=u.database, user=user, password=password,
                           autocommit=True)


def _refused(c: psycopg.Connection, sql: str) -> bool:
    try:
        c.execute(sql)
    except psycopg.Error:
        return True
    return False


def test_the_service_as_the_verifier_answers_and_logs(secured):
    url, issued = secured
    verifier = Target(make_url(url).set(username="ush_verifier", password=VERIFIER_PW))
    with web.client(verifier) as c:
        page = c.get(f"/dogrula/{issued.code}")
        api = c.get(f"/api/v1/izin/{issued.code}")
        upload = c.post("/api/v1/dogrula", files={"belge": ("izin.pdf", issued.pdf, "application/pdf")})
        unknown = c.get("/api/v1/izin/AAAA-BBBB-CCCC-DDDD")
    assert page.status_code == 200 and "Geçerli" in page.text and "Kardiyoloji" in page.text
    assert api.json()["durum"] == "gecerli" and upload.json()["gecerli"] is True and unknown.status_code == 404
    u = make_url(url)
    with _raw(url, u.username, u.password) as c:
        rows = c.execute("SELECT kind, answer, client FROM service_log ORDER BY id").fetchall()
        audited = c.execute("SELECT count(*) FROM audit_entries WHERE table_name = 'service_log'").fetchone()
    assert rows == [("page", "gecerli", "198.51.100.0/24"), ("api", "gecerli", "198.51.100.0/24"),
                    ("file", "gecerli", "198.51.100.0/24"), ("api", "bilinmiyor", "198.51.100.0/24")]
    assert audited == (0,)          # a log itself: no audit entry (and no queue on the chain's head) per request


def test_the_verifier_role_writes_nothing_but_the_log(secured):
    url, _issued = secured
    with _raw(url, "ush_verifier", VERIFIER_PW) as c:
        assert c.execute("SELECT count(*) FROM permits").fetchone() == (1,)
        assert len(c.execute("SELECT key FROM service_log_key").fetchone()[0]) == 32
        c.execute("INSERT INTO service_log (at, kind, code, answer, detail, client) "
                  "VALUES (now(), 'page', '', 'gecerli', '', '')")
        for sql in ("UPDATE permits SET revoked_on = current_date", "DELETE FROM permit_events",
                    "INSERT INTO permit_events (permit_id, kind, effective_from, reason, legal_basis, document_ref, at)"
                    " SELECT id, 'revoked', current_date, 'x', '', '', now() FROM permits",
                    "UPDATE service_log SET answer = 'iptal'", "DELETE FROM service_log", "TRUNCATE service_log",
                    "SELECT count(*) FROM service_log", "SELECT count(*) FROM applications",
                    "SELECT count(*) FROM users", "SELECT count(*) FROM audit_entries",
                    "UPDATE service_log_key SET key = '\\x00'", "INSERT INTO system_settings (key, value) "
                    "VALUES ('demo_database', '{}')", "CREATE TABLE x (id int)"):
            assert _refused(c, sql), sql


def test_the_desks_read_the_log_but_not_its_key(secured):
    url, _issued = secured
    with _raw(url, "ush_verifier", VERIFIER_PW) as c:
        c.execute("INSERT INTO service_log (at, kind, code, answer, detail, client) "
                  "VALUES (now(), 'page', '', 'gecerli', '', '')")
    u = make_url(url)
    with _raw(url, u.username, u.password) as dba:
        grants = dict(dba.execute(
            "SELECT r, has_table_privilege(r, 'service_log_key', 'SELECT') FROM unnest(ARRAY['ush_desk', "
            "'ush_kts_officer', 'ush_shgm_approver', 'ush_ism_officer', 'ush_auditor', 'ush_admin']) AS r")
            .fetchall())
        log_reads = dict(dba.execute(
            "SELECT r, has_table_privilege(r, 'service_log', 'SELECT') FROM unnest(ARRAY['ush_desk', "
            "'ush_auditor']) AS r").fetchall())
        writes = dba.execute("SELECT has_table_privilege('ush_desk', 'service_log', 'INSERT'), "
                             "has_table_privilege('ush_shgm_approver', 'service_log', 'UPDATE')").fetchone()
    # the administrator's backup holds it (a restored log stays comparable); no desk and not the auditor
    assert grants == {"ush_desk": False, "ush_kts_officer": False, "ush_shgm_approver": False,
                      "ush_ism_officer": False, "ush_auditor": False, "ush_admin": True}
    assert all(log_reads.values()) and writes == (False, False)
