"""Who may do what: checked in every service, before anything is written."""

from __future__ import annotations

from app.workflows.common.context import Actor
from app.workflows.common.errors import PermissionDenied
from app.workflows.common.messages import joined, msg
from app.workflows.common.vocabulary import Role

ISM = (Role.ISM_OFFICER, Role.ISM_MANAGER)
SHGM = (Role.SHGM_REVIEWER, Role.SHGM_APPROVER)


def allows(actor: Actor, roles: tuple[Role, ...], province_id: int | None = None) -> bool:
    """The actor has one of `roles` and, for provincial roles, the record's province (what `require` checks)."""
    return actor.role in roles and (province_id is None or can_see_province(actor, province_id))


def require(actor: Actor, roles: tuple[Role, ...], province_id: int | None = None, action: str = "") -> None:
    """Refuse unless the actor has one of `roles` and, for provincial roles, the record's province."""
    if allows(actor, roles, province_id):
        return
    if actor.role not in roles:
        allowed = joined(", ", (r.label for r in roles))
        text = msg("Yetki", "Bu işlem ({action}) için yetkiniz yok: yalnızca {allowed} yapabilir.") if action else \
            msg("Yetki", "Bu işlem için yetkiniz yok: yalnızca {allowed} yapabilir.")
        raise PermissionDenied(text.format(action=action, allowed=allowed))
    if actor.role.provincial and province_id is not None and actor.province_id != province_id:
        text = msg("Yetki", "Bu kayıt başka bir ile ait; yalnızca kendi ilinizin kayıtlarında işlem yapabilirsiniz "
                   "({action}).") if action else \
            msg("Yetki", "Bu kayıt başka bir ile ait; yalnızca kendi ilinizin kayıtlarında işlem yapabilirsiniz.")
        raise PermissionDenied(text.format(action=action))


def can_see_province(actor: Actor, province_id: int) -> bool:
    return not actor.role.provincial or actor.province_id == province_id


# --- reading: one rule per kind of record (every read service calls one of these) -------------------------------

PERMIT_READERS = (*SHGM, Role.ADMIN, Role.AUDITOR, *ISM)          # İSM roles: their own province's facilities
KTS_READERS = (Role.KTS_OFFICER, Role.ADMIN, Role.AUDITOR)        # the KTS desk: vendors, their files, certificates
NOTICE_READERS = (*ISM, Role.KTS_OFFICER, Role.ADMIN, Role.AUDITOR)  # İSM roles: their own province's notices


def require_reader(actor: Actor, roles: tuple[Role, ...], province_id: int | None, what: str) -> None:
    """Refuse a read unless the actor has one of `roles` and, for provincial roles, the record's province
    (`province_id` None for a provincial role: a record of no province, which only non-provincial roles read)."""
    if actor.role not in roles:
        allowed = joined(", ", (r.label for r in roles))
        raise PermissionDenied(msg("Yetki", "{what} için yetkiniz yok: yalnızca {allowed} görebilir.").format(
            what=what, allowed=allowed))
    if actor.role.provincial and (province_id is None or actor.province_id != province_id):
        raise PermissionDenied(msg("Yetki", "{what} başka bir ile ait; yalnızca kendi ilinizin kayıtlarını "
                                   "görebilirsiniz.").format(what=what))


def require_application_reader(actor: Actor, province_id: int, what: str = msg("Yetki", "Bu başvuru")) -> None:
    """An application and what hangs on it (attachments, letters): everyone but İSM roles of another province."""
    require_reader(actor, tuple(Role), province_id, what)


def require_permit_reader(actor: Actor, facility_province_id: int,
                          what: str = msg("Yetki", "Bu izin belgesi")) -> None:
    """A permit, its history and its PDFs: SHGM, administrator, auditor; İSM roles for their province's facilities."""
    require_reader(actor, PERMIT_READERS, facility_province_id, what)


def require_kts_reader(actor: Actor, what: str = msg("Yetki", "KTS kayıtları")) -> None:
    """USBS vendors, their files and documents, KTS Yetki Belgesi PDFs: the KTS desk (KTS, administrator, auditor)."""
    require_reader(actor, KTS_READERS, None, what)


def require_notice_reader(actor: Actor, province_id: int,
                          what: str = msg("Yetki", "Bu ilin KTS bildirimleri")) -> None:
    """KTS notices to the İSMs: the province's İSM roles; KTS, administrator and auditor for every province."""
    require_reader(actor, NOTICE_READERS, province_id, what)


def require_document_reader(actor: Actor, kind: str, *, application_province_id: int | None,
                            facility_province_id: int | None, vendor_id: int | None) -> None:
    """A stored file, by what it belongs to: a permit's PDF by the permit rule, a vendor's file by the KTS rule, an
    application's file by the application rule; a file that belongs to nothing only for the administrator and
    the auditor."""
    what = msg("Yetki", "Bu belge")
    if kind == "izin_belgesi" and facility_province_id is not None:
        require_permit_reader(actor, facility_province_id, what)
    elif vendor_id is not None:
        require_kts_reader(actor, what)
    elif application_province_id is not None:
        require_application_reader(actor, application_province_id, what)
    elif facility_province_id is not None:
        require_application_reader(actor, facility_province_id, what)
    else:
        require_reader(actor, (Role.ADMIN, Role.AUDITOR), None, what)
