"""Officials see the database's tables by the names they know (the restore-test tutanak, the audit viewer): every
table of the schema has a Turkish label, and none is left as an English identifier."""

from app.models import Base
from app.workflows.common.table_labels import TABLE_LABELS, table_label


def test_every_table_has_a_label_officials_know():
    missing = sorted(t for t in Base.metadata.tables if t not in TABLE_LABELS)
    assert missing == [], f"label these tables in app/workflows/common/table_labels.py: {missing}"
    assert sorted(set(TABLE_LABELS) - set(Base.metadata.tables)) == []      # no label for a table that is gone


def test_a_label_is_turkish_text_not_the_identifier():
    assert str(table_label("applications")) == "Başvurular"
    assert all(str(label) != name and "_" not in str(label) for name, label in TABLE_LABELS.items())
    assert table_label("no_such_table") == "no_such_table"


def test_events_of_the_audit_trail_are_named_too():
    assert str(table_label("backup_offsite")) == "Yedeğin başka yerdeki kopyası"
    assert str(table_label("demo_data")) == "Örnek veri yüklemesi"
