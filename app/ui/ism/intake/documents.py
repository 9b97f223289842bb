"""Tab 5 "Belgeler" of the application form: the files that came with the application, each with its kind,
size and SHA-256; files over the attachment limit are refused before they are read."""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.formats import size_text
from app.ui.common.forms import FieldErrors, error_label
from app.ui.common.style import ERROR_TINT
from app.ui.common.tables import RowsModel
from app.ui.ism.texts import ATTACHABLE_KINDS, document_kind_label
from app.workflows.common.stored_documents import (
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENT_MB,
    attachment_problem,
)
from app.workflows.ism.intake import DocumentInput


class DocumentsModel(RowsModel):
    KIND, NAME, SIZE, HASH = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[DocumentInput] = []
        self.errors: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Tür"), self.tr("Dosya adı"), self.tr("Boyut"), self.tr("SHA-256")]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.KIND else flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.KIND:
                return document_kind_label(d.kind)
            if col == self.NAME:
                return d.filename
            if col == self.SIZE:
                return size_text(len(d.content))
            return hashlib.sha256(d.content).hexdigest()[:16] + "…"
        if role == Qt.ItemDataRole.EditRole and col == self.KIND:
            return d.kind
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.row() in self.errors:
                return self.errors[index.row()]
            if col == self.HASH:
                return hashlib.sha256(d.content).hexdigest()
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self.errors:
            return QBrush(QColor(ERROR_TINT))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == self.KIND and role == Qt.ItemDataRole.EditRole and value:
            self.rows[index.row()].kind = str(value)
            self.dataChanged.emit(index, index)
            return True
        return False

    def add(self, doc: DocumentInput) -> None:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(doc)
        self.endInsertRows()

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()             # the other rows' errors are moved by FieldErrors (set_errors)

    def set_errors(self, errors: dict[str, str]) -> None:
        self.errors = {int(k.split(".")[1]) - 1: m for k, m in errors.items()
                       if k.startswith("documents.") and k.split(".")[1].isdigit()}
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 3))


class KindDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for kind in ATTACHABLE_KINDS:
            combo.addItem(document_kind_label(kind), kind)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class DocumentsSection(QWidget):
    """The documents' table with a kind to attach as, "Dosya ekle…" and "Kaldır". `choose_files()` asks for the
    files (the dialog's hook, which tests replace)."""

    def __init__(self, errors: FieldErrors, choose_files: Callable[[], list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choose_files = choose_files
        self.documents_model = DocumentsModel(self)
        self.documents_view = QTableView()
        self.documents_view.setModel(self.documents_model)
        # a file's error ("documents.2": empty, too large) goes with the file when it is removed
        errors.register_table("documents", self.documents_view, check=self.problems, show=self.set_errors)
        self.documents_view.setItemDelegateForColumn(DocumentsModel.KIND, KindDelegate(self.documents_view))
        self.documents_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents_view.verticalHeader().setVisible(False)
        self.documents_view.setTabKeyNavigation(False)
        self.documents_view.setWordWrap(False)
        header = self.documents_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DocumentsModel.KIND, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DocumentsModel.NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.documents_view.fontMetrics()
        for col, sample in ((DocumentsModel.KIND, "Altyapı ve donanım bilgi formu"), (DocumentsModel.SIZE, "999,9 MB"),
                            (DocumentsModel.HASH, "0123456789abcdef…")):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.documents_view.setColumnWidth(col, metrics.horizontalAdvance(sample) + 24)
        self.document_kind = QComboBox()
        for kind in ATTACHABLE_KINDS:
            self.document_kind.addItem("", kind)
        self.document_kind_label = QLabel()
        self.document_kind_label.setBuddy(self.document_kind)
        self.add_document_button = QPushButton()
        self.remove_document_button = QPushButton()
        for b in (self.add_document_button, self.remove_document_button):
            b.setAutoDefault(False)
        self.add_document_button.clicked.connect(self.add_documents)
        self.remove_document_button.clicked.connect(self.remove_document)
        self.documents_hint = QLabel()
        self.documents_hint.setWordWrap(True)
        self.documents_error = error_label()
        top = QHBoxLayout()
        top.addWidget(self.document_kind_label)
        top.addWidget(self.document_kind, 1)
        top.addWidget(self.add_document_button)
        top.addWidget(self.remove_document_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.documents_hint)
        layout.addLayout(top)
        layout.addWidget(self.documents_error)
        layout.addWidget(self.documents_view, 1)

    def retranslate(self) -> None:
        self.documents_hint.setText(self.tr(
            "Başvuruyla gelen dosyalar veritabanında SHA-256 özetiyle saklanır."))
        self.document_kind_label.setText(self.tr("&Belge türü"))
        for i in range(self.document_kind.count()):
            self.document_kind.setItemText(i, document_kind_label(self.document_kind.itemData(i)))
        self.add_document_button.setText(self.tr("&Dosya ekle…"))
        self.remove_document_button.setText(self.tr("K&aldır"))

    def add_documents(self) -> None:
        self.add_files([Path(p) for p in self._choose_files()])

    def add_files(self, paths: list[Path]) -> None:
        kind = self.document_kind.currentData() or "diger"
        problems = []
        for path in paths:
            try:
                size = path.stat().st_size
                if size > MAX_ATTACHMENT_BYTES:     # intake.validate refuses it too
                    problems.append(self.tr("{name}: dosya {limit} MB'tan büyük.").format(
                        name=path.name, limit=MAX_ATTACHMENT_MB))
                    continue
                content = path.read_bytes()
            except OSError as exc:
                problems.append(self.tr("{name} okunamadı: {error}").format(name=path.name, error=exc.strerror))
                continue
            media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            self.documents_model.add(DocumentInput(kind, path.name, content, media))
        self.documents_error.setText("\n".join(problems))
        self.documents_error.setVisible(bool(problems))

    def remove_document(self) -> None:
        index = self.documents_view.currentIndex()
        if index.isValid():
            self.documents_model.remove_row(index.row())

    def values(self) -> list[DocumentInput]:
        return list(self.documents_model.rows)

    def problems(self) -> dict[str, str]:
        """The files' problems now, keyed as intake.validate keys them ("documents.2")."""
        return {f"documents.{i}": problem for i, d in enumerate(self.values(), 1)
                if (problem := attachment_problem(d.filename, len(d.content)))}

    def set_errors(self, errors: dict[str, str]) -> None:
        self.documents_model.set_errors(errors)
