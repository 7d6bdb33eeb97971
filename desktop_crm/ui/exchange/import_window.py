"""档案 → 导入客户名册: choose a roster, see and correct which column goes where, check every row, import all of
it or nothing, and take a whole import back from its history."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.domain.import_columns import choosable_fields, field_label
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.exchange import customer_import
from desktop_crm.services.exchange.customer_import import ImportCheck, ImportResult, SheetPreview
from desktop_crm.ui.common.background_job import BackgroundJob
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.messages import error_text, translated
from desktop_crm.ui.common.rows_table_model import RowsTableModel, read_only_table
from desktop_crm.ui.common.workstation_settings import LAST_EXCHANGE_FOLDER
from desktop_crm.ui.exchange.export_list import save_table
from desktop_crm.ui.exchange.undo_import_dialog import UndoImportDialog

SHOWN_PROBLEMS = 5000


class ImportWindow(BaseDialog):
    cards_changed = Signal()
    help_text = QT_TRANSLATE_NOOP("Help", "导入只读取第一个工作表。第一行是表头，认出的列名（如 单位名称、统一社会信用代码、地址、电话）会自动对应到档案卡字段，"
                 "也可以在“导入为”一栏改。先“检查”：每一行都按档案卡的规则核对，列出每个问题所在的行、列和内容；"
                 "全部无误才能“导入”，导入是一次完成的，之后在“导入记录”中可以整批撤销（其档案卡尚未被更正时）。")

    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent, "import_roster", self.tr("导入客户名册"))
        self.setModal(False)
        self.user = user
        self.job: BackgroundJob | None = None
        self.sheet: SheetPreview | None = None
        self.check: ImportCheck | None = None
        self.checked_with: tuple[dict[int, str], str] | None = None

        self.path = QLineEdit(objectName="rosterPath", readOnly=True)
        self.path.setPlaceholderText(self.tr("请选择 .xlsx 或 .csv 名册文件"))
        choose = QPushButton(self.tr("选择文件…"), objectName="chooseRoster")
        choose.clicked.connect(self.choose)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        self.on_duplicate = QComboBox(objectName="onDuplicate")
        self.on_duplicate.addItem(self.tr("跳过（保留档案中的档案卡）"), customer_import.SKIP)
        self.on_duplicate.addItem(self.tr("按名册更新（逐项记入档案卡历史）"), customer_import.UPDATE)
        self.on_duplicate.currentIndexChanged.connect(self._mapping_changed)
        form = QFormLayout()
        form.addRow(self.tr("名册文件"), where)
        form.addRow(self.tr("信用代码或身份证号已在档案中时"), self.on_duplicate)

        self.mapping = QTableWidget(0, 3, objectName="mapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("名册中的列名"), self.tr("前几行的内容"), self.tr("导入为")])
        self.mapping.verticalHeader().hide()
        self.mapping.setColumnWidth(0, 180)
        self.mapping.setColumnWidth(1, 360)
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.problems = RowsTableModel([self.tr("行"), self.tr("列"), self.tr("内容"), self.tr("问题")], self)
        self.problem_view = read_only_table(self.problems, "problems")
        for column, width in enumerate((50, 140, 200)):
            self.problem_view.setColumnWidth(column, width)
        self.summary = QLabel(wordWrap=True, objectName="summary")
        self.bar = QProgressBar(objectName="progress", visible=False)
        self.message = self.error_label()
        self.check_button = QPushButton(self.tr("检查"), objectName="checkRoster", enabled=False)
        self.check_button.clicked.connect(self.run_check)
        self.report_button = QPushButton(self.tr("保存问题清单…"), objectName="saveProblems", enabled=False)
        self.report_button.clicked.connect(self.save_problems)
        self.import_button = QPushButton(self.tr("导入"), objectName="importRoster", enabled=False)
        self.import_button.clicked.connect(self.run_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        page = QWidget()
        roster = QVBoxLayout(page)
        roster.addLayout(form)
        roster.addWidget(QLabel(self.tr("列的对应（可改“导入为”，不需要的列选“（不导入）”）：")))
        roster.addWidget(self.mapping, 2)
        roster.addWidget(self.summary)
        roster.addWidget(self.problem_view, 3)
        roster.addWidget(self.bar)
        roster.addWidget(self.message)
        roster.addLayout(buttons)

        self.history = RowsTableModel([self.tr("编号"), self.tr("时间"), self.tr("导入人"), self.tr("文件"), self.tr("行数"),
                                       self.tr("新建"), self.tr("更新"), self.tr("跳过"), self.tr("状态")], self)
        self.history_view = read_only_table(self.history, "importHistory")
        for column, width in enumerate((50, 130, 80, 240, 60, 60, 60, 60)):
            self.history_view.setColumnWidth(column, width)
        self.undo_button = QPushButton(self.tr("撤销所选导入…"), objectName="undoImport")
        self.undo_button.clicked.connect(self.undo_selected)
        history_page = QWidget()
        history = QVBoxLayout(history_page)
        history.addWidget(self.history_view, 1)
        undo_row = QHBoxLayout()
        undo_row.addStretch(1)
        undo_row.addWidget(self.undo_button)
        history.addLayout(undo_row)

        self.tabs = QTabWidget(objectName="importTabs")
        self.tabs.addTab(page, self.tr("导入名册"))
        self.tabs.addTab(history_page, self.tr("导入记录"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(1000, 720)
        self.load_history()

    # --- the file and its columns --------------------------------------------------------------------
    def choose(self) -> None:
        folder = LAST_EXCHANGE_FOLDER.get() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择客户名册"), folder,
                                              self.tr("名册 (*.xlsx *.csv);;所有文件 (*)"))
        if path:
            LAST_EXCHANGE_FOLDER.set(str(Path(path).parent))
            self.open_roster(path)

    def open_roster(self, path: str) -> bool:
        self.message.clear()
        self.path.setText(path)
        self.check = None
        self._show_check()
        try:
            self.sheet = customer_import.preview(self.user, path)
        except ArchiveError as exc:
            self.sheet = None
            self.mapping.setRowCount(0)
            self.check_button.setEnabled(False)
            self.message.setText(error_text(exc))
            return False
        fields = choosable_fields()
        self.mapping.setRowCount(len(self.sheet.columns))
        for row, column in enumerate(self.sheet.columns):
            self.mapping.setItem(row, 0, QTableWidgetItem(column.heading or self.tr("（空）")))
            self.mapping.setItem(row, 1, QTableWidgetItem("；".join(self.sheet.samples[row])))
            box = QComboBox(objectName=f"field_{row}")
            for name in fields:
                box.addItem(translated(field_label(name)), name)
            box.setCurrentIndex(max(0, box.findData(column.field)))
            box.currentIndexChanged.connect(self._mapping_changed)
            self.mapping.setCellWidget(row, 2, box)
        self.summary.setText(self.tr("“%1”：%2 行数据。请核对列的对应，然后按“检查”。")
                             .replace("%1", self.sheet.file_name).replace("%2", str(self.sheet.rows)))
        self.check_button.setEnabled(True)
        return True

    def chosen_fields(self) -> dict[int, str]:
        chosen = {}
        for row in range(self.mapping.rowCount()):
            box = self.mapping.cellWidget(row, 2)
            if isinstance(box, QComboBox):
                chosen[row] = box.currentData()
        return chosen

    def _mapping_changed(self) -> None:
        """A changed mapping needs a new check before anything can be imported."""
        if self.check is not None:
            self.import_button.setEnabled(False)
            self.summary.setText(self.tr("列的对应已改动，请重新检查。"))

    # --- check and import, off the window's thread ------------------------------------------------------
    def _run(self, work, done) -> None:
        self.message.clear()
        for button in (self.check_button, self.import_button):
            button.setEnabled(False)
        self.bar.setRange(0, 0)          # how long a roster takes is not known ahead: a busy bar
        self.bar.setVisible(True)
        self.job = BackgroundJob(lambda _progress, _cancelled: work(),
                                 QT_TRANSLATE_NOOP("ImportWindow", "导入中断：{error}。没有写入任何档案卡。"))
        self.job.done.connect(done)
        self.job.failed.connect(self._failed)
        self.job.ended.connect(self._ended)
        self.job.start(self)

    def run_check(self) -> None:
        fields, on_duplicate = self.chosen_fields(), self.on_duplicate.currentData()
        path = self.path.text()
        self.checked_with = (fields, on_duplicate)
        self._run(lambda: customer_import.check_file(self.user, path, fields, on_duplicate), self._checked)

    def _checked(self, check: ImportCheck) -> None:
        self.check = check
        self._show_check()

    def run_import(self) -> None:
        if self.check is None or self.checked_with is None or not self.check.ready:
            return
        fields, on_duplicate = self.checked_with
        sha, path = self.check.sha256, self.path.text()
        self._run(lambda: customer_import.import_file(self.user, path, fields, on_duplicate, expected_sha256=sha),
                  self._imported)

    def _imported(self, result: ImportResult) -> None:
        self.check = None
        self._show_check()
        self.summary.setText(self.tr("已导入（导入编号 %1）：新建 %2 张，更新 %3 张，跳过 %4 张。如有错误，可在“导入记录”中整批撤销。")
                             .replace("%1", str(result.batch_id)).replace("%2", str(result.created))
                             .replace("%3", str(result.updated)).replace("%4", str(result.skipped)))
        self.load_history()
        self.cards_changed.emit()          # the main list shows the new cards

    def _failed(self, error: object) -> None:
        self.message.setText(error_text(error) if isinstance(error, BaseException) else translated(error))

    def _ended(self) -> None:
        self.bar.setVisible(False)
        self.check_button.setEnabled(self.sheet is not None)
        self.import_button.setEnabled(self.check is not None and self.check.ready)
        self.job = None

    def _show_check(self) -> None:
        check = self.check
        self.report_button.setEnabled(bool(check and check.problems))
        self.import_button.setEnabled(bool(check and check.ready))
        if check is None:
            self.problems.set_rows([])
            return
        self.problems.set_rows([(i, (p.row, p.column, p.value, translated(p.message)), True)
                                for i, p in enumerate(check.problems[:SHOWN_PROBLEMS])])
        if check.file_problem:
            self.summary.setText(translated(check.file_problem))
            return
        text = (self.tr("共 %1 行数据：新建 %2 张，已在档案中 %3 张").replace("%1", str(check.rows))
                .replace("%2", str(check.new)).replace("%3", str(check.duplicates)))
        if check.updates:
            text += self.tr("（其中 %1 张将更新）").replace("%1", str(check.updates))
        if check.problems:
            rows = len({p.row for p in check.problems})
            text += self.tr("。%1 行有问题（共 %2 处），改正文件后重新检查；在此之前不会导入任何一行。") \
                .replace("%1", str(rows)).replace("%2", str(len(check.problems)))
        else:
            text += self.tr("。检查通过，可以导入。")
        self.summary.setText(text)

    def save_problems(self) -> None:
        if self.check is None:
            return
        save_table(self, self.tr("问题清单"), (self.tr("行"), self.tr("列"), self.tr("内容"), self.tr("问题")),
                   [(p.row, p.column, p.value, translated(p.message)) for p in self.check.problems])

    # --- the history ---------------------------------------------------------------------------------
    def load_history(self) -> None:
        self.batches = customer_import.batches(self.user)
        rows = []
        for b in self.batches:
            if b.undone_at:
                state = self.tr("已于 %1 撤销").replace("%1", f"{b.undone_at:%Y-%m-%d}")
            else:
                state = self.tr("可撤销") if b.undoable else self.tr("已有更正，不可整批撤销")
            rows.append((b.id, (b.id, f"{b.at:%Y-%m-%d %H:%M}", b.user_name, b.file_name, b.rows, b.created,
                                b.updated, b.skipped, state), bool(b.undone_at)))
        self.history.set_rows(rows)

    def undo_selected(self) -> None:
        selected = self.history_view.selectionModel().selectedRows()
        if not selected:
            QMessageBox.information(self, self.tr("撤销导入"), self.tr("请先在导入记录中选择一次导入。"))
            return
        batch = self.batches[selected[0].row()]
        dialog = UndoImportDialog(self.user, batch, self)
        if dialog.exec():
            self.load_history()
            self.cards_changed.emit()

    def closeEvent(self, event) -> None:
        if self.job is not None:
            self.job.wait()
        super().closeEvent(event)
