"""Printing keeps the true size: a spine label of 20 mm comes out 20 mm wide, laid from the paper's edge."""
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSize
from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from desktop_crm.printing.volume_pdf import SpineLabel, render_spine_labels
from desktop_crm.ui.common.pdf_preview_dialog import print_document

PX_PER_MM = 10


def _load(pdf: bytes, parent) -> QPdfDocument:
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document


def _dark_columns(image: QImage, row: int) -> list[int]:
    """The x of each run of dark pixels along one row (the left edge of each drawn line)."""
    edges, inside = [], False
    for x in range(image.width()):
        color = image.pixelColor(x, row)
        dark = color.alpha() > 128 and color.lightness() < 128     # the render leaves the paper transparent
        if dark and not inside:
            edges.append(x)
        inside = dark
    return edges


def test_a_spine_label_prints_at_its_true_width(qtbot, tmp_path):
    holder = QPdfDocument()          # a parent that outlives the buffers
    labels = [SpineLabel(f"0456-2025-{n:03d}", "2025", f"{n:03d}", "客户背景资料", "30年", "杭州西湖电子科技有限公司")
              for n in range(1, 4)]
    source = _load(render_spine_labels(labels, width_mm=20), holder)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    # a printer set up for A4 portrait with wide margins: the page must neither shrink nor shift into them
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(QMarginsF(25, 25, 25, 25), QPageLayout.Unit.Millimeter)
    print_document(source, printer)

    page = PdfReader(tmp_path / "printed.pdf").pages[0]
    width_mm, height_mm = (float(v) * 25.4 / 72 for v in (page.mediabox.width, page.mediabox.height))
    assert abs(width_mm - 297) < 1 and abs(height_mm - 210) < 1          # landscape A4, as the label sheet

    printed = _load((tmp_path / "printed.pdf").read_bytes(), holder)
    image = printed.render(0, QSize(round(width_mm * PX_PER_MM), round(height_mm * PX_PER_MM)))
    lines = _dark_columns(image, image.height() - round(11.5 * PX_PER_MM))   # below the text, inside the strips
    assert len(lines) >= 4, lines                      # four vertical edges around three strips
    assert abs(lines[0] / PX_PER_MM - 10) < 0.5        # first strip 10 mm from the paper's edge, not moved
    strips = [(b - a) / PX_PER_MM for a, b in zip(lines, lines[1:4])]
    assert all(abs(w - 20) < 0.3 for w in strips), strips
