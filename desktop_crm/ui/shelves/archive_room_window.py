"""库房位置: the archive room's places with what stands in each, shelving and moving, the record of moves, what
has no place yet, and the printed location index and labels."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.domain.permissions import Action, may
from desktop_crm.services.shelves import location_index, placing
from desktop_crm.services.shelves.places import levels, list_places
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.messages import error_text
from desktop_crm.ui.common.pdf_preview_dialog import PdfPreviewDialog
from desktop_crm.ui.common.rows_table_model import RowsTableModel, read_only_table
from desktop_crm.ui.common.tab_widget import whole_tabs
from desktop_crm.ui.exchange.export_list import export_button, print_button
from desktop_crm.ui.shelves.shelve_dialogs import AddPlaceDialog, LocateDialog


class ArchiveRoomWindow(BaseDialog):
    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent, "archive_room", self.tr("库房位置"))
        self.setModal(False)
        self.user = user
        self.places = RowsTableModel([self.tr("位置"), self.tr("说明"), self.tr("活页卷"), self.tr("固定卷"), self.tr("状态")], self)
        self.moves = RowsTableModel([self.tr("时间"), self.tr("经办人"), self.tr("对象"), self.tr("原位置"), self.tr("新位置")], self)
        self.unplaced = QLabel(objectName="unplaced", wordWrap=True)
        self.status = QLabel(objectName="roomStatus", wordWrap=True)
        tabs = whole_tabs("roomTabs")
        place_table = read_only_table(self.places, "placeTable")
        for column, width in enumerate((110, 180, 70, 70)):
            place_table.setColumnWidth(column, width)
        tabs.addTab(place_table, self.tr("位置"))
        move_table = read_only_table(self.moves, "moveTable")
        for column, width in enumerate((130, 80, 260, 90)):
            move_table.setColumnWidth(column, width)
        tabs.addTab(move_table, self.tr("上架与移动记录"))
        tabs.addTab(self.unplaced, self.tr("尚未上架"))
        can_shelve = may(user.role, Action.SHELVE)
        buttons = QHBoxLayout()
        for text, slot, enabled in ((self.tr("登记位置…"), self.add_place, can_shelve),
                                    (self.tr("上架或移动…"), self.locate, can_shelve),
                                    (self.tr("位置索引（按位置）…"), lambda: self.print_index(True), True),
                                    (self.tr("位置索引（按客户）…"), lambda: self.print_index(False), True),
                                    (self.tr("打印位置标签…"), self.print_labels, True)):
            button = QPushButton(text, enabled=enabled)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(print_button(self, user, "places", self.tr("库房位置")))
        buttons.addWidget(export_button(self, user, "places", self.tr("库房位置")))
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.status)
        self.resize(900, 560)
        self.refresh()

    def refresh(self) -> None:
        rows = list_places(self.user)
        self.places.set_rows([(i, (r.code, r.note, r.binders, r.volumes, self.tr("停用") if r.retired else self.tr("在用")),
                               r.retired) for i, r in enumerate(rows)])
        moves = placing.moves(self.user)
        self.moves.set_rows([(i, (f"{m.at:%Y-%m-%d %H:%M}", m.user_name, m.what, m.from_code or self.tr("（首次上架）"),
                                  m.to_code), False) for i, m in enumerate(moves)])
        missing = location_index.without_place()
        self.unplaced.setText(
            self.tr("尚未上架的活页卷 %1 个：%2\n\n尚未上架的固定卷 %3 卷：%4")
            .replace("%1", str(len(missing.binders))).replace("%2", "、".join(missing.binders[:200]) or self.tr("无"))
            .replace("%3", str(len(missing.volumes))).replace("%4", "、".join(missing.volumes[:200]) or self.tr("无")))

    def add_place(self) -> None:
        dialog = AddPlaceDialog(self.user, levels(), self)
        if dialog.exec():
            self.status.setText(self.tr("已登记库房位置 %1。").replace("%1", dialog.added))
            self.refresh()

    def locate(self) -> None:
        dialog = LocateDialog(self.user, [row[0] for row in self.places.rows], self)
        if dialog.exec():
            self.status.setText(dialog.done_text)
            self.refresh()

    def _preview(self, title: str, make, name: str) -> None:
        try:
            pdf = make()
        except ArchiveError as exc:
            self.status.setText(error_text(exc))
            return
        PdfPreviewDialog(title, pdf, name, self).exec()

    def print_index(self, by_place: bool) -> None:
        self._preview(self.tr("库房位置索引"), lambda: location_index.index_pdf(self.user, by_place), "库房位置索引.pdf")

    def print_labels(self) -> None:
        self._preview(self.tr("库房位置标签"), lambda: location_index.labels_pdf(self.user), "库房位置标签.pdf")
