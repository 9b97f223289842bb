"""Errors a workflow raises for the officer: each carries a Turkish message the UI and CLI show as is."""

from __future__ import annotations


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
        super().__init__("Formda düzeltilmesi gereken alanlar var:\n" + "\n".join(f"• {m}" for m in errors.values()))


class StaleRecord(DomainError):
    """Someone saved the record after this officer opened it."""

    def __init__(self, what: str, changed_by: str | None):
        self.changed_by = changed_by
        who = f" {changed_by} tarafından" if changed_by else ""
        super().__init__(
            f"{what} siz açtıktan sonra{who} değiştirilmiş; kaydınız yapılmadı. Kaydı yeniden yükleyip "
            "değişikliklerinizi tekrar girin."
        )


class DiskFull(DomainError):
    """The disk (or the quota) holding the database or the file being written is full; nothing was kept."""

    def __init__(self, where: str = "") -> None:
        at = f" ({where})" if where else ""
        super().__init__(f"Diskte yer kalmadı{at}. Yer açıp yeniden deneyin; bu işlem kaydedilmedi.")
