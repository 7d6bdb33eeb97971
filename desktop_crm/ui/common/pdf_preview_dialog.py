"""Preview of a printed PDF (a catalogue, a form) with 另存为 and 打印 through Qt's print dialog."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
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
        margin = unprintable_margins_mm(printer)
        if margin > 5:
            QMessageBox.information(self, self.tr("已按实际尺寸打印"), self.tr(
                "页面按 1:1 实际尺寸打印，未缩放。此打印机纸边约 %1 毫米以内不能打印，"
                "若边缘内容缺失，请在打印机属性中选择“无边距”或换用边距更小的打印机。").replace("%1", f"{margin:.0f}"))


# The page is rendered in bands at most this fine: an A4 page at a printer's 1200 dpi would be a 560 MB image.
RENDER_DPI = 600
BAND_PIXELS = 1024


def print_document(document: QPdfDocument, printer: QPrinter) -> None:
    """Print every page at its true size (1:1): the printer's paper set to the page's size and the page laid
    from the paper's corner, never scaled into the printable area, so a 20 mm spine label prints 20 mm wide.
    What the printer cannot reach (its hardware margins) is reported by :func:`unprintable_margins_mm`."""
    printer.setFullPage(True)              # coordinates from the paper's edge, not from the printable area
    painter = QPainter()
    for page in range(document.pageCount()):
        points = document.pagePointSize(page)
        printer.setPageSize(QPageSize(points, QPageSize.Unit.Point, matchPolicy=QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)     # the size already says which way
        if page == 0:
            if not painter.begin(printer):
                return
        else:
            printer.newPage()
        _draw_page_to_scale(document, page, points, painter, printer.resolution())
    painter.end()


def _draw_page_to_scale(document: QPdfDocument, page: int, points: QSizeF, painter: QPainter, device_dpi: int) -> None:
    dpi = min(device_dpi, RENDER_DPI)
    full = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
    painter.save()
    painter.scale(device_dpi / dpi, device_dpi / dpi)      # rendered pixels → device pixels, 1:1 on paper
    for top in range(0, full.height(), BAND_PIXELS):
        band = QRect(0, top, full.width(), min(BAND_PIXELS, full.height() - top))
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(full)
        options.setScaledClipRect(band)
        painter.drawImage(0, top, document.render(page, band.size(), options))
    painter.restore()


def unprintable_margins_mm(printer: QPrinter) -> float:
    """The widest edge of the paper this printer cannot print on (its minimum margins), in millimetres."""
    layout = printer.pageLayout()
    points = layout.minimumMargins()                  # in the layout's own units
    factor = {QPageLayout.Unit.Millimeter: 1.0, QPageLayout.Unit.Point: 25.4 / 72,
              QPageLayout.Unit.Inch: 25.4}.get(layout.units(), 25.4 / 72)
    return max(points.left(), points.top(), points.right(), points.bottom(), 0.0) * factor
