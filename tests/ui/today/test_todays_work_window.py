"""今日待办 in the window: an approver sees the request waiting for them and one double-click opens it in the
customer's credit window; a card due for review opens from the reviews window, and a review is recorded there."""
from datetime import timedelta

from desktop_crm.domain import clock
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.roles import Role
from desktop_crm.services.cards import customers, reviews
from desktop_crm.services.credit import approvals
from desktop_crm.ui.cards.reviews_window import RecordReviewDialog
from desktop_crm.ui.main_window import MainWindow
from tests.samples import TEST_TODAY, enterprise


def test_an_approver_opens_the_request_waiting_for_them(desk_app, staff, qtbot):
    card = customers.create_customer(staff[Role.CUSTODIAN], CustomerKind.ENTERPRISE, enterprise())
    request = approvals.draft(staff[Role.CUSTOMER_SERVICE], "limit", card.id, {"requested_limit": "300000",
                                                                              "reason": "年度采购增长"})
    approvals.submit(staff[Role.CUSTOMER_SERVICE], request.id)
    window = MainWindow(staff[Role.BUSINESS_MANAGER], "test")
    qtbot.addWidget(window)
    window.show_overdue_on_start()
    today = window.windows.get("todays_work")
    heading = today.tree.topLevelItem(0)
    assert heading.text(0) == "等待您办理的审批（1）" and request.number in heading.child(0).text(0)
    today.tree.itemActivated.emit(heading.child(0), 0)
    credit = window.windows.get(("credit", card.id))
    assert credit is not None and credit.tabs.currentIndex() == 1
    assert credit.approvals_view.currentIndex().row() == credit.approval_model.ids.index(request.id)


def test_a_card_due_is_reviewed_from_the_reviews_window(desk_app, custodian, qtbot, monkeypatch):
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    later = TEST_TODAY + timedelta(days=61)
    with clock.moved_to(later):
        window = MainWindow(custodian, "test")
        qtbot.addWidget(window)
        window.show_reviews()
        desk = window.windows.get("reviews")
        assert desk.model.rows[0][0] == card.number and desk.model.rows[0][4] == "逾期"
        desk.table.selectRow(0)

        def fill(dialog):
            dialog.confirmed.setPlainText("名称、地址、电话核对无误\x00")           # a broken paste
            dialog.save()
            assert "控制字符" in dialog.message.text()
            dialog.confirmed.setPlainText("名称、地址、电话核对无误")
            dialog.corrected.setPlainText("联系人电话更正为 0755-28780808")
            dialog.save()
            return dialog.result()
        monkeypatch.setattr(RecordReviewDialog, "exec", fill)
        desk.record()
        assert desk.model.rowCount() == 0 and "下次核查" in desk.status.text()
        [entry] = reviews.reviews_of(custodian, card.id)
        assert entry.corrected == "联系人电话更正为 0755-28780808" and entry.reviewed_on == later
