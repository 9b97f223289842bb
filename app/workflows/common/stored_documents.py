"""Files kept in the database (`documents`): reading one back with its bytes, and the size limit every
attachment obeys (application files at the İSM, vendor files at the KTS). No Qt."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.models import Application, Document, Facility
from app.workflows.common.context import AppContext
from app.workflows.common.errors import NotFound
from app.workflows.common.messages import msg
from app.workflows.common.permissions import require_document_reader
from app.workflows.common.document_status import document_stamp, shown_copy

MAX_ATTACHMENT_MB = 50
MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_MB * 1024 * 1024     # one attached file; the form checks it too


def attachment_problem(filename: str, size: int) -> str | None:
    """Why a file of `size` bytes cannot be attached (empty, or over the limit), in Turkish; None if it can."""
    name = filename or msg("Hatalar", "Belge")
    if size <= 0:
        return msg("Hatalar", "{name} boş bir dosya.").format(name=name)
    if size > MAX_ATTACHMENT_BYTES:
        return msg("Hatalar", "{name}: dosya {mb} MB'tan büyük.").format(name=name, mb=MAX_ATTACHMENT_MB)
    return None


@dataclass(frozen=True)
class StoredDocument:
    id: int
    filename: str
    media_type: str
    content: bytes


def document(ctx: AppContext, document_id: int) -> StoredDocument:
    """A stored file (an attachment, a notification letter, a permit PDF, a vendor's file) with its bytes, for
    those who may read what it belongs to (`permissions.require_document_reader`)."""
    with ctx.read() as s:
        doc = s.get(Document, document_id)
        if doc is None:
            raise NotFound(msg("Hatalar", "Belge bulunamadı."))
        app_province = s.scalar(select(Application.province_id).where(Application.id == doc.application_id)) \
            if doc.application_id is not None else None
        facility_province = s.scalar(select(Facility.province_id).where(Facility.id == doc.facility_id)) \
            if doc.facility_id is not None else None
        require_document_reader(ctx.actor, doc.kind, application_province_id=app_province,
                                facility_province_id=facility_province, vendor_id=doc.vendor_id)
        content = shown_copy(bytes(doc.content), document_stamp(s, doc.id, ctx.clock.today()))
        return StoredDocument(doc.id, doc.filename, doc.media_type, content)

