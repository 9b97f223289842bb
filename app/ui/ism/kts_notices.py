"""KTS notices for an İSM (SBYS regulation art. 8), shown on the İSM desk's page: a USBS vendor serving facilities of the province became
passive or was deleted. The İSM reads the notice, with the list of its affected facilities, and marks it read."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.formats import datetime_text
from app.ui.common.operations import run
from app.ui.common.texts import shown
from app.workflows.common.context import AppContext
from app.workflows.kts import registry as kts

ID_ROLE = Qt.ItemDataRole.UserRole


class KtsNotices(QWidget):
    def __init__(self, ctx: AppContext, province_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.province_id = province_id
        self.rows: list[kts.NoticeRow] = []
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.unread_only = QCheckBox()
        self.unread_only.toggled.connect(lambda _c: self.refresh())
        self.list = QListWidget()
        # one line per notice (the whole title in its tooltip and in the text below): the side column is short
        # on 768 px, so wrapped titles left room for one notice and a half
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget::item { padding: 3px; }")
        self.list.currentRowChanged.connect(self._show)
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.ack_button = QPushButton()
        self.ack_button.clicked.connect(self.acknowledge)
        # The panel lives in the page's narrow side column (200-360 px): everything stacks, nothing is cut.
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.body, 1)
        rl.addWidget(self.ack_button)
        self.audits_button = QPushButton()          # the audits of the producers serving the province (md. 18-19)
        self.audits_button.clicked.connect(self.show_audits)
        rl.addWidget(self.audits_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        for part in (self.list, self.body):
            part.setMinimumHeight(3 * self.fontMetrics().height())   # the side column stays short on 768 px
        split.setSizes([70, 210])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.unread_only)
        layout.addWidget(split, 1)
        self.retranslate()
        self.refresh()

    def sizeHint(self) -> QSize:
        """Its minimum: in the side column's scroll area it takes the height left, and the column scrolls only
        when even the minimum does not fit (the list's and the text's own wishes would scroll it always)."""
        return self.minimumSizeHint()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Bildirimler"))
        self.heading.setToolTip(self.tr("KTS: ilinizdeki tesislere hizmet veren USBS üreticileri; SHGM: ilinizdeki "
                                        "tesislerin askıya alınan ya da iptal edilen izinleri"))
        self.unread_only.setText(self.tr("Yalnızca okunmamışlar"))
        self.ack_button.setText(self.tr("&Okundu olarak işaretle"))
        self.audits_button.setText(self.tr("USBS &denetimleri…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill(self.list.currentRow())          # the notices themselves in the new language
        super().changeEvent(event)

    def refresh(self) -> None:
        outcome = run(self, self.tr("KTS bildirimleri"), kts.notices_for, self.ctx, self.province_id,
                      not self.unread_only.isChecked())
        self.rows = (outcome.value or []) if outcome.ok else []
        self._fill(0)

    def _fill(self, current: int) -> None:
        """The list of `rows` in the interface's language (a notice keeps its title and body as messages)."""
        self.list.blockSignals(True)
        self.list.clear()
        for n in self.rows:
            title = shown(n.title)
            item = QListWidgetItem(f"{datetime_text(n.created_at)} · {title}")
            item.setData(ID_ROLE, n.id)
            item.setToolTip(title)
            font = QFont(item.font())
            font.setBold(n.acknowledged_at is None)
            item.setFont(font)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.rows:
            self.list.setCurrentRow(min(max(current, 0), len(self.rows) - 1))
            self._show(self.list.currentRow())
        else:
            self._show(-1)

    def _show(self, row: int) -> None:
        n = self.rows[row] if 0 <= row < len(self.rows) else None
        # the list shows one line per notice: its whole title heads the text
        self.body.setPlainText(f"{shown(n.title)}\n\n{shown(n.body)}" if n else "")
        self.ack_button.setEnabled(n is not None and n.acknowledged_at is None)

    def show_audits(self) -> QDialog:
        from app.ui.ism.vendor_audits import VendorAuditsDialog

        dialog = VendorAuditsDialog(self.ctx, self.province_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def acknowledge(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.rows):
            return
        if run(self, self.tr("KTS bildirimleri"), kts.acknowledge_notice, self.ctx, self.rows[row].id).ok:
            self.refresh()
            self.list.setCurrentRow(min(row, self.list.count() - 1))
