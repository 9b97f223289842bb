"""Files kept in the database (`documents`): reading one back with its bytes, and the size limit every
attachment obeys (application files at the İSM, vendor files at the KTS). No Qt."""

from __future__ import annotations

from dataclasses import dataclass

from app.models import Document
from app.workflows.common.application_view import visible_application
from app.workflows.common.context import AppContext
from app.workflows.common.errors import NotFound

MAX_ATTACHMENT_MB = 50
MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_MB * 1024 * 1024     # one attached file; the form checks it too


def attachment_problem(filename: str, size: int) -> str | None:
    """Why a file of `size` bytes cannot be attached (empty, or over the limit), in Turkish; None if it can."""
    name = filename or "Belge"
    if size <= 0:
        return f"{name} boş bir dosya."
    if size > MAX_ATTACHMENT_BYTES:
        return f"{name}: dosya {MAX_ATTACHMENT_MB} MB'tan büyük."
    return None


@dataclass(frozen=True)
class StoredDocument:
    id: int
    filename: str
    media_type: str
    content: bytes


def document(ctx: AppContext, document_id: int) -> StoredDocument:
    """A stored file (an attachment, a notification letter) with its bytes; an application's files only for
    users who may see the application."""
    with ctx.read() as s:
        doc = s.get(Document, document_id)
        if doc is None:
            raise NotFound("Belge bulunamadı.")
        if doc.application_id is not None:
            visible_application(s, ctx, doc.application_id)
        return StoredDocument(doc.id, doc.filename, doc.media_type, bytes(doc.content))
