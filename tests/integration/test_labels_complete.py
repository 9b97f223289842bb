"""Officials see the names they know, never the schema's identifiers: every table and every column of the models has
a Turkish label (the audit viewer, the restore-test tutanak, input checks' messages; issue 17)."""

from __future__ import annotations

from app.models import Base
from app.workflows.common.field_labels import FIELD_LABELS
from app.workflows.common.table_labels import TABLE_LABELS


def test_every_table_and_field_has_a_label_officials_know():
    tables = {t.name for t in Base.metadata.sorted_tables}
    columns = {c.name for t in Base.metadata.sorted_tables for c in t.columns}
    assert sorted(tables - set(TABLE_LABELS)) == []
    assert sorted(columns - set(FIELD_LABELS)) == []
    assert all(label and "_" not in label for label in FIELD_LABELS.values())
