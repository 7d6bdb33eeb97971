"""The year-end close in the window: check, bind off the GUI thread with progress and cancel, then
preview and print the volumes, the year register and the spine labels."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import RETENTIONS
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.exchange.exports import ExportFilters
from desktop_crm.services.settings import registry
from desktop_crm.services.year_end import closing, verification, volume_output, volumes
from desktop_crm.ui.common.background_job import BackgroundJob
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.i18n import tr_domain
from desktop_crm.ui.common.messages import error_text, translated
from desktop_crm.ui.common.pdf_preview_dialog import PdfPreviewDialog
from desktop_crm.ui.common.rows_table_model import ID_ROLE, RowsTableModel, read_only_table
from desktop_crm.ui.exchange.export_list import export_button
from desktop_crm.ui.year_end.year_end_dialogs import (
    ConfirmCloseDialog,
    CorrectionDialog,
    SpineLabelsDialog,
    problem_lines,
)


class YearEndWindow(BaseDialog):
    finished_closing = Signal()

    help_text = QT_TRANSLATE_NOOP("Help", "先“检查”看将立多少卷、有哪些缺件、未登记页数或借出未还的文件；处理后再立卷，"
                 "或写明接受的理由（将印在卷内备考表上）。立卷可随时取消，已立的卷不受影响，再次立卷会继续其余部分。")

    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent, "year_end", self.tr("年度立卷"))
        self.setModal(False)
        self.user = user
        self.job: BackgroundJob | None = None
        self.year = QSpinBox(objectName="year", minimum=1990, maximum=clock.today().year, value=clock.today().year - 1)
        settings = registry.code_settings()
        self.fonds_code = QLineEdit(settings.fonds_code, objectName="fondsCode")
        self.fonds_name = QLineEdit(settings.fonds_name, objectName="fondsName")
        self.template = QComboBox(objectName="template")
        self.template.addItem(self.tr("全宗号-目录号-案卷号"), "bound")
        self.template.addItem(self.tr("DA/T 13-2022：全宗号-类别号·年度-案卷号"), "dat13")
        self.template.setCurrentIndex(self.template.findData(settings.template))
        self.page_limit = QSpinBox(objectName="pageLimit", minimum=20, maximum=2000, value=settings.page_limit)
        save_settings = QPushButton(self.tr("保存设置"))
        save_settings.clicked.connect(self.save_settings)
        check = QPushButton(self.tr("检查"), objectName="checkButton")
        check.clicked.connect(self.check)
        self.report = QPlainTextEdit(objectName="report", readOnly=True)
        self.note = QLineEdit(objectName="note", placeholderText=self.tr("接受尚存问题的书面说明（印在备考表上）"))
        self.checked_by = QLineEdit(objectName="checkedBy")
        self.start = QPushButton(self.tr("开始立卷"), objectName="startButton")
        self.start.clicked.connect(self.start_close)
        self.cancel = QPushButton(self.tr("取消立卷"), objectName="cancelButton", enabled=False)
        self.cancel.clicked.connect(self.request_cancel)
        self.bar = QProgressBar(objectName="progress")
        self.status = QLabel(objectName="status")
        self.model = RowsTableModel([self.tr("档号"), self.tr("案卷题名"), self.tr("起止年月"), self.tr("件数"),
                                     self.tr("页数"), self.tr("保管期限")], self)
        self.table = read_only_table(self.model, "volumeTable")
        for column, width in enumerate((130, 330, 140, 50, 50, 70)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _: self.preview_volume())

        form = QFormLayout()
        form.addRow(self.tr("年度"), self.year)
        form.addRow(self.tr("全宗号"), self.fonds_code)
        form.addRow(self.tr("全宗名称"), self.fonds_name)
        form.addRow(self.tr("档号格式"), self.template)
        form.addRow(self.tr("每卷页数上限"), self.page_limit)
        form.addRow("", save_settings)
        form.addRow(self.tr("接受说明"), self.note)
        form.addRow(self.tr("检查人"), self.checked_by)
        run_row = QHBoxLayout()
        for widget in (check, self.start, self.cancel):
            run_row.addWidget(widget)
        run_row.addWidget(self.bar, 1)
        prints = QHBoxLayout()
        for text, slot in ((self.tr("预览案卷"), self.preview_volume),
                           (self.tr("含扫描件预览"), lambda: self.preview_volume(True)),
                           (self.tr("案卷目录"), self.preview_register), (self.tr("脊背标签…"), self.preview_spines),
                           (self.tr("登记更正…"), self.add_correction), (self.tr("核对页号"), self.verify_volume)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            prints.addWidget(button)
        prints.addStretch(1)
        prints.addWidget(export_button(self, user, "volumes", self.tr("案卷目录"),
                                       lambda: ExportFilters(year=self.year.value())))
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.report, 1)
        right = QVBoxLayout()
        right.addLayout(run_row)
        right.addWidget(self.status)
        right.addWidget(self.table, 1)
        right.addLayout(prints)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.year.valueChanged.connect(self.reload)
        self.year.valueChanged.connect(lambda _year: self.report.clear())   # a check speaks of one year
        self.resize(1280, 720)
        self.reload()

    # --- settings and check ---------------------------------------------------------------------
    def save_settings(self) -> None:
        try:
            registry.change(self.user, {"fonds.code": self.fonds_code.text(), "fonds.name": self.fonds_name.text(),
                                        "volume.template": self.template.currentData(),
                                        "volume.page_limit": self.page_limit.value()})
        except ArchiveError as exc:
            QMessageBox.warning(self, self.tr("设置未保存"), error_text(exc))
            return
        self.status.setText(self.tr("设置已保存。"))

    def check(self) -> closing.ClosePreview:
        result = closing.preview(self.user, self.year.value())
        lines = [self.tr("%1年度：应立卷 %2 卷，已立 %3 卷。").replace("%1", str(result.year))
                 .replace("%2", str(result.volumes_planned)).replace("%3", str(result.volumes_closed))]
        if result.planned:
            lines.append(self.tr("档号 %1 至 %2。").replace("%1", result.code_from).replace("%2", result.code_to))
        lines.extend("⚠ " + translated(text) for text in result.refusals.values())
        if result.checked_by_missing and not self.checked_by.text().strip():
            lines.append("⚠ " + self.tr("尚未填写检查人：备考表上的“检查人”将留空待签。"))
        lines.extend(problem_lines(result))
        self.report.setPlainText("\n".join(lines))
        return result

    # --- closing off the GUI thread --------------------------------------------------------------
    def start_close(self, confirmed: bool = False) -> None:
        """Show what the close will do and, once confirmed, bind off the GUI thread."""
        if self.job is not None:
            return
        if not confirmed:
            check = self.check()
            if check.planned and not check.refusals and not (check.blocking and not self.note.text().strip()):
                dialog = ConfirmCloseDialog(check, self.note.text().strip(), self.checked_by.text().strip(), self)
                if dialog.exec() != ConfirmCloseDialog.DialogCode.Accepted:
                    return
        year, note, checked_by = self.year.value(), self.note.text(), self.checked_by.text()
        self.job = BackgroundJob(
            lambda progress, cancelled: closing.close_year(self.user, year, accepted_note=note, checked_by=checked_by,
                                                           progress=progress, cancelled=cancelled),
            QT_TRANSLATE_NOOP("YearEndWindow", "立卷中断：{error}。已完成的案卷保持不变，再次立卷将继续其余部分。"))
        self.job.progress.connect(self._progress)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.ended.connect(self._thread_gone)
        self.start.setEnabled(False)
        self.cancel.setEnabled(True)
        self.status.setText(self.tr("正在立卷…"))
        self.job.start(self)

    def request_cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("正在取消：当前这一卷完成后停止…"))

    def _progress(self, done: int, total: int) -> None:
        self.bar.setMaximum(total)
        self.bar.setValue(done)

    def _done(self, result) -> None:
        text = self.tr("已取消：本次立卷 %1 卷，其余可再次立卷继续。") if result.cancelled else self.tr("立卷完成：本次立卷 %1 卷。")
        self.status.setText(text.replace("%1", str(result.closed)))

    def _failed(self, message) -> None:
        self.status.setText(error_text(message) if isinstance(message, BaseException) else translated(message))

    def _thread_gone(self) -> None:
        self.job = None
        self.start.setEnabled(True)
        self.cancel.setEnabled(False)
        self.reload()
        self.finished_closing.emit()

    # --- the volumes -----------------------------------------------------------------------------
    def reload(self) -> None:
        self.volumes = volumes.volumes(self.user, self.year.value())
        self.model.set_rows([(v.id, (v.code, v.title, f"{v.start_ym}—{v.end_ym}", v.items, v.pages,
                                     tr_domain("Binder", RETENTIONS.get(v.retention, v.retention))), False)
                             for v in self.volumes])

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _show(self, title: str, pdf: bytes, name: str) -> None:
        self.preview = PdfPreviewDialog(title, pdf, name, self)
        self.preview.show()

    def preview_volume(self, with_scans: bool = False) -> None:
        volume_id = self._selected()
        if volume_id is None:
            return
        code = next(v.code for v in self.volumes if v.id == volume_id)
        self._show(code, volume_output.volume_pdf(self.user, volume_id, with_scans), f"{code}.pdf")

    def preview_register(self) -> None:
        try:
            pdf = volume_output.year_register_pdf(self.user, self.year.value())
        except ArchiveError as exc:
            QMessageBox.information(self, self.tr("案卷目录"), error_text(exc))
            return
        self._show(self.tr("案卷目录"), pdf, f"{self.year.value()}年度案卷目录.pdf")

    def preview_spines(self) -> None:
        if not self.volumes:
            return
        dialog = SpineLabelsDialog([v.number for v in self.volumes], self)
        if dialog.exec() != SpineLabelsDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        try:
            pdf = volume_output.spine_labels_pdf(self.user, self.year.value(), choice.width_mm, choice.first, choice.last)
        except ArchiveError as exc:
            QMessageBox.warning(self, self.tr("脊背标签"), error_text(exc))
            return
        self._show(self.tr("脊背标签"), pdf, f"{self.year.value()}年度脊背标签.pdf")

    def add_correction(self) -> None:
        volume_id = self._selected()
        if volume_id is None:
            return
        code = next(v.code for v in self.volumes if v.id == volume_id)
        CorrectionDialog(code, lambda text: volumes.record_correction(self.user, volume_id, text), self).exec()

    def verify_volume(self) -> None:
        volume_id = self._selected()
        if volume_id is None:
            return
        code = next(v.code for v in self.volumes if v.id == volume_id)
        checks = verification.verify_volume(self.user, code)
        lines = []
        for check in checks:
            lines.append(("✓ " if check.ok else "✗ ") + check.source)
            lines.extend("    " + translated(p) for p in check.problems)
        (QMessageBox.information if all(c.ok for c in checks) else QMessageBox.warning)(
            self, self.tr("核对案卷 %1").replace("%1", code), "\n".join(lines))
