"""Names of the PostgreSQL roles of a shared server (issue 13): one place, so that `server init`, the grants and
row-level security policies, the login path and the tests agree.

- OWNER owns every table, sequence, function and trigger; it cannot log in. Schema upgrades run as it.
- DESK is the group of every person's login role; each application role has its own group inside DESK.
- AUDITOR is a read-only group; VERIFIER is the public verification service's login (read what verifying a permit
  needs, insert into its own log).
- A person logs in with a login role named after the account's user name, member of the group of its role.
"""

from __future__ import annotations

OWNER = "ush_owner"
DESK = "ush_desk"
AUDITOR = "ush_auditor"
VERIFIER = "ush_verifier"

# application role value (app.workflows.common.vocabulary.Role) -> group role of that application role
ROLE_GROUPS: dict[str, str] = {
    "ism_officer": "ush_ism_officer",
    "ism_manager": "ush_ism_manager",
    "shgm_reviewer": "ush_shgm_reviewer",
    "shgm_approver": "ush_shgm_approver",
    "kts_officer": "ush_kts_officer",
    "admin": "ush_admin",
    "auditor": AUDITOR,
}
