"""Errors a workflow raises for the officer: each carries a message (app.workflows.common.messages: the Turkish
text the CLI prints, rendered in the interface's language by the UI)."""

from __future__ import annotations

from app.workflows.common.messages import joined, msg


class DomainError(Exception):
    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


class PermissionDenied(DomainError):
    pass


class NotFound(DomainError):
    pass


class ValidationFailed(DomainError):
    """One or more fields are wrong; `errors` maps a field name to its message. Nothing was written."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__(msg("Hatalar", "Formda düzeltilmesi gereken alanlar var:\n{lines}").format(
            lines=joined("\n", (msg("Hatalar", "• {line}").format(line=m) for m in errors.values()))))


class StaleRecord(DomainError):
    """Someone saved the record after this officer opened it."""

    def __init__(self, what: str, changed_by: str | None):
        self.changed_by = changed_by
        if changed_by:
            text = msg("Hatalar", "{what} siz açtıktan sonra {who} tarafından değiştirilmiş; kaydınız yapılmadı. "
                       "Kaydı yeniden yükleyip değişikliklerinizi tekrar girin.").format(what=what, who=changed_by)
        else:
            text = msg("Hatalar", "{what} siz açtıktan sonra değiştirilmiş; kaydınız yapılmadı. Kaydı yeniden "
                       "yükleyip değişikliklerinizi tekrar girin.").format(what=what)
        super().__init__(text)


class DiskFull(DomainError):
    """The disk (or the quota) holding the database or the file being written is full; nothing was kept."""

    def __init__(self, where: str = "") -> None:
        text = msg("Hatalar", "Diskte yer kalmadı ({where}). Yer açıp yeniden deneyin; bu işlem kaydedilmedi.") \
            if where else msg("Hatalar", "Diskte yer kalmadı. Yer açıp yeniden deneyin; bu işlem kaydedilmedi.")
        super().__init__(text.format(where=where))
