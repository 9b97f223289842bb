"""Turkish-aware case folding for search keys (Python's lower() maps 'I' to 'i' and 'İ' to 'i̇')."""

_TR_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_TR_UPPER = str.maketrans({"i": "İ", "ı": "I"})


def tr_lower(text: str) -> str:
    return text.translate(_TR_LOWER).lower()


def tr_upper(text: str) -> str:
    return text.translate(_TR_UPPER).upper()


def fold(text: str | None) -> str:
    """Search key: Turkish lower case with collapsed white space, so 'İSTANBUL' and 'istanbul' match."""
    if not text:
        return ""
    return " ".join(tr_lower(text).split())
