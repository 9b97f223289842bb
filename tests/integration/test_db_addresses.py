"""Database addresses and read-only commands: a mistyped SQLite path never becomes a new empty database, a bad
address gets the Turkish "geçersiz" message (no traceback), a missing PostgreSQL role is not "unreachable", a
full disk says so, and a password in the address's query string never reaches the settings file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.engine import URL, make_url

from app.cli.main import main
from app.config import SecretInSettings, Settings
from app.storage.database import (
    DatabaseUnavailable,
    Target,
    check_connection,
    make_engine,
    parse_url,
    resolve_target,
    sqlite_url,
)
from app.workflows.admin import connection
from app.workflows.common.errors import DiskFull

# --- read-only and other commands never create a database ----------------------------------------------------------

COMMANDS = [
    ["audit", "verify"],
    ["db", "status"],
    ["db", "downgrade", "0001"],
    ["verify", "--code", "ABCD-EFGH-JKLM-NPQR"],
    ["user", "list"],
    ["kts", "evaluate"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c))
@pytest.mark.parametrize("how", ["--db", "USH_DB_URL", "settings"])
def test_a_mistyped_sqlite_path_creates_nothing(tmp_path, capsys, monkeypatch, command, how):
    missing = tmp_path / "yanlis" / "klasor" / "ush-izin.db"
    argv = list(command)
    if how == "--db":
        argv = ["--db", f"sqlite:///{missing}", *argv]
    elif how == "USH_DB_URL":
        monkeypatch.setenv("USH_DB_URL", f"sqlite:///{missing}")
    else:
        Settings(sqlite_path=str(missing)).save()
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "bulunamadı" in err and "Traceback" not in err
    assert not missing.exists() and not missing.parent.exists() and not (tmp_path / "yanlis").exists()


def _tables(path: Path) -> list[str]:
    with sqlite3.connect(path) as con:
        return sorted(r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))


@pytest.mark.parametrize("command", [["audit", "verify"], ["user", "list"], ["verify", "--code", "ABCD-EFGH-JKLM-NPQR"]],
                         ids=lambda c: "-".join(c))
def test_an_empty_database_is_not_given_a_schema(tmp_path, capsys, command):
    empty = tmp_path / "bos.db"
    with sqlite3.connect(empty) as con:
        con.execute("PRAGMA user_version = 1")     # a valid SQLite file without any table
    assert main(["--db", f"sqlite:///{empty}", *command]) == 2
    assert "boş veritabanı" in capsys.readouterr().err
    assert _tables(empty) == []
    zero = tmp_path / "sifir.db"
    zero.write_bytes(b"")
    assert main(["--db", f"sqlite:///{zero}", *command]) == 2
    assert zero.read_bytes() == b""


def test_audit_verify_does_not_upgrade_an_older_schema(tmp_path, capsys):
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "db" / "schema-0004.db"
    copy = tmp_path / "eski.db"
    copy.write_bytes(fixture.read_bytes())
    tables = _tables(copy)
    assert main(["--db", f"sqlite:///{copy}", "audit", "verify"]) == 2
    assert "şeması eski" in capsys.readouterr().err
    assert _tables(copy) == tables
    with sqlite3.connect(copy) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0004"
    assert not (tmp_path / "backups").exists()


def test_db_upgrade_still_creates_a_new_database(tmp_path, capsys):
    new = tmp_path / "yeni" / "ush-izin.db"
    assert main(["--db", f"sqlite:///{new}", "db", "upgrade"]) == 0
    assert new.is_file()
    assert main(["--db", f"sqlite:///{new}", "audit", "verify"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("OK")


# --- bad addresses ------------------------------------------------------------------------------------------------

BAD = ["mysql://ush@sunucu/ush", "postgresql://ush@sunucu:port/ush", "::::", "sqlite+aiosqlite:///x.db",
       "postgresql://ush@sunucu", "http://sunucu/ush", "", "oracle+cx_oracle://u:gizli@h/d"]


@pytest.mark.parametrize("bad", BAD)
def test_a_bad_address_gets_the_turkish_message(bad, capsys, monkeypatch):
    with pytest.raises(DatabaseUnavailable) as err:
        parse_url(bad)
    assert err.value.reason == "bad_url" and "geçersiz" in err.value.message
    assert "gizli" not in err.value.message + err.value.detail
    if bad:
        assert main(["--db", bad, "audit", "verify"]) == 2
        out = capsys.readouterr().err
        assert "geçersiz" in out and "Traceback" not in out and "gizli" not in out
        monkeypatch.setenv("USH_DB_URL", bad)
        assert main(["user", "list"]) == 2
        assert "geçersiz" in capsys.readouterr().err
        monkeypatch.delenv("USH_DB_URL")
        with pytest.raises(DatabaseUnavailable) as err2:
            resolve_target(Settings(db_url=bad))
        assert err2.value.reason in ("bad_url", "password_in_config")
    with pytest.raises(DatabaseUnavailable) as err3:
        connection.test_connection(bad or "::", None, None)
    assert err3.value.reason == "bad_url"


def test_good_addresses_still_parse():
    assert parse_url("postgres://ush@sunucu/ush").get_driver_name() == "psycopg"
    assert parse_url("postgresql://ush@sunucu:5433/ush").port == 5433
    assert parse_url("sqlite:////tmp/ush-izin.db").database == "/tmp/ush-izin.db"


# --- PostgreSQL: a missing role is not "unreachable" ----------------------------------------------------------------

@pytest.mark.engines("postgresql")
def test_a_missing_role_is_named(db_kind, pg_server):
    target = Target(URL.create("postgresql+psycopg", username="boyle_bir_rol_yok", host=pg_server.host,
                               port=pg_server.port, database="postgres"))
    engine = make_engine(target)
    try:
        with pytest.raises(DatabaseUnavailable) as err:
            check_connection(target, engine)
    finally:
        engine.dispose()
    # with password authentication the server does not tell a missing role from a wrong password
    assert err.value.reason in ("missing_role", "auth")
    assert "bağlanılamadı" not in err.value.message


def test_a_missing_role_under_trust_authentication_is_named():
    from app.storage.database import _diagnose

    exc = Exception("x")
    exc.orig = Exception('connection failed: FATAL:  role "boyle_bir_rol_yok" does not exist')  # type: ignore[attr-defined]
    err = _diagnose(Target(make_url("postgresql+psycopg://boyle_bir_rol_yok@h/d")), exc)
    assert err.reason == "missing_role" and "boyle_bir_rol_yok" in err.message
    exc.orig = Exception('FATAL:  database "ush" does not exist')  # type: ignore[attr-defined]
    assert _diagnose(Target(make_url("postgresql+psycopg://u@h/ush")), exc).reason == "missing_db"
    exc.orig = Exception('FATAL:  password authentication failed for user "u"')  # type: ignore[attr-defined]
    assert _diagnose(Target(make_url("postgresql+psycopg://u@h/ush")), exc).reason == "auth"


@pytest.mark.engines("postgresql")
def test_a_missing_database_is_named(db_kind, pg_server):
    target = Target(make_url(pg_server.url("boyle_bir_veritabani_yok")))
    engine = make_engine(target)
    try:
        with pytest.raises(DatabaseUnavailable) as err:
            check_connection(target, engine)
    finally:
        engine.dispose()
    assert err.value.reason == "missing_db"


# --- a full disk --------------------------------------------------------------------------------------------------

@pytest.mark.engines("sqlite")
def test_a_full_disk_during_a_write_is_a_clear_message(ctx):
    from sqlalchemy import event

    from app.workflows.admin.bootstrap import default_actor
    from app.workflows.admin.users import create_user
    from app.workflows.common.vocabulary import Role

    admin = ctx.as_user(default_actor(ctx))

    @event.listens_for(ctx.engine, "connect")
    def _tiny(dbapi_conn, _rec):  # the database may not grow any more: SQLite answers "database or disk is full"
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    ctx.engine.dispose()
    with pytest.raises(DiskFull) as err:
        for i in range(400):
            create_user(admin, f"kullanici{i}", "Ö" * 100, Role.AUDITOR)
    assert "Diskte yer kalmadı" in err.value.message


def test_a_full_disk_while_exporting_is_a_clear_message(ctx, tmp_path, monkeypatch):
    import errno

    from app.workflows.admin import export
    from app.workflows.admin.bootstrap import default_actor

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export, "_write_tables", full)
    with pytest.raises(DiskFull):
        export.export(ctx.as_user(default_actor(ctx)), tmp_path / "disa", "json")
    assert list((tmp_path / "disa").iterdir()) == []


def test_disk_full_is_recognised_in_postgresql_words():
    from app.storage.database import _diagnose, disk_full

    class Orig(Exception):
        pass

    exc = Exception("x")
    exc.orig = Orig('could not extend file "base/16384/2619": No space left on device')  # type: ignore[attr-defined]
    assert disk_full(exc)
    target = Target(make_url("postgresql+psycopg://u@h/d"))
    assert _diagnose(target, exc).reason == "disk_full"


# --- secrets in the address's query string --------------------------------------------------------------------------

SECRET_URLS = [
    "postgresql://ush@sunucu/ush?password=gizli",
    "postgresql://ush@sunucu/ush?PASSWORD=gizli",
    "postgresql://ush@sunucu/ush?sslmode=require&Password=gizli",
    "postgresql://ush@sunucu/ush?sslpassword=gizli",
    "postgresql://ush@sunucu/ush?passfile=/home/u/.pgpass-gizli",
    "postgresql://ush:gizli@sunucu/ush",
]


@pytest.mark.parametrize("url", SECRET_URLS)
def test_a_settings_file_with_a_secret_in_the_address_is_refused(url):
    Settings.path().parent.mkdir(parents=True, exist_ok=True)
    Settings.path().write_text(json.dumps({"db_url": url}), encoding="utf-8")
    with pytest.raises(DatabaseUnavailable) as err:
        resolve_target(Settings.load())
    assert err.value.reason == "password_in_config"
    with pytest.raises(SecretInSettings):
        Settings(db_url=url).save()
    assert "gizli" in Settings.path().read_text(encoding="utf-8")      # (the file written by hand above)


@pytest.mark.parametrize("url", [u for u in SECRET_URLS if "passfile" not in u])
def test_saving_a_connection_moves_the_password_to_the_keyring(url, mem_keyring):
    target = connection.save_connection(Settings(), url, None)
    saved = Settings.path().read_text(encoding="utf-8")
    assert "gizli" not in saved and "password" not in saved.lower()
    assert mem_keyring.get_password("ush-izin", target.password_key) == "gizli"
    assert resolve_target(Settings.load()).location == "sunucu:5432/ush"


def test_a_passfile_in_the_address_is_refused_when_saving():
    with pytest.raises(DatabaseUnavailable) as err:
        connection.save_connection(Settings(), "postgresql://ush@sunucu/ush?passfile=/x/.pgpass", None)
    assert err.value.reason == "password_in_config" and "passfile" in err.value.message
    assert not Settings.path().exists()


def test_the_local_database_address_stays_plain(tmp_path):
    target = Target(sqlite_url(tmp_path / "a.db"))
    assert connection.without_password(target) == target
