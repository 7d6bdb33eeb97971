"""路线拜访表: choose a route region, see its sheet (customers in route order, addresses and phones) to print."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.services.visits import routes
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.pdf_preview_dialog import PdfPreviewDialog


class RouteDialog(BaseDialog):
    def __init__(self, user: ActingUser, parent: QWidget | None = None) -> None:
        super().__init__(parent, "route", self.tr("客户拜访路线表"))
        self.user = user
        self.region = QComboBox(objectName="routeRegion", editable=True)
        self.region.addItems(routes.regions(user))
        self.message = self.error_label()
        form = QFormLayout()
        form.addRow(self.tr("路线区域"), self.region)
        self.lay_out_form(form, self.tr("生成并预览…"), self.show_sheet)
        self.pdf = b""

    def show_sheet(self) -> None:
        region = self.region.currentText()

        def call() -> None:
            self.pdf = routes.route_sheet_pdf(self.user, region)
        if self.submitted(call, self.message):
            self.preview(region)

    def preview(self, region: str) -> None:
        PdfPreviewDialog(self.tr("客户拜访路线表"), self.pdf, f"拜访路线表-{region}.pdf", self).exec()
