"""What a record looks like to someone who may not see everything: credential fields hidden (always), TC kimlik
numbers masked unless the viewer may see them whole (docs/decisions.md 19)."""

from __future__ import annotations

from app.workflows.common.masking import (
    SECRET_MARK,
    is_credential_field,
    is_tckn_field,
    scrub,
)

TCKN = "10000000146"


def test_tckn_fields_are_masked_at_any_depth():
    record = {"tckn": TCKN, "manager_tckn": TCKN, "nested": {"professionals": [{"tckn": TCKN, "ad": "İlkay"}]},
              "note": f"aranan {TCKN} numara", "id": 7}
    out = scrub(record, full_tckn=False)
    assert TCKN not in repr(out)
    assert out["tckn"] == out["manager_tckn"] == "100******46"
    assert out["nested"]["professionals"][0] == {"tckn": "100******46", "ad": "İlkay"}
    assert out["note"] == "aranan 100******46 numara" and out["id"] == 7


def test_a_viewer_with_the_right_sees_the_whole_number_but_never_a_credential():
    record = {"tckn": TCKN, "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA", "active": True}
    out = scrub(record, full_tckn=True)
    assert out["tckn"] == TCKN and out["active"] is True
    assert out["password_hash"].startswith(SECRET_MARK) and "argon2" not in out["password_hash"]


def test_a_changed_secret_stays_visible_as_a_change():
    a = scrub({"password_hash": "hash-1"}, full_tckn=True)["password_hash"]
    b = scrub({"password_hash": "hash-2"}, full_tckn=True)["password_hash"]
    assert a != b and SECRET_MARK in a
    already = SECRET_MARK + "abcd1234"
    assert scrub({"password_hash": already}, full_tckn=True)["password_hash"] == already
    assert scrub({"password_hash": None}, full_tckn=True)["password_hash"] is None


def test_lockout_fields_are_credentials_for_exports_only():
    record = {"failed_logins": 3, "locked_until": "2026-12-03T10:00:00+00:00"}
    assert scrub(record, full_tckn=True, lockout=False) == record
    hidden = scrub(record, full_tckn=True)
    assert all(str(v).startswith(SECRET_MARK) for v in hidden.values())


def test_field_names():
    for name in ("password_hash", "PGPASSWORD", "db_password", "passphrase", "signing_secret", "api_key", "token",
                 "private_key"):
        assert is_credential_field(name), name
    assert is_credential_field("failed_logins") and not is_credential_field("failed_logins", lockout=False)
    for name in ("full_name", "username", "verification_code", "sha256", "active"):
        assert not is_credential_field(name), name
    assert is_tckn_field("tckn") and is_tckn_field("manager_tckn") and is_tckn_field("tc_kimlik_no")
    assert not is_tckn_field("tax_no")


def test_an_account_flag_is_not_a_secret():
    assert not is_credential_field("must_change_password") and not is_credential_field("public_key")
    assert scrub({"must_change_password": True}, full_tckn=True) == {"must_change_password": True}
    assert is_credential_field("secret_key") and is_credential_field("signing_passphrase")
