"""Visit reports and complaint cards in the window: a form refused with its field named, then saved and filed;
the route sheet previewed for a region."""
import io

from pypdf import PdfReader

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.services.binders import papers
from desktop_crm.services.cards import customers
from desktop_crm.ui.visits.route_dialog import RouteDialog
from desktop_crm.ui.visits.visit_forms import ComplaintCardDialog, VisitReportDialog
from desktop_crm.ui.visits.visits_window import VisitsWindow
from tests.samples import TEST_TODAY, enterprise


def test_a_visit_report_and_a_complaint_from_the_forms(desk_app, custodian, qtbot, monkeypatch):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    window = VisitsWindow(custodian, card.id)
    qtbot.addWidget(window)

    def visit(dialog):
        dialog.content.setPlainText("拜访采购部王经理，了解明年服务器采购计划。")
        dialog.save()                                     # no visitor yet
        assert "请填写访问人" in dialog.message.text()
        dialog.visitor.setText("刘洋")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(VisitReportDialog, "exec", visit)
    window.add_visit()
    assert window.visits.rows[0][2] == "刘洋" and "归入第一类活页卷" in window.status.text()

    def complaint(dialog):
        dialog.complaint.setPlainText("到货的服务器有两台电源故障")
        dialog.handling.setPlainText("三日内上门更换电源")
        dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData("不太满意"))
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(ComplaintCardDialog, "exec", complaint)
    window.add_complaint()
    assert window.complaints.rows[0][4] == "不太满意" and window.complaints.alerts[0]
    kinds = {p.kind for p in papers.binder_catalogue(custodian, card.id, 1, TEST_TODAY.year)}
    assert {"visit_report", "complaint_card"} <= kinds


def test_the_route_sheet_of_a_region(desk_app, custodian, qtbot, monkeypatch):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    dialog = RouteDialog(custodian)
    qtbot.addWidget(dialog)
    shown = []
    monkeypatch.setattr(RouteDialog, "preview", lambda self, region: shown.append((region, self.pdf)))
    dialog.region.setEditText("广州天河")
    dialog.show_sheet()
    assert "没有客户" in dialog.message.text() and not shown
    dialog.region.setCurrentIndex(dialog.region.findText("深圳龙岗"))
    dialog.show_sheet()
    assert shown and card.number in PdfReader(io.BytesIO(shown[0][1])).pages[0].extract_text()
