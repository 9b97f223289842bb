"""`ush-izin server init`: make a shared PostgreSQL database the trust boundary (issue 13).

Run once by the database administrator on a connection that may create roles (a superuser, or a role with
CREATEROLE that owns the database's objects); idempotent, every run says what it did.

- OWNER (`ush_owner`, NOLOGIN, CREATEROLE) owns every table, sequence, view and function of the schema (and so
  every trigger); schema upgrades run as it (`SET ROLE ush_owner` after connecting as a member of it: the
  administrator who ran `server init` is made one). No desk login is ever a member of it.
- DESK (`ush_desk`) holds what every person's login needs (CONNECT, USAGE, reading); each application role has
  a group inside it (`ush_ism_officer` …, app.storage.server_roles) that holds the baseline writes the services
  of that role need. AUDITOR (`ush_auditor`) reads and never writes; it is not inside DESK. VERIFIER
  (`ush_verifier`, created NOLOGIN: the DBA gives it a password and LOGIN where the verification service runs)
  reads what verifying a permit or a KTS Yetki Belgesi needs and inserts into `verification_checks`.
- One PostgreSQL login per person: every account of `users` is a login role of the same name, member of exactly
  the group of its role; a closed account's role is NOLOGIN and in no group. Accounts are created, closed,
  reopened and given another role by the administrator writing `users` (through the services); a trigger owned
  by OWNER (SECURITY DEFINER) checks that the caller is an administrator and makes the login role match the row at
  once, in the same transaction. Passwords are set by `ush_account_password(name, verifier)`, again only for an
  administrator; a person changes their own with `ush_set_own_password(verifier)`, which also clears their
  must-change flag (the flag cannot be cleared without a new password). The administrator's own login needs no CREATEROLE.
- The finer grants, row-level security and the server-side audit trail are `app.storage.server_policies.apply`
  (issue 13, the other half), called at the end when that module exists; it may revoke what the baseline gives.

Nothing here runs on SQLite, and nothing runs on a PostgreSQL database where `server init` never ran (the test
suite's databases, a single-desk server): those keep the application-password model.
"""

from __future__ import annotations

import importlib
import re
import secrets as _secrets
import string
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from app.storage.server_roles import AUDITOR, DESK, OWNER, ROLE_GROUPS, VERIFIER

# Tables a desk may never write directly (the trail, the schema's version, the accounts: see above).
AUDIT_TABLES = ("audit_entries", "audit_head", "audit_checkpoints")
NO_DESK_WRITE = ("alembic_version", "users", "reference_datasets")
REFERENCE_TABLES = ("provinces", "facility_types", "branches", "ush_areas", "ek1_versions", "ek1_criteria",
                    "reference_datasets")
# What the public verification of a permit or a KTS Yetki Belgesi reads (app.workflows.shgm.verification,
# app.workflows.kts.registry's certificate check), and the log it writes.
VERIFIER_READS = ("permits", "permit_revisions", "permit_areas", "permit_events", "facilities", "documents",
                  "provinces", "ush_areas", "branches", "vendors", "vendor_certificates", "system_settings",
                  # the USBS vendor query (app.web.vendor_api): the access code's hash, the vendor's standing,
                  # can_serve's professionals and work permits
                  "vendor_access_codes", "vendor_status_events", "vendor_warnings", "professionals", "work_permits",
                  # the published Genel Yetkinlik Puanları (app.web.competence, SBYS md. 20)
                  "vendor_products", "technical_evaluations", "competence_declarations", "competence_criteria_versions")
VERIFIER_LOG = "verification_checks"
PERSON_GROUPS = tuple(g for g in ROLE_GROUPS.values() if g != AUDITOR)
ALL_GROUPS = (*PERSON_GROUPS, AUDITOR)
USERNAME_SQL = r"^[a-z0-9][a-z0-9._-]{2,59}$"
# Role names a person can never be given (ours, and PostgreSQL's).
RESERVED = (OWNER, DESK, AUDITOR, VERIFIER, *ROLE_GROUPS.values(), "postgres", "public")


class ServerSetupError(Exception):
    """`server init` cannot go on (message in Turkish)."""


@dataclass
class InitReport:
    lines: list[str] = field(default_factory=list)
    passwords: dict[str, str] = field(default_factory=dict)  # account -> one-time password (shown once)

    def say(self, line: str) -> None:
        self.lines.append(line)


def one_time_password(length: int = 16) -> str:
    letters = "".join(c for c in string.ascii_letters if c not in "OlI")
    digits = "23456789"
    while True:
        pw = "".join(_secrets.choice(letters + digits) for _ in range(length))
        if any(c.isdigit() for c in pw) and any(c.isalpha() for c in pw):
            return pw


def scram_verifier(conn: Connection, username: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of `password`, computed on the client (libpq), so the clear password never
    travels in an SQL statement nor reaches the server's log."""
    raw = conn.connection.driver_connection
    return raw.pgconn.encrypt_password(password.encode(), username.encode(), b"scram-sha-256").decode()


# --- detection ------------------------------------------------------------------------------------------------------

def is_secured(conn: Connection) -> bool:
    """True on a PostgreSQL database where `server init` ran: its `users` table is owned by OWNER."""
    if conn.dialect.name != "postgresql":
        return False
    return bool(conn.execute(text(
        "SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'users' "
        "AND tableowner = :owner)"), {"owner": OWNER}).scalar())


def can_act_as_owner(conn: Connection) -> bool:
    """Whether the connected role may SET ROLE to OWNER (the DBA; never a desk login)."""
    return bool(conn.execute(text(
        "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :o) AND pg_has_role(session_user, :o, 'MEMBER')"),
        {"o": OWNER}).scalar())


def become_owner(conn: Connection) -> None:
    """SET ROLE OWNER for a schema change; refused (Turkish) for a login that is not a member of it."""
    if not can_act_as_owner(conn):
        raise ServerSetupError(
            "Bu veritabanının şemasını yalnızca veritabanı yöneticisi değiştirebilir (ush_owner rolünün üyesi "
            "olan bir bağlantıyla 'ush-izin db upgrade'). Masa hesaplarıyla şema değiştirilemez.")
    conn.execute(text(f'SET ROLE "{OWNER}"'))


# --- init -----------------------------------------------------------------------------------------------------------

def _raw(conn: Connection, sql: str) -> None:
    """Run SQL text as it is (no parameters, so `%` and `:` in function bodies stay literal), in the transaction."""
    cur = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cur.execute(sql)
    finally:
        cur.close()


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _role_exists(conn: Connection, name: str) -> bool:
    return bool(conn.execute(text("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :n)"), {"n": name}).scalar())


def _ensure_role(conn: Connection, report: InitReport, name: str, options: str, what: str) -> None:
    if _role_exists(conn, name):
        conn.execute(text(f"ALTER ROLE {_q(name)} {options}"))
    else:
        conn.execute(text(f"CREATE ROLE {_q(name)} {options}"))
        report.say(f"Rol oluşturuldu: {name} ({what})")


def _grant_member(conn: Connection, group: str, member: str) -> None:
    conn.execute(text(f"GRANT {_q(group)} TO {_q(member)}"))


def _objects(conn: Connection) -> list[tuple[str, str, str]]:
    """(kind, name, owner) of every table, view, sequence and function in the current schema."""
    rows = conn.execute(text("""
        SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                              ELSE 'TABLE' END, quote_ident(c.relname), pg_get_userbyid(c.relowner)
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
          AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid
                                               AND d.deptype IN ('a', 'i') AND d.classid = 'pg_class'::regclass))
        UNION ALL
        SELECT 'FUNCTION', p.oid::regprocedure::text, pg_get_userbyid(p.proowner)
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = current_schema() AND p.prokind IN ('f', 'p')
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
    """)).all()
    return [(k, n, o) for k, n, o in rows]


def _tables(conn: Connection) -> list[str]:
    return list(conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")).scalars())


def init(conn: Connection, *, demo_password: str | None = None) -> InitReport:
    """Everything `server init` does, in the caller's transaction (commit it; a failure leaves nothing).

    The schema must be at head (`ush-izin db upgrade` first). `demo_password`: the documented password of the demo
    accounts, used only when the database is marked as demo (app.demo)."""
    if conn.dialect.name != "postgresql":
        raise ServerSetupError("'server init' yalnızca PostgreSQL sunucusunda çalışır; SQLite tek masalıktır.")
    report = InitReport()
    me = conn.execute(text("SELECT session_user")).scalar_one()
    rights = conn.execute(text("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = session_user")).one()
    if not (rights.rolsuper or rights.rolcreaterole):
        raise ServerSetupError(
            f"'{me}' rolü rol oluşturamıyor (CREATEROLE yok). 'server init' veritabanı yöneticisinin bağlantısıyla "
            "çalıştırılmalıdır.")
    if "users" not in _tables(conn):
        raise ServerSetupError("Veritabanında USH İzin şeması yok; önce 'ush-izin db upgrade' çalıştırın.")
    was_secured = is_secured(conn)
    database = conn.execute(text("SELECT current_database()")).scalar_one()

    # roles
    _ensure_role(conn, report, OWNER, "NOLOGIN CREATEROLE NOINHERIT", "şemanın sahibi, giriş yapamaz")
    _ensure_role(conn, report, DESK, "NOLOGIN", "masaların ortak grubu")
    for group in PERSON_GROUPS:
        _ensure_role(conn, report, group, "NOLOGIN", "uygulama rolünün grubu")
        _grant_member(conn, DESK, group)
    _ensure_role(conn, report, AUDITOR, "NOLOGIN", "denetçi grubu, yalnızca okur")
    for group in ALL_GROUPS:
        # the owner's account functions put logins into the groups (PostgreSQL 16+ wants ADMIN OPTION for that;
        # NOINHERIT: the owner gains nothing from being listed)
        conn.execute(text(f"GRANT {_q(group)} TO {_q(OWNER)} WITH ADMIN OPTION"))
    if not _role_exists(conn, VERIFIER):
        conn.execute(text(f"CREATE ROLE {_q(VERIFIER)} NOLOGIN"))
        report.say(f"Rol oluşturuldu: {VERIFIER} (doğrulama hizmeti; parola ve LOGIN veritabanı yöneticisince "
                   "verilir)")
    if not rights.rolsuper and not conn.execute(text("SELECT pg_has_role(session_user, :o, 'MEMBER')"),
                                                {"o": OWNER}).scalar():
        _grant_member(conn, OWNER, me)   # the DBA may SET ROLE to the owner (schema upgrades, ownership below)
        report.say(f"{me} rolü {OWNER} üyesi yapıldı (şema yükseltmeleri için)")

    # ownership of every object (and so of every trigger); the new owner must be able to create in the schema
    conn.execute(text("DO $$ BEGIN "
                      f"EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO {_q(OWNER)}', current_schema()); END $$"))
    moved = 0
    for kind, name, owner in _objects(conn):
        if owner != OWNER:
            conn.execute(text(f"ALTER {kind} {name} OWNER TO {_q(OWNER)}"))
            moved += 1
    if moved:
        report.say(f"{moved} nesnenin sahibi {OWNER} yapıldı (tablolar, diziler, işlevler ve tetikleyiciler)")

    # the database and the schema: nobody but our groups connects, nobody creates objects in the schema
    db = _q(database)
    conn.execute(text(f"REVOKE ALL ON DATABASE {db} FROM PUBLIC"))
    # CONNECT only: no temporary tables (one named like a catalog could shadow it in a careless function)
    conn.execute(text(f"REVOKE ALL ON DATABASE {db} FROM {_q(DESK)}, {_q(AUDITOR)}, {_q(VERIFIER)}, "
                      + ", ".join(_q(g) for g in PERSON_GROUPS)))
    conn.execute(text(f"GRANT CONNECT ON DATABASE {db} TO {_q(DESK)}, {_q(AUDITOR)}, {_q(VERIFIER)}"))
    conn.execute(text(f"GRANT ALL ON DATABASE {db} TO {_q(OWNER)}"))
    conn.execute(text("DO $$ BEGIN EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', current_schema()); "
                      "END $$"))
    # functions made later (migrations) are not callable by everybody by default
    conn.execute(text(f"ALTER DEFAULT PRIVILEGES FOR ROLE {_q(OWNER)} REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC"))
    apply_grants(conn)
    report.say("Temel yetkiler verildi: masalar okur ve rollerinin işlerini yazar; denetçi yalnızca okur; "
               "doğrulama hizmeti izinleri okur ve doğrulama günlüğüne yazar")
    install_account_functions(conn)
    report.say("Hesap işlevleri kuruldu: hesap açma, kapatma, yeniden açma, rol değiştirme ve parola yalnızca "
               "sistem yöneticisinin bağlantısıyla")

    # one login role per account
    _person_roles(conn, report, demo_password)

    # the other half of issue 13: row-level security, finer grants, the server's audit trail
    policies = _policies()
    if policies is None:
        report.say("Satır düzeyi güvenlik modülü (app.storage.server_policies) yok; yalnızca temel yetkiler "
                   "uygulandı")
    else:
        conn.execute(text(f'SET ROLE "{OWNER}"'))
        try:
            policies.apply(conn)
        finally:
            conn.execute(text("RESET ROLE"))
        report.say("Satır düzeyi güvenlik, ayrıntılı yetkiler ve sunucunun denetim izi uygulandı")
    if was_secured:
        report.say("Veritabanı zaten hazırlanmıştı; eksikler tamamlandı, mevcut hesapların parolalarına "
                   "dokunulmadı.")
    return report


def apply_grants(conn: Connection) -> None:
    """The baseline grants, from scratch (idempotent; also after every schema upgrade, run as OWNER or the DBA)."""
    tables = _tables(conn)
    everyone = ", ".join(_q(r) for r in (DESK, *ALL_GROUPS, VERIFIER))
    for t in tables:
        conn.execute(text(f"REVOKE ALL ON TABLE {_q(t)} FROM PUBLIC, {everyone}"))
    conn.execute(text(
        "DO $$ DECLARE s record; BEGIN FOR s IN SELECT quote_ident(c.relname) AS n FROM pg_class c "
        "JOIN pg_namespace ns ON ns.oid = c.relnamespace WHERE ns.nspname = current_schema() AND c.relkind = 'S' "
        f"LOOP EXECUTE 'REVOKE ALL ON SEQUENCE ' || s.n || ' FROM PUBLIC, {everyone}'; "
        f"EXECUTE 'GRANT USAGE, SELECT ON SEQUENCE ' || s.n || ' TO {_q(DESK)}, {_q(VERIFIER)}'; END LOOP; END $$"))
    conn.execute(text(f"DO $$ BEGIN EXECUTE format('GRANT USAGE ON SCHEMA %I TO {everyone}', current_schema()); "
                      "END $$"))
    readers = f"{_q(DESK)}, {_q(AUDITOR)}"
    for t in tables:
        if t == "users":
            # Every column: `password_hash` is NULL on a server-initialised database (init clears it, accounts made
            # afterwards never get one, and only an administrator may write it), and the services read whole rows.
            conn.execute(text(f"GRANT SELECT ON TABLE users TO {readers}"))
            # The re-check of every write locks the account's row FOR SHARE, which needs UPDATE on some column:
            # the failed-login counter, unused on a server-initialised database (the server authenticates).
            conn.execute(text(f"GRANT UPDATE (failed_logins) ON TABLE users TO {_q(DESK)}"))
            # The administrator writes accounts; the trigger of install_account_functions checks every change.
            conn.execute(text(f"GRANT INSERT, UPDATE ON TABLE users TO {_q(ROLE_GROUPS['admin'])}"))
            continue
        conn.execute(text(f"GRANT SELECT ON TABLE {_q(t)} TO {readers}"))
        if t in NO_DESK_WRITE or t in REFERENCE_TABLES:
            continue
        if t in AUDIT_TABLES:
            # The Python audit listener writes the chain in the desk's transaction until
            # server_policies.apply moves it into the server's triggers (and revokes this).
            conn.execute(text(f"GRANT INSERT ON TABLE {_q(t)} TO {_q(DESK)}, {_q(VERIFIER)}"))
            if t == "audit_head":
                conn.execute(text(f"GRANT SELECT, UPDATE ON TABLE audit_head TO {_q(DESK)}, {_q(VERIFIER)}"))
            continue
        writers = ", ".join(_q(g) for g in PERSON_GROUPS)
        conn.execute(text(f"GRANT INSERT, UPDATE, DELETE ON TABLE {_q(t)} TO {writers}"))
    for t in VERIFIER_READS:
        if t in tables:
            conn.execute(text(f"GRANT SELECT ON TABLE {_q(t)} TO {_q(VERIFIER)}"))
    if VERIFIER_LOG in tables:
        conn.execute(text(f"GRANT INSERT ON TABLE {VERIFIER_LOG} TO {_q(VERIFIER)}"))


_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION ush_caller_is_admin() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, @S@, pg_temp AS $f$
    SELECT COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
        OR pg_has_role(session_user, '@OWNER@', 'MEMBER')      -- the database administrator
        OR (pg_has_role(session_user, '@ADMIN@', 'MEMBER')
            AND EXISTS (SELECT 1 FROM @S@.users u WHERE u.username = session_user AND u.active
                        AND u.role = 'admin'))
$f$;

CREATE OR REPLACE FUNCTION ush_sync_login(p_username text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, @S@, pg_temp AS $f$
DECLARE
    u record;
    r record;
    grp text;
    g text;
BEGIN
    SELECT * INTO u FROM @S@.users WHERE username = p_username;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no account %', p_username USING ERRCODE = '42704';
    END IF;
    IF u.username !~ '@USERNAME_RE@' OR u.username = ANY (@RESERVED@) THEN
        RAISE EXCEPTION 'user name % cannot be a login role', u.username USING ERRCODE = '42939';
    END IF;
    grp := (@GROUPS@)->>u.role;
    IF grp IS NULL THEN
        RAISE EXCEPTION 'unknown role %', u.role USING ERRCODE = '22023';
    END IF;
    SELECT * INTO r FROM pg_roles WHERE rolname = u.username;
    IF FOUND THEN
        IF r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls
           OR pg_has_role(u.username, '@OWNER@', 'MEMBER')
           -- a member of any role but our groups (pg_read_all_data, pg_execute_server_program, another app's …)
           OR EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                      WHERE m.member = r.oid AND g.rolname <> ALL (@ALL_GROUPS@))
           -- or one that owns something or holds a right of its own anywhere in the cluster
           OR EXISTS (SELECT 1 FROM pg_shdepend d WHERE d.refclassid = 'pg_authid'::regclass
                      AND d.refobjid = r.oid AND d.deptype IN ('o', 'a')) THEN
            RAISE EXCEPTION 'role % exists with other rights; it cannot be an account', u.username
                USING ERRCODE = '42939';
        END IF;
    ELSE
        EXECUTE format('CREATE ROLE %I NOLOGIN', u.username);
    END IF;
    FOREACH g IN ARRAY @ALL_GROUPS@ LOOP
        IF g <> grp OR NOT u.active THEN
            IF EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = u.username)
                       AND m.roleid = (SELECT oid FROM pg_roles WHERE rolname = g)) THEN
                EXECUTE format('REVOKE %I FROM %I', g, u.username);
            END IF;
        END IF;
    END LOOP;
    IF u.active THEN
        EXECUTE format('GRANT %I TO %I', grp, u.username);
        EXECUTE format('ALTER ROLE %I LOGIN', u.username);
    ELSE
        EXECUTE format('ALTER ROLE %I NOLOGIN', u.username);
    END IF;
END
$f$;

CREATE OR REPLACE FUNCTION ush_users_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, @S@, pg_temp AS $f$
BEGIN
    IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
        RAISE EXCEPTION 'accounts are closed, never deleted' USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.username IS DISTINCT FROM OLD.username THEN
        RAISE EXCEPTION 'a user name cannot be changed' USING ERRCODE = '42501';
    END IF;
    IF NEW.password_hash IS NOT NULL THEN
        -- the server authenticates; an application password hash would only be something for desks to read
        RAISE EXCEPTION 'accounts have no application password on this database' USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'INSERT' OR NEW.role IS DISTINCT FROM OLD.role OR NEW.active IS DISTINCT FROM OLD.active
       OR NEW.province_id IS DISTINCT FROM OLD.province_id
       OR NEW.must_change_password IS DISTINCT FROM OLD.must_change_password
       OR NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
        IF NOT ush_caller_is_admin() AND NOT (
               -- the person clearing their own must-change flag after changing their password
               TG_OP = 'UPDATE' AND current_setting('ush.password_changed', true) = session_user
               AND NEW.username = session_user AND NOT NEW.must_change_password
               AND NEW.role IS NOT DISTINCT FROM OLD.role AND NEW.active IS NOT DISTINCT FROM OLD.active
               AND NEW.province_id IS NOT DISTINCT FROM OLD.province_id
               AND NEW.password_hash IS NOT DISTINCT FROM OLD.password_hash) THEN
            RAISE EXCEPTION 'only an administrator may change accounts' USING ERRCODE = '42501';
        END IF;
    END IF;
    IF TG_OP = 'INSERT' OR NEW.role IS DISTINCT FROM OLD.role OR NEW.active IS DISTINCT FROM OLD.active THEN
        PERFORM ush_sync_login(NEW.username);
    END IF;
    RETURN NEW;
END
$f$;

DROP TRIGGER IF EXISTS ush_users_guard ON @S@.users;
CREATE TRIGGER ush_users_guard AFTER INSERT OR UPDATE OR DELETE ON @S@.users
    FOR EACH ROW EXECUTE FUNCTION ush_users_guard();
DROP TRIGGER IF EXISTS ush_users_no_truncate ON @S@.users;
CREATE TRIGGER ush_users_no_truncate BEFORE TRUNCATE ON @S@.users
    FOR EACH STATEMENT EXECUTE FUNCTION ush_users_guard();

CREATE OR REPLACE FUNCTION ush_account_password(p_username text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, @S@, pg_temp AS $f$
BEGIN
    IF NOT ush_caller_is_admin() THEN
        RAISE EXCEPTION 'only an administrator may set another account''s password' USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM @S@.users WHERE username = p_username) THEN
        RAISE EXCEPTION 'no account %', p_username USING ERRCODE = '42704';
    END IF;
    IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is expected, not a password' USING ERRCODE = '22023';
    END IF;
    PERFORM ush_sync_login(p_username);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_username, p_verifier);
END
$f$;

DROP FUNCTION IF EXISTS ush_password_changed();
CREATE OR REPLACE FUNCTION ush_set_own_password(p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, @S@, pg_temp AS $f$
BEGIN
    -- the connected person's own password and the end of their must-change flag, together: the flag cannot be
    -- cleared without a new password
    IF NOT EXISTS (SELECT 1 FROM @S@.users WHERE username = session_user AND active) THEN
        RAISE EXCEPTION 'no active account %', session_user USING ERRCODE = '42501';
    END IF;
    IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is expected, not a password' USING ERRCODE = '22023';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, p_verifier);
    PERFORM set_config('ush.password_changed', session_user, true);
    UPDATE @S@.users SET must_change_password = false WHERE username = session_user AND must_change_password;
    PERFORM set_config('ush.password_changed', '', true);
END
$f$;

REVOKE ALL ON FUNCTION ush_caller_is_admin(), ush_sync_login(text), ush_users_guard(),
    ush_account_password(text, text), ush_set_own_password(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ush_caller_is_admin(), ush_account_password(text, text), ush_set_own_password(text)
    TO @DESK@, @AUDITOR@;
"""


def install_account_functions(conn: Connection) -> None:
    """The SECURITY DEFINER functions and the `users` trigger, owned by OWNER (run as OWNER or the DBA)."""
    import json

    schema = conn.execute(text("SELECT quote_ident(current_schema())")).scalar_one()
    groups = json.dumps(ROLE_GROUPS).replace("'", "''")
    sql = (_FUNCTIONS.replace("@S@", schema).replace("@ADMIN@", ROLE_GROUPS["admin"]).replace("@OWNER@", OWNER)
           .replace("@USERNAME_RE@", USERNAME_SQL).replace("@GROUPS@", f"'{groups}'::jsonb")
           .replace("@RESERVED@", "ARRAY[" + ", ".join(f"'{r}'" for r in RESERVED) + "]")
           .replace("@ALL_GROUPS@", "ARRAY[" + ", ".join(f"'{g}'" for g in ALL_GROUPS) + "]::text[]")
           .replace("@DESK@", _q(DESK)).replace("@AUDITOR@", _q(AUDITOR)))
    _raw(conn, sql)
    for fn in ("ush_caller_is_admin()", "ush_sync_login(text)", "ush_users_guard()",
               "ush_account_password(text, text)", "ush_set_own_password(text)"):
        conn.execute(text(f"ALTER FUNCTION {fn} OWNER TO {_q(OWNER)}"))


def after_upgrade(conn: Connection) -> None:
    """After a schema upgrade of a server-initialised database (run as OWNER): new objects are the owner's
    already; the grants, the account functions and the policies are applied again."""
    apply_grants(conn)
    install_account_functions(conn)
    policies = _policies()
    if policies is not None:
        policies.apply(conn)


def _policies():  # type: ignore[no-untyped-def]
    try:
        return importlib.import_module("app.storage.server_policies")
    except ModuleNotFoundError as exc:
        if exc.name != "app.storage.server_policies":
            raise
        return None


def _person_roles(conn: Connection, report: InitReport, demo_password: str | None) -> None:
    """A login role for every account. An account whose role is new gets a one-time password (printed once, to be
    changed at first login); in a demo database the demo accounts get the documented demo password."""
    demo = demo_password is not None and _is_demo(conn)
    rows = conn.execute(text("SELECT u.username, u.active, (r.rolname IS NOT NULL) AS has_role, "
                             "COALESCE(r.rolpassword IS NOT NULL, false) AS has_password "
                             "FROM users u LEFT JOIN pg_authid r ON r.rolname = u.username ORDER BY u.id")).all() \
        if _can_read_authid(conn) else \
        conn.execute(text("SELECT u.username, u.active, (r.rolname IS NOT NULL) AS has_role, "
                          "(r.rolname IS NOT NULL) AS has_password "
                          "FROM users u LEFT JOIN pg_roles r ON r.rolname = u.username ORDER BY u.id")).all()
    # The server authenticates from now on: the application's own hashes are of no use and are not kept.
    conn.execute(text("UPDATE users SET password_hash = NULL WHERE password_hash IS NOT NULL"))
    made = 0
    for username, active, has_role, has_password in rows:
        if not re.match(USERNAME_SQL, username) or username in RESERVED:
            report.say(f"UYARI: '{username}' kullanıcı adı PostgreSQL rolü olamaz; hesap kapalı bırakıldı")
            conn.execute(text("UPDATE users SET active = false WHERE username = :u"), {"u": username})
            continue
        conn.execute(text("SELECT ush_sync_login(:u)"), {"u": username})
        if not has_role:
            made += 1
        if active and not has_password:
            password = demo_password if demo else one_time_password()
            set_password(conn, username, scram_verifier(conn, username, password))
            conn.execute(text("UPDATE users SET must_change_password = :m WHERE username = :u"),
                         {"u": username, "m": not demo})
            if not demo:
                report.passwords[username] = password
    if made:
        report.say(f"{made} hesap için PostgreSQL giriş rolü oluşturuldu")
    if demo:
        report.say("Örnek veritabanı: örnek hesapların parolası belgelerdeki ortak örnek parolasıdır")


def set_password(conn: Connection, username: str, verifier: str) -> None:
    """ALTER ROLE … PASSWORD with a SCRAM verifier (a utility statement takes no parameters: quoted here)."""
    sql = conn.execute(text("SELECT format('ALTER ROLE %I PASSWORD %L', CAST(:u AS text), CAST(:v AS text))"),
                       {"u": username, "v": verifier}).scalar_one()
    _raw(conn, sql)


def _can_read_authid(conn: Connection) -> bool:
    return bool(conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar())


def _is_demo(conn: Connection) -> bool:
    return bool(conn.execute(text(
        "SELECT EXISTS (SELECT 1 FROM system_settings WHERE key = 'demo_database')")).scalar())
