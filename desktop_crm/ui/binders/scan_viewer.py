"""Preview of a paper's scans: PDF pages through QtPdf, images scaled, with page flipping."""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.services.binders.scans import ScanRow
from desktop_crm.ui.common.base_dialog import BaseDialog


class ScanViewerDialog(BaseDialog):
    def __init__(self, title: str, scans: list[ScanRow], parent: QWidget | None = None) -> None:
        super().__init__(parent, "scan_viewer", title)
        self.scans = scans
        self.page = 0
        self.files = QListWidget(objectName="scanList")
        for scan in scans:
            self.files.addItem(f"{scan.name}（{scan.pages}页）")
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.SinglePage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.image = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, objectName="imageView")
        image_scroll = QScrollArea(widgetResizable=True)
        image_scroll.setWidget(self.image)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.pdf_view)
        self.stack.addWidget(image_scroll)
        self.position = QLabel(objectName="pagePosition")
        previous = QPushButton(self.tr("上一页"))
        previous.clicked.connect(lambda: self.flip(-1))
        following = QPushButton(self.tr("下一页"))
        following.clicked.connect(lambda: self.flip(1))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.flip(1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.flip(-1))
        bar = QHBoxLayout()
        bar.addWidget(previous)
        bar.addWidget(following)
        bar.addWidget(self.position)
        bar.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.stack, 1)
        right_layout.addLayout(bar)
        splitter = QSplitter()
        splitter.addWidget(self.files)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.files.currentRowChanged.connect(self.show_scan)
        self.resize(900, 760)
        if scans:
            self.files.setCurrentRow(0)

    @property
    def current(self) -> ScanRow | None:
        row = self.files.currentRow()
        return self.scans[row] if 0 <= row < len(self.scans) else None

    def show_scan(self, row: int) -> None:
        self.page = 0
        scan = self.current
        if scan is None:
            return
        if scan.media_type == "application/pdf":
            self.pdf.load(str(scan.path))
            self.stack.setCurrentIndex(0)
        else:
            self.stack.setCurrentIndex(1)
        self._show_page()

    def flip(self, step: int) -> None:
        scan = self.current
        if scan is None:
            return
        target = self.page + step
        if 0 <= target < scan.pages:
            self.page = target
        elif target >= scan.pages and self.files.currentRow() + 1 < len(self.scans):
            self.files.setCurrentRow(self.files.currentRow() + 1)   # on to the next scan's first page
            return
        elif target < 0 and self.files.currentRow() > 0:
            self.files.setCurrentRow(self.files.currentRow() - 1)
            return
        self._show_page()

    def _show_page(self) -> None:
        scan = self.current
        if scan.media_type == "application/pdf":
            self.pdf_view.pageNavigator().jump(self.page, QPointF())
        else:
            reader = QImageReader(str(scan.path))
            reader.jumpToImage(self.page)
            picture = QPixmap.fromImage(reader.read())
            self.image.setPixmap(picture.scaled(760, 900, Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation))
        self.position.setText(self.tr("第 %1 / %2 页").replace("%1", str(self.page + 1))
                              .replace("%2", str(scan.pages)))
