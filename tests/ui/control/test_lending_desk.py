from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.roles import Role
from desktop_crm.services.binders import papers
from desktop_crm.services.cards import customers
from desktop_crm.services.control import lending
from desktop_crm.ui.control.borrow_dialog import BorrowDialog
from desktop_crm.ui.control.lending_desk import LendingDesk, ReturnDialog
from desktop_crm.ui.main_window import MainWindow
from tests.samples import TEST_TODAY, enterprise

TODAY = TEST_TODAY


@pytest.fixture
def desk(desk_app, staff, qtbot):
    custodian = staff[Role.CUSTODIAN]
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    for title, original in (("营业执照（副本）", False), ("授权委托书", True), ("走访记录", False)):
        papers.file_document(custodian, card.id, {"category": 1, "kind": "background", "year": TODAY.year,
                                                  "title": title, "retention": "D30", "is_original": original})
    window = LendingDesk(custodian)
    qtbot.addWidget(window)
    window.card = card
    return window


def choose(dialog: BorrowDialog, borrower_name: str, *titles: str) -> None:
    dialog.borrower.setCurrentIndex(next(i for i in range(dialog.borrower.count())
                                         if dialog.borrower.itemText(i).startswith(borrower_name)))
    dialog.customer.setText("QY-000001")
    dialog.load_customer()
    group = dialog.papers.topLevelItem(0)
    for i in range(group.childCount()):
        item = group.child(i)
        if any(t in item.text(0) for t in titles) and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            item.setCheckState(0, Qt.CheckState.Checked)


def test_borrow_dialog_lends_copies_and_greys_out_originals(desk, qtbot):
    dialog = desk.borrow_dialog()
    qtbot.addWidget(dialog)
    choose(dialog, "赵雪梅", "营业执照", "授权委托书")
    originals = [dialog.papers.topLevelItem(0).child(i) for i in range(3)
                 if "授权委托书" in dialog.papers.topLevelItem(0).child(i).text(0)]
    assert originals[0].text(1) == "原件，不外借" and not originals[0].flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.due.date().toPython() == TODAY + timedelta(days=7)        # 客户服务: 7 days
    dialog.purpose.setText("核对开票信息")
    dialog.save()
    assert dialog.result() == 1
    desk.reload()
    assert desk.model.rowCount() == 1 and desk.model.index(0, 1).data() == "赵雪梅"
    assert desk.model.index(0, 6).data() == "1"


def test_borrow_dialog_shows_the_services_refusal(desk, qtbot):
    dialog = desk.borrow_dialog()
    qtbot.addWidget(dialog)
    choose(dialog, "赵雪梅", "营业执照")
    dialog.save()                      # no purpose
    assert "借阅目的" in dialog.message.text() and dialog.result() == 0
    dialog.approver.setCurrentIndex(next(i for i in range(dialog.approver.count())
                                         if dialog.approver.itemText(i).startswith("王芳")))
    choose(dialog, "王芳", "营业执照")
    dialog.purpose.setText("自查")
    dialog.save()
    assert "自己" in dialog.message.text()


def test_return_flow_partial_then_all(desk, staff, qtbot):
    card_papers = papers.binder_catalogue(staff[Role.CUSTODIAN], desk.card.id, 1, TODAY.year)
    copies = tuple(p.id for p in card_papers if not p.is_original)
    lending.lend(staff[Role.CUSTODIAN], lending.BorrowRequest(staff[Role.MANAGER].id, "回访", copies, TODAY,
                                                              approved_by_id=staff[Role.BUSINESS_MANAGER].id))
    desk.reload()
    desk.table.selectRow(0)
    slip = desk.selected()
    dialog = ReturnDialog(slip, lambda items, when, condition: lending.return_papers(
        staff[Role.CUSTODIAN], slip.id, items, when, condition), desk)
    qtbot.addWidget(dialog)
    dialog.items.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.condition.setText("完好")
    dialog.save()
    assert dialog.result() == 1
    desk.reload()
    assert desk.model.index(0, 7).data() == "1" and desk.model.index(0, 9).data() == "借出中"
    desk.state.setCurrentIndex(desk.state.findData("all"))
    lending.return_papers(staff[Role.CUSTODIAN], slip.id, [slip.items[1].id], TODAY)
    desk.reload()
    assert desk.model.index(0, 9).data() == "已还"


def test_overdue_slips_are_listed_red_and_announced_at_start(desk, staff, qtbot, monkeypatch):
    lending.lend(staff[Role.CUSTODIAN], lending.BorrowRequest(
        staff[Role.CUSTOMER_SERVICE].id, "回访", (papers.binder_catalogue(staff[Role.CUSTODIAN], desk.card.id, 1,
                                                                          TODAY.year)[0].id,),
        TODAY - timedelta(days=20), approved_by_id=staff[Role.MANAGER].id))
    desk.state.setCurrentIndex(desk.state.findData("overdue"))
    assert desk.model.rowCount() == 1 and desk.model.index(0, 9).data().startswith("逾期")
    assert desk.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    window = MainWindow(staff[Role.CUSTODIAN], "test")
    qtbot.addWidget(window)
    window.show_overdue_on_start()
    assert "1 张借阅单逾期未还" in window.overdue_label.text() and "赵雪梅" in window.overdue_label.toolTip()
    today = window.windows.get("todays_work")                       # 今日待办 opens after signing in
    heading = today.tree.topLevelItem(0)
    assert heading.text(0) == "借阅单逾期未还（1）" and "赵雪梅" in heading.child(0).text(0)
    today.tree.itemActivated.emit(heading.child(0), 0)                 # the line opens the lending desk
    assert window.windows.get("lending") is not None
    sales_window = MainWindow(staff[Role.CUSTOMER_SERVICE], "test")
    qtbot.addWidget(sales_window)
    assert not sales_window.lending_action.isEnabled() and sales_window.overdue_notice() == ""


def test_renewal_asks_for_the_new_date_and_prints_on_the_chosen_paper(desk, staff, qtbot, monkeypatch):
    from datetime import timedelta as days

    from PySide6.QtCore import QDate

    from desktop_crm.ui.control.lending_desk import RenewDialog

    paper = papers.binder_catalogue(staff[Role.CUSTODIAN], desk.card.id, 1, TODAY.year)[0]
    slip = lending.lend(staff[Role.CUSTODIAN], lending.BorrowRequest(staff[Role.CUSTOMER_SERVICE].id, "回访",
                                                                     (paper.id,), TODAY, approved_by_id=staff[Role.MANAGER].id))
    desk.reload()
    desk.table.selectRow(0)

    def fill(dialog):
        earlier = slip.due_date - days(days=5)
        dialog.due.setDate(QDate(earlier.year, earlier.month, earlier.day))      # before the present due date
        dialog.save()
        assert dialog.message.text() and lending.get_slip(staff[Role.CUSTODIAN], slip.id).renewals == 0
        later = slip.due_date + days(days=10)
        dialog.due.setDate(QDate(later.year, later.month, later.day))
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(RenewDialog, "exec", fill)
    desk.renew()
    renewed = lending.get_slip(staff[Role.CUSTODIAN], slip.id)
    assert renewed.renewals == 1 and renewed.due_date == slip.due_date + days(days=10)
    desk.paper.setCurrentText("A5")
    desk.table.selectRow(0)
    desk.print_slip()
    assert desk.preview.document.pagePointSize(0).width() < 430            # A5 is 420 points wide
    desk.preview.close()


def test_the_register_names_the_customer_and_the_papers(desk, staff):
    copies = tuple(p.id for p in papers.binder_catalogue(staff[Role.CUSTODIAN], desk.card.id, 1, TODAY.year)
                   if not p.is_original)
    lending.lend(staff[Role.CUSTODIAN], lending.BorrowRequest(staff[Role.MANAGER].id, "回访", copies, TODAY,
                                                              approved_by_id=staff[Role.BUSINESS_MANAGER].id))
    desk.reload()
    assert desk.model.headers[-2:] == ["客户", "文件"]
    assert "QY-000001" in desk.model.index(0, 10).data() and "营业执照" in desk.model.index(0, 11).data()
