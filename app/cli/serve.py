"""`ush-izin serve`: the public verification service (issue 16) on uvicorn, against the configured database.

PostgreSQL: connects as the verifier role `ush_verifier` (SELECT on what verifying needs, INSERT on the service
log; its password from the keyring for that address, or libpq's ~/.pgpass / PGPASSWORD on a server without a
keyring). SQLite: the file read-only, the service log appended through one separate connection. TLS and the
public name belong to the reverse proxy in front (docs/deployment.md).
"""

from __future__ import annotations

import argparse
import os
import sys


def _port(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"port numarası bekleniyordu: {value!r}") from None
    if not 0 < n < 65536:
        raise argparse.ArgumentTypeError(f"port 1–65535 arasında olmalı: {n}")
    return n


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"sayı bekleniyordu: {value!r}") from None
    if not 1 <= n <= 64:
        raise argparse.ArgumentTypeError(f"süreç sayısı 1–64 arasında olmalı: {n}")
    return n


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = sub.add_parser("serve", help="doğrulama hizmetini başlat (web sayfası ve API)",
                       description="USH faaliyet izin belgesi doğrulama hizmeti: /dogrula sayfası, /api/v1 JSON "
                                   "API'si, /docs. PostgreSQL'e ush_verifier rolüyle, SQLite dosyasına salt okunur "
                                   "bağlanır; her sorgu hizmet günlüğüne yazılır.")
    s.add_argument("--host", default="127.0.0.1", help="dinlenecek adres (varsayılan 127.0.0.1; dışarıya ters "
                                                       "vekil sunucu açar)")
    s.add_argument("--port", type=_port, default=8080, help="dinlenecek port (varsayılan 8080)")
    s.add_argument("--workers", type=_workers, default=1, metavar="N", help="süreç sayısı (varsayılan 1)")
    s.add_argument("--log-db", metavar="URL", help="hizmet günlüğünün yazılacağı PostgreSQL adresi (okuma bir salt "
                                                   "okunur kopyadan yapılırken birincil sunucu; varsayılan: --db)")
    s.add_argument("--forwarded-allow-ips", default="127.0.0.1", metavar="ADRESLER",
                   help="X-Forwarded-For başlığına güvenilen ters vekil adresleri (virgülle; varsayılan 127.0.0.1)")
    s.set_defaults(handler=serve)


def serve(args: argparse.Namespace) -> int:
    from app.cli.main import target_from_args
    from app.storage.database import require_existing
    from app.web.run import DB_ENV, LOG_DB_ENV, serving_target

    from app.storage.database import Target, parse_url

    target = serving_target(target_from_args(args))
    if not target.is_postgres:
        require_existing(target)
    log_target = serving_target(Target(parse_url(args.log_db))) if args.log_db else None
    if log_target is not None and not (target.is_postgres and log_target.is_postgres):
        print("HATA: --log-db yalnızca PostgreSQL ile (okuma bir kopyadan, günlük birincil sunucuya).", file=sys.stderr)
        return 2
    problem = _check(target) or (_check(log_target) if log_target else None)
    if problem:
        print(f"HATA: {problem}", file=sys.stderr)
        return 2
    import uvicorn

    os.environ[DB_ENV] = target.url.render_as_string(hide_password=True)
    if log_target is not None:
        os.environ[LOG_DB_ENV] = log_target.url.render_as_string(hide_password=True)
    os.environ["USH_SERVE_WORKERS"] = str(args.workers)
    print(f"Doğrulama hizmeti: http://{args.host}:{args.port}/dogrula ({target.engine_name} {target.location}"
          f"{', ' + str(args.workers) + ' süreç' if args.workers > 1 else ''})", flush=True)
    # no access log: it would keep every client's full address (the service log keeps the network only)
    uvicorn.run("app.web.run:app_from_env", factory=True, host=args.host, port=args.port, workers=args.workers,
                access_log=False, server_header=False, proxy_headers=True,
                forwarded_allow_ips=args.forwarded_allow_ips, log_level="warning")
    return 0


def _check(target) -> str | None:  # type: ignore[no-untyped-def]
    """A clear Turkish reason when the service cannot start (no database, wrong password, old schema)."""
    from sqlalchemy import select
    from sqlalchemy.exc import DBAPIError

    from app.models import ServiceLogKey
    from app.web.database import service_engines

    try:
        read, log = service_engines(target, pool_size=1)
    except Exception as exc:  # noqa: BLE001 (DatabaseUnavailable and friends carry their Turkish message)
        return str(exc)
    try:
        with read.connect() as c:
            c.execute(select(ServiceLogKey.id)).first()
    except DBAPIError as exc:
        text = str(getattr(exc, "orig", exc)).lower()
        if "service_log_key" in text and ("no such table" in text or "does not exist" in text):
            return ("Veritabanı şeması eski: doğrulama hizmetinin günlüğü yok. Önce 'ush-izin db upgrade' "
                    "çalıştırılmalı.")
        if "password" in text or "authentication" in text:
            return (f"{target.location} sunucusuna {target.url.username} rolüyle bağlanılamadı (parola). Rolün "
                    "parolası anahtar deposunda ya da ~/.pgpass dosyasında olmalı (docs/deployment.md).")
        if "permission denied" in text:
            return (f"{target.url.username} rolünün yetkisi yok: sunucuda 'ush-izin server init' çalıştırılmalı "
                    "(docs/deployment.md).")
        return f"Veritabanına bağlanılamadı ({target.location})."
    finally:
        read.dispose()
        log.dispose()
    return None
