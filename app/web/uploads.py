"""An uploaded permit PDF: read at most limit + 1 bytes, refuse what is not a PDF (Turkish messages by key)."""

from __future__ import annotations

from fastapi import UploadFile


class UploadRefused(Exception):
    def __init__(self, status: int, key: str) -> None:
        super().__init__(key)
        self.status, self.key = status, key


def read_pdf(upload: UploadFile | None, limit: int) -> bytes:
    if upload is None or not upload.filename and upload.size in (None, 0):
        raise UploadRefused(400, "err_no_file")
    data = upload.file.read(limit + 1)
    if len(data) > limit:
        raise UploadRefused(413, "err_too_large")
    if not data:
        raise UploadRefused(400, "err_no_file")
    if b"%PDF-" not in data[:1024]:       # the header may follow up to 1 KB of junk (PDF 1.7, annex H)
        raise UploadRefused(415, "err_not_pdf")
    return data
