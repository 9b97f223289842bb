"""Opening a database that cannot be used gives a clear Turkish reason and overwrites nothing."""

from __future__ import annotations

import hashlib
import json

import pytest
from sqlalchemy.engine import URL, make_url

from app.config import Settings
from app.storage.database import (
    DatabaseUnavailable,
    Target,
    check_connection,
    make_engine,
    resolve_target,
    sqlite_url,
)
from app.workflows.admin.bootstrap import open_database
from tests.support.pgserver import _free_port


def test_a_corrupted_sqlite_file_is_reported_and_left_byte_for_byte_as_it_was(tmp_path):
    bad = tmp_path / "ush-izin.db"
    bad.write_bytes(b"bu bir veritaban\xc4\xb1 de\xc4\x9fil " * 200)
    digest = hashlib.sha256(bad.read_bytes()).hexdigest()
    with pytest.raises(DatabaseUnavailable) as err:
        open_database(target=Target(sqlite_url(bad)))
    assert err.value.reason == "corrupt"
    assert "bozuk" in err.value.message and str(bad) in err.value.message
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == digest
    assert not (tmp_path / "ush-izin.db-wal").exists()


def test_a_truncated_sqlite_database_is_reported(tmp_path):
    db = tmp_path / "yarim.db"
    res = open_database(target=Target(sqlite_url(db)))
    res.ctx.engine.dispose()
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    with pytest.raises(DatabaseUnavailable) as err:
        open_database(target=Target(sqlite_url(db)))
    assert err.value.reason == "corrupt"


def test_postgresql_down_is_reported_as_unreachable():
    target = Target(make_url(f"postgresql+psycopg://ush:x@127.0.0.1:{_free_port()}/ush"))
    with pytest.raises(DatabaseUnavailable) as err:
        open_database(target=target)
    assert err.value.reason == "unreachable"
    assert "bağlanılamadı" in err.value.message


def test_a_wrong_postgresql_password_is_reported(pg_server):
    with pytest.raises(DatabaseUnavailable) as err:
        open_database(target=Target(make_url(pg_server.url("postgres", password="yanlış"))))
    assert err.value.reason == "auth"
    assert "parola" in err.value.message


def test_the_postgresql_password_comes_from_the_keyring(pg_server, mem_keyring):
    target = Target(URL.create("postgresql+psycopg", username=pg_server.user, host=pg_server.host,
                               port=pg_server.port, database="postgres"))
    with pytest.raises(DatabaseUnavailable) as err:
        check_connection(target, make_engine(target))
    assert err.value.reason == "auth"
    mem_keyring.set_password("ush-izin", target.password_key, pg_server.password)
    engine = make_engine(target)
    with engine.connect() as c:
        assert c.exec_driver_sql("SELECT 1").scalar() == 1
    engine.dispose()


def test_a_password_written_in_the_settings_file_is_refused(tmp_path):
    settings = Settings(db_url="postgresql://ush:gizli@db.saglik.local/ush")
    with pytest.raises(DatabaseUnavailable) as err:
        resolve_target(settings)
    assert err.value.reason == "password_in_config" and "parola" in err.value.message


def test_settings_never_contain_the_password_and_env_url_wins(monkeypatch):
    Settings(db_url="postgresql://ush@db.saglik.local/ush").save()
    saved = json.loads(Settings.path().read_text(encoding="utf-8"))
    assert "gizli" not in json.dumps(saved)
    assert resolve_target(Settings.load()).location == "db.saglik.local:5432/ush"
    monkeypatch.setenv("USH_DB_URL", "postgresql://ush@127.0.0.1:5433/ortak")
    assert resolve_target(Settings.load()).location == "127.0.0.1:5433/ortak"


def test_the_default_database_is_sqlite_in_the_data_folder_with_wal_and_foreign_keys():
    from app.config import default_sqlite_path

    target = resolve_target(Settings())
    assert target.engine_name == "SQLite" and target.location == str(default_sqlite_path())
    res = open_database(target=target)
    with res.ctx.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    res.ctx.engine.dispose()


def test_a_broken_settings_file_gets_a_clear_message():
    from app.config import SettingsError

    Settings.path().parent.mkdir(parents=True, exist_ok=True)
    Settings.path().write_text("{bozuk", encoding="utf-8")
    with pytest.raises(SettingsError, match="Ayar dosyası okunamadı"):
        Settings.load()
