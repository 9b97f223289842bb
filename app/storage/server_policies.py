"""Row-level security, the role matrix as grants, and the audit trail written by the server (issue 13, part b).

`apply(conn)` runs inside `ush-izin server init` (app.storage.server_setup), after the baseline grants, as a role
that is a member of OWNER (SET ROLE ush_owner), and again after every schema upgrade. It is idempotent: every
function is CREATE OR REPLACE, every policy and trigger is dropped and made again, the grants are revoked and given
again. Nothing here runs on SQLite or on a PostgreSQL database where `server init` never ran.

Scope (docs/security.md "Scope and rights in the database"):
- Who is connected is `session_user` (the person's own login role; SET ROLE cannot change it), looked up in
  `users` by the STABLE SECURITY DEFINER helpers `ush_my_scope()` and `ush_my_province()`. Policies call them as
  scalar subqueries, so each is evaluated once per statement (an InitPlan), not once per row. Each kind of group
  has its own policy: `ush_province` (İSM groups), `ush_every_province` (the others), `ush_verifier`.
- İSM roles see and change only rows of their own province: applications and everything hanging off them,
  facilities and work permits, SHGM decisions and permits of their facilities with their history and PDFs,
  stored files of their applications and facilities, notifications, KTS notices. SHGM, KTS, the administrator and
  the auditor see every province; KTS notices are not SHGM's. The verification service reads permits and their
  PDFs of every province. A closed account, or a login that is no account, sees nothing.
- Grants: nobody deletes anything (no service does); state transitions, permit events, vendor status events and
  the verification log are insert-only; permits and their revisions, areas and events are written only by SHGM
  approvers; SHGM decisions by SHGM; the KTS registry by KTS and the administrator; the application side by İSM
  and SHGM; the auditor writes nothing. The services keep their own checks and Turkish messages.

Server-written audit trail: an AFTER trigger on every audited table calls `ush_audit_append` (SECURITY DEFINER,
owned by OWNER): actor = session_user (and its account id), time = the server's clock_timestamp(), the chain's
SHA-256 computed by the server with its built-in sha256(), serialised on the audit_head row lock (concurrent
writers queue; the chain never forks). The hashed text is exactly the one `app.storage.audit` checks (the stored
JSON text of before/after), so `audit verify` checks Python-written and server-written entries alike, in one
chain. Work done outside a table row (exports, backups, logins) is appended through `ush_audit_event`. Desks have
no write on the audit tables; the Python listener sees the mode (`server_audit`, asked by
`app.storage.audit.server_writes_audit`) and does not write twice.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from app.storage.server_roles import AUDITOR, DESK, OWNER, ROLE_GROUPS, VERIFIER

AUDIT_TABLES = ("audit_entries", "audit_head", "audit_checkpoints")
# The verification service's log (issue 16): the verifier inserts, the desks read (a permit's history, a vendor's
# queries), nobody changes it (migration 0010's triggers). Its HMAC key is read by the verifier only.
SERVICE_LOG, SERVICE_LOG_KEY = "service_log", "service_log_key"
# Tables whose rows are never audited row by row (the trail itself, the schema's version, the service log: a log
# itself, and an entry per public request would queue every request on the chain's head row).
UNAUDITED = (*AUDIT_TABLES, "alembic_version", SERVICE_LOG, SERVICE_LOG_KEY)

ISM_GROUPS = (ROLE_GROUPS["ism_officer"], ROLE_GROUPS["ism_manager"])
SHGM_GROUPS = (ROLE_GROUPS["shgm_reviewer"], ROLE_GROUPS["shgm_approver"])
KTS_GROUP = ROLE_GROUPS["kts_officer"]
ADMIN_GROUP = ROLE_GROUPS["admin"]
APPROVER_GROUP = ROLE_GROUPS["shgm_approver"]
PERSON_GROUPS = tuple(g for g in ROLE_GROUPS.values() if g != AUDITOR)

# Who writes what (INSERT, UPDATE; nobody DELETEs). Tables not named keep the baseline of server_setup.
WRITERS: dict[str, tuple[str, ...]] = {
    **{t: (*ISM_GROUPS, *SHGM_GROUPS) for t in (
        "applications", "application_areas", "application_professionals", "checklist_answers", "deficiencies",
        "completions", "notifications", "state_transitions", "facilities", "professionals", "work_permits")},
    **{t: SHGM_GROUPS for t in ("shgm_decisions", "area_assignments")},
    **{t: (APPROVER_GROUP,) for t in ("permits", "permit_revisions", "permit_areas", "permit_events")},
    **{t: (KTS_GROUP, ADMIN_GROUP) for t in (
        "vendors", "vendor_products", "vendor_status_events", "vendor_warnings", "vendor_onboarding_steps",
        "vendor_certificates", "vendor_access_codes", "vendor_info_changes")},
    # KTS writes them, the SHGM approver only its permit notices (PERMIT_NOTICES); the İSM only acknowledges
    "notices": (KTS_GROUP, ADMIN_GROUP, APPROVER_GROUP),
    # audits of producers and the art. 20 evaluations (issue 18): the KTS desk writes them, the İSM only reads
    **{t: (KTS_GROUP, ADMIN_GROUP) for t in (
        "vendor_audits", "vendor_audit_findings", "technical_evaluations", "competence_declarations")},
    # system-wide settings (the clock rules, the demo mark that makes demo-signed permits verify as DEMO)
    "system_settings": (ADMIN_GROUP,),
}
# SHGM's notices to the İSM when it suspends or revokes a permit (issue 17; app.workflows.common.notices): the
# approver inserts these kinds only, and reads back only these (INSERT … RETURNING needs the row visible).
PERMIT_NOTICES = ("permit_suspended", "permit_revoked")
# The İSM's acknowledgement of a KTS notice: these columns only.
NOTICE_ACK = ("acknowledged_at", "acknowledged_by_id")
# Logs, and professionals: persons shared by every province (found by TC kimlik number, never edited by a
# service), so one province cannot change another's.
INSERT_ONLY = ("state_transitions", "permit_events", "vendor_status_events", "verification_checks", "professionals",
               "vendor_info_changes")

# Row scope. SC: the connected person's scope; PV: an İSM person's province. Both once per statement.
SC = "(SELECT @S@.ush_my_scope())"
PV = "(SELECT @S@.ush_my_province())"
EVERY_PROVINCE = ("shgm_reviewer", "shgm_approver", "kts_officer", "admin", "auditor")
_APP = "EXISTS (SELECT 1 FROM @S@.applications a WHERE a.id = {col} AND a.province_id = " + PV + ")"
_FAC = "EXISTS (SELECT 1 FROM @S@.facilities f WHERE f.id = {col} AND f.province_id = " + PV + ")"
_PERMIT = ("EXISTS (SELECT 1 FROM @S@.permits p JOIN @S@.facilities f ON f.id = p.facility_id "
           "WHERE p.id = {col} AND f.province_id = " + PV + ")")
_REVISION = ("EXISTS (SELECT 1 FROM @S@.permit_revisions r JOIN @S@.permits p ON p.id = r.permit_id "
             "JOIN @S@.facilities f ON f.id = p.facility_id WHERE r.id = {col} AND f.province_id = " + PV + ")")
_DECISION = ("EXISTS (SELECT 1 FROM @S@.shgm_decisions d JOIN @S@.facilities f ON f.id = d.facility_id "
             "WHERE d.id = {col} AND f.province_id = " + PV + ")")

# A producer serves the İSM's province: an application of the province names it (refused, withdrawn ones aside).
_SERVES = ("EXISTS (SELECT 1 FROM @S@.applications a WHERE a.vendor_id = {vendor} AND a.province_id = " + PV
           + " AND a.state NOT IN ('rejected', 'shgm_rejected', 'withdrawn'))")


def _scoped(own: str, *, others: tuple[str, ...] = EVERY_PROVINCE) -> tuple[str, tuple[str, ...]]:
    """(the İSM groups' row condition, the roles that see every province). Each kind of group gets a policy of
    its own, so the planner sees a plain `province_id = $1` (an index condition) for an İSM and a one-time
    filter for the others, instead of an OR it must evaluate on every row."""
    return own, others


# What the verification service reads, every province (its own policy: the desks' policies read tables it has no
# grant on, and PostgreSQL checks those grants even where a condition would not need them).
VERIFIER_TABLES = ("facilities", "permits", "permit_revisions", "permit_events", "permit_areas", "documents",
                   "work_permits")   # the vendor query's can_serve


# table -> (the İSM groups' row condition, USING and WITH CHECK; the roles that see every province)
POLICIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "applications": _scoped("province_id = " + PV),
    **{t: _scoped(_APP.format(col="application_id")) for t in (
        "application_areas", "application_professionals", "checklist_answers", "deficiencies", "completions",
        "state_transitions")},
    "notifications": _scoped("province_id = " + PV + " AND " + _APP.format(col="application_id")),
    "facilities": _scoped("province_id = " + PV),
    "work_permits": _scoped(_FAC.format(col="facility_id")),
    "shgm_decisions": _scoped(_FAC.format(col="facility_id")),
    "area_assignments": _scoped(_DECISION.format(col="decision_id")),
    "permits": _scoped(_FAC.format(col="facility_id")),
    "permit_revisions": _scoped(_PERMIT.format(col="permit_id")),
    "permit_events": _scoped(_PERMIT.format(col="permit_id")),
    "permit_areas": _scoped(_REVISION.format(col="revision_id")),
    # A stored file: an İSM sees those of its applications and facilities (permit PDFs are the facility's);
    # a vendor's own files are not the İSM's.
    "documents": _scoped("((application_id IS NOT NULL AND " + _APP.format(col="application_id") + ") OR "
                         "(facility_id IS NOT NULL AND " + _FAC.format(col="facility_id") + "))"),
    # Audits of a producer (SBYS md. 18-19): an İSM reads those of producers serving its province; KTS,
    # administrator, auditor every one.
    "vendor_audits": _scoped(_SERVES.format(vendor="vendor_audits.vendor_id"),
                             others=("kts_officer", "admin", "auditor")),
    "vendor_audit_findings": _scoped(
        "EXISTS (SELECT 1 FROM @S@.vendor_audits va WHERE va.id = vendor_audit_findings.audit_id AND "
        + _SERVES.format(vendor="va.vendor_id") + ")", others=("kts_officer", "admin", "auditor")),
    # KTS notices to the İSMs: the province's İSM; KTS, administrator, auditor; not SHGM.
    "notices": _scoped("province_id = " + PV, others=("kts_officer", "admin", "auditor")),
    # the service log: an İSM sees the requests about its province's facilities (a permit's history)
    SERVICE_LOG: _scoped(_FAC.format(col="facility_id")),
}

# Where what a row may be written as is narrower than what may be read: every link of a row an İSM writes must
# stay in its province (an application of its province for a facility of another, or a file of its application
# filed under another province's facility, would reach that province's desks).
WRITE_POLICIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "applications": _scoped("province_id = " + PV + " AND " + _FAC.format(col="facility_id")),
    "documents": _scoped("(application_id IS NOT NULL OR facility_id IS NOT NULL) AND vendor_id IS NULL "
                         "AND (application_id IS NULL OR " + _APP.format(col="application_id") + ") "
                         "AND (facility_id IS NULL OR " + _FAC.format(col="facility_id") + ")"),
}

# Numbering (app.workflows.common.numbers): keys "<kind>:<plate>:<year>" or "<kind>:<year>". Each desk moves only
# its own counters, so no desk can skip or rewind another's numbers (a rewound permit counter would refuse the next
# permit as a duplicate).
_KIND = "split_part(key, ':', 1)"
SEQUENCE_POLICIES: dict[tuple[str, ...], str] = {
    ISM_GROUPS: f"{_KIND} IN ('application', 'notification') AND split_part(key, ':', 2) = {PV}::text",
    SHGM_GROUPS: f"{_KIND} IN ('application', 'notification', 'permit') AND {SC} IN ('shgm_reviewer', 'shgm_approver')",
    (KTS_GROUP,): f"{_KIND} IN ('kts_product', 'kts_certificate') AND {SC} = 'kts_officer'",
    (ADMIN_GROUP,): f"{SC} = 'admin'",
}

_FUNCTIONS = r"""
-- plpgsql (not sql): its statements' plans are kept for the session, so each call is a cached index lookup.
CREATE OR REPLACE FUNCTION @S@.ush_my_scope() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, @S@, pg_temp AS $f$
DECLARE
    u record;
BEGIN
    SELECT x.active, x.role INTO u FROM @S@.users x WHERE x.username = session_user;
    IF NOT FOUND THEN
        RETURN CASE WHEN pg_catalog.pg_has_role(session_user, '@VERIFIER@', 'MEMBER') THEN 'verifier'
                    ELSE 'none' END;
    ELSIF NOT u.active THEN
        RETURN 'none';
    ELSIF u.role IN ('ism_officer', 'ism_manager') THEN
        RETURN 'province';
    END IF;
    RETURN u.role::text;
END
$f$;

CREATE OR REPLACE FUNCTION @S@.ush_my_province() RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, @S@, pg_temp AS $f$
BEGIN
    RETURN (SELECT u.province_id FROM @S@.users u
            WHERE u.username = session_user AND u.active AND u.role IN ('ism_officer', 'ism_manager'));
END
$f$;

-- One entry of the chain, written by the server. The hashed text is the canonical form app.storage.audit checks:
-- {"action":…,"after":<stored JSON text>,"at":"<UTC ISO time>","before":…,"row_id":…,"table_name":…,
--  "user_id":…,"username":…}, prefixed by the previous entry's hash.
CREATE OR REPLACE FUNCTION @S@.ush_audit_append(p_action text, p_table text, p_row text, p_before json,
                                                p_after json) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, @S@, pg_temp AS $f$
DECLARE
    v_prev text;
    v_at timestamptz;
    v_at_text text;
    v_user text := session_user;
    v_uid integer;
    v_hash text;
BEGIN
    -- the head row's lock serialises every writer of the chain
    UPDATE @S@.audit_head SET entries = entries + 1 WHERE id = 1 RETURNING last_hash INTO v_prev;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the audit chain has no head row' USING ERRCODE = '55000';
    END IF;
    v_at := clock_timestamp();
    v_at_text := to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US');
    IF right(v_at_text, 7) = '.000000' THEN
        v_at_text := left(v_at_text, 19);
    END IF;
    SELECT u.id INTO v_uid FROM @S@.users u WHERE u.username = v_user;
    v_hash := encode(sha256(convert_to(v_prev
        || '{"action":' || to_json(p_action)::text
        || ',"after":' || COALESCE(p_after::text, 'null')
        || ',"at":"' || v_at_text || '+00:00"'
        || ',"before":' || COALESCE(p_before::text, 'null')
        || ',"row_id":' || to_json(COALESCE(p_row, ''))::text
        || ',"table_name":' || to_json(p_table)::text
        || ',"user_id":' || COALESCE(v_uid::text, 'null')
        || ',"username":' || to_json(v_user)::text
        || '}', 'UTF8')), 'hex');
    INSERT INTO @S@.audit_entries (at, user_id, username, action, table_name, row_id, before, after, prev_hash,
                                   hash)
    VALUES (v_at, v_uid, v_user, p_action, p_table, COALESCE(p_row, ''), p_before, p_after, v_prev, v_hash);
    UPDATE @S@.audit_head SET last_hash = v_hash WHERE id = 1;
END
$f$;

-- A row's image as the trail keeps it: secrets only as "changed" marks, file contents left out (their sha256
-- column stays).
CREATE OR REPLACE FUNCTION @S@.ush_audit_image(p_table text, p_row jsonb) RETURNS json
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, @S@, pg_temp AS $f$
BEGIN
    IF p_table = 'users' AND p_row->>'password_hash' IS NOT NULL THEN
        p_row := jsonb_set(p_row, '{password_hash}', to_jsonb('«gizli»'
                           || left(encode(sha256(convert_to(p_row->>'password_hash', 'UTF8')), 'hex'), 8)));
    END IF;
    IF p_table = 'vendor_access_codes' AND p_row->>'secret_hash' IS NOT NULL THEN
        p_row := jsonb_set(p_row, '{secret_hash}', to_jsonb('«gizli»'
                           || left(encode(sha256(convert_to(p_row->>'secret_hash', 'UTF8')), 'hex'), 8)));
    END IF;
    IF p_table = 'documents' THEN
        p_row := p_row - 'content';
    END IF;
    RETURN p_row::text::json;
END
$f$;

CREATE OR REPLACE FUNCTION @S@.ush_audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, @S@, pg_temp AS $f$
DECLARE
    v_old jsonb;
    v_new jsonb;
    v_key jsonb;
BEGIN
    IF TG_OP <> 'INSERT' THEN v_old := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN v_new := to_jsonb(NEW); END IF;
    IF TG_OP = 'UPDATE' AND v_old = v_new THEN
        RETURN NULL;
    END IF;
    v_key := COALESCE(v_new, v_old);
    PERFORM @S@.ush_audit_append(lower(TG_OP), TG_TABLE_NAME,
        array_to_string(ARRAY(SELECT v_key->>k FROM unnest(TG_ARGV) AS k), '/'),
        CASE WHEN v_old IS NULL THEN NULL ELSE @S@.ush_audit_image(TG_TABLE_NAME, v_old) END,
        CASE WHEN v_new IS NULL THEN NULL ELSE @S@.ush_audit_image(TG_TABLE_NAME, v_new) END);
    RETURN NULL;
END
$f$;

-- Work done outside a table row (an export, a backup, a login): appended with the connected person as the actor.
CREATE OR REPLACE FUNCTION @S@.ush_audit_event(p_table text, p_row text, p_summary json) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, @S@, pg_temp AS $f$
DECLARE
    v_scope text := @S@.ush_my_scope();
    v_dba boolean := COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user), false)
                     OR pg_catalog.pg_has_role(session_user, '@OWNER@', 'MEMBER');
BEGIN
    IF p_summary IS NULL OR json_typeof(p_summary) <> 'object' THEN
        RAISE EXCEPTION 'an audit event needs a summary object' USING ERRCODE = '22023';
    END IF;
    -- events that other checks read back (the six-monthly restore test, unfinished backups, schema changes) or
    -- that speak for a desk are the business of that desk only
    IF p_table = 'audit_checkpoints'
       OR (p_table IN ('restore_test', 'backup', 'backup_offsite', 'schema', 'demo_data')
           AND NOT (v_dba OR v_scope = 'admin'))
       OR (p_table = 'export' AND NOT (v_dba OR v_scope IN ('admin', 'auditor')))
       OR (p_table IN ('vendors', 'vendor_certificates') AND NOT (v_dba OR v_scope IN ('kts_officer', 'admin')))
       OR (p_table = 'login' AND p_row IS DISTINCT FROM session_user AND NOT (v_dba OR v_scope = 'admin')) THEN
        RAISE EXCEPTION 'this audit event is not yours to record' USING ERRCODE = '42501';
    END IF;
    PERFORM @S@.ush_audit_append('event', left(p_table, 60), left(p_row, 60), NULL, p_summary);
END
$f$;

-- A signed checkpoint (app.storage.anchor), kept only when it states what the chain holds: the entry `last_id`
-- ends in `head_hash` and is the `entries`-th, and the signed payload says the same. The signature is checked by
-- `audit verify` (Ed25519 is not in the server); who added it is in the trail.
CREATE OR REPLACE FUNCTION @S@.ush_audit_checkpoint_add(p_made_at timestamptz, p_entries bigint, p_last_id bigint,
    p_head_hash text, p_origin text, p_key_fingerprint text, p_public_key text, p_payload text, p_signature text)
    RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, @S@, pg_temp AS $f$
DECLARE
    v_payload jsonb;
    v_id bigint;
BEGIN
    BEGIN
        v_payload := p_payload::jsonb;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'a checkpoint payload must be JSON' USING ERRCODE = '22023';
    END;
    IF (v_payload->>'entries')::bigint IS DISTINCT FROM p_entries
       OR (v_payload->>'last_id')::bigint IS DISTINCT FROM p_last_id
       OR v_payload->>'head_hash' IS DISTINCT FROM p_head_hash
       OR v_payload->>'origin' IS DISTINCT FROM p_origin THEN
        RAISE EXCEPTION 'the checkpoint''s columns are not what it signs' USING ERRCODE = '22023';
    END IF;
    IF p_last_id IS NULL THEN
        IF p_entries <> 0 OR EXISTS (SELECT 1 FROM @S@.audit_entries) THEN
            RAISE EXCEPTION 'the checkpoint does not state the chain' USING ERRCODE = '22023';
        END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM @S@.audit_entries e WHERE e.id = p_last_id AND e.hash = p_head_hash)
          OR (SELECT count(*) FROM @S@.audit_entries e WHERE e.id <= p_last_id) <> p_entries THEN
        RAISE EXCEPTION 'the checkpoint does not state the chain' USING ERRCODE = '22023';
    END IF;
    INSERT INTO @S@.audit_checkpoints (made_at, entries, last_id, head_hash, origin, key_fingerprint, public_key,
                                       payload, signature)
    VALUES (p_made_at, p_entries, p_last_id, p_head_hash, p_origin, p_key_fingerprint, p_public_key, p_payload,
            p_signature)
    RETURNING id INTO v_id;
    PERFORM @S@.ush_audit_append('event', 'audit_checkpoints', v_id::text, NULL,
        json_build_object('origin', p_origin, 'entries', p_entries, 'last_id', p_last_id,
                          'key_fingerprint', p_key_fingerprint));
    RETURN v_id;
END
$f$;

-- Orders a checkpoint after every writer of the chain (they update audit_head first), without UPDATE on it.
CREATE OR REPLACE FUNCTION @S@.ush_audit_head_lock() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, @S@, pg_temp AS $f$
BEGIN
    PERFORM 1 FROM @S@.audit_head WHERE id = 1 FOR SHARE;
END
$f$;

-- The audit tables never change but by appending (also for the owner: only the functions above append).
CREATE OR REPLACE FUNCTION @S@.ush_audit_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, @S@, pg_temp AS $f$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '42501';
END
$f$;

REVOKE ALL ON FUNCTION @S@.ush_my_scope(), @S@.ush_my_province(), @S@.ush_audit_append(text, text, text, json, json),
    @S@.ush_audit_image(text, jsonb), @S@.ush_audit_row(), @S@.ush_audit_event(text, text, json),
    @S@.ush_audit_guard(), @S@.ush_audit_head_lock(),
    @S@.ush_audit_checkpoint_add(timestamptz, bigint, bigint, text, text, text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @S@.ush_audit_head_lock(),
    @S@.ush_audit_checkpoint_add(timestamptz, bigint, bigint, text, text, text, text, text, text) TO @DESK@, @AUDITOR@;
GRANT EXECUTE ON FUNCTION @S@.ush_my_scope(), @S@.ush_my_province() TO @DESK@, @AUDITOR@, @VERIFIER@;
GRANT EXECUTE ON FUNCTION @S@.ush_audit_event(text, text, json) TO @DESK@, @AUDITOR@, @VERIFIER@;
"""

_FUNCTION_SIGNATURES = ("ush_my_scope()", "ush_my_province()", "ush_audit_append(text, text, text, json, json)",
                        "ush_audit_image(text, jsonb)", "ush_audit_row()", "ush_audit_event(text, text, json)",
                        "ush_audit_guard()", "ush_audit_head_lock()",
                        "ush_audit_checkpoint_add(timestamptz, bigint, bigint, text, text, text, text, text, text)")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _raw(conn: Connection, sql: str) -> None:
    cur = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cur.execute(sql)
    finally:
        cur.close()


def _tables(conn: Connection) -> list[str]:
    return list(conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")).scalars())


def _primary_keys(conn: Connection) -> dict[str, list[str]]:
    rows = conn.execute(text("""
        SELECT c.relname, a.attname
        FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
        WHERE i.indisprimary AND n.nspname = current_schema()
        ORDER BY c.relname, k.ord""")).all()
    out: dict[str, list[str]] = {}
    for table, column in rows:
        out.setdefault(table, []).append(column)
    return out


def server_audit(conn: Connection) -> bool:
    """Whether this database's audit trail is written by the server (`apply` ran): PostgreSQL only."""
    if conn.dialect.name != "postgresql":
        return False
    return bool(conn.execute(text(
        "SELECT to_regprocedure(quote_ident(current_schema()) || '.ush_audit_event(text, text, json)') "
        "IS NOT NULL")).scalar())


def apply(conn: Connection) -> None:
    """Row-level security, the finer grants and the server-written audit trail (idempotent; see the module)."""
    if conn.dialect.name != "postgresql":
        raise RuntimeError("server policies exist only on PostgreSQL")
    schema = conn.execute(text("SELECT quote_ident(current_schema())")).scalar_one()
    tables = _tables(conn)
    _raw(conn, _FUNCTIONS.replace("@S@", schema).replace("'@VERIFIER@'", f"'{VERIFIER}'")
         .replace("'@OWNER@'", f"'{OWNER}'")
         .replace("@VERIFIER@", _q(VERIFIER)).replace("@DESK@", _q(DESK)).replace("@AUDITOR@", _q(AUDITOR)))
    owner = _q(OWNER)
    for fn in _FUNCTION_SIGNATURES:
        conn.execute(text(f"ALTER FUNCTION {schema}.{fn} OWNER TO {owner}"))
    _pin_search_paths(conn, schema)
    _grants(conn, tables)
    _policies(conn, schema, tables)
    _audit_triggers(conn, schema, tables)


def _pin_search_paths(conn: Connection, schema: str) -> None:
    """Every SECURITY DEFINER function of the schema searches pg_temp last: a desk's temporary table named like a
    catalog or schema table (pg_roles, users …) must never stand in for it inside an owner's function."""
    names = conn.execute(text("""
        SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = current_schema() AND p.prosecdef""")).scalars().all()
    for name in names:
        conn.execute(text(f"ALTER FUNCTION {name} SET search_path = pg_catalog, {schema}, pg_temp"))


def _grants(conn: Connection, tables: list[str]) -> None:
    persons = ", ".join(_q(g) for g in (DESK, *PERSON_GROUPS))
    for t in tables:
        qt = _q(t)
        # nobody but the owner deletes, truncates, references or hangs triggers on anything
        conn.execute(text(f"REVOKE DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLE {qt} "
                          f"FROM PUBLIC, {persons}, {_q(AUDITOR)}, {_q(VERIFIER)}"))
        if t in AUDIT_TABLES:
            # the trail is written by the server's functions only; reading stays
            conn.execute(text(f"REVOKE INSERT, UPDATE ON TABLE {qt} FROM PUBLIC, {persons}, {_q(AUDITOR)}, "
                              f"{_q(VERIFIER)}"))
            continue
        if t in WRITERS:
            conn.execute(text(f"REVOKE INSERT, UPDATE ON TABLE {qt} FROM {persons}"))
            writers = ", ".join(_q(g) for g in WRITERS[t])
            rights = "INSERT" if t in INSERT_ONLY else "INSERT, UPDATE"
            conn.execute(text(f"GRANT {rights} ON TABLE {qt} TO {writers}"))
        elif t in INSERT_ONLY:
            conn.execute(text(f"REVOKE UPDATE ON TABLE {qt} FROM {persons}, {_q(VERIFIER)}"))
        elif t == SERVICE_LOG:
            # the desks read it (baseline SELECT); only the verification service appends, and reads nothing back
            conn.execute(text(f"REVOKE INSERT, UPDATE ON TABLE {qt} FROM PUBLIC, {persons}"))
            conn.execute(text(f"REVOKE ALL ON TABLE {qt} FROM {_q(VERIFIER)}"))
            conn.execute(text(f"GRANT INSERT ON TABLE {qt} TO {_q(VERIFIER)}"))
        elif t == SERVICE_LOG_KEY:
            # a desk or the auditor with the key could try every TC kimlik number against the log's hashes; the
            # administrator's backup and export need it (a restored log stays comparable), and the administrator
            # reads every TC kimlik number anyway
            conn.execute(text(f"REVOKE ALL ON TABLE {qt} FROM PUBLIC, {persons}, {_q(AUDITOR)}, {_q(VERIFIER)}"))
            conn.execute(text(f"GRANT SELECT ON TABLE {qt} TO {_q(VERIFIER)}, {_q(ADMIN_GROUP)}"))
    if "notices" in tables:
        cols = ", ".join(_q(c) for c in NOTICE_ACK)
        conn.execute(text(f"GRANT UPDATE ({cols}) ON TABLE notices TO {', '.join(_q(g) for g in ISM_GROUPS)}"))
    # The administrator's backup (pg_dump, the manifest's digests) reads every column of `users`; on a
    # server-initialised database its password hashes are empty (the server authenticates).
    if "users" in tables:
        conn.execute(text(f"GRANT SELECT ON TABLE users TO {_q(ADMIN_GROUP)}"))
    # the auditor reads and never writes, whatever a group grant says
    for t in tables:
        conn.execute(text(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON TABLE {_q(t)} FROM {_q(AUDITOR)}"))


SCOPE_GROUPS = {role: group for role, group in ROLE_GROUPS.items()}   # application role -> its group


def _policies(conn: Connection, schema: str, tables: list[str]) -> None:
    sc = SC.replace("@S@", schema)
    ism = ", ".join(_q(g) for g in ISM_GROUPS)
    if "number_sequences" in tables:
        qt = f"{schema}.number_sequences"
        conn.execute(text(f"ALTER TABLE {qt} ENABLE ROW LEVEL SECURITY"))
        for old in conn.execute(text("SELECT policyname FROM pg_policies WHERE schemaname = current_schema() "
                                     "AND tablename = 'number_sequences'")).scalars().all():
            conn.execute(text(f"DROP POLICY {_q(old)} ON {qt}"))
        # everyone who reads may read the counters (the auditor too); each group moves only its own
        _raw(conn, f"CREATE POLICY ush_read ON {qt} FOR SELECT TO {_q(DESK)}, {_q(AUDITOR)} USING (true)")
        for n, (groups, condition) in enumerate(SEQUENCE_POLICIES.items()):
            cond = condition.replace("@S@", schema)
            who = ", ".join(_q(g) for g in groups)
            for cmd in ("INSERT", "UPDATE"):
                using = "" if cmd == "INSERT" else f" USING ({cond})"
                _raw(conn, f"CREATE POLICY ush_{cmd.lower()}_{n} ON {qt} FOR {cmd} TO {who}{using} "
                           f"WITH CHECK ({cond})")
    for t, (own_condition, others) in POLICIES.items():
        if t not in tables:
            continue
        qt = f"{schema}.{_q(t)}"
        own = f"({sc} = 'province' AND {own_condition.replace('@S@', schema)})"
        conn.execute(text(f"ALTER TABLE {qt} ENABLE ROW LEVEL SECURITY"))
        for old in conn.execute(text("SELECT policyname FROM pg_policies WHERE schemaname = current_schema() "
                                     "AND tablename = :t"), {"t": t}).scalars().all():
            conn.execute(text(f"DROP POLICY {_q(old)} ON {qt}"))
        # the İSM groups: their province's rows
        if t in WRITE_POLICIES:
            write = f"({sc} = 'province' AND {WRITE_POLICIES[t][0].replace('@S@', schema)})"
            _raw(conn, f"CREATE POLICY ush_province ON {qt} FOR SELECT TO {ism} USING ({own})")
            _raw(conn, f"CREATE POLICY ush_province_insert ON {qt} FOR INSERT TO {ism} WITH CHECK ({write})")
            _raw(conn, f"CREATE POLICY ush_province_update ON {qt} FOR UPDATE TO {ism} USING ({own}) "
                       f"WITH CHECK ({write})")
            _raw(conn, f"CREATE POLICY ush_province_delete ON {qt} FOR DELETE TO {ism} USING ({own})")
        else:
            _raw(conn, f"CREATE POLICY ush_province ON {qt} FOR ALL TO {ism} USING ({own}) WITH CHECK ({own})")
        # the groups that see every province (still only while the connected person's account says so)
        if others:
            groups = ", ".join(_q(SCOPE_GROUPS[r]) for r in others)
            every = f"({sc} IN ({', '.join(repr(r) for r in others)}))"
            _raw(conn, f"CREATE POLICY ush_every_province ON {qt} FOR ALL TO {groups} USING ({every}) "
                       f"WITH CHECK ({every})")
        if t in VERIFIER_TABLES:
            _raw(conn, f"CREATE POLICY ush_verifier ON {qt} FOR SELECT TO {_q(VERIFIER)} USING ({sc} = 'verifier')")
        if t == SERVICE_LOG:
            _raw(conn, f"CREATE POLICY ush_verifier_log ON {qt} FOR INSERT TO {_q(VERIFIER)} "
                       f"WITH CHECK ({sc} = 'verifier')")
        if t == "notices":
            kinds = ", ".join(repr(k) for k in PERMIT_NOTICES)
            cond = f"({sc} = 'shgm_approver' AND kind IN ({kinds}))"
            approver = _q(APPROVER_GROUP)
            _raw(conn, f"CREATE POLICY ush_permit_notice ON {qt} FOR INSERT TO {approver} WITH CHECK ({cond})")
            _raw(conn, f"CREATE POLICY ush_permit_notice_read ON {qt} FOR SELECT TO {approver} USING ({cond})")


def _audit_triggers(conn: Connection, schema: str, tables: list[str]) -> None:
    keys = _primary_keys(conn)
    for t in tables:
        qt = f"{schema}.{_q(t)}"
        conn.execute(text(f"DROP TRIGGER IF EXISTS ush_audit ON {qt}"))
        if t in UNAUDITED:
            continue
        args = ", ".join("'" + c.replace("'", "''") + "'" for c in keys.get(t, ["id"]))
        conn.execute(text(f"CREATE TRIGGER ush_audit AFTER INSERT OR UPDATE OR DELETE ON {qt} "
                          f"FOR EACH ROW EXECUTE FUNCTION {schema}.ush_audit_row({args})"))
    for t in AUDIT_TABLES:
        if t not in tables:
            continue
        qt = f"{schema}.{_q(t)}"
        conn.execute(text(f"DROP TRIGGER IF EXISTS ush_append_only ON {qt}"))
        conn.execute(text(f"DROP TRIGGER IF EXISTS ush_no_truncate ON {qt}"))
        if t != "audit_head":   # the head row moves with every entry (only ush_audit_append writes it)
            conn.execute(text(f"CREATE TRIGGER ush_append_only BEFORE UPDATE OR DELETE ON {qt} "
                              f"FOR EACH ROW EXECUTE FUNCTION {schema}.ush_audit_guard()"))
        conn.execute(text(f"CREATE TRIGGER ush_no_truncate BEFORE TRUNCATE ON {qt} "
                          f"FOR EACH STATEMENT EXECUTE FUNCTION {schema}.ush_audit_guard()"))
        if t == "audit_head":
            conn.execute(text(f"DROP TRIGGER IF EXISTS ush_head_no_delete ON {qt}"))
            conn.execute(text(f"CREATE TRIGGER ush_head_no_delete BEFORE DELETE ON {qt} "
                              f"FOR EACH ROW EXECUTE FUNCTION {schema}.ush_audit_guard()"))
