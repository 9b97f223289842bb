"""What the İSM's letters print that is not the case's own (issue 17): the directorate's contact line per province
(address, telephone, e-posta, KEP) and the time a deficiency letter gives to complete the file. Shared settings
(`system_settings`): set by the administrator, read by every desk. No Qt."""

from __future__ import annotations

from app.workflows.common.context import AppContext
from app.workflows.common.errors import ValidationFailed
from app.workflows.common.field_labels import field_label
from app.workflows.common.messages import msg
from app.workflows.common.permissions import require
from app.workflows.common.system_settings import LetterSettings, letter_settings, set_letter_settings
from app.workflows.common.validation import email_error, phone_error
from app.workflows.common.vocabulary import Role

MAX_COMPLETION_DAYS = 180


def current(ctx: AppContext, province_id: int) -> LetterSettings:
    with ctx.read() as s:
        return letter_settings(s, province_id)


def save(ctx: AppContext, province_id: int, settings: LetterSettings) -> None:
    """Store the province's contact line and the completion period (administrator only; audited)."""
    require(ctx.actor, (Role.ADMIN,), action=msg("Yetki", "yazı bilgileri"))
    errors: dict[str, str] = {}
    if settings.email.strip() and (e := email_error(settings.email.strip())):
        errors["email"] = e
    if settings.kep.strip() and (e := email_error(settings.kep.strip(), field_label("kep_address"))):
        errors["kep"] = e
    if settings.phone.strip() and (e := phone_error(settings.phone.strip())):
        errors["phone"] = e
    if not 1 <= settings.completion_days <= MAX_COMPLETION_DAYS:
        errors["completion_days"] = msg("Doğrulama", "Tamamlama süresi 1 ile {max} gün arasında olmalıdır.").format(
            max=MAX_COMPLETION_DAYS)
    if errors:
        raise ValidationFailed(errors)
    with ctx.write() as s:
        set_letter_settings(s, province_id, settings)
