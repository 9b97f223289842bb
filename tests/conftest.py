"""Shared fixtures. Every database test runs on each engine chosen with --db (sqlite, postgresql or both).

In CI (CI=true) a missing PostgreSQL or display is a failure, never a skip.
"""

from __future__ import annotations

import itertools
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt creates the QApplication
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import keyring
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.storage.database import Target, make_engine, sqlite_url
from app.workflows.admin.bootstrap import open_database
from app.workflows.common.clock import Clock
from app.workflows.common.context import AppContext
from tests.support import pgserver
from tests.support.memkeyring import MemoryKeyring

IN_CI = os.environ.get("CI", "").lower() == "true"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--db", default=os.environ.get("USH_TEST_DB", "sqlite"),
        help="engines for database tests: sqlite, postgresql or sqlite,postgresql",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_kind" in metafunc.fixturenames:
        kinds = [k.strip() for k in metafunc.config.getoption("--db").split(",") if k.strip()]
        if marker := metafunc.definition.get_closest_marker("engines"):
            # A test about one engine's own behaviour (e.g. PostgreSQL triggers) exists only on that engine.
            kinds = [k for k in kinds if k in marker.args]
        metafunc.parametrize("db_kind", kinds, scope="session")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "engines(*names): run this database test only on these engines")


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real settings, data folder or keyring of the person running them."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("USH_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("USH_CONFIG_DIR", str(home / "config"))
    monkeypatch.delenv("USH_DB_URL", raising=False)


@pytest.fixture(autouse=True)
def mem_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pgserver.PgServer]:
    if url := os.environ.get("USH_TEST_PG_URL"):
        yield pgserver.from_url(url)
        return
    try:
        server = pgserver.start()
    except Exception as exc:  # noqa: BLE001
        if IN_CI:
            pytest.fail(f"PostgreSQL tests cannot run in CI: {exc}")
        pytest.skip(f"PostgreSQL not available: {exc}")
    yield server
    pgserver.stop(server)


_counter = itertools.count()


@pytest.fixture(scope="session")
def template(db_kind: str, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> str:
    """A database migrated to head with reference data, copied for every test (migrating each time is slow)."""
    if db_kind == "sqlite":
        path = tmp_path_factory.mktemp("template") / "template.db"
        mp = pytest.MonkeyPatch()
        mp.setenv("USH_DATA_DIR", str(path.parent / "data"))
        res = open_database(target=Target(sqlite_url(path)))
        res.ctx.engine.dispose()
        mp.undo()
        return str(path)
    if db_kind == "postgresql":
        server: pgserver.PgServer = request.getfixturevalue("pg_server")
        name = f"ush_template_{os.getpid()}"
        admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
        admin.dispose()
        res = open_database(target=Target(make_url(server.url(name))))
        res.ctx.engine.dispose()
        return server.url(name)
    raise pytest.UsageError(f"unknown engine {db_kind!r}")


@pytest.fixture
def target(db_kind: str, template: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Target]:
    """A fresh database for one test, on the engine of this parametrisation."""
    if db_kind == "sqlite":
        path = tmp_path / "ush-izin.db"
        shutil.copyfile(template, path)
        yield Target(sqlite_url(path))
        return
    server: pgserver.PgServer = request.getfixturevalue("pg_server")
    with _pg_database(server, "t", make_url(template).database) as url:
        yield Target(make_url(url))


@pytest.fixture
def ctx(target: Target) -> Iterator[AppContext]:
    engine = make_engine(target)
    yield AppContext(engine, target, clock=Clock())
    engine.dispose()


@pytest.fixture
def empty_target(db_kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Target]:
    """A database with no schema at all."""
    if db_kind == "sqlite":
        yield Target(sqlite_url(tmp_path / "empty.db"))
        return
    server: pgserver.PgServer = request.getfixturevalue("pg_server")
    with _pg_database(server, "e", "template0") as url:
        yield Target(make_url(url))


@contextmanager
def _pg_database(server: pgserver.PgServer, prefix: str, template: str) -> Iterator[str]:
    """A new database copied from `template`, dropped afterwards; yields its URL."""
    name = f"{prefix}_{os.getpid()}_{next(_counter)}"
    admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    try:
        yield server.url(name)
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
