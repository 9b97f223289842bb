"""Genel Yetkinlik on the KTS desk (SBYS Yönetmeliği md. 20): the published list of a year with its scores and
list status (exportable), and for one SBYS the yearly plan the desk proposes, its evaluations, the scores given
against the published criteria and the year's declaration (staff, open-source database and operating system)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.formats import date_text, from_qdate, narrow_combo, to_qdate
from app.ui.common.forms import DiscardGuard
from app.ui.common.operations import Messages, Operation, run
from app.ui.common.tables import fill_table, read_only_table
from app.workflows.common.context import AppContext
from app.workflows.kts import competence
from app.workflows.kts.evaluation_plan import Evaluator, Planned

ID_ROLE = Qt.ItemDataRole.UserRole






def _score(value: object) -> str:
    return "" if value is None else f"{value}".replace(".", ",")


class CompetenceScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.proposal: list[competence.PlanRow] = []
        today = ctx.clock.today()
        self.year = QSpinBox()
        self.year.setRange(2022, 2100)
        self.year.setValue(today.year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.refresh_button = QPushButton(self.tr("&Yenile"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Yıl")))
        top.addWidget(self.year)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        from app.ui.export_menu import add_export_button, table_widget_contents

        self.exporter = add_export_button(self, ctx, "kts_scores", lambda: table_widget_contents(self.scores_table),
                                          "genel-yetkinlik-puanlari",
                                          details=lambda: {"year": self.year.value()})
        top.addWidget(self.exporter.button)

        scores_box = QGroupBox(self.tr("Yayımlanan liste: Genel Yetkinlik Puanları"))
        self.scores_table = read_only_table(len(competence.HEADERS))
        self.scores_table.setHorizontalHeaderLabels([
            self.tr("Üretici"), self.tr("VKN"), self.tr("SBYS"), self.tr("KTS listesi"), self.tr("Değ. sayısı"),
            self.tr("Teknik D. P."), self.tr("Personel K. P."), self.tr("Açık kaynak artışı (%)"),
            self.tr("Genel Yetkinlik Puanı")])
        self.weights_label = QLabel()
        self.weights_label.setWordWrap(True)
        sl = QVBoxLayout(scores_box)
        sl.addWidget(self.scores_table, 1)
        sl.addWidget(self.weights_label)

        # a group box is at least as wide as its title: the rules go in a wrapped line under it (1366 px, English)
        plan_box = QGroupBox(self.tr("Teknik değerlendirme planı"))
        plan_rules = QLabel(self.tr("En az 3 tesis, 6 ay hizmet, farklı iller; değerlendirici tesisin ilinde görev "
                                    "yapmaz (SBYS md. 20/4)."))
        plan_rules.setWordWrap(True)
        self.product = QComboBox()
        narrow_combo(self.product)
        self.product.currentIndexChanged.connect(lambda _i: self.show_evaluations())
        self.plan_day = QDateEdit(to_qdate(today))
        self.plan_day.setCalendarPopup(True)
        self.plan_day.setDisplayFormat("dd.MM.yyyy")
        self.propose_button = QPushButton(self.tr("Plan ö&ner"))
        self.propose_button.clicked.connect(self.propose)
        self.save_button = QPushButton(self.tr("Planı &kaydet"))
        self.save_button.clicked.connect(self.save_plan)
        self.save_button.setEnabled(False)
        self.evaluate_button = QPushButton(self.tr("&Değerlendirmeyi kaydet…"))
        self.evaluate_button.clicked.connect(self.record_evaluation)
        self.declare_button = QPushButton(self.tr("Y&etkinlik bilgisi…"))
        self.declare_button.clicked.connect(self.declare)
        row = QHBoxLayout()
        row.addWidget(self.product, 1)
        row.addWidget(self.plan_day)
        row.addWidget(self.propose_button)
        row.addWidget(self.save_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.evaluate_button)
        row2.addWidget(self.declare_button)
        row2.addStretch(1)
        self.plan_table = read_only_table(7)
        self.plan_table.setHorizontalHeaderLabels([
            self.tr("Tesis"), self.tr("İl"), self.tr("Hizmet başlangıcı"), self.tr("Değerlendirici"),
            self.tr("Değerlendiricinin ili"), self.tr("Değerlendirme tarihi"), self.tr("Puan")])
        pl = QVBoxLayout(plan_box)
        pl.addWidget(plan_rules)
        pl.addLayout(row)
        pl.addWidget(self.plan_table, 1)
        pl.addLayout(row2)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(scores_box)
        split.addWidget(plan_box)
        split.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.refresh()

    def refresh(self) -> None:
        # The list reads every SBYS of the year (a few queries each): off the GUI thread.
        Operation(self, self.tr("Genel Yetkinlik"), competence.scores, self.ctx, self.year.value()) \
            .busy(self.scores_table).success(self._show_scores).run()
        self._refresh_plan()

    def _show_scores(self, rows: list[competence.ScoreRow]) -> None:
        fill_table(self.scores_table, [(r.vendor_name, r.tax_no, r.product, r.status, r.evaluations, _score(r.technical),
                                   _score(r.personnel), r.raise_percent, _score(r.general)) for r in rows], max_width=260)

    def _refresh_plan(self) -> None:
        w = competence.current_weights(self.ctx)
        self.weights_label.setText(self.tr(
            "Genel Yetkinlik Puanı = (Teknik × {t} + Personel × {p}) / {total}; açık kaynak ya da lisans gerektirmeyen "
            "veri tabanı ve işletim sistemi için ayrı ayrı %{r} artırılır (toplanır), en çok 100. Ölçütler ve ölçek "
            "ÖRNEK referans verisidir (resmî metinle doğrulanmadı).").format(
                t=w.technical, p=w.personnel, total=w.technical + w.personnel, r=w.open_source_raise))
        day = self._day()
        current = self.product.currentData()
        self.product.blockSignals(True)
        self.product.clear()
        found_products = run(self, self.tr("Genel Yetkinlik"), competence.plannable_products, self.ctx, day)
        for p in found_products.value or []:
            self.product.addItem(p.label, p.product_id)
        if current is not None and (i := self.product.findData(current)) >= 0:
            self.product.setCurrentIndex(i)
        self.product.blockSignals(False)
        self.show_evaluations()

    def _day(self) -> dt.date:
        day = from_qdate(self.plan_day.date())
        year = self.year.value()
        return day if day.year == year else min(max(self.ctx.clock.today(), dt.date(year, 1, 1)),
                                                dt.date(year, 12, 31))

    def show_evaluations(self) -> None:
        self.proposal = []
        self.save_button.setEnabled(False)
        product_id = self.product.currentData()
        rows: list[competence.EvaluationRow] = []
        since: dict[int, dt.date] = {}
        if product_id is not None:
            found = run(self, self.tr("Teknik değerlendirmeler"), competence.product_evaluations, self.ctx,
                        product_id, self.year.value())
            rows = found.value or []
            if rows:
                since = run(self, self.tr("Teknik değerlendirmeler"), competence.serving_since, self.ctx,
                            product_id).value or {}
        fill_table(self.plan_table, [(r.facility_name, f"{r.province_id:02d}", date_text(since.get(r.facility_id)),
                                 r.evaluator_name, f"{r.evaluator_province_id:02d}",
                                 date_text(r.performed_on or r.planned_on), _score(r.score)) for r in rows],
              [r.id for r in rows], max_width=260)
        self.evaluate_button.setEnabled(bool(rows))

    def propose(self) -> None:
        product_id = self.product.currentData()
        if product_id is None:
            return
        found = run(self, self.tr("Plan önerisi"), competence.propose, self.ctx, product_id,
                    from_qdate(self.plan_day.date()))
        if not found.ok:
            return
        self.proposal = found.value or []
        day = date_text(from_qdate(self.plan_day.date()))
        fill_table(self.plan_table, [(r.facility_name, f"{r.province_id:02d}", date_text(r.serving_since),
                                 r.evaluator_name, f"{r.evaluator_province_id:02d}", day, "") for r in self.proposal], max_width=260)
        self.save_button.setEnabled(bool(self.proposal))
        self.evaluate_button.setEnabled(False)

    def save_plan(self) -> None:
        product_id = self.product.currentData()
        if product_id is None or not self.proposal:
            return
        plan = [Planned(r.facility_id, Evaluator(r.evaluator_name, r.evaluator_province_id)) for r in self.proposal]
        day = from_qdate(self.plan_day.date())
        if run(self, self.tr("Planı kaydet"), competence.save_plan, self.ctx, product_id, day.year, day, plan).ok:
            self.year.setValue(day.year)
            self.show_evaluations()

    def record_evaluation(self) -> None:
        rows = self.plan_table.selectionModel().selectedRows()
        item = self.plan_table.item(rows[0].row(), 0) if rows else None
        evaluation_id = item.data(ID_ROLE) if item is not None else None
        if evaluation_id is None:
            Messages.error(self, self.tr("Teknik değerlendirme"), self.tr("Önce planlanmış bir değerlendirme seçin."))
            return
        day = self.ctx.clock.today()
        found = run(self, self.tr("Teknik değerlendirme"), competence.criteria_for, self.ctx, day)
        if not found.ok or found.value is None:
            return
        title, criteria = found.value
        dialog = EvaluationDialog(self.ctx, evaluation_id, title, criteria, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def declare(self) -> None:
        product_id = self.product.currentData()
        if product_id is None:
            return
        dialog = DeclarationDialog(self.ctx, product_id, self.year.value(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()


class EvaluationDialog(DiscardGuard, QDialog):
    def __init__(self, ctx: AppContext, evaluation_id: int, title: str, criteria: list, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx, self.evaluation_id = ctx, evaluation_id
        self.setWindowTitle(self.tr("Teknik değerlendirme"))
        self.day = QDateEdit(to_qdate(ctx.clock.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        form = QFormLayout(self)
        heading = QLabel(title)
        heading.setWordWrap(True)
        form.addRow(heading)
        form.addRow(self.tr("Değerlendirme tarihi"), self.day)
        self.points: dict[int, QSpinBox] = {}
        for c in criteria:
            box = QSpinBox()
            box.setRange(0, c.max_points)
            box.setSuffix(f" / {c.max_points}")
            self.points[c.number] = box
            label = QLabel(f"{c.number}. {c.title}")
            label.setWordWrap(True)
            form.addRow(label, box)
        self.notes = QLineEdit()
        form.addRow(self.tr("Not"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        given = {str(n): box.value() for n, box in self.points.items()}
        if run(self, self.windowTitle(), competence.record_evaluation, self.ctx, self.evaluation_id,
               from_qdate(self.day.date()), given, self.notes.text()).ok:
            self.accept()


class DeclarationDialog(DiscardGuard, QDialog):
    def __init__(self, ctx: AppContext, product_id: int, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.product_id, self.year = ctx, product_id, year
        self.setWindowTitle(self.tr("Yetkinlik bilgisi {year}").format(year=year))
        self.staff = QSpinBox()
        self.staff.setRange(0, 100000)
        self.database = QLineEdit()
        self.database_open = QCheckBox(self.tr("Açık kaynak kodlu ya da lisans gerektirmeyen (md. 20/5)"))
        self.os = QLineEdit()
        self.os_open = QCheckBox(self.tr("Açık kaynak kodlu ya da lisans gerektirmeyen (md. 20/6)"))
        form = QFormLayout(self)
        form.addRow(self.tr("Nitelikli personel sayısı"), self.staff)
        form.addRow(self.tr("Veri tabanı"), self.database)
        form.addRow("", self.database_open)
        form.addRow(self.tr("İşletim sistemi"), self.os)
        form.addRow("", self.os_open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        d = competence.Declaration(self.product_id, self.year, self.staff.value(), self.database.text(),
                                   self.database_open.isChecked(), self.os.text(), self.os_open.isChecked())
        if run(self, self.windowTitle(), competence.declare, self.ctx, d).ok:
            self.accept()
