"""The İSM officer's desk: the worklist with its filters, "Yeni başvuru" (Ctrl+N) and the application detail
(Enter). Whatever a dialog records makes the desk reload (`changed`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app.ui.common.changes import Changes, hub
from app.ui.common.operations import Operation
from app.ui.ism.worklist import WorklistPanel
from app.workflows.common.context import AppContext
from app.workflows.ism.actions import may_receive

if TYPE_CHECKING:   # imported when first opened: the detail pulls in QtPdf (~0.2 s at start-up)
    from app.ui.ism.detail import ApplicationDetailDialog
    from app.workflows.common.application_view import ApplicationDetail
    from app.ui.ism.intake_form import ApplicationFormDialog


class IsmDesk(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form_dialog: ApplicationFormDialog | None = None
        self.detail_dialog: ApplicationDetailDialog | None = None
        hub().changed.connect(self._hub_changed)

        self.worklist = WorklistPanel(ctx)
        self.worklist.open_requested.connect(self.open_in_worker)
        self.worklist.model.modelReset.connect(self._update_open_button)
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.new_button.clicked.connect(self.new_application)
        self.open_button.clicked.connect(self.open_current)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.triggered.connect(self.new_application)
        self.addAction(self.new_action)
        receives = may_receive(ctx.actor)         # the rule intake.receive enforces (app.workflows.ism.actions)
        self.new_button.setEnabled(receives)
        self.new_action.setEnabled(receives)

        self.worklist.actions_row.insertWidget(0, self.new_button)
        self.worklist.actions_row.insertWidget(1, self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.worklist, 1)
        QWidget.setTabOrder(self.new_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.worklist.overdue_button)
        QWidget.setTabOrder(self.worklist.overdue_button, self.worklist.today_button)
        QWidget.setTabOrder(self.worklist.today_button, self.worklist.state_combo)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("Yeni &başvuru…"))
        self.new_button.setToolTip(self.tr("Yeni başvuru kaydı (Ctrl+N)") if self.new_button.isEnabled() else self.tr(
            "Başvuru kaydını yalnızca İSM Personeli ve İSM Yöneticisi yapabilir."))
        self.new_action.setText(self.tr("Yeni başvuru…"))
        self.open_button.setText(self.tr("Başvuruyu &aç"))
        self.open_button.setToolTip(self.tr("Seçili başvurunun ayrıntısı ve Ek-1 incelemesi (Enter)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.worklist.refresh()

    def _update_open_button(self) -> None:
        self.open_button.setEnabled(self.worklist.model.rowCount() > 0)

    # -- dialogs -------------------------------------------------------------------------------------------------

    def new_application(self) -> None:
        if not self.new_button.isEnabled():
            return
        if self.form_dialog is not None:
            self.form_dialog.raise_()
            self.form_dialog.activateWindow()
            return
        from app.ui.ism.intake_form import ApplicationFormDialog

        dialog = ApplicationFormDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _r, d=dialog: self._form_closed(d))
        self.form_dialog = dialog
        dialog.open()

    def _form_closed(self, dialog: ApplicationFormDialog) -> None:
        if self.form_dialog is dialog:
            self.form_dialog = None

    def _saved(self, app_id: int) -> None:
        self.worklist.clear_filters()
        self.worklist.select_application(app_id)
        self.changed.emit()

    def open_current(self) -> None:
        app_id = self.worklist.current_id()
        if app_id is not None:
            self.open_in_worker(app_id)

    def open_in_worker(self, app_id: int) -> Operation:
        """Enter or a double click: the application is read in a worker (the list shows a busy cursor), then its
        detail opens with what was read."""
        from app.workflows.common import application_view

        return Operation(self, QCoreApplication.translate("ApplicationDetailDialog", "Başvuru"),
                         application_view.application_detail, self.ctx, app_id) \
            .busy(self.worklist.table, disable=False) \
            .success(lambda detail: self.open_application(app_id, detail)).run()

    def open_application(self, app_id: int, detail: ApplicationDetail | None = None) -> ApplicationDetailDialog:
        if self.detail_dialog is not None:
            self.detail_dialog.close()
        from app.ui.ism.detail import ApplicationDetailDialog

        dialog = ApplicationDetailDialog(self.ctx, app_id, self, detail)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._detail_changed)
        dialog.finished.connect(lambda _r, d=dialog: self._detail_closed(d))
        self.detail_dialog = dialog
        dialog.open()
        return dialog

    def _detail_closed(self, dialog: ApplicationDetailDialog) -> None:
        if self.detail_dialog is dialog:
            self.detail_dialog = None
            self.worklist.table.setFocus()

    def _hub_changed(self, changes: Changes) -> None:
        """A write on another screen (e.g. SHGM issued a permit): the page changes only when an application changed
        state. The desk's own dialogs tell it through their `changed`/`saved` signals."""
        if changes.source in (self, self.detail_dialog, self.form_dialog) or not changes.states:
            return
        self.worklist.refresh_in_worker()
        self.changed.emit()

    def _detail_changed(self, app_id: int) -> None:
        """The open application changed state: its page and the counts are read again in a worker."""
        self.worklist.refresh_in_worker(select=app_id)
        self.changed.emit()

