"""Turkish alphabetical order (a b c ç d … ğ h ı i … ö p r s ş t u ü v y z) for every desk: a sort key for lists
sorted in Python, and the SQL expression that makes SQLite's binary order Turkish order.

PostgreSQL sorts `tr_string` columns with the ICU tr-TR collation itself (app.models.base). No Qt.
"""

from __future__ import annotations

from sqlalchemy import func, literal_column

from app.textfold import fold

_TR_ALPHABET = {c: i for i, c in enumerate("abcçdefgğhıijklmnoöprsştuüvyz")}
_CIRCUMFLEX = str.maketrans("âîû", "aiu")
# On SQLite a folded name (app.textfold.fold) sorts in Turkish order in plain binary order once each Turkish
# letter becomes its base letter followed by "{" (just after "z"): c < cz… < "c{" (ç) < d; h < "h{" (ı) < i.
# Built-in replace() only, so an expression index on it (migration 0004, ix_facilities_tr_sort) can serve the
# sort: the migration spells this map out as SQL and tests/…/test_migrations.py checks the plan uses it.
SQLITE_TR_MAP = (("ç", "c{"), ("ğ", "g{"), ("ı", "h{"), ("ö", "o{"), ("ş", "s{"), ("ü", "u{"),
                 ("â", "a"), ("î", "i"), ("û", "u"))


def turkish_key(text: str | None) -> tuple[tuple[int, int], ...]:
    """Sort key in Turkish alphabetical order (a b c ç d … ı i … ş t u ü v y z); spaces and digits first."""
    out = []
    for c in fold(text).translate(_CIRCUMFLEX):
        if c in _TR_ALPHABET:
            out.append((1, _TR_ALPHABET[c]))
        else:
            out.append((0 if ord(c) < 128 and not c.isalpha() else 2, ord(c)))
    return tuple(out)


def sqlite_turkish_key(folded):  # type: ignore[no-untyped-def]
    """SQL expression: a folded text (name_fold) rewritten so that binary order is Turkish order (SQLite)."""
    expr = folded
    for letter, replacement in SQLITE_TR_MAP:   # literals, not parameters: an expression index must match
        expr = func.replace(expr, literal_column(f"'{letter}'"), literal_column(f"'{replacement}'"))
    return expr
