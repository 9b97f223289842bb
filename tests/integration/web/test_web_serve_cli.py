"""`ush-izin serve` (issue 16): what it hands to uvicorn, the verifier role on PostgreSQL, and a clear Turkish
error (exit 2) when it cannot serve; the application it builds answers from a read-only SQLite file."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import make_url

import app.cli.main as cli
from app.storage.database import Target
from app.web import run
from tests.support import web


@pytest.fixture
def started(monkeypatch) -> dict:
    calls: dict = {}
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.update(app=app, **kw))
    monkeypatch.delenv(run.DB_ENV, raising=False)
    monkeypatch.delenv(run.LOG_DB_ENV, raising=False)
    return calls


@pytest.mark.engines("sqlite")
def test_serve_runs_uvicorn_on_the_file_and_keeps_no_access_log(ctx, tmp_path, started, capsys):
    issued = web.issued_permit(ctx, tmp_path / "cert")
    url = ctx.target.url.render_as_string(hide_password=False)
    assert cli.main(["--db", url, "serve", "--port", "8099", "--workers", "2"]) == 0
    assert started["app"] == "app.web.run:app_from_env" and started["factory"] is True
    assert (started["port"], started["workers"], started["host"]) == (8099, 2, "127.0.0.1")
    assert started["access_log"] is False and started["proxy_headers"] is True
    assert "http://127.0.0.1:8099/dogrula" in capsys.readouterr().out
    with TestClient(run.app_from_env(), raise_server_exceptions=False) as c:   # what each worker builds
        assert c.get(f"/api/v1/izin/{issued.code}").json()["durum"] == "gecerli"
    assert len(web.log_rows(ctx)) == 1


def test_on_postgresql_the_service_connects_as_the_verifier_role():
    target = Target(make_url("postgresql+psycopg://yonetici:gizli@db.example:5432/ush_izin"))
    served = run.serving_target(target)
    assert served.url.username == "ush_verifier" and served.url.password is None
    assert run.serving_target(Target(make_url("sqlite:////tmp/x.db"))).url.database == "/tmp/x.db"


def test_serve_refuses_what_it_cannot_serve_in_turkish(tmp_path, started, capsys):
    assert cli.main(["--db", f"sqlite:///{tmp_path}/yok.db", "serve"]) == 2
    assert "Veritabanı dosyası bulunamadı" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["serve", "--port", "99999"])
    assert "port 1–65535" in capsys.readouterr().err
    assert started == {}


@pytest.mark.engines("sqlite")
def test_serve_refuses_a_database_without_the_service_log(tmp_path, started, capsys):
    import sqlite3

    path = tmp_path / "eski.db"
    sqlite3.connect(path).execute("CREATE TABLE alembic_version (version_num varchar(32))").connection.commit()
    assert cli.main(["--db", f"sqlite:///{path}", "serve"]) == 2
    assert "ush-izin db upgrade" in capsys.readouterr().err and started == {}
