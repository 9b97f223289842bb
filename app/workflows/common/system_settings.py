"""Settings every desk on a shared database agrees on (stored in system_settings)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from app.models import SystemSetting
from app.workflows.common.deadlines import DEFAULT_RULES, ClockRules
from app.workflows.common.messages import msg

if TYPE_CHECKING:
    from app.workflows.common.context import AppContext


def clock_rules(session: Session) -> ClockRules:
    row = session.get(SystemSetting, "clock_rules")
    return rules_from_value(None if row is None else row.value)


def rules_from_value(value: dict[str, Any] | None) -> ClockRules:
    """The rules from the stored value of the "clock_rules" setting (None: no row, the defaults). A read-only
    query may select the value alone (the İSM worklist does, for each page) and build the rules here."""
    if value is None:
        return DEFAULT_RULES
    return ClockRules(
        period_days=int(value.get("period_days", DEFAULT_RULES.period_days)),
        eve_is_working_day=bool(value.get("eve_is_working_day", DEFAULT_RULES.eve_is_working_day)),
    )


def set_clock_rules(session: Session, rules: ClockRules) -> None:
    """Change the shared clock rules (audited like every write; the caller checks the role)."""
    row = session.get(SystemSetting, "clock_rules")
    value = {"period_days": rules.period_days, "eve_is_working_day": rules.eve_is_working_day}
    if row is None:
        session.add(SystemSetting(key="clock_rules", value=value))
    else:
        row.value = value


PRODUCER_KEEPS_FACILITIES = "producer_keeps_facilities"


def producer_keeps_facilities(session: Session) -> bool:
    """May a USBS producer that leaves the KTS active list (passive, or deleted while its access code is open) go
    on serving the USH facilities it already served? Default no: only active-list producers serve (the USH flow
    chart; docs/decisions.md). A ministry that reads SBYS art. 8 ("yeni tesise hizmet veremez") as leaving existing
    facilities alone sets it to true."""
    row = session.get(SystemSetting, PRODUCER_KEEPS_FACILITIES)
    return bool(row is not None and isinstance(row.value, dict) and row.value.get("value"))


def change_producer_keeps_facilities(ctx: AppContext, value: bool) -> None:
    """The administrator changes the setting (decision 73), audited; every desk and the services read it."""
    from app.workflows.common.permissions import require
    from app.workflows.common.vocabulary import Role

    require(ctx.actor, (Role.ADMIN,),
            action=msg("Yetki", "aktif listeden çıkan üreticinin tesisleri ayarını değiştirme"))
    with ctx.write() as s:
        set_producer_keeps_facilities(s, value)


def read_producer_keeps_facilities(ctx: AppContext) -> bool:
    with ctx.read() as s:
        return producer_keeps_facilities(s)


def set_producer_keeps_facilities(session: Session, value: bool) -> None:
    """Change the setting (audited like every write; the caller checks the role)."""
    row = session.get(SystemSetting, PRODUCER_KEEPS_FACILITIES)
    if row is None:
        session.add(SystemSetting(key=PRODUCER_KEEPS_FACILITIES, value={"value": bool(value)}))
    else:
        row.value = {"value": bool(value)}


# --- what the İSM's letters print (issue 17) ---------------------------------------------------------------------

DEFAULT_COMPLETION_DAYS = 30        # research §5.4: a cure period is a setting, not law


@dataclass(frozen=True)
class LetterSettings:
    """The directorate's contact line on its letters (per province) and the time a deficiency letter gives."""

    address: str = ""
    phone: str = ""
    email: str = ""
    kep: str = ""
    completion_days: int = DEFAULT_COMPLETION_DAYS

    @property
    def contact_line(self) -> str:
        parts = [(label, value) for label, value in (("Tel", self.phone), ("e-posta", self.email),
                                                     ("KEP", self.kep)) if value.strip()]
        return "  ·  ".join(f"{label}: {value.strip()}" for label, value in parts)

    @property
    def address_line(self) -> str:
        return f"Adres: {self.address.strip()}" if self.address.strip() else ""


def _contact_key(province_id: int) -> str:
    return f"letter_contact:{province_id}"


def letter_settings(session: Session, province_id: int) -> LetterSettings:
    """The province's contact line (empty where none is set) and the completion period (shared setting)."""
    contact = session.get(SystemSetting, _contact_key(province_id))
    rules = session.get(SystemSetting, "letter_rules")
    c = contact.value if contact is not None else {}
    days = (rules.value or {}).get("completion_days", DEFAULT_COMPLETION_DAYS) if rules is not None \
        else DEFAULT_COMPLETION_DAYS
    return LetterSettings(str(c.get("address", "")), str(c.get("phone", "")), str(c.get("email", "")),
                          str(c.get("kep", "")), int(days))


def set_letter_settings(session: Session, province_id: int, settings: LetterSettings) -> None:
    """Store the province's contact line and the shared completion period (audited; the caller checks the role)."""
    _put(session, _contact_key(province_id), {"address": settings.address.strip(), "phone": settings.phone.strip(),
                                              "email": settings.email.strip(), "kep": settings.kep.strip()})
    _put(session, "letter_rules", {"completion_days": int(settings.completion_days)})


def _put(session: Session, key: str, value: dict[str, Any]) -> None:
    row = session.get(SystemSetting, key)
    if row is None:
        session.add(SystemSetting(key=key, value=value))
    elif row.value != value:
        row.value = value


# The public verification service's address (issue 16): new permits carry `<base URL>/dogrula/<code>` in their QR
# code and print it under it. Empty: the QR keeps the old `USH-IZIN:<code>` payload.
VERIFICATION_BASE_URL = "verification_base_url"


def verification_base_url(session: Session) -> str:
    row = session.get(SystemSetting, VERIFICATION_BASE_URL)
    return "" if row is None else str((row.value or {}).get("url", ""))


def normalise_base_url(text: str) -> str:
    """The base address as stored: http(s)://host[:port][/path], no query, no trailing slash or `/dogrula`."""
    from urllib.parse import urlsplit

    from app.workflows.common.errors import ValidationFailed

    raw = (text or "").strip()
    if not raw:
        return ""
    bad = ValidationFailed({"verification_base_url": msg("Hatalar", "Doğrulama adresi https://alan.adi biçiminde "
                                                                    "olmalı (ör. https://usbs.saglik.gov.tr); soru "
                                                                    "işareti ve boşluk içeremez.")})
    try:
        parts = urlsplit(raw)
        _ = parts.port
    except ValueError:
        raise bad from None
    if parts.scheme not in ("https", "http") or not parts.hostname or parts.query or parts.fragment \
            or any(c.isspace() for c in raw) or len(raw) > 200:
        raise bad
    path = parts.path.rstrip("/")
    path = path[: -len("/dogrula")] if path.endswith("/dogrula") else path
    return f"{parts.scheme}://{parts.netloc}{path}"


def set_verification_base_url(ctx: AppContext, text: str) -> str:
    """The administrator sets the verification service's address (audited); returns it as stored."""
    from app.workflows.common.permissions import require
    from app.workflows.common.vocabulary import Role

    require(ctx.actor, (Role.ADMIN,), action=msg("Yetki", "doğrulama adresini değiştirme"))
    url = normalise_base_url(text)
    with ctx.write() as s:
        row = s.get(SystemSetting, VERIFICATION_BASE_URL)
        if row is None:
            s.add(SystemSetting(key=VERIFICATION_BASE_URL, value={"url": url}))
        else:
            row.value = {"url": url}
    return url


def read_verification_base_url(ctx: AppContext) -> str:
    with ctx.read() as s:
        return verification_base_url(s)
