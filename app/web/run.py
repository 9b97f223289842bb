"""The application `ush-izin serve` hands to uvicorn: built in each worker process from the environment (the
database address without a password; the password comes from the keyring or libpq's own ~/.pgpass)."""

from __future__ import annotations

import os

from fastapi import FastAPI

from app.storage.database import Target, make_engine, parse_url
from app.storage.server_roles import VERIFIER
from app.web.app import create_app
from app.web.database import service_engines
from app.web.service import WebSettings

DB_ENV = "USH_SERVE_DB_URL"
LOG_DB_ENV = "USH_SERVE_LOG_DB_URL"      # the primary, when the service reads from a replica (docs/deployment.md)


def serving_target(target: Target) -> Target:
    """On PostgreSQL the service connects as the verifier role, whoever the configured address names."""
    if target.is_postgres:
        return Target(target.url.set(username=VERIFIER)._replace(password=None))
    return target


def app_from_env() -> FastAPI:
    target = Target(parse_url(os.environ[DB_ENV]))
    workers = max(1, int(os.environ.get("USH_SERVE_WORKERS", "1")))
    read, log = service_engines(target, pool_size=max(4, 16 // workers))
    if log_url := os.environ.get(LOG_DB_ENV):
        log = make_engine(Target(parse_url(log_url)), pool_size=2, max_overflow=4)
    return create_app(read, WebSettings(log_engine=log))
