"""Row-level security, the role matrix as grants and the audit trail written by the server (issue 13, part b).

On a real cluster with scram-sha-256 (tests/support/pgserver.py): `server init` runs on a database of its own, the
persons log in with their own login roles, and every refusal is tried through a raw psycopg connection as a desk
and must come from the server. A normal day (İzmir İSM → SHGM → permit) runs through the real services connected
as the persons, and `audit verify` is OK with the persons as the actors.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import app.cli.main as cli
from app.storage.database import Target, make_engine
from app.workflows.admin import users
from app.workflows.common.clock import FixedClock
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import Answer, Role
from app.workflows.ism import intake, review
from app.workflows.ism import notify as nt
from app.workflows.shgm import decisions as shgm
from app.workflows.shgm import permits
from tests.support.ism import TODAY, form, vendor
from tests.support.shgm import SHGM_DAY

pytestmark = pytest.mark.engines("postgresql")

ADMIN_PW = "Yonetici2026kural"
PW = "Masa2026parola"
# person -> (role, province)
PERSONS = {
    "izmir.memur": (Role.ISM_OFFICER, 35),
    "ankara.memur": (Role.ISM_OFFICER, 6),
    "shgm.uzman": (Role.SHGM_REVIEWER, None),
    "shgm.onay": (Role.SHGM_APPROVER, None),
    "kts.memur": (Role.KTS_OFFICER, None),
    "denetci.bir": (Role.AUDITOR, None),
}
ROLES = ("yonetici", *PERSONS)


def _drop_roles(server_url: str) -> None:
    eng = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        for name in ROLES:
            c.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    eng.dispose()


@dataclass
class Day:
    url: str
    database: str
    desks: dict[str, AppContext] = field(default_factory=dict)
    apps: dict[str, int] = field(default_factory=dict)   # izmir / ankara -> application id
    permit_id: int = 0

    def raw(self, name: str, password: str = PW) -> psycopg.Connection:
        u = make_url(self.url)
        return psycopg.connect(host=u.host, port=u.port, dbname=u.database, user=name, password=password,
                               autocommit=True)

    def dba(self) -> psycopg.Connection:
        u = make_url(self.url)
        return psycopg.connect(host=u.host, port=u.port, dbname=u.database, user=u.username, password=u.password,
                               autocommit=True)

    def on(self, name: str, day) -> AppContext:  # type: ignore[no-untyped-def]
        d = self.desks[name]
        return AppContext(d.engine, d.target, d.actor, FixedClock.on(day, hour=11))


def _verify(url: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = cli.main(["--db", url, "audit", "verify"])
    return rc, out.getvalue() + err.getvalue()


@pytest.fixture(scope="module")
def day(pg_server, template) -> Iterator[Day]:
    """A server-initialised database with the persons of PERSONS, and one İzmir application driven through the
    İSM, SHGM and the permit by the persons themselves, plus one Ankara application."""
    name = f"policies_{os.getpid()}"
    admin_engine = create_engine(pg_server.url(), isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(template).database}"'))
    _drop_roles(pg_server.url())
    url = pg_server.url(name)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["--db", url, "server", "init"]) == 0
    first = re.search(r"Hesap yonetici: tek kullanımlık parola (\S+)", out.getvalue())
    assert first, out.getvalue()
    d = Day(url, name)
    target = Target(make_url(url))
    base = AppContext(make_engine(target), target)
    with pytest.raises(users.PasswordChangeRequired):
        users.login(base, "yonetici", first.group(1))
    admin, _ = users.change_server_password(base, "yonetici", first.group(1), ADMIN_PW)
    d.desks["yonetici"] = admin
    for person, (role, province) in PERSONS.items():
        _info, temp = users.create_user(admin, person, person.title(), role, province)
        d.desks[person], _ = users.change_server_password(base, person, temp, PW)

    # the day: İzmir receives, examines, notifies and forwards; SHGM decides; the approver issues the permit
    kts = d.on("yonetici", TODAY)
    v, p = vendor(kts)
    for key, person, province, ckys in (("izmir", "izmir.memur", 35, "35-0001"),
                                        ("ankara", "ankara.memur", 6, "06-0001")):
        desk = d.on(person, TODAY)
        app_id = intake.receive(desk, form(v, p, province_id=province, ckys=ckys))
        d.apps[key] = app_id
    desk = d.on("izmir.memur", TODAY)
    app_id = d.apps["izmir"]
    with desk.read() as s:
        rows = review.checklist(s, app_id)
    for r in rows:
        review.answer_item(desk, app_id, r.criterion_id, Answer.UYGUN)
    nt.notify(desk, app_id, nt.NoticeInput(letter_date=TODAY, sent_on=TODAY, send_channel="kep",
                                           signer_name="Dr. Mehmet Şahin", signer_title="İl Sağlık Müdürü"))
    nt.forward(desk, app_id, "Ek-1 incelemesi uygun.")
    approver = d.on("shgm.onay", SHGM_DAY)
    decision_id = shgm.assign_areas(d.on("shgm.uzman", SHGM_DAY), app_id,
                                    [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)])
    shgm.mark_ckys_recorded(approver, decision_id, "CKYS-2026-0000777")
    d.permit_id = permits.issue_permit(approver, decision_id).permit_id
    yield d
    for ctx in d.desks.values():
        ctx.engine.dispose()
    base.engine.dispose()
    with admin_engine.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin_engine.dispose()
    _drop_roles(pg_server.url())


# --- the audit trail ------------------------------------------------------------------------------------------------

def test_the_day_is_audited_by_the_server_with_the_persons_as_actors(day: Day):
    rc, out = _verify(day.url)
    assert rc == 0, out
    assert out.startswith("OK ")
    with day.dba() as c:
        actors = {r[0] for r in c.execute(
            "SELECT DISTINCT username FROM audit_entries WHERE action IN ('insert', 'update', 'delete') "
            "AND id > (SELECT min(id) FROM audit_entries WHERE username = 'izmir.memur')")}
        tables = {r[0] for r in c.execute("SELECT DISTINCT table_name FROM audit_entries "
                                          "WHERE username = 'shgm.onay'")}
        inserts = c.execute("SELECT row_id FROM audit_entries WHERE action = 'insert' AND table_name = 'permits' "
                            "AND username = 'shgm.onay'").fetchall()
        twice = c.execute("SELECT count(*) FROM (SELECT table_name, row_id, after::text FROM audit_entries "
                          "WHERE action = 'insert' GROUP BY 1, 2, 3 HAVING count(*) > 1) x").fetchone()
    assert actors <= {"yonetici", *PERSONS}, actors
    assert {"izmir.memur", "shgm.uzman", "shgm.onay"} <= actors
    assert {"permits", "permit_revisions", "permit_events", "shgm_decisions"} <= tables
    assert inserts == [(str(day.permit_id),)]     # the server knows the new row's id
    assert twice == (0,)                           # nothing written twice (the Python listener stands aside)


def test_the_server_clock_and_session_user_not_what_the_client_says(day: Day):
    with day.raw("izmir.memur") as c:
        c.execute("SET TIME ZONE 'Pacific/Kiritimati'")
        c.execute("SET application_name = 'yonetici'")
        c.execute("UPDATE applications SET channel_ref = channel_ref || '-x' WHERE id = %s", (day.apps["izmir"],))
    with day.dba() as c:
        who, user_id, skew = c.execute(
            "SELECT username, user_id, abs(extract(epoch FROM clock_timestamp() - at)) FROM audit_entries "
            "ORDER BY id DESC LIMIT 1").fetchone()
        own = c.execute("SELECT id FROM users WHERE username = 'izmir.memur'").fetchone()[0]
    assert (who, user_id) == ("izmir.memur", own) and skew < 60
    rc, out = _verify(day.url)
    assert rc == 0, out


AUDIT_ATTACKS = [
    "INSERT INTO audit_entries (at, user_id, username, action, table_name, row_id, prev_hash, hash) "
    "VALUES (now(), 1, 'yonetici', 'event', 'x', '', repeat('0', 64), repeat('1', 64))",
    "UPDATE audit_entries SET username = 'yonetici' WHERE id = (SELECT max(id) FROM audit_entries)",
    "DELETE FROM audit_entries WHERE id = (SELECT max(id) FROM audit_entries)",
    "TRUNCATE audit_entries",
    "TRUNCATE audit_entries, audit_head, audit_checkpoints",
    "UPDATE audit_head SET last_hash = repeat('0', 64), entries = 0",
    "DELETE FROM audit_head",
    "INSERT INTO audit_head (id, last_hash, entries) VALUES (2, repeat('0', 64), 0)",
    "TRUNCATE audit_head",
    "INSERT INTO audit_checkpoints (made_at, entries, last_id, head_hash, origin, key_fingerprint, public_key, "
    "payload, signature) VALUES (now(), 0, NULL, repeat('0', 64), 'command', 'x', 'x', '{}', 'x')",
    "UPDATE audit_checkpoints SET entries = 0",
    "DELETE FROM audit_checkpoints",
    "ALTER TABLE audit_entries DISABLE TRIGGER ALL",
    "ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_change",
    "ALTER TABLE audit_entries DISABLE TRIGGER ush_append_only",
    "DROP TRIGGER audit_entries_no_change ON audit_entries",
    "DROP TRIGGER ush_append_only ON audit_entries",
    "ALTER TABLE applications DISABLE TRIGGER ush_audit",
    "ALTER TABLE permits DISABLE TRIGGER ALL",
    "DROP TRIGGER ush_audit ON applications",
    "ALTER TABLE audit_entries RENAME TO eski",
    "ALTER TABLE audit_entries ADD COLUMN x int",
    "ALTER TABLE audit_entries NO FORCE ROW LEVEL SECURITY",
    "ALTER TABLE applications DISABLE ROW LEVEL SECURITY",
    "DROP POLICY ush_province ON applications",
    "DROP POLICY ush_every_province ON applications",
    "ALTER POLICY ush_province ON applications USING (true)",
    "CREATE POLICY hepsi ON applications USING (true)",
    "DROP TABLE audit_entries",
    "DROP FUNCTION ush_audit_row() CASCADE",
    "CREATE OR REPLACE FUNCTION ush_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$",
    "CREATE OR REPLACE FUNCTION ush_my_scope() RETURNS text LANGUAGE sql AS $$SELECT 'admin'$$",
    "SELECT ush_audit_append('insert', 'applications', '1', NULL, '{}')",
    "SELECT ush_audit_image('users', '{}')",
    "SET session_replication_role = replica",
    "CREATE TRIGGER kotu BEFORE INSERT ON applications FOR EACH ROW EXECUTE FUNCTION ush_audit_guard()",
    "LOCK TABLE audit_head IN ACCESS EXCLUSIVE MODE",
    "SELECT * FROM audit_head FOR UPDATE",
    f"SET ROLE {'ush_owner'}",
]


@pytest.mark.parametrize("person", ["izmir.memur", "shgm.onay", "kts.memur", "denetci.bir", "yonetici"])
@pytest.mark.parametrize("sql", AUDIT_ATTACKS)
def test_no_desk_can_touch_the_trail(day: Day, person: str, sql: str):
    password = ADMIN_PW if person == "yonetici" else PW
    with day.dba() as c:
        before = c.execute("SELECT count(*), max(id), (SELECT last_hash FROM audit_head) FROM audit_entries"
                           ).fetchone()
    with day.raw(person, password) as c:
        with pytest.raises(psycopg.Error):
            with c.transaction():
                c.execute(sql)
                # LOCK and SET refused as statements; a lock that was granted would be a failure here too
                raise AssertionError("allowed")
    with day.dba() as c:
        after = c.execute("SELECT count(*), max(id), (SELECT last_hash FROM audit_head) FROM audit_entries"
                          ).fetchone()
    assert before == after


def test_a_temporary_table_cannot_stand_in_for_the_catalog(day: Day):
    """The owner's SECURITY DEFINER functions search pg_temp last: a desk's temporary `users` or `pg_roles`
    never answers for the real ones."""
    with day.dba() as c:
        unpinned = c.execute(
            "SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
            "AND p.prosecdef AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) AS s(setting) "
            "WHERE s.setting ~ '^search_path=.*pg_temp$')").fetchall()
    assert unpinned == []
    with day.raw("izmir.memur") as c:
        try:
            with c.transaction():
                c.execute("CREATE TEMP TABLE users (id int, username text, role text, active bool, province_id int)")
        except psycopg.errors.InsufficientPrivilege:
            return   # no temporary tables for desks at all: nothing can stand in
        c.execute("INSERT INTO users VALUES (1, session_user, 'admin', true, NULL)")
        c.execute("CREATE TEMP TABLE pg_roles (rolname text, rolsuper bool)")
        c.execute("INSERT INTO pg_roles VALUES (session_user, true)")
        assert c.execute("SELECT ush_my_scope(), ush_my_province()").fetchone() == ("province", 35)
        assert c.execute("SELECT ush_caller_is_admin()").fetchone() == (False,)
        assert c.execute("SELECT count(*) FROM public.applications WHERE province_id <> 35").fetchone() == (0,)


def test_concurrent_writers_never_fork_the_chain(day: Day):
    errors: list[BaseException] = []

    def work(person: str, app_key: str) -> None:
        try:
            with day.raw(person) as c:
                for i in range(25):
                    c.execute("UPDATE applications SET channel_ref = %s WHERE id = %s",
                              (f"KEP-{person}-{i}", day.apps[app_key]))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=a) for a in
               (("izmir.memur", "izmir"), ("ankara.memur", "ankara"), ("izmir.memur", "izmir"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with day.dba() as c:
        forks = c.execute("SELECT count(*) FROM (SELECT prev_hash FROM audit_entries GROUP BY prev_hash "
                          "HAVING count(*) > 1) x").fetchone()
    assert forks == (0,)
    rc, out = _verify(day.url)
    assert rc == 0, out


def test_a_server_written_entry_changed_by_the_dba_is_found(day: Day, tmp_path):
    """Whoever holds the owner can switch the guards off; `audit verify` still finds the change."""
    with day.dba() as c:
        entry = c.execute("SELECT id FROM audit_entries WHERE username = 'shgm.onay' ORDER BY id LIMIT 1"
                          ).fetchone()[0]
        with c.transaction():
            c.execute("SET LOCAL session_replication_role = replica")
            c.execute("UPDATE audit_entries SET username = 'izmir.memur' WHERE id = %s", (entry,))
    try:
        rc, out = _verify(day.url)
        assert rc == 1 and f"BROKEN at entry ID: {entry}" in out, out
    finally:
        with day.dba() as c, c.transaction():
            c.execute("SET LOCAL session_replication_role = replica")
            c.execute("UPDATE audit_entries SET username = 'shgm.onay' WHERE id = %s", (entry,))
    assert _verify(day.url)[0] == 0


# --- scope: another province's rows ---------------------------------------------------------------------------------

SCOPED_READS = [
    "SELECT count(*) FROM applications WHERE province_id <> 35",
    "SELECT count(*) FROM facilities WHERE province_id <> 35",
    "SELECT count(*) FROM application_areas x JOIN (SELECT %(other)s AS id) o ON o.id = x.application_id",
    "SELECT count(*) FROM application_professionals WHERE application_id = %(other)s",
    "SELECT count(*) FROM checklist_answers WHERE application_id = %(other)s",
    "SELECT count(*) FROM state_transitions WHERE application_id = %(other)s",
    "SELECT count(*) FROM documents WHERE application_id = %(other)s",
    "SELECT count(*) FROM work_permits w JOIN facilities f ON f.id = w.facility_id WHERE f.province_id <> 35",
    "SELECT count(*) FROM notices WHERE province_id <> 35",
]


def test_an_ism_desk_sees_only_its_province(day: Day):
    other = day.apps["ankara"]
    with day.dba() as c:
        assert c.execute("SELECT count(*) FROM documents WHERE application_id = %s", (other,)).fetchone()[0] > 0
        assert c.execute("SELECT count(*) FROM state_transitions WHERE application_id = %s",
                         (other,)).fetchone()[0] > 0
    with day.raw("izmir.memur") as c:
        for sql in SCOPED_READS:
            assert c.execute(sql, {"other": other}).fetchone() == (0,), sql
        own = c.execute("SELECT count(*) FROM applications").fetchone()[0]
        permits_seen = c.execute("SELECT count(*) FROM permits").fetchone()[0]
        pdfs = c.execute("SELECT count(*) FROM documents WHERE kind = 'izin_belgesi'").fetchone()[0]
    assert own == 1 and permits_seen == 1 and pdfs >= 1
    with day.raw("ankara.memur") as c:
        assert c.execute("SELECT count(*) FROM permits").fetchone() == (0,)
        assert c.execute("SELECT count(*) FROM permit_events").fetchone() == (0,)
        assert c.execute("SELECT count(*) FROM permit_revisions").fetchone() == (0,)
        assert c.execute("SELECT count(*) FROM shgm_decisions").fetchone() == (0,)
        assert c.execute("SELECT count(*) FROM documents WHERE kind = 'izin_belgesi'").fetchone() == (0,)
        assert c.execute("SELECT count(*) FROM applications WHERE id = %s", (day.apps["izmir"],)).fetchone() == (0,)
    for person in ("shgm.onay", "denetci.bir", "yonetici"):
        with day.raw(person, ADMIN_PW if person == "yonetici" else PW) as c:
            assert c.execute("SELECT count(*) FROM applications").fetchone() == (2,), person


def test_an_ism_desk_cannot_change_or_make_another_provinces_rows(day: Day):
    other = day.apps["ankara"]
    with day.dba() as c:
        ankara_fac = c.execute("SELECT facility_id FROM applications WHERE id = %s", (other,)).fetchone()[0]
    with day.raw("izmir.memur") as c:
        # invisible rows are not changed (0 rows)
        assert c.execute("UPDATE applications SET channel_ref = 'x' WHERE id = %s", (other,)).rowcount == 0
        assert c.execute("UPDATE facilities SET name = 'x' WHERE province_id = 6").rowcount == 0
        # moving its own rows out, or making rows in another province, is refused
        for sql, args in (
            ("UPDATE applications SET province_id = 6 WHERE id = %s", (day.apps["izmir"],)),
            ("UPDATE facilities SET province_id = 6 WHERE province_id = 35", ()),
            ("UPDATE notices SET province_id = 6", ()),
            ("UPDATE notices SET title = 'Sahte', body = 'x'", ()),
        ):
            assert _refused(c, sql, args), sql
        # writes that would be valid rows but land in, or point into, another province: refused by the policy
        fac = ("INSERT INTO facilities (ckys_code, name, name_fold, type_code, province_id, district, address, "
               "manager_name, phone, email, kep_address, main_licence_no, tax_no, version) VALUES "
               "(%s, 'Kötü Tıp Merkezi', 'kotu tip merkezi', 'ozel', %s, 'Çankaya', 'x', '', '', '', '', '', "
               "'1234567890', 1)")
        app = ("INSERT INTO applications (number, province_id, facility_id, received_at, received_on, channel, "
               "channel_ref, ek1_version_id, state, note, version) SELECT %s, 35, %s, now(), current_date, 'kep', "
               "'', ek1_version_id, 'received', '', 1 FROM applications WHERE id = %s")
        doc = ("INSERT INTO documents (kind, filename, media_type, size, sha256, content, application_id, "
               "facility_id) VALUES ('izin_belgesi', 'x.pdf', 'application/pdf', 1, repeat('0', 64), 'x', %s, %s)")
        own_fac = c.execute("SELECT facility_id FROM applications WHERE id = %s", (day.apps["izmir"],)).fetchone()[0]
        # the same statements inside the province pass (so a refusal below is the policy's, not a bad row)
        with c.transaction(force_rollback=True):
            c.execute(fac, ("35-7777", 35))
            c.execute(app, ("X-35", own_fac, day.apps["izmir"]))
            c.execute(doc, (day.apps["izmir"], own_fac))
        for sql, args in (
            (fac, ("06-7777", 6)),
            (app, ("X-06", ankara_fac, day.apps["izmir"])),
            (doc, (day.apps["izmir"], ankara_fac)),
            (doc, (None, ankara_fac)),
            ("INSERT INTO state_transitions (application_id, event, to_state, at, reason) "
             "VALUES (%s, 'withdraw', 'withdrawn', now(), '')", (other,)),
            ("INSERT INTO checklist_answers (application_id, criterion_id, note, version) "
             "SELECT %s, id, '', 1 FROM ek1_criteria LIMIT 1", (other,)),
            ("INSERT INTO notices (province_id, kind, title, body, created_at) "
             "VALUES (35, 'vendor_status', 'Sahte bildirim', '', now())", ()),
            ("UPDATE applications SET facility_id = %s WHERE id = %s", (ankara_fac, day.apps["izmir"])),
            ("UPDATE applications SET province_id = 6 WHERE id = %s", (day.apps["izmir"],)),
            ("UPDATE documents SET facility_id = %s WHERE application_id = %s", (ankara_fac, day.apps["izmir"])),
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege), c.transaction():
                c.execute(sql, args)
    with day.dba() as c:
        assert c.execute("SELECT province_id FROM applications WHERE id = %s", (day.apps["izmir"],)
                         ).fetchone() == (35,)
        assert c.execute("SELECT channel_ref FROM applications WHERE id = %s", (other,)).fetchone() != ("x",)
        assert c.execute("SELECT count(*) FROM facilities WHERE ckys_code = '06-7777'").fetchone() == (0,)


def test_a_forged_role_or_province_gets_nothing(day: Day):
    with day.raw("izmir.memur") as c:
        for sql in (
            "SET ROLE ush_shgm_approver", "SET ROLE ush_admin", "SET ROLE ush_owner", "SET ROLE ush_verifier",
            "SET SESSION AUTHORIZATION yonetici",
            "UPDATE users SET province_id = 6 WHERE username = session_user",
            "UPDATE users SET role = 'shgm_approver' WHERE username = session_user",
        ):
            with pytest.raises(psycopg.Error):
                with c.transaction():
                    c.execute(sql)
        # settings the client controls change nothing
        c.execute("SET ush.province = '6'")
        c.execute("SELECT set_config('ush.password_changed', session_user, false)")
        assert c.execute("SELECT count(*) FROM applications WHERE province_id = 6").fetchone() == (0,)
        assert c.execute("SELECT ush_my_scope(), ush_my_province()").fetchone() == ("province", 35)


# --- the role matrix ------------------------------------------------------------------------------------------------

def _refused(c: psycopg.Connection, sql: str, args: tuple = ()) -> bool:
    try:
        with c.transaction():
            n = c.execute(sql, args).rowcount
    except psycopg.Error:
        return True
    return n == 0


@pytest.mark.parametrize("person", ["izmir.memur", "shgm.uzman", "kts.memur", "denetci.bir", "yonetici"])
def test_only_approvers_write_permits(day: Day, person: str):
    pid = day.permit_id
    with day.raw(person, ADMIN_PW if person == "yonetici" else PW) as c:
        for sql in (
            "INSERT INTO permit_events (permit_id, kind, effective_from, reason, recorded_at) "
            "VALUES (%s, 'revoked', current_date, 'x', now())",
            "UPDATE permits SET revoked_on = current_date WHERE id = %s",
            "UPDATE permit_events SET reason = 'x' WHERE permit_id = %s",
            "DELETE FROM permit_events WHERE permit_id = %s",
            "UPDATE permit_revisions SET effective_from = current_date WHERE permit_id = %s",
            "DELETE FROM permits WHERE id = %s",
        ):
            assert _refused(c, sql, (pid,)), (person, sql)
    with day.dba() as c:
        assert c.execute("SELECT revoked_on FROM permits WHERE id = %s", (pid,)).fetchone() == (None,)


@pytest.mark.parametrize("person", ["izmir.memur", "ankara.memur", "shgm.onay"])
def test_professionals_shared_by_the_provinces_are_never_changed(day: Day, person: str):
    with day.raw(person) as c:
        for sql in ("UPDATE professionals SET last_name = 'Kötü'", "DELETE FROM professionals"):
            assert _refused(c, sql), (person, sql)
    with day.dba() as c:
        assert c.execute("SELECT count(*) FROM professionals WHERE last_name = 'Kötü'").fetchone() == (0,)


@pytest.mark.parametrize("person", ["izmir.memur", "shgm.onay", "yonetici"])
def test_applied_state_transitions_never_change(day: Day, person: str):
    with day.raw(person, ADMIN_PW if person == "yonetici" else PW) as c:
        for sql in ("UPDATE state_transitions SET to_state = 'withdrawn'",
                    "UPDATE state_transitions SET note = 'x' WHERE application_id = %s",
                    "DELETE FROM state_transitions WHERE application_id = %s",
                    "TRUNCATE state_transitions"):
            assert _refused(c, sql, (day.apps["izmir"],) if "%s" in sql else ()), (person, sql)


def test_the_auditor_writes_nothing(day: Day):
    with day.raw("denetci.bir") as c:
        tables = [r[0] for r in c.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        writable = [(t, p) for t in tables for p in ("INSERT", "UPDATE", "DELETE", "TRUNCATE")
                    if c.execute("SELECT has_table_privilege(%s, %s)", (t, p)).fetchone()[0]]
        assert c.execute("SELECT count(*) FROM applications").fetchone() == (2,)
    assert writable == []


def test_nobody_deletes_and_desks_hold_no_write_on_the_trail(day: Day):
    with day.dba() as c:
        rows = c.execute("""
            SELECT r.rolname, t.tablename, p.priv FROM pg_roles r
            CROSS JOIN pg_tables t
            CROSS JOIN unnest(ARRAY['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER', 'REFERENCES']) AS p(priv)
            WHERE t.schemaname = 'public' AND r.rolname LIKE 'ush\\_%%' AND r.rolname <> 'ush_owner'
              AND has_table_privilege(r.rolname, 'public.' || quote_ident(t.tablename), p.priv)
              AND (p.priv IN ('DELETE', 'TRUNCATE', 'TRIGGER', 'REFERENCES')
                   OR t.tablename IN ('audit_entries', 'audit_head', 'audit_checkpoints', 'alembic_version'))
        """).fetchall()
    assert rows == []


def test_apply_is_idempotent(day: Day):
    def state() -> tuple:  # type: ignore[type-arg]
        with day.dba() as c:
            return (c.execute("SELECT tablename, policyname, cmd, roles::text, qual, with_check FROM pg_policies "
                              "WHERE schemaname = 'public' ORDER BY 1, 2").fetchall(),
                    c.execute("SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = 'ush_audit' "
                              "ORDER BY 1").fetchall(),
                    c.execute("SELECT relname FROM pg_class WHERE relrowsecurity AND relnamespace = "
                              "'public'::regnamespace ORDER BY 1").fetchall())
    before = state()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["--db", day.url, "server", "init"]) == 0
    from app.storage.server_policies import POLICIES

    assert state() == before
    assert {r[0] for r in before[2]} == {*POLICIES, "number_sequences"} and len(before[1]) > 20
    with day.raw("izmir.memur") as c:
        assert c.execute("SELECT count(*) FROM applications WHERE province_id <> 35").fetchone() == (0,)
    assert _verify(day.url)[0] == 0


def test_checkpoints_on_the_server_state_the_chain(day: Day):
    """A desk keeps its signed checkpoint through the owner's function (no write on the audit tables), and only
    one that states what the chain holds."""
    from app.workflows.admin import audit_anchor

    desk = day.on("izmir.memur", TODAY)
    cp = audit_anchor.make_checkpoint(desk, "daily")
    with day.dba() as c:
        row = c.execute("SELECT entries, head_hash FROM audit_checkpoints ORDER BY id DESC LIMIT 1").fetchone()
        who = c.execute("SELECT username FROM audit_entries WHERE table_name = 'audit_checkpoints' "
                        "ORDER BY id DESC LIMIT 1").fetchone()
        last_id, head_hash = c.execute("SELECT id, hash FROM audit_entries ORDER BY id DESC LIMIT 1").fetchone()
    assert row == (cp.data["entries"], cp.data["head_hash"]) and who == ("izmir.memur",)
    payload = '{"entries":1,"head_hash":"%s","last_id":%d,"origin":"command"}'
    with day.raw("izmir.memur") as c:
        for entries, hash_, lid in ((1, head_hash, last_id), (10 ** 6, head_hash, last_id), (0, "0" * 64, None)):
            with pytest.raises(psycopg.Error):
                c.execute("SELECT ush_audit_checkpoint_add(now(), %s, %s, %s, 'command', 'x', 'x', %s, 'x')",
                          (entries, lid, hash_, payload % (hash_, lid or 0)))
    rc, out = _verify(day.url)
    assert rc == 0, out


def test_the_administrators_backup_holds_every_province(day: Day, tmp_path):
    """The administrator's login is subject to row-level security too; its policies give it every row, and the
    backup (pg_dump, the manifest, the checkpoint kept through the owner's function) says so."""
    from app.workflows.admin import backup

    res = backup.backup(day.on("yonetici", TODAY), tmp_path / "yedek")
    with day.dba() as c:
        counts = {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("applications", "facilities", "documents", "users")}
        kept = c.execute("SELECT count(*) FROM audit_checkpoints WHERE origin = 'backup'").fetchone()[0]
    assert {t: res.manifest["tables"][t]["count"] for t in counts} == counts
    assert res.manifest["audit_checkpoint"] is not None and kept >= 1
    assert res.file.stat().st_size > 0
    # its off-site copy (SBYS md. 15) is recorded by the administrator's login through the server's audit event
    from app.workflows.admin import backup_schedule

    admin = day.on("yonetici", TODAY)
    backup_schedule.record_offsite_copy(admin, res.folder.name, "Arşiv binası kasa 2", admin.clock.today())
    assert [c.location for b in backup_schedule.backups(admin) for c in b.offsite] == ["Arşiv binası kasa 2"]
    assert backup_schedule.reminders(admin).offsite is None


def test_kts_notices_reach_only_their_province(day: Day):
    with day.raw("kts.memur") as c:
        for province in (35, 6):
            c.execute("INSERT INTO notices (province_id, kind, title, body, created_at) "
                      "VALUES (%s, 'vendor_status', 'Yazılım firmasının yetkisi askıya alındı', '', now())",
                      (province,))
        assert c.execute("SELECT count(*) FROM notices WHERE province_id IN (6, 35)").fetchone()[0] >= 2
    with day.raw("izmir.memur") as c:
        assert {r[0] for r in c.execute("SELECT province_id FROM notices")} == {35}
        assert c.execute("UPDATE notices SET acknowledged_at = now() WHERE province_id = 35").rowcount >= 1
        assert c.execute("UPDATE notices SET acknowledged_at = now() WHERE province_id = 6").rowcount == 0
    with day.raw("shgm.onay") as c:
        assert c.execute("SELECT count(*) FROM notices").fetchone() == (0,)
    with day.dba() as c:
        assert c.execute("SELECT acknowledged_at IS NULL FROM notices WHERE province_id = 6").fetchall() \
            == [(True,)]


def test_the_verification_service_reads_every_permit_and_writes_only_its_log(day: Day):
    with day.dba() as c:
        c.execute("ALTER ROLE ush_verifier LOGIN PASSWORD 'Dogrulama2026x'")
    try:
        with day.raw("ush_verifier", "Dogrulama2026x") as c:
            assert c.execute("SELECT count(*) FROM permits").fetchone() == (1,)
            assert c.execute("SELECT count(*) FROM documents WHERE kind = 'izin_belgesi'").fetchone()[0] >= 1
            c.execute("INSERT INTO verification_checks (at, code, document_kind, source, valid, reason, "
                      "checked_by) VALUES (now(), 'X', 'permit', 'cli', false, 'test', 'ush_verifier')")
            for sql in ("SELECT count(*) FROM applications", "UPDATE permits SET revoked_on = current_date",
                        "UPDATE verification_checks SET valid = true", "DELETE FROM verification_checks",
                        "INSERT INTO permit_events (permit_id, kind, effective_from, reason, recorded_at) "
                        "SELECT id, 'revoked', current_date, 'x', now() FROM permits",
                        "SELECT count(*) FROM audit_head FOR UPDATE"):
                assert _refused(c, sql), sql
        with day.dba() as c:
            who = c.execute("SELECT username FROM audit_entries WHERE table_name = 'verification_checks' "
                            "ORDER BY id DESC LIMIT 1").fetchone()
        assert who == ("ush_verifier",)
    finally:
        with day.dba() as c:
            c.execute("ALTER ROLE ush_verifier NOLOGIN PASSWORD NULL")
    assert _verify(day.url)[0] == 0


@pytest.mark.parametrize("person", ["izmir.memur", "shgm.onay", "kts.memur", "denetci.bir"])
def test_only_the_administrator_writes_system_settings(day: Day, person: str):
    """The demo mark would make demo-signed permits verify as DEMO; the clock rules move every deadline."""
    with day.raw(person) as c:
        for sql in ("INSERT INTO system_settings (key, value) VALUES ('demo_database', '{}')",
                    "UPDATE system_settings SET value = '{}'",
                    "DELETE FROM system_settings"):
            assert _refused(c, sql), (person, sql)


def test_the_scope_is_read_once_per_statement(day: Day):
    """The helpers are InitPlans (evaluated once), not per-row calls: a worklist read stays an index read."""
    with day.raw("izmir.memur") as c:
        plan = "\n".join(r[0] for r in c.execute(
            "EXPLAIN (VERBOSE, COSTS OFF) SELECT id FROM applications WHERE province_id = 35 AND state = 'received'"))
        per_row = [line for line in plan.splitlines()
                   if "ush_my_" in line and "InitPlan" not in line and "Output" not in line
                   and "Result" not in line]
    assert "InitPlan" in plan and per_row == [], plan


@pytest.mark.parametrize("person", ["yonetici", *PERSONS])
def test_every_desks_reads_work_under_the_policies(day: Day, person: str):
    """The read services of the desks as each person: the server's policies filter, they never break a read
    (a service may still refuse with its own Turkish message)."""
    from app.workflows.admin import audit_view
    from app.workflows.common.errors import PermissionDenied
    from app.workflows.dashboard import figures, overview
    from app.workflows.ism import worklist
    from app.workflows.kts import queries as kts_queries
    from app.workflows.shgm import verification

    ctx = day.on(person, SHGM_DAY)
    role, province = PERSONS.get(person, (Role.ADMIN, None))
    calls = [
        lambda: figures.dashboard(ctx, figures.scope_province(ctx)),
        lambda: overview.database_summary(ctx),
        lambda: worklist.worklist(ctx),
        lambda: shgm.queue(ctx),
        lambda: shgm.decisions(ctx, include_done=True),
        lambda: permits.recent_permits(ctx),
        lambda: kts_queries.vendors(ctx, SHGM_DAY),
        lambda: audit_view.search(ctx),
        lambda: verification.verify_code(ctx, "YOK-0000"),
    ]
    for call in calls:
        try:
            call()
        except PermissionDenied:
            pass
    if role in (Role.SHGM_REVIEWER, Role.SHGM_APPROVER, Role.ADMIN, Role.AUDITOR):
        assert len(permits.recent_permits(ctx)) == 1
    if province is not None:
        rows = list(worklist.worklist_rows(ctx, worklist.WorklistFilters()))
        assert len(rows) == 1, person


@pytest.mark.parametrize(("person", "table", "row"), [
    ("izmir.memur", "restore_test", "yedek.dump"),
    ("shgm.onay", "backup", "yedek-1"),
    ("izmir.memur", "backup_offsite", "ush-izin-20261203-101500"),   # a fake off-site copy silences its reminder
    ("denetci.bir", "schema", "0001"),
    ("izmir.memur", "export", "disa-aktarim"),
    ("izmir.memur", "vendor_certificates", "1"),
    ("izmir.memur", "login", "yonetici"),
    ("yonetici", "audit_checkpoints", "1"),
])
def test_events_that_speak_for_another_desk_are_refused(day: Day, person: str, table: str, row: str):
    """A restore test "passed" from an İSM desk would silence the six-monthly warning: refused by the server."""
    with day.raw(person, ADMIN_PW if person == "yonetici" else PW) as c:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute("SELECT ush_audit_event(%s, %s, %s::json)", (table, row, '{"result": "ok"}'))
        # one's own login and a list export are anyone's
        c.execute("SELECT ush_audit_event('list_export', 'worklist', '{\"state\": \"started\"}'::json)")
        c.execute("SELECT ush_audit_event('login', session_user, '{\"ok\": true}'::json)")
    assert _verify(day.url)[0] == 0


def test_verifying_a_code_at_a_desk_sees_what_its_login_may_read(day: Day):
    """Decision 60: the İzmir desk finds its province's permit by code; the Ankara desk does not (another
    province's permit is verified through the verification service); SHGM finds it. Each check is logged."""
    from app.workflows.shgm import verification

    with day.dba() as c:
        code = c.execute("SELECT verification_code FROM permit_revisions WHERE permit_id = %s ORDER BY id LIMIT 1",
                         (day.permit_id,)).fetchone()[0]
        logged = c.execute("SELECT count(*) FROM verification_checks").fetchone()[0]
    izmir = verification.verify_code(day.on("izmir.memur", SHGM_DAY), code)
    ankara = verification.verify_code(day.on("ankara.memur", SHGM_DAY), code)
    shgm_desk = verification.verify_code(day.on("shgm.uzman", SHGM_DAY), code)
    assert izmir.status != "unknown_code" and shgm_desk.status == izmir.status
    assert ankara.status == "unknown_code" and not ankara.valid
    with day.dba() as c:
        assert c.execute("SELECT count(*) FROM verification_checks").fetchone()[0] == logged + 3
        who = {r[0] for r in c.execute("SELECT username FROM audit_entries WHERE table_name = 'verification_checks'")}
    assert {"izmir.memur", "ankara.memur", "shgm.uzman"} <= who


@pytest.mark.parametrize(("person", "key"), [
    ("izmir.memur", "application:6:2026"), ("izmir.memur", "permit:35:2026"),
    ("izmir.memur", "notification:6:2026"), ("ankara.memur", "application:35:2026"),
    ("shgm.onay", "kts_certificate:2026"), ("kts.memur", "permit:35:2026"), ("denetci.bir", "permit:35:2026"),
])
def test_no_desk_moves_another_desks_numbers(day: Day, person: str, key: str):
    """A rewound permit counter would refuse the next permit as a duplicate; a skipped one leaves a gap."""
    with day.dba() as c:
        c.execute("INSERT INTO number_sequences (key, last_value) VALUES (%s, 7) ON CONFLICT DO NOTHING", (key,))
        before = c.execute("SELECT last_value FROM number_sequences WHERE key = %s", (key,)).fetchone()
    with day.raw(person) as c:
        assert c.execute("SELECT count(*) FROM number_sequences WHERE key = %s", (key,)).fetchone() == (1,)
        assert _refused(c, "UPDATE number_sequences SET last_value = 0 WHERE key = %s", (key,))
        assert _refused(c, "INSERT INTO number_sequences (key, last_value) VALUES (%s, 0)", (key + "x",))
    with day.dba() as c:
        assert c.execute("SELECT last_value FROM number_sequences WHERE key = %s", (key,)).fetchone() == before
    with day.raw("izmir.memur") as c:    # its own counters move
        assert c.execute("UPDATE number_sequences SET last_value = last_value WHERE key LIKE 'application:35:%'"
                         ).rowcount >= 1


def test_an_ism_reads_the_audits_of_producers_serving_its_province_and_writes_none(day: Day):
    """SBYS md. 18-19 (issue 18): the KTS desk records audits; an İSM reads those of the producers serving its
    province (not of a producer serving none of its facilities), SHGM none, and nobody but KTS writes them."""
    from app.workflows.kts import audits

    kts = day.on("kts.memur", TODAY)
    with day.dba() as c:
        served = c.execute("SELECT vendor_id FROM applications WHERE id = %s", (day.apps["izmir"],)).fetchone()[0]
        lonely = c.execute(
            "INSERT INTO vendors (name, name_fold, tax_no, signatory_name, address, version, created_at) "
            "VALUES ('Yalnız Yazılım', 'yalniz yazilim', '1111111111', '', '', 1, now()) RETURNING id").fetchone()[0]
    first = audits.plan_audit(kts, audits.AuditPlan(served, TODAY))
    audits.record_audit(kts, first, audits.AuditRecord(TODAY, [audits.Finding(s, "conform") for s in "abcdef"]))
    audits.plan_audit(kts, audits.AuditPlan(lonely, TODAY))
    assert [r.id for r in audits.audits_for_province(day.on("izmir.memur", TODAY), 35)] == [first]
    with day.raw("izmir.memur") as c:
        assert c.execute("SELECT array_agg(vendor_id) FROM vendor_audits").fetchone() == ([served],)
        assert c.execute("SELECT count(*) FROM vendor_audit_findings").fetchone() == (6,)
        assert _refused(c, "UPDATE vendor_audits SET outcome = 'deficient'")
        assert _refused(c, "INSERT INTO vendor_audit_findings (audit_id, subject, result, notes, version) "
                           "VALUES (%s, 'z', 'conform', '', 1)", (first,))
    with day.raw("shgm.uzman") as c:
        assert c.execute("SELECT count(*) FROM vendor_audits").fetchone() == (0,)
    with day.raw("kts.memur") as c:
        assert c.execute("SELECT count(*) FROM vendor_audits").fetchone() == (2,)


def test_the_verification_service_answers_a_vendor_query_and_only_kts_gives_access_codes(day: Day):
    """Issue 16: the KTS officer (through the service) gives a vendor its access code; the verifier login alone
    answers `POST /api/v1/hizmet-sorgu` with it (reads the code's hash, the vendor's standing, the professional and
    the work permits; writes only its log); no other desk writes a code, and the trail keeps no hash."""
    from fastapi.testclient import TestClient

    from app.models import VendorOnboardingStep
    from app.web import vendor_api
    from app.web.app import create_app
    from app.web.service import WebSettings
    from app.workflows.kts import access_codes
    from app.workflows.kts.legal import AUDIT_TESTS

    kts = day.on("kts.memur", TODAY)
    with day.dba() as c:
        vid = c.execute("SELECT vendor_id FROM applications WHERE id = %s", (day.apps["izmir"],)).fetchone()[0]
    with kts.write() as s:   # the vendor's file as far as the real-environment code (the fixture's has no stages)
        for stage, outcome, test in [("confidentiality_agreement", "completed", None),
                                     *(("audit", "successful", t) for t in AUDIT_TESTS),
                                     ("web_service_check", "successful", None)]:
            s.add(VendorOnboardingStep(vendor_id=vid, stage=stage, outcome=outcome, audit_test=test,
                                       done_on=TODAY, officer_id=kts.actor.user_id, note=""))
    code = access_codes.issue(kts, vid).code
    with day.raw("izmir.memur") as c:
        assert _refused(c, "INSERT INTO vendor_access_codes (vendor_id, lookup, secret_hash, issued_on, issued_at, "
                           "revoke_reason, version) VALUES (%s, 'x', 'y', current_date, now(), '', 1)", (vid,))
        assert _refused(c, "UPDATE vendor_access_codes SET revoked_on = current_date")
    with day.dba() as c:
        c.execute("ALTER ROLE ush_verifier LOGIN PASSWORD 'Dogrulama2026x'")
        trail = c.execute("SELECT after::text FROM audit_entries WHERE table_name = 'vendor_access_codes'").fetchall()
        stored = c.execute("SELECT secret_hash FROM vendor_access_codes").fetchone()[0]
    assert trail and all(stored not in t[0] and "«gizli»" in t[0] for t in trail)
    u = make_url(day.url).set(username="ush_verifier", password="Dogrulama2026x")
    engine = make_engine(Target(u))
    try:
        vendor_api.limiter = vendor_api.Limiter()
        with TestClient(create_app(engine, WebSettings(clock=FixedClock.on(TODAY, hour=11)))) as http:
            ok = http.post("/api/v1/hizmet-sorgu", headers={"Authorization": f"Bearer {code}"},
                           json={"tckn": "10000000146", "ckys_kodu": "35-0001", "alan": "MUAYENE"})
            wrong = http.post("/api/v1/hizmet-sorgu", headers={"Authorization": "Bearer usbs_yok"}, json={})
        assert ok.status_code == 200, ok.text
        assert isinstance(ok.json()["uygun"], bool) and wrong.status_code == 401
        with day.dba() as c:
            assert c.execute("SELECT answer FROM service_log WHERE kind = 'vendor-query' AND vendor_id = %s",
                             (vid,)).fetchall() == [(ok.json()["uygun"] and "uygun" or "uygun-degil",)]
        with day.raw("ush_verifier", "Dogrulama2026x") as c:
            assert _refused(c, "UPDATE vendor_access_codes SET revoked_on = NULL")
        # the KTS desk lists the vendor's queries under its own login (no TC kimlik number in them)
        queries = access_codes.vendor_queries(kts, vid)
        assert queries.total == 1 and queries.rows[0].area == "MUAYENE"
    finally:
        engine.dispose()
        with day.dba() as c:
            c.execute("ALTER ROLE ush_verifier NOLOGIN PASSWORD NULL")


def test_kts_records_a_producers_information_change_and_nobody_rewrites_it(day: Day):
    """SBYS art. 6/5 records (issue 15): the KTS officer writes them through the service, audited by the server;
    an İSM writes none, and a recorded notification date is never changed, even by KTS."""
    import datetime as dt

    from app.workflows.kts import info_changes

    with day.dba() as c:
        vid = c.execute("SELECT id FROM vendors ORDER BY id LIMIT 1").fetchone()[0]
    cid = info_changes.record_info_change(day.on("kts.memur", TODAY), vid, "address", dt.date(2026, 2, 20),
                                          dt.date(2026, 3, 2), new_value="Yeni adres, Ankara")
    assert [r.id for r in info_changes.info_changes(day.on("kts.memur", TODAY), vid)] == [cid]
    with day.raw("izmir.memur") as c:
        assert _refused(c, "INSERT INTO vendor_info_changes (vendor_id, subject, description, old_value, new_value, "
                           "changed_on, notified_on, recorded_at) VALUES (%s, 'other', 'x', '', '', '2026-03-01', "
                           "'2026-03-01', now())", (vid,))
    with day.raw("kts.memur") as c:
        assert _refused(c, "UPDATE vendor_info_changes SET notified_on = changed_on")
    with day.dba() as c:
        assert c.execute("SELECT count(*) FROM audit_entries WHERE table_name = 'vendor_info_changes'"
                         ).fetchone()[0] >= 1


def test_the_approver_tells_the_ism_of_a_permit_only_and_reads_no_kts_notice(day: Day):
    """SHGM's notice when it suspends or revokes a permit (issue 17): the approver inserts that kind only."""
    with day.raw("kts.memur") as c:
        c.execute("INSERT INTO notices (province_id, kind, title, body, created_at) "
                  "VALUES (35, 'kts_vendor_passive', 'Üretici pasif listeye alındı', '', now())")
    with day.raw("shgm.onay") as c:
        c.execute("INSERT INTO notices (province_id, kind, title, body, created_at) "
                  "VALUES (35, 'permit_revoked', 'İzin iptal edildi', 'x', now()) RETURNING id")
        assert _refused(c, "INSERT INTO notices (province_id, kind, title, body, created_at) "
                           "VALUES (35, 'kts_vendor_passive', 'Sahte', '', now())")
        assert {r[0] for r in c.execute("SELECT kind FROM notices")} == {"permit_revoked"}
        assert c.execute("UPDATE notices SET title = 'Sahte'").rowcount == 0
    with day.raw("izmir.memur") as c:
        assert {r[0] for r in c.execute("SELECT kind FROM notices")} >= {"permit_revoked", "kts_vendor_passive"}


def test_a_notices_messages_are_written_by_its_writers_and_read_by_the_ism(day: Day):
    """The notice's title and body as messages (`texts`, issue 17 "One language") go with the row: the approver and
    KTS insert them, the province's İSM reads them, and the İSM still cannot change them."""
    texts = '{"title": {"msg": ["Bildirim", "İzin iptal edildi: {number} {facility}", {"number": "1", "facility": "A"}]}}'
    with day.raw("shgm.onay") as c:
        c.execute("INSERT INTO notices (province_id, kind, title, body, texts, created_at) "
                  "VALUES (35, 'permit_revoked', 'İzin iptal edildi: 1 A', '', %s, now()) RETURNING id", (texts,))
    with day.raw("kts.memur") as c:
        c.execute("INSERT INTO notices (province_id, kind, title, body, texts, created_at) "
                  "VALUES (35, 'kts_vendor_passive', 'x', '', %s, now())", (texts,))
    with day.raw("izmir.memur") as c:
        rows = c.execute("SELECT texts FROM notices WHERE title IN ('İzin iptal edildi: 1 A', 'x')").fetchall()
        assert len(rows) == 2 and all(r[0]["title"]["msg"][0] == "Bildirim" for r in rows)
        assert _refused(c, "UPDATE notices SET texts = NULL")


def test_an_amendment_goes_through_ckys_with_each_login_doing_only_its_part(day: Day):
    """Issue 15: the SHGM reviewer records the amendment decision and its ÇKYS mark, the Onay Yetkilisi signs it; an
    İSM login with psql can neither plant an amendment decision nor sign a revision."""
    reviewer, approver = day.on("shgm.uzman", SHGM_DAY), day.on("shgm.onay", SHGM_DAY)
    decision_id = permits.start_amendment(reviewer, day.permit_id, [("MUAYENE", None)], "Tesisin talebiyle daraltıldı.")
    shgm.mark_ckys_recorded(reviewer, decision_id, "CKYS-2026-DEG-1")
    signed = permits.amend_areas(approver, day.permit_id, [("MUAYENE", None)], "Tesisin talebiyle daraltıldı.",
                                 decision_id=decision_id)
    assert signed.revision_no == 2
    with day.raw("izmir.memur") as c:
        assert _refused(c, "INSERT INTO shgm_decisions (facility_id, outcome, reasons, area_difference_reason, "
                           "ex_officio, decided_at, amends_permit_id, version, created_at, updated_at) "
                           "SELECT facility_id, 'approved', 'x', '', false, now(), id, 1, now(), now() FROM permits")
        assert _refused(c, "UPDATE permit_revisions SET decision_id = NULL")
    with day.dba() as c:
        assert c.execute("SELECT decision_id FROM permit_revisions WHERE revision_no = 2").fetchone()[0] == decision_id
