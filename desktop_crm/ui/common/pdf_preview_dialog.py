"""Preview of a printed PDF (a catalogue, a form) with 另存为 and 打印 through Qt's print dialog."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop_crm.domain.errors import ArchiveError
from desktop_crm.services.output_files import write_atomically
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.messages import error_text


class PdfPreviewDialog(BaseDialog):
    def __init__(self, title: str, pdf: bytes, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, "pdf_preview", title)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)   # the document reads from it for as long as it is shown
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self, objectName="pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        pages = QLabel(self.tr("共 %1 页").replace("%1", str(self.document.pageCount())), objectName="pageCount")
        save = QPushButton(self.tr("另存为 PDF…"))
        save.clicked.connect(self.save_as)
        print_button = QPushButton(self.tr("打印…"))
        print_button.clicked.connect(self.print_pdf)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(pages)
        bar.addStretch(1)
        for button in (save, print_button, close):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.resize(760, 900)

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), self.suggested_name, "PDF (*.pdf)")
        if not path:
            return
        try:
            write_atomically(path, self.pdf)
        except ArchiveError as exc:
            QMessageBox.warning(self, self.tr("未能保存"), error_text(exc))

    def print_pdf(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self.suggested_name).stem)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        print_document(self.document, printer)


def print_document(document: QPdfDocument, printer: QPrinter) -> None:
    """Render each page at the printer's resolution onto its page."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            scale = min(target.width() / size.width(), target.height() / size.height())
            image = document.render(page, QSize(int(size.width() * scale), int(size.height() * scale)))
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
