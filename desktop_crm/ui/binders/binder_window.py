"""A customer's loose-leaf binder: five category tabs of numbered papers, their registers and gaps."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import Category, kinds_of
from desktop_crm.domain.customer_card import FIELDS_BY_NAME
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.domain.permissions import Action, may
from desktop_crm.domain.register_values import REGISTER_OF_CATEGORY
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.binders import catalogue, completeness, papers, registers, scans
from desktop_crm.services.shelves.placing import binder_place
from desktop_crm.ui.binders.document_dialog import DocumentDialog
from desktop_crm.ui.binders.document_table_model import ID_ROLE, DocumentTableModel
from desktop_crm.ui.binders.register_panel import RegisterPanel
from desktop_crm.ui.binders.scan_viewer import ScanViewerDialog
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.i18n import tr_domain
from desktop_crm.ui.common.messages import error_text, translated
from desktop_crm.ui.common.pdf_preview_dialog import PdfPreviewDialog
from desktop_crm.ui.common.reason_form import ReasonForm
from desktop_crm.ui.common.tab_widget import whole_tabs


class PaperTable(QTableView):
    """The papers of a category; scan files dropped on a row are added to that paper."""
    files_dropped = Signal(int, list)   # document id, paths

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            index = self.currentIndex()
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if index.isValid() and paths:
            self.files_dropped.emit(index.data(ID_ROLE), paths)
            event.acceptProposedAction()


class BinderWindow(BaseDialog):
    help_text = QT_TRANSLATE_NOOP("Help", "Ctrl+N 归档文件，Enter 更正所选文件，Ctrl+P 打印本类目录。把扫描件（PDF、JPEG、PNG、TIFF）"
                 "拖到某份文件上即可添加。右侧列出本卷缺少或过期的文件，双击可跳到对应类别。")

    def __init__(self, user: ActingUser, customer_id: int, category: Category | None = None,
                 parent: QWidget | None = None) -> None:
        self.user = user
        self.card = papers.open_binder(user, customer_id)
        super().__init__(parent, "binder", self.tr("活页卷 — %1 %2").replace("%1", self.card.number)
                         .replace("%2", self.card.values["name"]))
        self.setModal(False)
        self.can_file = may(user.role, Action.FILE_PAPERS)
        values = self.card.values
        summary = QLabel(objectName="cardSummary", wordWrap=True)
        facts = [f"<b>{self.card.number}　{values['name']}</b>", tr_domain("Card", self.card.kind.label)]
        if values.get("direct_export"):
            facts.append(self.tr("直接出口"))
        for field in ("credit_rating", "importance", "state"):
            label = tr_domain("Card", FIELDS_BY_NAME[field].label)
            facts.append(f"{label}：{tr_domain('Card', values.get(field) or '—')}")
        facts.append(self.tr("库房位置：%1").replace("%1", binder_place(customer_id) or self.tr("未上架")))
        summary.setText("　·　".join(facts))
        self.year = QComboBox(objectName="year")
        for year in papers.binder_years(user, customer_id):
            self.year.addItem(self.tr("%1 年度").replace("%1", str(year)), year)
        self.year.currentIndexChanged.connect(self.reload)

        self.tabs = whole_tabs("categoryTabs")
        self.tables: dict[Category, PaperTable] = {}
        self.models: dict[Category, DocumentTableModel] = {}
        self.registers: dict[Category, RegisterPanel] = {}
        for cat in Category:
            self.tabs.addTab(self._category_page(cat), f"{int(cat)} {tr_domain('Binder', cat.label)}")
        self.gaps = QListWidget(objectName="gapList")
        self.gaps.setWordWrap(True)
        self.gaps.setMinimumWidth(260)
        self.gaps.itemDoubleClicked.connect(self._jump_to_gap)
        gaps_box = QWidget()
        gaps_layout = QVBoxLayout(gaps_box)
        gaps_layout.setContentsMargins(0, 0, 0, 0)
        gaps_layout.addWidget(QLabel(self.tr("缺件与过期")))
        gaps_layout.addWidget(self.gaps)
        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(gaps_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 300])

        self.toolbar = QToolBar()
        self._actions()
        top = QHBoxLayout()
        top.addWidget(summary, 1)
        top.addWidget(QLabel(self.tr("归档年度")))
        top.addWidget(self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        self.resize(1280, 760)
        if category is not None:
            self.tabs.setCurrentIndex(int(category) - 1)
        self.reload()

    # --- building ------------------------------------------------------------------------------
    def _category_page(self, category: Category) -> QWidget:
        model = DocumentTableModel(self)
        table = PaperTable()
        table.setObjectName(f"papers_{int(category)}")
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        for column, width in enumerate((44, 130, 300, 120, 120, 76, 44, 90, 64, 50)):
            table.setColumnWidth(column, width)
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(lambda _: self.edit_paper())
        table.files_dropped.connect(self.add_scans)
        self.tables[category], self.models[category] = table, model
        page = QSplitter(Qt.Orientation.Vertical)
        page.addWidget(table)
        spec = REGISTER_OF_CATEGORY.get(category)
        if spec is not None:
            panel = RegisterPanel(
                spec, can_edit=self.can_file, orders=self._orders,
                add=lambda values, s=spec: self._register_write(
                    lambda: registers.add_entry(self.user, s.code, self.card.id, values)),
                update=lambda entry, values, s=spec: self._register_write(
                    lambda: registers.update_entry(self.user, s.code, entry.id, entry.version, values)),
                remove=lambda entry, reason, s=spec: self._register_write(
                    lambda: registers.remove_entry(self.user, s.code, entry.id, reason)))
            self.registers[category] = panel
            page.addWidget(panel)
            page.setStretchFactor(0, 3)
            page.setStretchFactor(1, 2)
        return page

    def _actions(self) -> None:
        def add(text: str, slot, shortcut=None, needs_filing: bool = False) -> QAction:
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            action.setEnabled(self.can_file or not needs_filing)
            self.toolbar.addAction(action)
            self.addAction(action)
            return action
        self.file_action = add(self.tr("归档文件"), self.new_paper, QKeySequence.StandardKey.New, True)
        self.edit_action = add(self.tr("更正"), self.edit_paper, None, True)
        self.move_action = add(self.tr("移至其他类别"), self.move_paper, None, True)
        self.remove_action = add(self.tr("撤出"), self.remove_paper, None, True)
        self.toolbar.addSeparator()
        self.scan_action = add(self.tr("添加扫描件…"), self.choose_scans, None, True)
        self.view_action = add(self.tr("查看扫描件"), self.view_scans)
        self.toolbar.addSeparator()
        self.print_action = add(self.tr("打印本类目录"), self.print_catalogue, QKeySequence.StandardKey.Print)

    # --- state ---------------------------------------------------------------------------------
    @property
    def category(self) -> Category:
        return Category(self.tabs.currentIndex() + 1)

    @property
    def current_year(self) -> int:
        return int(self.year.currentData())

    def selected_paper(self) -> papers.DocumentRow | None:
        table = self.tables[self.category]
        rows = table.selectionModel().selectedRows()
        return self.models[self.category].document(rows[0].row()) if rows else None

    def _orders(self) -> list[tuple[int, str]]:
        return [(e.id, e.values["number"]) for e in registers.entries(self.user, "contracts", self.card.id)]

    def reload(self, keep: int | None = None) -> None:
        """Re-read every category of the chosen year, its registers and the binder's gaps."""
        keep = keep if keep is not None else (self.selected_paper().id if self.selected_paper() else None)
        for cat in Category:
            self.models[cat].set_rows(papers.binder_catalogue(self.user, self.card.id, cat, self.current_year))
            if cat in self.registers:
                self.registers[cat].set_entries(registers.entries(
                    self.user, REGISTER_OF_CATEGORY[cat].code, self.card.id, self.current_year))
        if keep is not None:
            self.select_paper(keep)
        self.gaps.clear()
        for gap in completeness.binder_completeness(self.user, self.card.id).gaps:
            item = QListWidgetItem(gap.text)
            item.setData(Qt.ItemDataRole.UserRole, int(gap.category))
            self.gaps.addItem(item)
        if not self.gaps.count():
            self.gaps.addItem(self.tr("本卷规定文件齐全。"))

    def show_category(self, category: Category) -> None:
        self.tabs.setCurrentIndex(int(category) - 1)

    def select_paper(self, document_id: int) -> bool:
        for cat, model in self.models.items():
            row = model.row_of(document_id)
            if row is not None:
                self.tabs.setCurrentIndex(int(cat) - 1)
                self.tables[cat].selectRow(row)
                return True
        return False

    def _jump_to_gap(self, item: QListWidgetItem) -> None:
        category = item.data(Qt.ItemDataRole.UserRole)
        if category:
            self.tabs.setCurrentIndex(int(category) - 1)

    # --- actions -------------------------------------------------------------------------------
    def _warn(self, exc: ArchiveError) -> None:
        QMessageBox.warning(self, self.tr("未能完成"), error_text(exc))

    def new_paper(self) -> None:
        saved: list[int] = []

        def submit(values):
            saved.append(papers.file_document(self.user, self.card.id, values).id)
        dialog = DocumentDialog(self.category, self.current_year, direct_export=bool(self.card.values.get("direct_export")),
                                orders=self._orders(), submit=submit, parent=self)
        self.open_dialog = dialog
        if dialog.exec() and saved:
            self._show_year_of(saved[0])

    def edit_paper(self) -> None:
        paper = self.selected_paper()
        if paper is None:
            return
        saved: list[int] = []

        def submit(values):
            saved.append(papers.update_document(self.user, paper.id, paper.version, values).id)
        dialog = DocumentDialog(self.category, paper.year, direct_export=bool(self.card.values.get("direct_export")),
                                orders=self._orders(), submit=submit, values=paper.values(), parent=self)
        self.open_dialog = dialog
        if dialog.exec() and saved:
            self._show_year_of(saved[0])

    def _show_year_of(self, document_id: int) -> None:
        year = papers.get_document(self.user, document_id).year
        index = self.year.findData(year)
        if index < 0:
            self.year.addItem(self.tr("%1 年度").replace("%1", str(year)), year)
            index = self.year.count() - 1
        self.year.blockSignals(True)
        self.year.setCurrentIndex(index)
        self.year.blockSignals(False)
        self.reload(keep=document_id)

    def move_paper(self) -> None:
        paper = self.selected_paper()
        if paper is None:
            return
        choices = [(cat, kind) for cat in Category if cat != paper.category
                   for kind in kinds_of(cat, bool(self.card.values.get("direct_export")))]
        labels = [(f"{cat.numbered_label} — {tr_domain('Binder', kind.label)}", (cat, kind.code)) for cat, kind in choices]
        form = ReasonForm(self, self.tr("移至其他类别"),
                          lambda target, reason: papers.move_document(self.user, paper.id, paper.version, target[0],
                                                                      target[1], reason),
                          choice_label=self.tr("移至"), choices=labels, text_label=self.tr("移动原因"),
                          hint=self.tr("将记入更正记录，如：误归第一类，应为合同订单"), ok_text=self.tr("移动"))
        if form.exec():
            self.reload(keep=paper.id)

    def remove_paper(self) -> None:
        paper = self.selected_paper()
        if paper is None:
            return
        form = ReasonForm(self, self.tr("撤出文件"),
                          lambda _choice, reason: papers.remove_document(self.user, paper.id, paper.version, reason),
                          intro=self.tr("撤出“%1”：文件不会被删除，撤出记录将保留。").replace("%1", paper.title),
                          text_label=self.tr("撤出原因"), ok_text=self.tr("撤出"))
        if form.exec():
            self.reload()

    def choose_scans(self) -> None:
        paper = self.selected_paper()
        if paper is None:
            QMessageBox.information(self, self.tr("添加扫描件"), self.tr("请先选择要添加扫描件的文件。"))
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择扫描件"), str(Path.home()),
                                                self.tr("扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"))
        if paths:
            self.add_scans(paper.id, paths)

    def add_scans(self, document_id: int, paths: list[str]) -> None:
        problems, warnings = [], []
        for path in paths:
            try:
                added = scans.add_scan(self.user, document_id, path)
            except ArchiveError as exc:
                problems.append(error_text(exc))
                continue
            if added.warning:
                warnings = [translated(added.warning)]    # only the last total counts
        self.reload(keep=document_id)
        if problems:
            QMessageBox.warning(self, self.tr("部分文件未添加"), "\n".join(problems))
        if warnings:
            QMessageBox.warning(self, self.tr("页数与扫描件不符"), "\n".join(warnings))

    def view_scans(self) -> None:
        paper = self.selected_paper()
        if paper is None:
            return
        found = scans.scans_of(self.user, paper.id)
        if not found:
            QMessageBox.information(self, self.tr("查看扫描件"), self.tr("这份文件还没有扫描件。"))
            return
        self.viewer = ScanViewerDialog(paper.title, found, self)
        self.viewer.show()

    def print_catalogue(self) -> None:
        try:
            pdf = catalogue.catalogue_pdf(self.user, self.card.id, self.category, self.current_year)
        except ArchiveError as exc:
            self._warn(exc)
            return
        name = f"{self.card.number}-{int(self.category)}-{self.current_year}-目录.pdf"
        self.preview = PdfPreviewDialog(self.tr("目录预览 — %1").replace("%1", name), pdf, name, self)
        self.preview.show()

    def _register_write(self, call) -> None:
        call()
        self.reload()
