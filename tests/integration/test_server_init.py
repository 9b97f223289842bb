"""`ush-izin server init` and one PostgreSQL login per person, on a real cluster with scram-sha-256 (issue 13).

Every refusal is tried through a raw connection as a desk's own login role and must come from the server.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import app.cli.main as cli
from app.storage.database import Target
from app.storage.server_roles import DESK, OWNER, ROLE_GROUPS
from app.workflows.admin import users
from app.workflows.common.context import AccountChanged, AppContext
from app.workflows.common.vocabulary import Role
from tests.support.accounts import password_on_stdin

pytestmark = pytest.mark.engines("postgresql")

ADMIN_PW = "Yonetici2026sunucu"
DESK_PW = "Izmir2026memur"


@dataclass
class Secured:
    url: str            # the DBA's (cluster superuser's) address
    server: object
    database: str
    first_password: str

    def person_url(self, name: str, password: str) -> str:
        u = make_url(self.url)
        return u.set(username=name, password=password).render_as_string(hide_password=False)

    def raw(self, name: str, password: str) -> psycopg.Connection:
        u = make_url(self.url)
        return psycopg.connect(host=u.host, port=u.port, dbname=u.database, user=name, password=password,
                               autocommit=True)

    def dba(self) -> psycopg.Connection:
        u = make_url(self.url)
        return psycopg.connect(host=u.host, port=u.port, dbname=u.database, user=u.username, password=u.password,
                               autocommit=True)

    def ctx(self) -> AppContext:
        from app.storage.database import make_engine

        target = Target(make_url(self.url))
        return AppContext(make_engine(target), target)


def _drop_person_roles(server_url: str) -> None:
    """Login roles are the cluster's, not one database's: start from none (only this module makes them)."""
    eng = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        for name in ("yonetici", "ism35.memur", "ism06.memur"):
            c.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    eng.dispose()


@pytest.fixture(scope="module")
def secured(pg_server, template) -> Iterator[Secured]:
    import os

    name = f"secured_{os.getpid()}"
    admin = create_engine(pg_server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(template).database}"'))
    _drop_person_roles(pg_server.url())
    url = pg_server.url(name)
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["--db", url, "server", "init"]) == 0
    printed = out.getvalue()
    found = re.search(r"Hesap yonetici: tek kullanımlık parola (\S+)", printed)
    assert found, printed
    yield Secured(url, pg_server, name, found.group(1))
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
    _drop_person_roles(pg_server.url())


@pytest.fixture(scope="module")
def admin_and_desk(secured: Secured) -> Iterator[tuple[AppContext, AppContext]]:
    """The first administrator after the one-time password flow, and an İzmir officer it created."""
    base = secured.ctx()
    with pytest.raises(users.LoginFailed):
        users.login(base, "yonetici", "yanlis-parola1")
    with pytest.raises(users.PasswordChangeRequired):
        users.login(base, "yonetici", secured.first_password)
    admin, actor = users.change_server_password(base, "yonetici", secured.first_password, ADMIN_PW)
    assert actor.role == Role.ADMIN and actor.username == "yonetici"
    info, temp = users.create_user(admin, "ism35.memur", "Şule Öztürk", Role.ISM_OFFICER, 35)
    with pytest.raises(users.PasswordChangeRequired):
        users.login(base, "ism35.memur", temp)
    desk, desk_actor = users.change_server_password(base, "ism35.memur", temp, DESK_PW)
    assert desk_actor.province_id == 35
    yield admin, desk
    admin.engine.dispose()
    desk.engine.dispose()
    base.engine.dispose()


def test_pg_hba_requires_scram(secured: Secured):
    with secured.dba() as c:
        methods = {r[0] for r in c.execute("SELECT auth_method FROM pg_hba_file_rules WHERE error IS NULL")}
    assert methods == {"scram-sha-256"}
    with pytest.raises(psycopg.OperationalError):
        secured.raw("postgres", "yanlis")


def test_server_init_is_idempotent_and_owner_owns_everything(secured: Secured, capsys):
    assert cli.main(["--db", secured.url, "server", "init"]) == 0
    out = capsys.readouterr().out
    assert "tek kullanımlık parola" not in out and "zaten hazırlanmıştı" in out
    with secured.dba() as c:
        owners = {r[0] for r in c.execute(
            "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class WHERE relnamespace = 'public'::regnamespace "
            "AND relkind IN ('r', 'S', 'v')")}
        fn_owners = {r[0] for r in c.execute(
            "SELECT DISTINCT pg_get_userbyid(proowner) FROM pg_proc WHERE pronamespace = 'public'::regnamespace")}
        owner = c.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (OWNER,)).fetchone()
    assert owners == {OWNER} and fn_owners == {OWNER}
    assert owner == (False,)


def test_one_time_password_is_spent_and_the_server_authenticates(secured: Secured, admin_and_desk):
    with pytest.raises(psycopg.OperationalError):
        secured.raw("yonetici", secured.first_password)
    with secured.raw("yonetici", ADMIN_PW) as c:
        assert c.execute("SELECT session_user").fetchone() == ("yonetici",)
        member = c.execute("SELECT pg_has_role('yonetici', %s, 'MEMBER')", (ROLE_GROUPS["admin"],)).fetchone()
    assert member == (True,)


def test_logins_are_audited_with_the_server_as_witness(secured: Secured, admin_and_desk):
    admin, _ = admin_and_desk
    with secured.dba() as c:
        rows = c.execute("SELECT username, after->>'ok', after->>'reason' FROM audit_entries "
                         "WHERE table_name = 'login' ORDER BY id").fetchall()
    assert ("ism35.memur", "false", "password_change_required") in rows
    assert ("ism35.memur", "true", "password_changed") in rows
    # a password the server refused never reached the database: its own log has it
    import os

    with open(os.path.join(secured.server.base, "log"), encoding="utf-8", errors="replace") as f:
        assert 'password authentication failed for user "yonetici"' in f.read()


ATTACKS = [
    "CREATE ROLE kotu LOGIN PASSWORD 'x'",
    f"GRANT {ROLE_GROUPS['admin']} TO \"ism35.memur\"",
    f"GRANT {OWNER} TO \"ism35.memur\"",
    f"REVOKE {ROLE_GROUPS['ism_officer']} FROM \"ism35.memur\"",
    "ALTER ROLE \"ism35.memur\" CREATEROLE",
    "ALTER ROLE \"ism35.memur\" SUPERUSER",
    f"SET ROLE {OWNER}",
    f"SET ROLE {ROLE_GROUPS['admin']}",
    "UPDATE users SET role = 'admin' WHERE username = 'ism35.memur'",
    "UPDATE users SET province_id = 6 WHERE username = 'ism35.memur'",
    "UPDATE users SET active = false WHERE username = 'yonetici'",
    "INSERT INTO users (username, full_name, title, role, must_change_password, failed_logins, active, version) "
    "VALUES ('kotu.admin', 'Kötü', '', 'admin', false, 0, true, 1)",
    "DELETE FROM users WHERE username = 'yonetici'",
    "TRUNCATE users CASCADE",
    "UPDATE users SET password_hash = 'x' WHERE username = 'ism35.memur'",
    "SELECT ush_sync_login('ism35.memur')",
    "SELECT ush_account_password('yonetici', 'SCRAM-SHA-256$4096:AAAA$BBBB:CCCC')",
    "ALTER TABLE users DISABLE TRIGGER ush_users_guard",
    "DROP TRIGGER ush_users_guard ON users",
    "DROP TABLE permits",
    "ALTER TABLE applications ADD COLUMN x int",
    "CREATE TABLE kotu (x int)",
    "DELETE FROM alembic_version",
    "UPDATE alembic_version SET version_num = '0001'",
    "CREATE OR REPLACE FUNCTION ush_caller_is_admin() RETURNS boolean LANGUAGE sql AS 'SELECT true'",
    "UPDATE users SET must_change_password = true WHERE username = 'yonetici'",
    "SELECT set_config('ush.password_changed', 'ism35.memur', false); "
    "UPDATE users SET must_change_password = false WHERE username = 'ism35.memur'",
    "SELECT ush_set_own_password('düz parola')",
    "ALTER ROLE ush_verifier LOGIN PASSWORD 'x'",
    "CREATE TEMP TABLE pg_roles (rolname name, rolsuper boolean)",
]


@pytest.mark.parametrize("sql", ATTACKS)
def test_a_desk_login_cannot_raise_itself(secured: Secured, admin_and_desk, sql: str):
    with secured.raw("ism35.memur", DESK_PW) as c, pytest.raises(psycopg.Error):
        c.execute(sql)
    with secured.dba() as c:
        row = c.execute("SELECT role, province_id, active FROM users WHERE username = 'ism35.memur'").fetchone()
        groups = {r[0] for r in c.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles p ON p.oid = m.member WHERE p.rolname = 'ism35.memur'")}
        admin_ok = c.execute("SELECT active FROM users WHERE username = 'yonetici'").fetchone()
    assert row == ("ism_officer", 35, True) and groups == {ROLE_GROUPS["ism_officer"]} and admin_ok == (True,)


def test_the_account_functions_refuse_a_non_admin_through_the_services(secured: Secured, admin_and_desk):
    _, desk = admin_and_desk
    forged = desk.as_user(users.Actor(desk.actor.user_id, desk.actor.username, desk.actor.full_name, Role.ADMIN))
    with pytest.raises(Exception) as exc:   # the service's own check passes a forged actor; the server does not
        users.create_user(forged, "ism06.memur", "Ali Veli", Role.ISM_OFFICER, 6)
    assert not isinstance(exc.value, AssertionError)
    with secured.dba() as c:
        assert c.execute("SELECT 1 FROM pg_roles WHERE rolname = 'ism06.memur'").fetchone() is None


def test_a_desk_login_cannot_change_the_schema(secured: Secured, admin_and_desk, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("USH_DATA_DIR", str(tmp_path))
    desk_url = secured.person_url("ism35.memur", DESK_PW)
    assert cli.main(["--db", desk_url, "db", "downgrade", "0006", cli.DOWNGRADE_FLAG]) == 2
    assert cli.main(["--db", desk_url, "db", "downgrade", "base", cli.DOWNGRADE_FLAG]) == 2
    # an older schema: only the DBA may upgrade it
    assert cli.main(["--db", secured.url, "db", "downgrade", "0006", cli.DOWNGRADE_FLAG]) == 0
    capsys.readouterr()
    assert cli.main(["--db", desk_url, "db", "upgrade"]) == 2
    assert "veritabanı yöneticisi" in capsys.readouterr().err
    with secured.dba() as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone() == ("0006",)
        entry = c.execute("SELECT after->>'to', after->>'by' FROM audit_entries WHERE table_name = 'schema' "
                          "ORDER BY id DESC LIMIT 1").fetchone()
    assert entry == ("0006", "postgres")
    assert cli.main(["--db", secured.url, "db", "upgrade"]) == 0
    with secured.dba() as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == cli_head()
        owners = {r[0] for r in c.execute(
            "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class WHERE relnamespace = 'public'::regnamespace "
            "AND relkind IN ('r', 'S')")}
    assert owners == {OWNER}
    # the desk still works after the DBA's upgrade (grants re-applied)
    with secured.raw("ism35.memur", DESK_PW) as c:
        assert c.execute("SELECT count(*) FROM permits").fetchone()[0] >= 0


def cli_head() -> str:
    from app.storage.migrate import head_revision

    return head_revision()


def test_downgrade_needs_the_flag_and_never_goes_below_the_first_revision(secured: Secured, capsys, tmp_path,
                                                                          monkeypatch):
    monkeypatch.setenv("USH_DATA_DIR", str(tmp_path))
    for bad in ("base", "-1", "0000", "head"):
        assert cli.main(["--db", secured.url, "db", "downgrade", bad, cli.DOWNGRADE_FLAG]) == 2
    capsys.readouterr()
    assert cli.main(["--db", secured.url, "db", "downgrade", "0006"]) == 2
    assert cli.DOWNGRADE_FLAG in capsys.readouterr().err
    with secured.dba() as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == cli_head()


def test_closing_an_account_ends_its_rights_at_once(secured: Secured, admin_and_desk):
    admin, desk = admin_and_desk
    uid = users.find_user_id(admin, "ism35.memur")
    raw = secured.raw("ism35.memur", DESK_PW)          # a session opened before the account is closed
    try:
        assert raw.execute("SELECT count(*) FROM notices").fetchone() is not None
        users.deactivate(admin, uid)
        with pytest.raises(psycopg.Error):             # the server: no group, no rights, even in this session
            raw.execute("UPDATE notices SET title = title")
        with pytest.raises(psycopg.Error):
            raw.execute("SELECT count(*) FROM applications")
    finally:
        raw.close()
    # the services' next write is refused too, with the closed account's message (the server denies even the
    # re-check's read of the account: the login lost its group)
    with pytest.raises(AccountChanged, match="kapatılmış"):
        with desk.write():
            pass
    with pytest.raises(psycopg.OperationalError):      # and no new login
        secured.raw("ism35.memur", DESK_PW)
    with pytest.raises((users.AccountInactive, users.LoginFailed)):
        users.login(secured.ctx(), "ism35.memur", DESK_PW)
    users.reactivate(admin, uid)
    with secured.raw("ism35.memur", DESK_PW) as c:
        assert c.execute("SELECT count(*) FROM applications").fetchone() is not None


def test_a_role_change_moves_the_login_to_the_new_group(secured: Secured, admin_and_desk):
    admin, _ = admin_and_desk
    uid = users.find_user_id(admin, "ism35.memur")
    info = users.update_user(admin, uid, full_name="Şule Öztürk", role=Role.ISM_MANAGER, province_id=35)
    try:
        with secured.dba() as c:
            groups = {r[0] for r in c.execute(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles p ON p.oid = m.member WHERE p.rolname = 'ism35.memur'")}
        assert groups == {ROLE_GROUPS["ism_manager"]}
        with secured.raw("ism35.memur", DESK_PW) as c:
            assert c.execute("SELECT pg_has_role(session_user, %s, 'MEMBER')", (DESK,)).fetchone() == (True,)
    finally:
        users.update_user(admin, uid, full_name="Şule Öztürk", role=Role.ISM_OFFICER, province_id=35,
                          version=info.version)


def test_commands_act_as_the_connected_login(secured: Secured, admin_and_desk, capsys, monkeypatch):
    u = make_url(secured.url)
    desk_url, admin_url = (f"postgresql+psycopg://{quote(n, safe='')}@{u.host}:{u.port}/{u.database}"
                           for n in ("ism35.memur", "yonetici"))
    show = str
    password_on_stdin(monkeypatch, DESK_PW)
    assert cli.main(["--db", show(desk_url), "user", "list", "--password-stdin"]) == 2
    assert "yetkiniz yok" in capsys.readouterr().err
    # naming another account without its password proves nothing: refused
    assert cli.main(["--db", show(desk_url), "user", "list", "--as", "yonetici", "--password-stdin"]) == 2
    capsys.readouterr()
    password_on_stdin(monkeypatch, "yanlis-parola1")
    assert cli.main(["--db", show(admin_url), "user", "list", "--password-stdin"]) == 2
    capsys.readouterr()
    password_on_stdin(monkeypatch, ADMIN_PW)
    assert cli.main(["--db", show(admin_url), "user", "list", "--password-stdin"]) == 0
    assert "ism35.memur" in capsys.readouterr().out


def test_not_even_an_administrator_stores_an_application_password_hash(secured: Secured, admin_and_desk):
    with secured.raw("yonetici", ADMIN_PW) as c, pytest.raises(psycopg.Error):
        c.execute("UPDATE users SET password_hash = '$argon2id$x' WHERE username = 'ism35.memur'")


def test_a_user_name_that_is_a_privileged_role_is_refused(secured: Secured, admin_and_desk):
    admin, _ = admin_and_desk
    with pytest.raises(Exception):
        users.create_user(admin, "postgres", "Kötü", Role.ISM_OFFICER, 35)
    # a plain login that holds rights elsewhere (here: reading every table of the cluster) is not taken over
    with secured.dba() as c:
        c.execute("DROP ROLE IF EXISTS \"okuyucu.rol\"")
        c.execute("CREATE ROLE \"okuyucu.rol\" LOGIN IN ROLE pg_read_all_data")
    try:
        with pytest.raises(Exception):
            users.create_user(admin, "okuyucu.rol", "Kötü", Role.ISM_OFFICER, 35)
        with secured.dba() as c:
            assert c.execute("SELECT count(*) FROM users WHERE username = 'okuyucu.rol'").fetchone() == (0,)
            assert c.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'okuyucu.rol'").fetchone() == (None,)
    finally:
        with secured.dba() as c:
            c.execute("DROP ROLE IF EXISTS \"okuyucu.rol\"")
    with secured.dba() as c:
        assert c.execute("SELECT rolsuper FROM pg_roles WHERE rolname = 'postgres'").fetchone() == (True,)
        assert c.execute("SELECT count(*) FROM users WHERE username = 'postgres'").fetchone() == (0,)


def test_the_database_admits_only_its_groups(secured: Secured):
    with secured.dba() as c:
        acl = c.execute("SELECT datacl::text FROM pg_database WHERE datname = current_database()").fetchone()[0]
    assert not [item for item in acl.strip("{}").split(",") if item.startswith("=")]   # PUBLIC: nothing


def test_the_verifier_reads_what_verifying_needs_and_writes_only_its_log(secured: Secured):
    with secured.dba() as c:
        c.execute("ALTER ROLE ush_verifier LOGIN PASSWORD 'Dogrulama2026hizmet'")
    try:
        with secured.raw("ush_verifier", "Dogrulama2026hizmet") as c:
            for table in ("permits", "permit_events", "vendor_certificates"):
                c.execute(f"SELECT count(*) FROM {table}")
            for sql in ("UPDATE permits SET revoked_on = NULL", "DELETE FROM verification_checks",
                        "SELECT * FROM applications", "SELECT username FROM users", "UPDATE audit_entries SET hash = ''"):
                with pytest.raises(psycopg.Error):
                    c.execute(sql)
    finally:
        with secured.dba() as c:
            c.execute("ALTER ROLE ush_verifier NOLOGIN PASSWORD NULL")


def test_a_dba_without_superuser_rights_can_run_server_init(pg_server, tmp_path, monkeypatch, capsys):
    """The usual managed server: the DBA has CREATEROLE and owns the database, but is no superuser."""
    import os

    monkeypatch.setenv("USH_DATA_DIR", str(tmp_path))
    name = f"managed_{os.getpid()}"
    su = create_engine(pg_server.url(), isolation_level="AUTOCOMMIT")
    with su.connect() as c:
        c.execute(text("DROP ROLE IF EXISTS ush_dba"))
        c.execute(text("CREATE ROLE ush_dba LOGIN CREATEROLE PASSWORD 'Dba2026yonetim'"))
        c.execute(text(f'CREATE DATABASE "{name}" OWNER ush_dba'))
    u = make_url(pg_server.url(name))
    dba = f"postgresql+psycopg://ush_dba:Dba2026yonetim@{u.host}:{u.port}/{name}"
    try:
        assert cli.main(["--db", dba, "db", "upgrade"]) == 0
        capsys.readouterr()
        assert cli.main(["--db", dba, "server", "init"]) == 0
        out = capsys.readouterr().out
        assert "ush_dba rolü ush_owner üyesi yapıldı" in out
        with psycopg.connect(host=u.host, port=u.port, dbname=name, user="ush_dba", password="Dba2026yonetim",
                             autocommit=True) as c:
            owners = {r[0] for r in c.execute(
                "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class "
                "WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S')")}
            assert owners == {OWNER}
        assert cli.main(["--db", dba, "server", "init"]) == 0      # again: nothing new, no error
        assert "ush_dba rolü ush_owner üyesi yapıldı" not in capsys.readouterr().out
    finally:
        with su.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            c.execute(text("DROP OWNED BY ush_dba"))
            c.execute(text("DROP ROLE IF EXISTS ush_dba"))
        su.dispose()


def test_the_administrator_exports_as_themselves(secured: Secured, admin_and_desk, tmp_path, monkeypatch, capsys):
    u = make_url(secured.url)
    admin_url = f"postgresql+psycopg://yonetici@{u.host}:{u.port}/{u.database}"
    password_on_stdin(monkeypatch, ADMIN_PW)
    assert cli.main(["--db", admin_url, "export", str(tmp_path / "e"), "--password-stdin"]) == 0, \
        capsys.readouterr().err
    assert "users:" in capsys.readouterr().out
    with secured.dba() as c:
        assert c.execute("SELECT count(*) FROM users WHERE password_hash IS NOT NULL").fetchone() == (0,)


def test_the_administrator_backs_up_as_themselves(secured: Secured, admin_and_desk, tmp_path, monkeypatch, capsys):
    u = make_url(secured.url)
    admin_url = f"postgresql+psycopg://yonetici@{u.host}:{u.port}/{u.database}"
    password_on_stdin(monkeypatch, ADMIN_PW)
    rc = cli.main(["--db", admin_url, "backup", str(tmp_path / "b"), "--password-stdin"])
    out = capsys.readouterr()
    assert rc == 0, out.err[-1500:]
    assert "Yedek alındı" in out.out and ADMIN_PW not in out.out + out.err


def test_the_account_functions_ignore_a_temporary_table_shadowing_the_catalog(secured: Secured, admin_and_desk):
    """pg_temp comes last in their search_path: a desk's temporary table named like a catalog changes nothing
    (the desks have no TEMPORARY right either; this grants it for the test)."""
    with secured.dba() as c:
        c.execute(f'GRANT TEMPORARY ON DATABASE "{secured.database}" TO "ism35.memur"')
    try:
        with secured.raw("ism35.memur", DESK_PW) as c:
            c.execute("CREATE TEMP TABLE pg_roles AS SELECT 'ism35.memur'::name AS rolname, true AS rolsuper")
            c.execute("CREATE TEMP TABLE pg_auth_members (member oid, roleid oid)")
            assert c.execute("SELECT ush_caller_is_admin()").fetchone() == (False,)
            with pytest.raises(psycopg.Error):
                c.execute("SELECT ush_account_password('yonetici', 'SCRAM-SHA-256$4096:AAAA$BBBB:CCCC')")
    finally:
        with secured.dba() as c:
            c.execute(f'REVOKE TEMPORARY ON DATABASE "{secured.database}" FROM "ism35.memur"')


def test_an_officer_receives_an_application_connected_as_herself(secured: Secured, admin_and_desk):
    """The baseline grants are enough for a desk's daily work (the finer grants and policies narrow them)."""
    from app.workflows.common.clock import FixedClock
    from app.workflows.ism import intake
    from tests.support.ism import TODAY, form, vendor

    _, desk = admin_and_desk
    v, p = vendor(secured.ctx())             # a vendor registered by the KTS desk (here the DBA)
    officer = AppContext(desk.engine, desk.target, desk.actor, FixedClock.on(TODAY, hour=11))
    app_id = intake.receive(officer, form(v, p, ckys="35-4242"))
    assert app_id
    with secured.dba() as c:
        who = c.execute("SELECT DISTINCT username FROM audit_entries WHERE table_name = 'applications' "
                        "AND at > now() - interval '1 hour'").fetchall()
    assert ("ism35.memur",) in who


def test_a_demo_database_on_the_server_gets_the_demo_password(pg_server, secured: Secured, tmp_path, monkeypatch):
    """Demo data written by the DBA on a server-initialised database: no application hashes; `server init` run
    again gives the new demo logins the documented demo password (only because the database is marked demo)."""
    import datetime as dt
    import os

    from app.demo import DEMO_PASSWORD
    from app.demo.data import generate

    monkeypatch.setenv("USH_DATA_DIR", str(tmp_path))
    name = f"demo_{os.getpid()}"
    su = create_engine(pg_server.url(), isolation_level="AUTOCOMMIT")
    with su.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = pg_server.url(name)
    made: list[str] = []
    try:
        assert cli.main(["--db", url, "db", "upgrade"]) == 0
        assert cli.main(["--db", url, "server", "init"]) == 0
        dba = Secured(url, pg_server, name, "").ctx()
        generate(dba, applications=5, seed=3, today=dt.date(2026, 11, 23))
        eng = create_engine(url)
        with eng.connect() as c:
            made = list(c.execute(text("SELECT username FROM users WHERE username <> 'yonetici'")).scalars())
            assert c.execute(text("SELECT count(*) FROM users WHERE password_hash IS NOT NULL")).scalar() == 0
        eng.dispose()
        assert cli.main(["--db", url, "server", "init"]) == 0
        person, actor = users.login(dba, "ism34.memur", DEMO_PASSWORD)
        assert actor.province_id == 34
        person.engine.dispose()
        dba.engine.dispose()
    finally:
        with su.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for username in made:
                if username not in ("ism35.memur", "yonetici"):
                    c.execute(text(f'DROP ROLE IF EXISTS "{username}"'))
        su.dispose()
