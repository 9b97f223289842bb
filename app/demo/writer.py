"""Bulk writing for demo data: primary keys assigned in Python, rows buffered and inserted with Core executemany.

Assigning ids ourselves lets child rows point at parents without a round trip per row; flushing every buffer
in foreign-key order means a child never reaches the database before its parent.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Table, func, select, text

from app.models import Base

FLUSH_ROWS = 20_000  # buffered rows across all tables before an automatic flush


class BulkWriter:
    def __init__(self, conn: Connection, tables: Iterable[Table]):
        self.conn = conn
        wanted = set(tables)
        # sorted_tables is topological: parents come before the tables that reference them.
        self.order = [t for t in Base.metadata.sorted_tables if t in wanted]
        self.buffers: dict[Table, list[dict[str, Any]]] = {t: [] for t in self.order}
        self.counts: dict[str, int] = {t.name: 0 for t in self.order}
        self._next: dict[Table, int] = {}
        self._buffered = 0

    def next_id(self, table: Table) -> int:
        """The next free primary key (existing maximum + 1, then counting up)."""
        if table not in self._next:
            current = self.conn.execute(select(func.max(table.c.id))).scalar()
            self._next[table] = (current or 0) + 1
        value = self._next[table]
        self._next[table] = value + 1
        return value

    def add(self, table: Table, row: dict[str, Any]) -> None:
        self.buffers[table].append(row)
        self._buffered += 1
        if self._buffered >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        for table in self.order:
            rows = self.buffers[table]
            if rows:
                self.conn.execute(table.insert(), rows)
                self.counts[table.name] += len(rows)
                self.buffers[table] = []
        self._buffered = 0

    def advance_sequences(self) -> None:
        """PostgreSQL: serial sequences do not see explicit ids; move them past the highest id we wrote."""
        if self.conn.dialect.name != "postgresql":
            return  # SQLite takes max(rowid) + 1 by itself
        for table in self.order:
            if self.counts[table.name] and "id" in table.c and table.c.id.autoincrement is not False:
                self.conn.execute(
                    text(f"SELECT setval(pg_get_serial_sequence(:t, 'id'), (SELECT max(id) FROM {table.name}))"),
                    {"t": table.name},
                )
