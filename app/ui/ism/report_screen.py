"""The monthly İSM report (app.workflows.ism.reports): a province (İSM users: their own, fixed), a month, the
figures, and the export to Excel / CSV. Opened from the İSM desk and from the dashboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.formats import date_text, turkish_sorted
from app.ui.common.operations import Operation, alive, run
from app.ui.export_menu import add_export_button
from app.ui.labels import month_name, number
from app.workflows.common import lookups
from app.workflows.common.context import AppContext
from app.workflows.ism import reports
from app.workflows.ism.reports import MonthlyIsmReport


def previous_month(today: dt.date) -> tuple[int, int]:
    return (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)


class MonthlyReportDialog(QDialog):
    """`show_report()` reads the figures for the chosen province and month; `report` holds them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, province_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: MonthlyIsmReport | None = None
        provincial = ctx.actor.role.provincial
        self.province_label = QLabel()
        self.province_combo = QComboBox()
        self.province_label.setBuddy(self.province_combo)
        if provincial:
            self.province_combo.addItem("", ctx.actor.province_id)
            self.province_combo.setEnabled(False)      # an İSM user reports on the own province only
        else:
            choices = run(self, "", lookups.provinces, ctx).value or []
            for p in turkish_sorted(choices, key=lambda c: c.name):
                self.province_combo.addItem(p.name, p.code)
            self.province_combo.setCurrentIndex(max(0, self.province_combo.findData(province_id or 6)))
        self.month_label = QLabel()
        self.month_combo = QComboBox()
        self.month_label.setBuddy(self.month_combo)
        self.year_spin = QSpinBox()
        today = ctx.clock.today()
        self.year_spin.setRange(2020, today.year + 1)
        year, month = previous_month(today)
        self.year_spin.setValue(year)
        self.show_button = QPushButton()
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.show_report)

        self.title = QLabel()
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")

        self.exporter = add_export_button(self, ctx, "monthly_report", lambda: ([], []), "ush-aylik-rapor",
                                          write=self._write)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.exporter.button, QDialogButtonBox.ButtonRole.ActionRole)

        pick = QHBoxLayout()
        pick.addWidget(self.province_label)
        pick.addWidget(self.province_combo, 1)
        pick.addSpacing(12)
        pick.addWidget(self.month_label)
        pick.addWidget(self.month_combo)
        pick.addWidget(self.year_spin)
        pick.addSpacing(12)
        pick.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(720, 420)
        self.retranslate()
        self.month_combo.setCurrentIndex(month - 1)
        self.show_report()

    # -- texts ---------------------------------------------------------------------------------------------------

    def labels(self) -> dict[str, str]:
        return {
            "received": self.tr("Alınan başvuru"),
            "notified_in_time": self.tr("Süresi içinde yapılan bildirim"),
            "notified_late": self.tr("Süresi geçtikten sonra yapılan bildirim"),
            "overdue_open": self.tr("Süresi geçmiş, bildirim bekleyen başvuru (ay sonunda)"),
            "forwarded": self.tr("SHGM'ye iletilen başvuru"),
            "permits_issued": self.tr("Düzenlenen Faaliyet İzin Belgesi"),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Aylık İSM raporu"))
        self.province_label.setText(self.tr("İ&l:"))
        if self.ctx.actor.role.provincial:
            self.province_combo.setItemText(0, self.tr("Kendi iliniz"))
        self.month_label.setText(self.tr("A&y:"))
        index = max(0, self.month_combo.currentIndex())
        self.month_combo.clear()
        self.month_combo.addItems([month_name(m) for m in range(1, 13)])
        self.month_combo.setCurrentIndex(index)
        self.show_button.setText(self.tr("&Göster"))
        self.table.setHorizontalHeaderLabels([self.tr("Gösterge"), self.tr("Sayı")])
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Kapat"))
        self.render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ----------------------------------------------------------------------------------------------------

    def chosen(self) -> tuple[int, int, int]:
        return int(self.province_combo.currentData()), self.year_spin.value(), self.month_combo.currentIndex() + 1

    def show_report(self) -> Operation:
        """The figures are counted in a worker; the table and the button wait."""
        province_id, year, month = self.chosen()
        return Operation(self, self.tr("Aylık İSM raporu"), reports.monthly_report, self.ctx, province_id, year,
                         month).busy(self.table, self.show_button).finally_(self._reported).run()

    def _reported(self, outcome) -> None:  # type: ignore[no-untyped-def]
        if not alive(self):
            return
        self.report = outcome.value if outcome.ok else None
        if self.report is not None:
            self.exporter.default_name = reports.default_file_name(self.report, "")
        self.render()

    def render(self) -> None:
        r = self.report
        self.exporter.button.setEnabled(r is not None)
        if r is None:
            self.title.setText("")
            self.table.setRowCount(0)
            self.note.setText("")
            return
        if self.ctx.actor.role.provincial:
            self.province_combo.setItemText(0, r.province_name)
        self.title.setText(self.tr("{province} İl Sağlık Müdürlüğü — {month} {year}").format(
            province=r.province_name, month=month_name(r.month), year=r.year))
        labels = self.labels()
        self.table.setRowCount(len(labels))
        for i, (key, text) in enumerate(labels.items()):
            value = QTableWidgetItem(number(getattr(r, key)))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, 0, QTableWidgetItem(text))
            self.table.setItem(i, 1, value)
        _first, last = reports.month_bounds(r.year, r.month)
        if r.as_of < last:
            self.note.setText(self.tr("Ay sürüyor: sayılar {day} itibarıyladır.").format(day=date_text(r.as_of)))
        else:
            self.note.setText(self.tr(
                "Bildirimler, bitirdikleri 15 günlük sürenin son gününe göre \"süresi içinde\" ya da \"süresi "
                "geçtikten sonra\" sayılır; tanımlar docs/reports.md dosyasındadır."))

    def rows(self) -> list[tuple[str, str]]:
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text()) for r in range(self.table.rowCount())]

    def _write(self, path):  # type: ignore[no-untyped-def]
        if self.report is None:
            raise ValueError("no report to export")
        return reports.export_report(self.ctx, self.report, path)
