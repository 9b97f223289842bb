"""The public list of Genel Yetkinlik Puanları beside the verification service (SBYS Yönetmeliği md. 20): anyone
reads each producer's SBYS with its scores and KTS list status, in Turkish or English, or as JSON."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import app.cli.main as cli
from app.storage.database import Target, make_engine
from app.workflows.common.context import AppContext
from app.workflows.kts import competence
from app.workflows.kts.evaluation_plan import Evaluator, Planned
from tests.support import web
from tests.support.kts import application, d, facility, on, onboard

PW = "Yetkinlik2026liste"
FULL = {"1": 20, "2": 20, "3": 15, "4": 15, "5": 15, "6": 15}


def test_the_public_page_lists_the_years_scores_and_list_status(ctx):
    vid = onboard(ctx)
    sites = [facility(ctx, code, province, name) for code, province, name in (
        ("35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi"), ("34-0001", 34, "Özel Kadıköy Umut Tıp Merkezi"),
        ("16-0001", 16, "Özel Nilüfer Yaşam Tıp Merkezi"))]
    for fid, province in zip(sites, (35, 34, 16)):
        application(ctx, fid, province, vid, "permit_issued")
    with ctx.read() as s:
        from app.models import Vendor

        product_id = s.get(Vendor, vid).products[0].id
    kts = on(ctx, "2026-10-01")
    ids = competence.save_plan(kts, product_id, 2026, d("2026-09-15"),
                               [Planned(f, Evaluator("Gökçe Işıklar", 6)) for f in sites])
    for i in ids:
        competence.record_evaluation(kts, i, d("2026-09-15"), FULL)
    competence.declare(kts, competence.Declaration(product_id, 2026, staff_count=50, database_open=True,
                                                   os_open=True))
    with web.client(ctx.target, day=dt.date(2026, 10, 2)) as c:
        page = c.get("/yetkinlik?yil=2026")
        english = c.get("/yetkinlik?yil=2026&lang=en")
        data = c.get("/yetkinlik.json?yil=2026")
    assert page.status_code == 200 and "Genel Yetkinlik Puanları 2026" in page.text
    row = page.text.split("UzakHekim Tele Muayene 3.2")[1].split("</tr>")[0]
    assert "Aktif liste" in row and "100,00" in row and "%10" in row and "<strong>100</strong>" in row
    assert "<script" not in page.text.lower() and "4840847211" not in page.text
    assert "General competence scores 2026" in english.text and "Active list" in english.text
    rows = data.json()["rows"]
    assert rows[0]["general"] == "100" and rows[0]["raise_percent"] == 10


@pytest.mark.engines("postgresql")
def test_on_a_shared_server_the_verifier_role_reads_the_published_list(pg_server, template):
    """`server init` grants the verification service's role what the list needs (and nothing to write)."""
    name = f"web_competence_{os.getpid()}"
    su = create_engine(pg_server.url(), isolation_level="AUTOCOMMIT")
    with su.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(template).database}"'))
    url = pg_server.url(name)
    target = Target(make_url(url))
    ctx = AppContext(make_engine(target), target)
    onboard(ctx)
    with ctx.read() as s:
        persons = list(s.execute(text("SELECT username FROM users")).scalars())
    ctx.engine.dispose()
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            assert cli.main(["--db", url, "server", "init"]) == 0
        with su.connect() as c:
            c.execute(text(f"ALTER ROLE ush_verifier LOGIN PASSWORD '{PW}'"))
        verifier = Target(make_url(url).set(username="ush_verifier", password=PW))
        with web.client(verifier, day=dt.date(2026, 10, 2)) as client:
            page = client.get("/yetkinlik?yil=2026")
        assert page.status_code == 200 and "UzakHekim Tele Muayene 3.2" in page.text and "Aktif liste" in page.text
    finally:
        with su.connect() as c:
            c.execute(text("ALTER ROLE ush_verifier NOLOGIN PASSWORD NULL"))
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for person in persons:
                c.execute(text(f'DROP ROLE IF EXISTS "{person}"'))
        su.dispose()
