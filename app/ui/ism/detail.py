"""One application: the Ek-1 checklist (answered from the keyboard), the derived result, the 15-day clock,
the letters sent, the documents and the history; and the actions the application's state allows.

Keys on the checklist: 1 Uygun, 2 Uygun Değil, 3 Eksik, 4 Uygulanmaz (then the next item), Delete clears the
answer, Enter or F2 edits the note, the arrow keys move. With the mouse: each row's answer cell is a drop-down
(AnswerDelegate) offering the same answers. An Eksik / Uygun Değil note left on an item that becomes Uygun or
Uygulanmaz is cleared or kept at the officer's word (decision 106): a kept note is printed as the item's
explanation, never as a deficiency.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.application_html import summary_html
from app.ui.common.changes import Changes, hub
from app.ui.common.formats import date_text, datetime_text, size_text
from app.ui.common.operations import Messages, Operation, alive, run
from app.ui.common.pdf_view import PdfDialog
from app.ui.common.style import (
    ERROR_COLOUR,
    OK_COLOUR,
    WARNING_COLOUR,
    light_icon,
    light_name,
)
from app.ui.common.tables import RowsModel
from app.ui.ism.notice_dialog import NotificationDialog
from app.ui.ism.small_dialogs import CompletionDialog, NoteDialog, WithdrawDialog
from app.ui.ism.texts import (
    answer_label,
    channel_label,
    document_kind_label,
    event_label,
    notice_kind_label,
    outcome_label,
    send_channel_label,
)
from app.ui.labels import permit_status_label, state_label
from app.workflows.common import application_view, stored_documents
from app.workflows.common.application_view import ApplicationDetail, ChecklistRow
from app.workflows.common.context import AppContext
from app.workflows.common.errors import StaleRecord
from app.workflows.common.states import AppState
from app.workflows.common.vocabulary import Answer
from app.workflows.ism import documents as ism_documents
from app.workflows.ism import notify, review
from app.workflows.ism.actions import IsmAction, application_actions, may_act

ANSWER_KEYS = {Qt.Key.Key_1: Answer.UYGUN, Qt.Key.Key_2: Answer.UYGUN_DEGIL, Qt.Key.Key_3: Answer.EKSIK,
               Qt.Key.Key_4: Answer.UYGULANMAZ}
ANSWER_TINTS = {Answer.UYGUN: "#e6f4e7", Answer.UYGUN_DEGIL: "#fddcd8", Answer.EKSIK: "#fff1d0",
                Answer.UYGULANMAZ: "#eeeeee"}
OUTCOME_COLOURS = {"suitable": OK_COLOUR, "deficient": WARNING_COLOUR, "unsuitable": ERROR_COLOUR,
                   "incomplete": "#555555"}
ANSWER_ROLE = Qt.ItemDataRole.UserRole


def _key_digit(key: Qt.Key) -> str:
    return chr(int(key.value))      # Key_1 … Key_4 are their digits' character codes


class ChecklistModel(RowsModel):
    """The Ek-1 items with their answers. Editing a note asks the dialog to record it (note_edited)."""

    NUMBER, ITEM, ANSWER, NOTE = range(4)
    note_edited = Signal(int, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ChecklistRow] = []
        self.editable = False

    def set_rows(self, rows: list[ChecklistRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def replace_row(self, row: int, value: ChecklistRow) -> None:
        self.rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, 3))

    def headers(self) -> list[str]:
        return [self.tr("No"), self.tr("Ek-1 maddesi"), self.tr("Cevap"), self.tr("Not")]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.column() == self.NOTE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, col = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return [str(r.number), r.title, answer_label(r.answer), r.note][col]
        if role == ANSWER_ROLE:
            return r.answer.value if r.answer else None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.ITEM:
            return f"<p>{html.escape(r.check_text)}</p>"
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NOTE and r.note:
            return r.note
        if role == Qt.ItemDataRole.BackgroundRole and col == self.ANSWER and r.answer:
            return QBrush(QColor(ANSWER_TINTS[r.answer]))
        if role == Qt.ItemDataRole.FontRole and col == self.ANSWER and r.answer in (Answer.UYGUN_DEGIL, Answer.EKSIK):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.NUMBER, self.ANSWER):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == self.NOTE and role == Qt.ItemDataRole.EditRole:
            text = str(value or "").strip()
            if text != self.rows[index.row()].note:
                self.note_edited.emit(index.row(), text)
            return False   # the row changes when the workflow has recorded it
        return False


class AnswerDelegate(QStyledItemDelegate):
    """The answer cell drawn as a drop-down (visible to the mouse); a click opens the answers as a menu."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        painter.save()
        if background is not None:
            painter.fillRect(option.rect, background)
        box = QStyleOptionComboBox()
        box.rect = QRect(option.rect).adjusted(2, 2, -2, -2)
        box.state = option.state
        if not getattr(index.model(), "editable", False):     # read-only: drawn as a disabled drop-down
            box.state &= ~QStyle.StateFlag.State_Enabled
        box.currentText = index.data(Qt.ItemDataRole.DisplayRole) or "—"
        box.frame = True
        if background is not None:                       # the answer's tint, as the keyboard-only cell had it
            box.palette = QPalette(option.palette)
            box.palette.setBrush(QPalette.ColorRole.Button, background)
        style = option.widget.style() if option.widget else QApplication.style()
        font = index.data(Qt.ItemDataRole.FontRole)
        if font is not None:
            painter.setFont(font)
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, option.widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, option.widget)
        painter.restore()

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem, index: QModelIndex) -> bool:  # type: ignore[no-untyped-def,override]
        view = option.widget
        if (isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseButtonRelease
                and event.button() == Qt.MouseButton.LeftButton and isinstance(view, ChecklistView)):
            view.show_answer_menu(index.row(), view.viewport().mapToGlobal(option.rect.bottomLeft()))
            return True
        return super().editorEvent(event, model, option, index)


class ChecklistView(QTableView):
    answer_pressed = Signal(int, object)   # row, Answer | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key = Qt.Key(event.key())
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if index.isValid() and plain:
            if key in ANSWER_KEYS:
                self.answer_pressed.emit(index.row(), ANSWER_KEYS[key])
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0):
                self.answer_pressed.emit(index.row(), None)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                note = index.siblingAtColumn(ChecklistModel.NOTE)
                if note.flags() & Qt.ItemFlag.ItemIsEditable:
                    self.setCurrentIndex(note)
                    self.edit(note)
                return
        super().keyPressEvent(event)

    def answer_menu(self, row: int) -> QMenu:
        """The answers of one row, as its drop-down shows them (the same as keys 1-4 and Delete)."""
        menu = QMenu(self)
        for key, answer in ANSWER_KEYS.items():
            action = menu.addAction(f"{answer_label(answer)}\t{_key_digit(key)}")
            action.triggered.connect(lambda _c=False, a=answer: self.answer_pressed.emit(row, a))
        menu.addSeparator()
        menu.addAction(self.tr("Cevabı sil") + "\tDelete").triggered.connect(
            lambda: self.answer_pressed.emit(row, None))
        return menu

    def show_answer_menu(self, row: int, at) -> None:  # type: ignore[no-untyped-def]
        model = self.model()
        if not getattr(model, "editable", False):
            return
        self.setCurrentIndex(model.index(row, ChecklistModel.ANSWER))
        self.menu = self.answer_menu(row)
        self.menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.menu.popup(at)

    def move_to(self, row: int) -> None:
        if 0 <= row < self.model().rowCount():
            self.setCurrentIndex(self.model().index(row, self.currentIndex().column() if self.currentIndex().isValid()
                                                    else 0))


def _table(columns: int) -> QTableWidget:
    t = QTableWidget(0, columns)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setAlternatingRowColors(True)
    t.setTabKeyNavigation(False)
    t.setWordWrap(False)
    t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 8)
    return t


def _fill(table: QTableWidget, rows: list[list[str]], ids: list[object] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            if ids is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            table.setItem(r, c, item)


def _answer(ctx: AppContext, app_id: int, criterion_id: int, answer: Answer | None, note: str, version: int,
            read_detail: bool) -> tuple[ChecklistRow, ApplicationDetail | None]:
    """One Ek-1 answer, in a worker; after the first answer (the state changes) the application is read again in
    the same worker call, so the dialog shows the new state without a read on the GUI thread."""
    row = review.answer_item(ctx, app_id, criterion_id, answer, note, expected_version=version)
    return row, (application_view.application_detail(ctx, app_id) if read_detail else None)


class ApplicationDetailDialog(QDialog):
    """`changed` carries the application id whenever something was recorded on it."""

    changed = Signal(int)

    def __init__(self, ctx: AppContext, app_id: int, parent: QWidget | None = None,
                 detail: ApplicationDetail | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.app_id = app_id
        self.detail: ApplicationDetail | None = None
        self.child: QDialog | None = None        # the sub-dialog open now (tests reach it through this)
        self._answers: list[tuple[int, Answer | None, str]] = []   # typed, waiting to be written
        self._answering: Operation | None = None
        self.resize(1100, 760)

        # -- header --
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.state_caption, self.clock_caption = QLabel(), QLabel()
        self.state_label = QLabel()
        bold = QFont(self.state_label.font())
        bold.setBold(True)
        self.state_label.setFont(bold)
        self.clock_icon = QLabel()
        self.clock_label = QLabel()
        self.clock_label.setWordWrap(True)
        head = QFrame()
        head.setObjectName("head")
        head.setStyleSheet("QFrame#head { background: palette(alternate-base); border: 1px solid palette(mid);"
                           " border-radius: 6px; }")
        grid = QGridLayout(head)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.addWidget(self.title, 0, 0, 1, 4)
        grid.addWidget(self.subtitle, 1, 0, 1, 4)
        grid.addWidget(self.state_caption, 2, 0)
        grid.addWidget(self.state_label, 2, 1)
        grid.addWidget(self.clock_caption, 3, 0)
        clock = QHBoxLayout()
        clock.setSpacing(6)
        clock.addWidget(self.clock_icon)
        clock.addWidget(self.clock_label, 1)
        grid.addLayout(clock, 3, 1, 1, 3)
        grid.setColumnStretch(3, 1)

        # -- tabs --
        self.tabs = QTabWidget()
        self.model = ChecklistModel(self)
        self.model.note_edited.connect(self.edit_note)
        self.checklist = ChecklistView()
        self.checklist.setModel(self.model)
        self.checklist.answer_pressed.connect(self.answer)
        self.checklist.setItemDelegateForColumn(ChecklistModel.ANSWER, AnswerDelegate(self.checklist))
        header = self.checklist.horizontalHeader()
        header.setSectionResizeMode(ChecklistModel.NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChecklistModel.ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ChecklistModel.ANSWER, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(ChecklistModel.NOTE, QHeaderView.ResizeMode.Stretch)
        self.checklist.setColumnWidth(ChecklistModel.ANSWER, 140)   # "Uygulanmaz" and the drop-down arrow
        self.keys_hint = QLabel()
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setStyleSheet("color: palette(placeholder-text);")
        self.result_caption = QLabel()
        self.result_label = QLabel()
        self.result_label.setFont(font)
        self.reasons_label = QLabel()
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        result_box = QFrame()
        result_box.setObjectName("result")
        result_box.setStyleSheet("QFrame#result { border: 1px solid palette(mid); border-radius: 6px; }")
        result_layout = QGridLayout(result_box)
        result_layout.setContentsMargins(10, 6, 10, 6)
        result_layout.addWidget(self.result_caption, 0, 0)
        result_layout.addWidget(self.result_label, 0, 1)
        result_layout.addWidget(self.reasons_label, 1, 0, 1, 3)
        result_layout.setColumnStretch(2, 1)
        review_tab = QWidget()
        review_layout = QVBoxLayout(review_tab)
        review_layout.addWidget(self.keys_hint)
        review_layout.addWidget(self.checklist, 1)
        review_layout.addWidget(result_box)

        self.summary = QTextBrowser()
        self.summary.setOpenLinks(False)

        self.documents = _table(5)
        self.documents.doubleClicked.connect(lambda *_: self.open_document())
        self.open_document_button = QPushButton()
        self.save_document_button = QPushButton()
        self.open_document_button.clicked.connect(self.open_document)
        self.save_document_button.clicked.connect(self.save_document)
        documents_tab = QWidget()
        documents_layout = QVBoxLayout(documents_tab)
        documents_layout.addWidget(self.documents, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_document_button)
        row.addWidget(self.save_document_button)
        row.addStretch(1)
        documents_layout.addLayout(row)

        self.notifications = _table(6)
        self.notifications.doubleClicked.connect(lambda *_: self.open_letter())
        self.open_letter_button = QPushButton()
        self.open_letter_button.clicked.connect(self.open_letter)
        self.no_letter_note = QLabel()
        self.no_letter_note.setWordWrap(True)
        self.no_letter_note.setStyleSheet("color: palette(placeholder-text);")
        letters_tab = QWidget()
        letters_layout = QVBoxLayout(letters_tab)
        letters_layout.addWidget(self.notifications, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_letter_button)
        row.addWidget(self.no_letter_note, 1)
        letters_layout.addLayout(row)

        self.history = _table(6)
        for table in (self.documents, self.notifications, self.history):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)

        for w in (review_tab, self.summary, documents_tab, letters_tab, self.history):
            self.tabs.addTab(w, "")

        # -- actions --
        self.review_form_button = QPushButton()
        self.notify_button = QPushButton()
        self.completion_button = QPushButton()
        self.forward_button = QPushButton()
        self.withdraw_button = QPushButton()
        self.close_button = QPushButton()
        for b in (self.review_form_button, self.notify_button, self.completion_button, self.forward_button,
                  self.withdraw_button, self.open_document_button, self.save_document_button,
                  self.open_letter_button):
            b.setAutoDefault(False)
        self.review_form_button.clicked.connect(self.show_review_form)
        self.notify_button.clicked.connect(self.open_notification)
        self.completion_button.clicked.connect(self.open_completion)
        self.forward_button.clicked.connect(self.forward)
        self.withdraw_button.clicked.connect(self.open_withdraw)
        self.close_button.clicked.connect(self.accept)
        actions = QHBoxLayout()
        for b in (self.review_form_button, self.notify_button, self.completion_button, self.forward_button,
                  self.withdraw_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)

        self.retranslate()
        if detail is not None:           # read in a worker by the desk before the dialog opens
            self._show_detail(detail)
        else:
            self.reload()
        self.checklist.setFocus()
        if self.model.rows:
            first = next((i for i, r in enumerate(self.model.rows) if r.answer is None), 0)
            self.checklist.setCurrentIndex(self.model.index(first, ChecklistModel.ANSWER))

    # -- texts ---------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        tabs = [self.tr("&Ek-1 inceleme"), self.tr("&Başvuru"), self.tr("Be&lgeler"), self.tr("Bil&dirimler"),
                self.tr("&Geçmiş")]
        for i, text in enumerate(tabs):
            self.tabs.setTabText(i, text)
        self.state_caption.setText(self.tr("Durum:"))
        self.clock_caption.setText(self.tr("Bildirim süresi:"))
        self.keys_hint.setText(self.tr(
            "Klavye: 1 Uygun · 2 Uygun Değil · 3 Eksik · 4 Uygulanmaz · Delete cevabı siler · "
            "Enter ya da F2 notu düzenler · ↑/↓ maddeler arasında gezer. Fareyle: Cevap hücresine tıklayın."))
        self.result_caption.setText(self.tr("İnceleme sonucu:"))
        self.documents.setHorizontalHeaderLabels([self.tr("Tür"), self.tr("Dosya adı"), self.tr("Boyut"),
                                                  self.tr("SHA-256"), self.tr("Yüklendi")])
        self.notifications.setHorizontalHeaderLabels([self.tr("Tür"), self.tr("Sayı"), self.tr("Yazı tarihi"),
                                                      self.tr("Gönderim"), self.tr("Kanal"), self.tr("İmzalayan")])
        self.history.setHorizontalHeaderLabels([self.tr("Zaman"), self.tr("İşlem"), self.tr("Önceki durum"),
                                                self.tr("Yeni durum"), self.tr("Kullanıcı"), self.tr("Açıklama")])
        self.open_document_button.setText(self.tr("&Aç"))
        self.save_document_button.setText(self.tr("Farklı ka&ydet…"))
        self.open_letter_button.setText(self.tr("Ya&zıyı aç"))
        self.review_form_button.setText(self.tr("İnceleme &Formu (PDF)"))
        self.notify_button.setText(self.tr("Bildiri&m yap…"))
        self.completion_button.setText(self.tr("Eksikler &tamamlandı…"))
        self.forward_button.setText(self.tr("&SHGM'ye gönder"))
        self.withdraw_button.setText(self.tr("Geri çek&ildi…"))
        self.close_button.setText(self.tr("&Kapat"))
        if self.detail is not None:
            self.render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        outcome = run(self, self.tr("Başvuru"), application_view.application_detail, self.ctx, self.app_id)
        if not outcome.ok or outcome.value is None:
            return
        self._show_detail(outcome.value)

    def _show_detail(self, detail: ApplicationDetail) -> None:
        current = self.checklist.currentIndex()
        self.detail = detail
        self.model.editable = IsmAction.ANSWER in self.allowed_actions()
        self.model.set_rows(self.detail.checklist)
        if current.isValid() and current.row() < self.model.rowCount():
            self.checklist.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.render()

    def can_act(self) -> bool:
        d = self.detail
        return d is not None and may_act(self.ctx.actor, d.province_id)

    def allowed_actions(self, review_complete: bool = True) -> frozenset[IsmAction]:
        """What this officer may do to the application now (the rule the İSM services enforce)."""
        d = self.detail
        if d is None:
            return frozenset()
        return application_actions(d.state, review_complete, self.ctx.actor, d.province_id)

    def render(self) -> None:
        d = self.detail
        assert d is not None
        self.setWindowTitle(self.tr("Başvuru {number}").format(number=d.number))
        self.title.setText(f"{d.number} — {d.facility.name}")
        self.subtitle.setText(self.tr("ÇKYS {code} · {province} · alındı {received} · {channel} {ref}").format(
            code=d.facility.ckys_code, province=d.province_name, received=datetime_text(d.received_at),
            channel=channel_label(d.channel), ref=d.channel_ref).strip())
        self.state_label.setText(state_label(d.state))
        self.state_label.setStyleSheet("")
        self.state_label.setToolTip("")
        if d.permit is not None:          # the permit as it stands today, never "issued" alone (issue 17)
            self.state_label.setText(f"{permit_status_label(d.permit.status.state)}{d.permit.when} — "
                                     f"{d.permit.number}")
            self.state_label.setToolTip(state_label(d.state))
            if d.permit.status.state != "active":
                self.state_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.clock_icon.setPixmap(light_icon(d.clock.light).pixmap(16, 16))
        self.clock_icon.setToolTip(light_name(d.clock.light))
        self.clock_label.setText(self.clock_text())
        self._render_result()
        self._render_summary()
        _fill(self.documents, [[document_kind_label(doc.kind), doc.filename, size_text(doc.size),
                                doc.sha256[:16] + "…", datetime_text(doc.uploaded_at)] for doc in d.documents],
              [doc.id for doc in d.documents])
        _fill(self.notifications, [[notice_kind_label(n.kind), n.sayi, date_text(n.letter_date), date_text(n.sent_on),
                                    send_channel_label(n.send_channel), self._signature_text(n)]
                                   for n in d.notifications],
              [n.document_id for n in d.notifications])
        self.open_letter_button.setEnabled(any(n.document_id for n in d.notifications))
        self.no_letter_note.setText(self.tr("Örnek verilerdeki eski bildirimlerin PDF'si saklanmamıştır.")
                                    if any(n.document_id is None for n in d.notifications) else "")
        self.open_document_button.setEnabled(bool(d.documents))
        self.save_document_button.setEnabled(bool(d.documents))
        _fill(self.history, [[datetime_text(t.at), event_label(t.event), state_label(t.from_state) if t.from_state
                              else "—", state_label(t.to_state), t.actor_name, t.reason] for t in d.transitions])
        self.history.scrollToBottom()
        self.update_actions()

    def _signature_text(self, n: application_view.NotificationInfo) -> str:
        """The signer, and whether the recorded letter is e-signed or still to be signed in EBYS."""
        how = self.tr("e-imzalı") if n.signed else self.tr("EBYS'de imzalanacak")
        return f"{n.signer_name} ({how})"

    def clock_text(self) -> str:
        d = self.detail
        assert d is not None
        c = d.clock
        if c.running and c.deadline is not None and c.days_left is not None:
            restart = self.tr(" (eksiklerin tamamlanmasıyla yeniden başladı)") if len(c.rounds) > 1 else ""
            if c.days_left < 0:
                return self.tr("Son gün {day} idi; süre {n} gün önce geçti{restart}.").format(
                    day=date_text(c.deadline), n=-c.days_left, restart=restart)
            if c.days_left == 0:
                return self.tr("Bugün son gün ({day}){restart}.").format(day=date_text(c.deadline), restart=restart)
            return self.tr("Son gün {day}; {n} gün kaldı{restart}.").format(
                day=date_text(c.deadline), n=c.days_left, restart=restart)
        last = c.rounds[-1] if c.rounds else None
        if last is not None and last.stopped_on is not None:
            timely = self.tr("süresinde") if last.met else self.tr("süresi geçtikten sonra")
            text = self.tr("Bildirim {sent} tarihinde gönderildi ({timely}; son gün {day}); süre durdu.").format(
                sent=date_text(last.stopped_on), timely=timely, day=date_text(last.deadline))
            if d.state == AppState.DEFICIENT:
                text += " " + self.tr("Başvuru sahibinin eksikleri tamamlaması bekleniyor.")
            return text
        return self.tr("Süre işlemiyor.")

    def _render_result(self) -> None:
        result = review.result_of(self.model.rows)
        self.result = result
        self.result_label.setText(outcome_label(result.outcome))
        self.result_label.setStyleSheet(f"color: {OUTCOME_COLOURS[result.outcome]};")
        if result.outcome == "incomplete":
            numbers = ", ".join(str(r.number) for r in result.unanswered)
            self.reasons_label.setText(self.tr("Cevaplanmamış maddeler: {numbers}").format(numbers=numbers))
        elif result.reasons:
            self.reasons_label.setText("\n".join(
                self.tr("Madde {number} — {title}: {note}").format(number=r.number, title=r.title, note=r.note)
                for r in result.reasons))
        else:
            self.reasons_label.setText(self.tr("Bütün maddeler uygun ya da uygulanmaz."))

    def _render_summary(self) -> None:
        assert self.detail is not None
        self.summary.setHtml(summary_html(self.detail))   # one renderer with SHGM's review (app.ui.common)

    def update_actions(self) -> None:
        d = self.detail
        assert d is not None
        act = self.can_act()
        complete = self.result.outcome != "incomplete"
        allowed = self.allowed_actions(complete)
        self.notify_button.setEnabled(IsmAction.NOTIFY in allowed)
        self.completion_button.setEnabled(IsmAction.RECORD_COMPLETION in allowed)
        self.forward_button.setEnabled(IsmAction.FORWARD in allowed)
        self.withdraw_button.setEnabled(IsmAction.WITHDRAW in allowed)
        self.review_form_button.setEnabled(bool(self.model.rows))
        if not act:
            why = self.tr("Bu başvuruda işlem yalnızca ilin İSM Personeli ve İSM Yöneticisi tarafından yapılabilir.")
        elif IsmAction.ANSWER in allowed and not complete:
            why = self.tr("Bildirim için önce bütün Ek-1 maddelerini cevaplayın.")
        else:
            why = self.tr("'{state}' durumundaki başvuruda bu işlem yapılamaz.").format(state=state_label(d.state))
        for b in (self.notify_button, self.completion_button, self.forward_button, self.withdraw_button):
            b.setToolTip("" if b.isEnabled() else why)
        self.keys_hint.setVisible(self.model.editable)

    # -- the checklist -------------------------------------------------------------------------------------------

    def ask_note(self, row: ChecklistRow, answer: Answer) -> str | None:
        """The note an Uygun Değil / Eksik answer needs (tests replace this method)."""
        question = (self.tr("Madde {number} neden uygun değil?") if answer == Answer.UYGUN_DEGIL
                    else self.tr("Madde {number} için ne eksik?")).format(number=row.number)
        return NoteDialog.ask(self, f"{row.number}. {row.title}", question, row.note)

    def ask_keep_note(self, row: ChecklistRow, answer: Answer) -> bool | None:
        """Item `row` had a deficiency note and is now answered `answer`: clear it (False), keep it as the item's
        explanation (True) or Vazgeç (None). Tests replace this method."""
        box = QMessageBox(QMessageBox.Icon.Question, f"{row.number}. {row.title}", self.tr(
            "Madde {number} artık “{answer}”. Önceki notu:\n\n{note}\n\nNot silinsin mi? Korunursa İnceleme "
            "Formu'nda maddenin açıklaması olarak basılır (eksiklik olarak değil).").format(
                number=row.number, answer=answer_label(answer), note=row.note), QMessageBox.StandardButton.NoButton,
            self)
        clear = box.addButton(self.tr("Notu sil"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Notu koru"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Vazgeç"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(clear)
        box.exec()
        return {clear: False, keep: True}.get(box.clickedButton())

    def answer(self, row: int, answer: Answer | None) -> None:
        if not self.model.editable or not (0 <= row < len(self.model.rows)):
            return
        r = self.model.rows[row]
        note = r.note
        if (answer in (Answer.UYGUN, Answer.UYGULANMAZ) and r.answer in (Answer.UYGUN_DEGIL, Answer.EKSIK)
                and note.strip()):
            keep = self.ask_keep_note(r, answer)
            if keep is None:
                return
            note = note if keep else ""
        if answer in (Answer.UYGUN_DEGIL, Answer.EKSIK) and not note.strip():
            typed = self.ask_note(r, answer)
            if typed is None:
                return
            note = typed
        self._record(row, answer, note)
        self.checklist.move_to(row + 1)      # at once: the officer keeps answering while the answer is written

    def edit_note(self, row: int, text: str) -> None:
        r = self.model.rows[row]
        self._record(row, r.answer, text)

    def _record(self, row: int, answer: Answer | None, note: str) -> None:
        """Queue an answer: answers are written one after another in a worker (each with the row's version as
        the previous one left it), so typing 1 1 1 2 … never waits for the database."""
        self._answers.append((row, answer, note))
        self._write_next()

    def _write_next(self) -> None:
        if self._answering is not None or not self._answers:
            return
        row, answer, note = self._answers.pop(0)
        r = self.model.rows[row]
        was = self.detail.state if self.detail else None
        kinds = {"ek1", "state"} if was == AppState.RECEIVED else {"ek1"}   # the first answer starts the review
        self._answering = Operation(self, self.tr("Ek-1 cevabı"), _answer, self.ctx, self.app_id, r.criterion_id,
                                    answer, note, r.version, was == AppState.RECEIVED) \
            .busy(self.checklist, disable=False) \
            .changes(Changes(applications={self.app_id}, kinds=kinds, source=self)) \
            .success(lambda value: self._recorded(row, value, was)) \
            .failure(lambda outcome: isinstance(outcome.error, StaleRecord) and self.reload()) \
            .finally_(self._answered)
        self._answering.run()

    def _answered(self, _outcome) -> None:  # type: ignore[no-untyped-def]
        self._answering = None
        if alive(self):
            self._write_next()

    def _recorded(self, row: int, value: tuple[ChecklistRow, ApplicationDetail | None], was: AppState | None
                  ) -> None:
        answered, detail = value
        self.model.replace_row(row, answered)
        if detail is not None:         # the first answer started the examination: the state and the lists change
            self._show_detail(detail)
            self.changed.emit(self.app_id)
        else:                          # nothing the worklist or the counts show changed (Changes kind "ek1")
            self._render_result()
            self.update_actions()

    def answers_pending(self) -> bool:
        """Answers typed but not yet written (tests and the bench wait for this to be False)."""
        return self._answering is not None or bool(self._answers)

    # -- actions -------------------------------------------------------------------------------------------------

    def show_review_form(self) -> None:
        outcome = run(self, self.tr("İnceleme Formu"), ism_documents.review_form_pdf, self.ctx, self.app_id)
        if outcome.ok and outcome.value:
            d = self.detail
            assert d is not None
            self._open_child(PdfDialog(self, self.tr("İnceleme Formu — {number}").format(number=d.number),
                                       f"inceleme-formu-{d.number}.pdf", outcome.value), modal=False)

    def open_notification(self) -> None:
        self.reload()   # the letter follows the answers as recorded now
        assert self.detail is not None
        dialog = NotificationDialog(self.ctx, self.detail, self)
        dialog.saved.connect(self._after_change)
        self._open_child(dialog)

    def open_completion(self) -> None:
        assert self.detail is not None
        dialog = CompletionDialog(self.ctx, self.app_id, self.detail.number, self)
        dialog.done_ok.connect(self._after_change)
        self._open_child(dialog)

    def open_withdraw(self) -> None:
        assert self.detail is not None
        dialog = WithdrawDialog(self.ctx, self.app_id, self.detail.number, self)
        dialog.done_ok.connect(self._after_change)
        self._open_child(dialog)

    def forward(self) -> None:
        d = self.detail
        assert d is not None
        if not Messages.confirm(self, self.tr("SHGM'ye gönder"), self.tr(
                "{number} numaralı başvuru SHGM'ye gönderilsin mi? Başvuru SHGM'nin iş listesine düşer.").format(
                number=d.number), self.tr("&Gönder")):
            return
        if run(self, self.tr("SHGM'ye gönder"), notify.forward, self.ctx, self.app_id).ok:
            self._after_change()

    def _open_child(self, dialog: QDialog, modal: bool = True) -> None:
        self.child = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self._child_closed(d))
        if modal:
            dialog.open()      # window-modal, without a nested event loop
        else:
            dialog.show()

    def _child_closed(self, dialog: QDialog) -> None:
        if self.child is dialog:
            self.child = None

    def _after_change(self, *_args) -> None:  # type: ignore[no-untyped-def]
        self.reload()
        self.changed.emit(self.app_id)
        hub().publish(Changes(applications={self.app_id}, kinds={"state"}, source=self))   # e.g. the SHGM queue

    # -- documents and letters -----------------------------------------------------------------------------------

    def _selected_id(self, table: QTableWidget) -> int | None:
        row = table.currentRow()
        if row < 0 and table.rowCount():
            row = 0
        item = table.item(row, 0) if row >= 0 else None
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def open_letter(self) -> None:
        doc_id = self._selected_id(self.notifications)
        if doc_id is None:   # the selected letter has no stored PDF: open the latest that has one
            ids = [n.document_id for n in (self.detail.notifications if self.detail else []) if n.document_id]
            doc_id = ids[-1] if ids else None
        if doc_id is not None:
            self._show_document(doc_id)

    def open_document(self) -> None:
        doc_id = self._selected_id(self.documents)
        if doc_id is not None:
            self._show_document(doc_id)

    def _show_document(self, doc_id: int) -> None:
        outcome = run(self, self.tr("Belge"), stored_documents.document, self.ctx, doc_id)
        if not outcome.ok or outcome.value is None:
            return
        doc = outcome.value
        if doc.media_type == "application/pdf" or doc.filename.lower().endswith(".pdf"):
            self._open_child(PdfDialog(self, doc.filename, doc.filename, doc.content), modal=False)
        else:
            self._save(doc.filename, doc.content)

    def save_document(self) -> None:
        doc_id = self._selected_id(self.documents)
        if doc_id is None:
            return
        outcome = run(self, self.tr("Belge"), stored_documents.document, self.ctx, doc_id)
        if outcome.ok and outcome.value is not None:
            self._save(outcome.value.filename, outcome.value.content)

    def choose_save_path(self, filename: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Belgeyi kaydet"), filename)
        return path

    def _save(self, filename: str, content: bytes) -> None:
        path = self.choose_save_path(filename)
        if not path:
            return
        try:
            with open(path, "wb") as f:
                f.write(content)
        except OSError as exc:
            Messages.error(self, self.tr("Belge"), self.tr("Dosya kaydedilemedi: {error}").format(error=exc.strerror))
