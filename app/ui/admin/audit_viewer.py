"""The audit viewer (administrator and auditor): filters by user, date range, table and record; pages of
50 entries, newest first; the selected entry's before and after values side by side, by the names officials know
(tables and fields labelled, dates dd.mm.yyyy, codes by their labels); the stored record (JSON) only under
"Ayrıntılar"."""

from __future__ import annotations

import json

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.formats import datetime_text, from_qdate, to_qdate
from app.ui.common.operations import run
from app.ui.common.texts import shown
from app.workflows.admin import audit_view
from app.workflows.common.context import AppContext
from app.workflows.common.table_labels import table_label

CHANGED_BACKGROUND = "#fff4d6"
SECRET_FIELDS = {"password_hash"}


def _raw(entry: audit_view.AuditRow) -> str:
    """The stored record as it is (for a technician), secrets hidden as in the table."""
    def hide(values: dict | None) -> dict | None:
        return None if values is None else {k: ("***" if k in SECRET_FIELDS and v else v) for k, v in values.items()}
    return json.dumps({"table": entry.table_name, "row_id": entry.row_id, "before": hide(entry.before),
                       "after": hide(entry.after)}, ensure_ascii=False, indent=2, default=str)


class AuditViewer(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, page_size: int = audit_view.PAGE_SIZE) -> None:
        super().__init__(parent)
        self.ctx, self.page_size = ctx, page_size
        self.page = 0
        self.current: audit_view.AuditPage | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14px; font-weight: bold;")
        # filters
        self.user = QComboBox()
        self.user.setEditable(True)
        self.table_name = QComboBox()
        self.table_name.setEditable(True)
        self.row_id = QLineEdit()
        today = to_qdate(ctx.clock.today())
        self.use_from, self.use_to = QCheckBox(), QCheckBox()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd.MM.yyyy")
            d.setEnabled(False)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        self.search_button, self.clear_button = QPushButton(), QPushButton()
        self.search_button.clicked.connect(self.search)
        self.clear_button.clicked.connect(self.clear_filters)
        self.row_id.returnPressed.connect(self.search)
        self.labels = {k: QLabel() for k in ("user", "table", "row", "from", "to")}
        grid = QGridLayout()
        grid.addWidget(self.labels["user"], 0, 0)
        grid.addWidget(self.user, 0, 1)
        grid.addWidget(self.labels["table"], 0, 2)
        grid.addWidget(self.table_name, 0, 3)
        grid.addWidget(self.labels["row"], 0, 4)
        grid.addWidget(self.row_id, 0, 5)
        grid.addWidget(self.use_from, 1, 0)
        grid.addWidget(self.date_from, 1, 1)
        grid.addWidget(self.use_to, 1, 2)
        grid.addWidget(self.date_to, 1, 3)
        grid.addWidget(self.search_button, 1, 4)
        grid.addWidget(self.clear_button, 1, 5)
        # list
        self.list = QTableWidget(0, 6)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.itemSelectionChanged.connect(self.show_selected)
        # detail
        self.detail_title = QLabel()
        self.detail = QTableWidget(0, 3)
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.verticalHeader().setVisible(False)
        self.detail.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.detail.horizontalHeader().setStretchLastSection(True)
        self.detail.setWordWrap(True)
        detail_box = QWidget()
        dl = QVBoxLayout(detail_box)
        dl.setContentsMargins(0, 0, 0, 0)
        self.raw_button = QPushButton()
        self.raw_button.setCheckable(True)
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setVisible(False)
        self.raw_button.toggled.connect(self.raw.setVisible)
        title_row = QHBoxLayout()
        title_row.addWidget(self.detail_title, 1)
        title_row.addWidget(self.raw_button)
        dl.addLayout(title_row)
        dl.addWidget(self.detail, 1)
        dl.addWidget(self.raw, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(detail_box)
        split.setSizes([300, 220])
        # paging
        self.prev_button, self.next_button = QPushButton(), QPushButton()
        self.prev_button.clicked.connect(lambda: self.go(self.page - 1))
        self.next_button.clicked.connect(lambda: self.go(self.page + 1))
        self.page_label = QLabel()
        paging = QHBoxLayout()
        paging.addWidget(self.page_label)
        paging.addStretch(1)
        paging.addWidget(self.prev_button)
        paging.addWidget(self.next_button)
        from app.ui.export_menu import add_export_button, audit_table

        # every entry matching the filter, not only this page
        self.exporter = add_export_button(self, ctx, "audit_trail", lambda: audit_table(self), "denetim-kaydi",
                                          details=lambda: {"filters": {k: str(v) for k, v in
                                                                       vars(self.filter()).items() if v}})
        paging.addWidget(self.exporter.button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addLayout(grid)
        lay.addWidget(split, 1)
        lay.addLayout(paging)
        self.retranslate()
        self._load_choices()
        self.search()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Denetim izi"))
        self.labels["user"].setText(self.tr("Kullanıcı:"))
        self.labels["table"].setText(self.tr("Tablo:"))
        self.labels["row"].setText(self.tr("Kayıt no:"))
        self.use_from.setText(self.tr("Başlangıç:"))
        self.use_to.setText(self.tr("Bitiş:"))
        self.search_button.setText(self.tr("&Ara"))
        self.clear_button.setText(self.tr("&Temizle"))
        self.prev_button.setText(self.tr("◀ Önceki"))
        self.next_button.setText(self.tr("Sonraki ▶"))
        self.list.setHorizontalHeaderLabels([self.tr("No"), self.tr("Zaman"), self.tr("Kullanıcı"),
                                             self.tr("İşlem"), self.tr("Tablo"), self.tr("Kayıt")])
        self.detail.setHorizontalHeaderLabels([self.tr("Alan"), self.tr("Önce"), self.tr("Sonra")])
        self.raw_button.setText(self.tr("Ayrıntılar"))
        self.raw_button.setToolTip(self.tr("Kaydın veritabanında saklandığı hâli (teknik)"))
        for combo in (self.user, self.table_name):
            if combo.count():
                combo.setItemText(0, self.tr("(hepsi)"))
        if self.current is not None:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def action_text(self, action: str) -> str:
        return {"insert": self.tr("Ekleme"), "update": self.tr("Değişiklik"), "delete": self.tr("Silme"),
                "event": self.tr("Olay")}.get(action, action)

    def _load_choices(self) -> None:
        for combo, fn in ((self.user, audit_view.usernames), (self.table_name, audit_view.table_names)):
            out = run(self, self.tr("Denetim izi okunamadı"), fn, self.ctx, quiet=True)
            combo.clear()
            combo.addItem(self.tr("(hepsi)"), "")
            for value in out.value or []:
                combo.addItem(shown(table_label(value)) if combo is self.table_name else value, value)

    def _combo_value(self, combo: QComboBox) -> str:
        """The chosen item's value (a table's identifier behind its label), or what was typed."""
        text = combo.currentText().strip()
        if text == combo.itemText(0):
            return ""
        i = combo.findText(text)
        return str(combo.itemData(i)) if i > 0 else text

    def filter(self) -> audit_view.AuditFilter:
        return audit_view.AuditFilter(
            username=self._combo_value(self.user),
            date_from=from_qdate(self.date_from.date()) if self.use_from.isChecked() else None,
            date_to=from_qdate(self.date_to.date()) if self.use_to.isChecked() else None,
            table_name=self._combo_value(self.table_name),
            row_id=self.row_id.text().strip(),
        )

    def clear_filters(self) -> None:
        self.user.setCurrentIndex(0)
        self.table_name.setCurrentIndex(0)
        self.row_id.clear()
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        self.search()

    def search(self) -> None:
        self.go(0)

    def go(self, page: int) -> None:
        out = run(self, self.tr("Denetim izi okunamadı"), audit_view.search, self.ctx, self.filter(), max(0, page),
                  self.page_size)
        if not out.ok or out.value is None:
            return
        self.current, self.page = out.value, out.value.page
        self._fill()

    def _fill(self) -> None:
        page = self.current
        assert page is not None
        self.list.setRowCount(len(page.rows))
        for r, e in enumerate(page.rows):
            values = (str(e.id), datetime_text(e.at), e.username, self.action_text(e.action), shown(e.table_label),
                      e.row_text)
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.list.setItem(r, c, item)
        self.page_label.setText(self.tr("{total} kayıt — sayfa {page}/{pages}").format(
            total=page.total, page=page.page + 1, pages=page.pages))
        self.prev_button.setEnabled(page.page > 0)
        self.next_button.setEnabled(page.page + 1 < page.pages)
        if page.rows:
            self.list.selectRow(0)
            self.show_selected()          # row 0 may have been selected already: no selection change then
        else:
            self.detail.setRowCount(0)
            self.detail_title.setText(self.tr("Seçilen kayıt yok."))

    def selected_entry(self) -> audit_view.AuditRow | None:
        if self.current is None:
            return None
        rows = self.list.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.current.rows):
            return None
        return self.current.rows[rows[0].row()]

    def show_selected(self) -> None:
        e = self.selected_entry()
        if e is None:
            return
        self.detail_title.setText(self.tr("Kayıt {id}: {action}, {table} {row} — {user}, {when}").format(
            id=e.id, action=self.action_text(e.action), table=shown(e.table_label), row=e.row_text, user=e.username,
            when=datetime_text(e.at)))
        self.raw.setPlainText(_raw(e))
        fields = e.fields()
        self.detail.setRowCount(len(fields))
        for r, f in enumerate(fields):
            b, a = shown(f.before), shown(f.after)
            if f.field in SECRET_FIELDS:  # never shown, only whether it changed
                b, a = (self.tr("(gizli)") if b and b != "—" else b), (self.tr("(gizli)") if a and a != "—" else a)
            for c, v in enumerate((shown(f.label), b, a)):
                item = QTableWidgetItem(v)
                item.setToolTip(f.field if c == 0 else v)
                if f.changed:
                    item.setBackground(QColor(CHANGED_BACKGROUND))
                self.detail.setItem(r, c, item)
        self.detail.resizeColumnToContents(0)
        self.detail.setColumnWidth(1, max(160, (self.detail.viewport().width() - self.detail.columnWidth(0)) // 2))
