"""A throwaway PostgreSQL cluster for the test session: scram-sha-256 required on every line of its pg_hba (socket
and TCP), so authentication in the tests is real (issue 13) and login failures are testable.

initdb and pg_ctl refuse to run as root, so as root they run as the `postgres` system user.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass

PASSWORD = "ush-test-şifre"


@dataclass
class PgServer:
    host: str
    port: int
    user: str
    password: str
    base: str | None = None

    def url(self, database: str = "postgres", password: str | None = None) -> str:
        from urllib.parse import quote

        pw = self.password if password is None else password
        return f"postgresql+psycopg://{self.user}:{quote(pw, safe='')}@{self.host}:{self.port}/{database}"


def pg_bin() -> str | None:
    if env := os.environ.get("PG_BIN"):
        return env
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return os.path.dirname(found[-1]) if found else None


def _as_pg(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start() -> PgServer:
    bindir = pg_bin()
    if bindir is None:
        raise RuntimeError("PostgreSQL is not installed (no initdb); run scripts/setup.sh --test")
    base = tempfile.mkdtemp(prefix="ush-pg-")
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    data, port = os.path.join(base, "data"), _free_port()
    pwfile = os.path.join(base, "pw")
    with open(pwfile, "w", encoding="utf-8") as f:
        f.write(PASSWORD)
    if os.geteuid() == 0:
        shutil.chown(pwfile, "postgres", "postgres")
    subprocess.run(
        _as_pg([f"{bindir}/initdb", "-D", data, "-U", "postgres", "--auth-local=scram-sha-256",
                "--auth-host=scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C.UTF-8"]),
        check=True, stdout=subprocess.DEVNULL,
    )
    opts = (f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=200")
    subprocess.run(
        _as_pg([f"{bindir}/pg_ctl", "-D", data, "-w", "-l", os.path.join(base, "log"), "-o", opts, "start"]),
        check=True, stdout=subprocess.DEVNULL,
    )
    return PgServer("127.0.0.1", port, "postgres", PASSWORD, base)


def stop(server: PgServer) -> None:
    if server.base is None:
        return
    bindir = pg_bin()
    subprocess.run(_as_pg([f"{bindir}/pg_ctl", "-D", os.path.join(server.base, "data"), "-m", "fast", "-w",
                           "stop"]), stdout=subprocess.DEVNULL)
    shutil.rmtree(server.base, ignore_errors=True)


def from_url(url: str) -> PgServer:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return PgServer(u.host or "127.0.0.1", u.port or 5432, u.username or "postgres", u.password or "")
